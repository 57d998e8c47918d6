/* eslint-disable no-control-regex -- control characters are the input under test */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {terminalLine, terminalSafe, terminalSafeJsonChunks} from '../source/core/terminal-text.js';
import {loadTimeline} from '../source/core/timeline.js';

const hostile = 'A\u001b]52;c;ZXZpbA==\u0007B\u001b[2JC\u001b]0;title\u001b\\D\u009b31mE\u202eF\u0007G\tH';

test('escape sequences, control characters and bidi overrides are removed', () => {
	assert.equal(terminalSafe(hostile), 'ABCD31mEFG\tH');
	assert.equal(terminalLine('  two\n lines\t '), 'two lines');
});

const json = (object: Record<string, unknown[]>) => Buffer.concat([...terminalSafeJsonChunks(object)]).toString('utf8');

test('JSON keeps the text but writes C1 and bidi controls as escapes', () => {
	const text = json({titles: [hostile]});
	assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
	assert.equal(JSON.parse(text).titles[0], hostile);
});

test('JSON escapes each C1 and bidi control even when it is the only one in a piece', () => {
	const controls = ['\u007f', '\u0080', '\u009b', '\u009f', '\u202a', '\u202e', '\u2066', '\u2069'];
	for (const control of controls) {
		// Neighbours that share its lead byte in UTF-8 (C2, E2) but are printable.
		const text = json({titles: [`\u00a0–\u2029\u202f\u206a${control}\u00bf`]});
		assert.ok(text.includes(`\\u${control.charCodeAt(0).toString(16).padStart(4, '0')}`), `${control.charCodeAt(0).toString(16)} escaped`);
		assert.ok(!text.includes(control));
		assert.ok(text.includes('\u00a0–\u2029\u202f\u206a'), 'printable neighbours kept as they are');
	}
});

test('the model is written one array element a line, in pieces that join to valid JSON', async () => {
	const model = await loadTimeline(['corpus'], {cache: false});
	const text = json(model);
	assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(model)));
	const lines = text.split('\n');
	assert.equal(lines.length, 2 + Object.keys(model).length + Object.values(model).reduce((sum, items) => sum + (items.length > 0 ? items.length + 1 : 0), 0));
	assert.equal(lines[1], '"articles": [');
	assert.deepEqual(JSON.parse(lines[2]!.replace(/,$/, '')), JSON.parse(JSON.stringify(model.articles[0])));
	assert.equal(json({empty: [], one: [{a: hostile}]}), `{\n"empty": [],\n"one": [\n  ${JSON.stringify({a: hostile}).replace(/[\u009b\u202e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n]\n}`);
	// More elements than one piece holds: the pieces join with the same commas.
	const many = {many: Array.from({length: 6000}, (_, index) => ({index, nested: [{text: hostile}]})), last: [1]};
	assert.ok([...terminalSafeJsonChunks(many)].length > 1);
	assert.deepEqual(JSON.parse(json(many)), many);
});

test('a list given as a generator is written as the same array, each element made only when it is written', () => {
	const items = Array.from({length: 6000}, (_, index) => ({index, text: hostile}));
	let made = 0;
	function* each(list: typeof items) {
		for (const item of list) {
			made++;
			yield item;
		}
	}
	const chunks = terminalSafeJsonChunks({before: [1], items: each(items), none: each([])});
	const first = chunks.next().value!;
	assert.ok(made > 0 && made < items.length, `${made} of ${items.length} elements made for the first piece`);
	const text = Buffer.concat([first, ...chunks]).toString('utf8');
	assert.equal(made, items.length);
	assert.equal(text, json({before: [1], items, none: []}));
});
