import assert from 'node:assert/strict';
import test from 'node:test';
import stringWidth from 'string-width';
import {narrowWidth} from '../source/ui/narrow-text.js';

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

test('every character measured as narrow is one cell to string-width, and a cluster of its own beside any other', () => {
	let narrow = 0;
	for (let code = 0; code <= 0xffff; code++) {
		const char = String.fromCharCode(code);
		if (narrowWidth(char) === undefined) continue;
		narrow++;
		assert.equal(stringWidth(char), 1, `U+${code.toString(16)}`);
		// A mark or joiner would join the letter before it, a prepended sign the one after, jamo and flags each other.
		assert.equal([...graphemes.segment(`a${char}a${char}${char}`)].length, 5, `U+${code.toString(16)} joins its neighbours`);
	}
	assert.ok(narrow > 2000, 'Latin, Greek, Cyrillic, Hebrew, Arabic, arrows and box drawing');
});

test('narrow text is its length, styles aside; other text is left to string-width', () => {
	const line = '\u001b[1mkey events (50 of 26952) · K all\u001b[22m │ ▁▂▃ → ناكو Größe';
	assert.equal(narrowWidth(line), stringWidth(line));
	for (const text of ['中文', '👍', 'e\u0301', 'a\u200db', '\u001b]8;;https://example.org\u0007link', 'tab\there', '\u0600123']) {
		assert.equal(narrowWidth(text), undefined, JSON.stringify(text));
	}
	// Where ambiguous characters are wide, box drawing is two cells.
	assert.equal(narrowWidth('│', {ambiguousIsNarrow: false}), undefined);
	assert.equal(narrowWidth('\u001b[1mx', {countAnsiEscapeCodes: true}), undefined);
});
