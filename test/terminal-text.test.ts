/* eslint-disable no-control-regex -- control characters are the input under test */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {terminalLine, terminalSafe, terminalSafeJson, terminalSafeJsonChunks} from '../source/core/terminal-text.js';
import {loadTimeline} from '../source/core/timeline.js';

const hostile = 'A\u001b]52;c;ZXZpbA==\u0007B\u001b[2JC\u001b]0;title\u001b\\D\u009b31mE\u202eF\u0007G\tH';

test('escape sequences, control characters and bidi overrides are removed', () => {
	assert.equal(terminalSafe(hostile), 'ABCD31mEFG\tH');
	assert.equal(terminalLine('  two\n lines\t '), 'two lines');
});

test('JSON keeps the text but writes C1 and bidi controls as escapes', () => {
	const json = terminalSafeJson({title: hostile});
	assert.doesNotMatch(json, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
	assert.equal(JSON.parse(json).title, hostile);
});

test('the model written in pieces is the same JSON as written at once', async () => {
	const model = await loadTimeline(['corpus'], {cache: false});
	assert.equal([...terminalSafeJsonChunks(model)].join(''), terminalSafeJson(model));
	assert.equal([...terminalSafeJsonChunks({empty: [], one: [{a: hostile}]})].join(''), terminalSafeJson({empty: [], one: [{a: hostile}]}));
	// More elements than one piece holds: the pieces join with the same commas and indentation.
	const many = {many: Array.from({length: 600}, (_, index) => ({index, nested: [{text: hostile}]})), last: [1]};
	assert.equal([...terminalSafeJsonChunks(many)].join(''), terminalSafeJson(many));
});
