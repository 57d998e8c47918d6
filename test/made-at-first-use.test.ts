import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'node:test';
import {fileURLToPath, pathToFileURL} from 'node:url';
import stringWidth from 'string-width';
import {RegExpAtFirstUse} from '../source/ui/reg-exp-at-first-use.js';
import {graphemes} from '../source/ui/graphemes.js';
// @ts-expect-error -- the build script is JavaScript without declarations
import {madeAtFirstUse} from '../scripts/made-at-first-use.mjs';

const helpers = {
	regExp: fileURLToPath(new URL('../source/ui/reg-exp-at-first-use.ts', import.meta.url)),
	graphemes: fileURLToPath(new URL('../source/ui/graphemes.ts', import.meta.url)),
};
const rewrite = (code: string, file: string) => (madeAtFirstUse as (code: string, file: string, helpers: object) => string)(code, file, helpers);

test('an expression made at first use answers test, search and match as the expression', () => {
	const made = new RegExpAtFirstUse('\\p{Extended_Pictographic}', 'gu');
	const expression = /\p{Extended_Pictographic}/gu;
	for (const text of ['a👍b👍', 'plain', '👨‍👩‍👧']) {
		assert.deepEqual(text.match(made), text.match(expression), text);
		assert.equal(text.search(made), text.search(expression), text);
	}
	const emoji = new RegExpAtFirstUse('^\\p{RGI_Emoji}$', 'v');
	assert.equal(emoji.test('👍🏽'), true);
	assert.equal(emoji.test('a'), false);
});

test('string-width rewritten as the bundle has it measures as string-width', async () => {
	const file = fileURLToPath(import.meta.resolve('string-width'));
	const code = rewrite(readFileSync(file, 'utf8'), file);
	assert.doesNotMatch(code, /^const \w+ = \/.*\\p\{/m, 'every expression with Unicode properties made at first use');
	assert.doesNotMatch(code, /new Intl\.Segmenter/, "the interface's segmenter");
	// Its own imports, resolved from where string-width is installed.
	const requireThere = createRequire(file);
	const resolved = code.replace(/from '([^'./][^']*)'/g, (_, name: string) => `from ${JSON.stringify(pathToFileURL(requireThere.resolve(name)).href)}`);
	const folder = mkdtempSync(path.join(tmpdir(), 'dateline-width-'));
	try {
		const copy = path.join(folder, 'string-width.mjs');
		writeFileSync(copy, resolved);
		const {default: rewritten} = (await import(pathToFileURL(copy).href)) as {default: typeof stringWidth};
		for (const text of ['abc', 'Größe', 'ناكو', '中文', '👍', '👍🏽', '👨‍👩‍👧', '1️⃣', '1\u20e3', '\u2764\u200d\u2764', 'e\u0301', 'a\u200bb', '\u1100\u1161\u11a8', 'ｶﾞ', 'क्षि', '\u001b[1mbold\u001b[22m']) {
			assert.equal(rewritten(text), stringWidth(text), JSON.stringify(text));
		}
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});

test('a use the rewrite does not serve stops the build', () => {
	const code = 'const letter = /\\p{L}/u;\nexport const letters = (text) => text.replace(letter, "");\n';
	assert.throws(() => rewrite(code, 'letters.js'), /letters\.js uses letter beyond test, search and match/);
	const segmenting = 'const segmenter = new Intl.Segmenter();\n// a segmenter in a comment is no use\nexport const words = (text) => segmenter.resolvedOptions();\n';
	assert.throws(() => rewrite(segmenting, 'words.js'), /words\.js uses segmenter beyond segment\(\)/);
	assert.throws(() => rewrite('export const x = 1;\n', 'plain.js'), /plain\.js no longer makes expressions with Unicode properties or grapheme segmenters/);
});

test("the interface's grapheme clusters are Intl.Segmenter's, text whose characters stand alone included", () => {
	const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	const texts = ['', 'plain', '\u001b[1mkey events\u001b[22m │ ▁▂▃ → ناكو Größe', 'tab\there\nline\u007f', 'cr\r\nlf', 'e\u0301', '👨‍👩‍👧 1️⃣', '中文', 'ناكُو', '\u0600123', '\u1100\u1161'];
	for (const text of texts) {
		const expected = [...segmenter.segment(text)].map(({segment, index}) => [segment, index]);
		assert.deepEqual([...graphemes.segment(text)].map(({segment, index}) => [segment, index]), expected, JSON.stringify(text));
		for (let index = 0; index < text.length; index++) {
			assert.equal(graphemes.segment(text).containing(index)?.index, segmenter.segment(text).containing(index)?.index, `${JSON.stringify(text)} at ${index}`);
		}
	}
});
