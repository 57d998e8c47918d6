import assert from 'node:assert/strict';
import {test} from 'node:test';
import {editPrompt, promptOf, typeInto, type PromptEdit, type PromptLine} from '../source/ui/prompt-line.js';

const edits = (prompt: PromptLine, ...steps: Array<PromptEdit | {type: string}>): PromptLine =>
	steps.reduce<PromptLine>((line, step) => (typeof step === 'string' ? editPrompt(line, step) : typeInto(line, step.type)), prompt);

test('a selected entry is replaced by typing and cleared by deleting; moving keeps its text', () => {
	const selected = promptOf('zensky', true);
	assert.deepEqual(typeInto(selected, 's'), {text: 's', caret: 1, selected: false});
	assert.deepEqual(editPrompt(selected, 'backspace'), {text: '', caret: 0, selected: false});
	assert.deepEqual(editPrompt(selected, 'end'), {text: 'zensky', caret: 6, selected: false});
	assert.deepEqual(editPrompt(selected, 'left'), {text: 'zensky', caret: 0, selected: false});
	assert.equal(promptOf('', true).selected, false, 'nothing to select');
});

test('the caret moves and typing inserts at it, by code point (Arabic, emoji)', () => {
	const line = edits(promptOf('Selenky'), 'left', 'left', {type: 's'});
	assert.deepEqual(line, {text: 'Selensky', caret: 6, selected: false});
	assert.deepEqual(edits(line, 'home', {type: '«'}, 'end', {type: '»'}).text, '«Selensky»');
	assert.deepEqual(edits(promptOf('زيلنسكي'), 'left', 'backspace'), {text: 'زيلنسي', caret: 5, selected: false});
	assert.deepEqual(edits(promptOf('a👍🏽b'), 'left', 'backspace'), {text: 'a👍b', caret: 2, selected: false});
	assert.equal(edits(promptOf('ab'), 'right', 'right').caret, 2, 'never past the end');
	assert.equal(edits(promptOf('ab'), 'home', 'left', 'backspace').text, 'ab', 'nothing before the start');
});

test('Ctrl-U deletes to the start and Ctrl-W the word before the caret, as readline does', () => {
	assert.deepEqual(edits(promptOf('Olena Marchuk'), 'left', 'left', 'kill-line'), {text: 'uk', caret: 0, selected: false});
	assert.deepEqual(edits(promptOf('Olena Marchuk  '), 'kill-word'), {text: 'Olena ', caret: 6, selected: false});
	assert.deepEqual(edits(promptOf('Olena Marchuk'), 'kill-word', 'kill-word'), {text: '', caret: 0, selected: false});
});
