import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {safeText, textWidth, truncate} from '../source/ui/cell-width.js';
import {terminalMask} from '../source/core/terminal-text.js';
import {displayString, layoutText, lineAt, lineRuns} from '../source/ui/text-layout.js';

const text = (line: {pieces: {text: string}[]}) => line.pieces.map((piece) => piece.text).join('');

test('text wraps at word boundaries within the width, keeping offsets', () => {
	const source = 'The second round of talks is set for June 2 in Istanbul.\nNext paragraph.';
	const lines = layoutText(source, 20, true);
	assert.deepEqual(lines.map(text), ['The second round of', 'talks is set for', 'June 2 in Istanbul.', 'Next paragraph.']);
	for (const line of lines) {
		assert.ok(textWidth(text(line)) <= 20);
		assert.equal(source.slice(line.start, line.end), text(line));
	}
	assert.equal(lineAt(lines, source.indexOf('June')), 2);
	assert.equal(lineAt(lines, source.indexOf('Next')), 3);
});

test('a word longer than the width is broken', () => {
	assert.deepEqual(layoutText('abcdefghij', 4, true).map(text), ['abcd', 'efgh', 'ij']);
});

test('right-to-left lines are reordered one wrapped line at a time and aligned right', () => {
	const arabic = 'تقول روسيا إنها سترسل وفداً إلى اسطنبول';
	const lines = layoutText(arabic, 20, true);
	assert.ok(lines.length > 1);
	const first = lines[0];
	assert.ok(first);
	// The first logical word is the last on the screen, and it reads right to left.
	assert.ok(text(first).endsWith('لوقت'), text(first));
	assert.equal(first.indent, 20 - textWidth(text(first)));
	// Logical order is kept when the terminal reorders by itself.
	const logical = layoutText(arabic, 20, false);
	assert.ok(text(logical[0] ?? {pieces: []}).startsWith('تقول'));
	assert.equal(logical[0]?.indent, 0);
});

test('combining marks stay on their letter when a line is reversed', () => {
	// "وفداً": the tanwin (U+064B) follows the alef in logical order and must still follow it.
	const shown = displayString('وفداً', true);
	assert.equal(shown, 'اًدفو');
});

test('left-to-right text inside a right-to-left line keeps its order; brackets are mirrored', () => {
	const shown = displayString('قال (CNN) اليوم', true);
	assert.ok(shown.includes('CNN'));
	assert.ok(shown.includes('(CNN)'), shown);
});

test('marks become runs that follow the characters into display order', () => {
	const source = 'Putin met Zelensky.';
	const [line] = layoutText(source, 80, true);
	assert.ok(line);
	const runs = lineRuns(line, [
		{start: 0, end: 5, kind: 'person'},
		{start: 10, end: 18, kind: 'person'},
		{start: 10, end: 18, kind: 'current'},
	]);
	assert.deepEqual(
		runs.map((run) => [run.text, run.kinds.join('+')]),
		[
			['Putin', 'person'],
			[' met ', ''],
			['Zelensky', 'current+person'],
			['.', ''],
		],
	);
});

test('control characters and escape sequences are masked without moving offsets', () => {
	const source = 'a\u001b[2Jb\u0007c\u202ed\te';
	const masked = terminalMask(source);
	assert.equal(masked.length, source.length);
	// eslint-disable-next-line no-control-regex -- asserting their absence
	assert.doesNotMatch(masked, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
	const lines = layoutText(source, 80, true);
	assert.ok(!lines.map(text).join('').includes('\u001b'));
});

test('truncate cuts to a width and ends with an ellipsis', () => {
	assert.equal(truncate('abcdef', 4), 'abc…');
	assert.equal(truncate('abc', 4), 'abc');
	assert.equal(textWidth('日本'), 4);
});

test('widths agree with what ink lays out: emoji, sequences, marks', () => {
	// ink measures with string-width; a cell of difference makes it wrap a row meant to fit. What
	// is drawn is the safe form: joined emoji apart, flags as letters.
	for (const sample of ['Launch 🚀 done ✅', 'Love ❤️ and 👩‍👩‍👧 family', 'Flag 🇺🇦 raised', 'Cafe\u0301 crème', 'Ünïcödé Ğ ß', 'روسيا', 'رُوسِيَا ؀١٢', '日本語テキスト', '한국어 \u1100\u1161\u11a8 ｶﾞ']) {
		assert.equal(textWidth(sample), stringWidth(safeText(sample)), sample);
		for (const width of [5, 8, 11]) assert.ok(stringWidth(safeText(truncate(sample, width))) <= width, `${sample} cut to ${width}`);
	}
	assert.equal(safeText('Love ❤️ and 👩‍👩‍👧, flag 🇺🇦'), 'Love ❤ and 👩👩👧, flag UA');
	const wrapped = layoutText('🚀🚀🚀🚀🚀🚀 ✅✅✅ 👩‍👩‍👧👩‍👩‍👧', 6, false);
	for (const line of wrapped) assert.ok(stringWidth(text(line)) <= 6, `"${text(line)}" fits 6 cells`);
	assert.deepEqual(wrapped.map(text), ['🚀🚀🚀', '🚀🚀🚀', '✅✅✅', '👩👩👧', '👩👩👧']);
});
