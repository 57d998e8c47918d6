import {test} from 'node:test';
import assert from 'node:assert/strict';
import {inTurns, stepwise} from '../source/core/stepwise.js';
import {buildSearchIndex, searchIndexSteps} from '../source/core/search.js';
import {largeModel} from './helpers/fixture.js';

test('a stepwise result advances a step at least each time, is built once, and finishes at once when asked', () => {
	let started = 0;
	let taken = 0;
	const counted = stepwise(function* () {
		started++;
		for (let step = 0; step < 3; step++) {
			taken++;
			yield;
		}
		return 'built';
	});
	assert.equal(counted.built(), undefined);
	assert.equal(started, 0, 'nothing runs before it is asked for');
	assert.equal(counted.advance(0), undefined);
	assert.equal(taken, 1, 'one step for no time at all');
	assert.equal(counted.finish(), 'built');
	assert.equal(counted.advance(0), 'built');
	assert.equal(counted.built(), 'built');
	assert.deepEqual([started, taken], [1, 3]);
});

test('the search index built a step at a time is the one built at once', () => {
	const model = largeModel(3000);
	const steps = searchIndexSteps(model);
	let count = 0;
	let step = steps.next();
	while (!step.done) {
		count++;
		step = steps.next();
	}
	assert.ok(count > 5, 'several steps');
	const atOnce = buildSearchIndex(model);
	for (const part of ['entries', 'pairs', 'entityEvents', 'eventOrder'] as const) assert.deepEqual(step.value[part], atOnce[part], part);
});

test('steps run in turns let what waits on the event loop run between them, and give the same result', async () => {
	const order: string[] = [];
	function* slow(): Generator<void, string, void> {
		for (let step = 0; step < 4; step++) {
			const until = performance.now() + 3;
			while (performance.now() < until);
			order.push(`step ${step}`);
			yield;
		}
		return 'done';
	}
	setImmediate(() => order.push('a key'));
	assert.equal(await inTurns(slow(), 1), 'done');
	assert.ok(order.indexOf('a key') > 0 && order.indexOf('a key') < order.length - 1, `the key between the steps: ${order.join(', ')}`);
});
