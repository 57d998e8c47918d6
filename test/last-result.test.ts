import assert from 'node:assert/strict';
import {test} from 'node:test';
import {lastResult} from '../source/ui/last-result.js';

test('lastResult works again only when an argument is another', () => {
	const calls: string[] = [];
	const joined = lastResult((a: object, b: string) => {
		calls.push(b);
		return {a, b};
	});
	const first = {};
	const result = joined(first, 'x');
	assert.equal(joined(first, 'x'), result);
	assert.notEqual(joined({}, 'x'), result);
	assert.notEqual(joined(first, 'y'), result);
	assert.deepEqual(calls, ['x', 'x', 'y']);
});
