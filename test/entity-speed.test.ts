import assert from 'node:assert/strict';
import {test} from 'node:test';
import {EntityDictionary} from '../source/core/entities/dictionary.js';
import {foldForMatching} from '../source/core/entities/fold.js';
import {adjacent, tokenize, tokenText, type Tokens} from '../source/core/entities/tokens.js';
import {randomJoins} from './helpers/seeded-random.js';

// The hand-written scanners must agree with the plain definitions they replace.

const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*/gu;
const tokenizeByRegex = (text: string) => [...text.matchAll(wordPattern)].map((match) => ({start: match.index, end: match.index + match[0].length, text: match[0]}));

function foldByUnit(text: string): string {
	const arabicVariants: Record<string, string> = {'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي'};
	let folded = '';
	for (const unit of text.split('')) {
		const variant = arabicVariants[unit] ?? unit;
		const base = variant.normalize('NFD')[0] ?? variant;
		const lower = base.toLowerCase();
		folded += lower.length === 1 ? lower : base.length === 1 ? base : unit;
	}
	return folded;
}

// Letters, marks, digits, joiners, separators, an astral letter (𝐀), an emoji and lone surrogates.
const units = ['a', 'Z', '9', ' ', "'", '’', '.', '-', '\u0301', 'é', 'ب', '٣', '\ud835', '\udc00', '😀', '𝐀', '\u00a0', '\t', '\n', '_', 'Ⅻ', 'İ'];

const randomTexts = (count: number) => randomJoins(units, 12, count, 7);

const asObjects = (tokens: Tokens) => Array.from({length: tokens.count}, (_, index) => ({start: tokens.starts[index], end: tokens.ends[index], text: tokenText(tokens, index)}));

test('tokenize finds the words the word regex finds, across scripts, joiners and surrogates', () => {
	const samples = ["U.S. Kyiv’s 'quoted' rock'n'roll a..b a.'b x. .x 𝐀𝐁c 😀word \ud800x \udc00y e\u0301t ٣٤ Ⅻ ß İstanbul ‘a’", '', '.', "a'", "'a"];
	for (const text of [...samples, ...randomTexts(20000)]) assert.deepEqual(asObjects(tokenize(text)), tokenizeByRegex(text), JSON.stringify(text));
});

test('adjacent accepts only spaces, tabs and no-break spaces between two tokens', () => {
	const between = (gap: string) => {
		const tokens = tokenize(`Hakan${gap}Fidan`);
		return adjacent(tokens.text, tokens.ends[0]!, tokens.starts[1]!);
	};
	assert.equal(between(' '), true);
	assert.equal(between(' \t\u00a0 '), true);
	assert.equal(between(' \n'), false);
	assert.equal(between(', '), false);
});

test('foldForMatching folds every UTF-16 unit as one unit, in ASCII, Arabic and dotted-İ text alike', () => {
	let every = '';
	for (let code = 0; code < 0x10000; code++) every += String.fromCharCode(code);
	for (const text of [every, every.replace('İ', ''), 'Der Präsident traf Erdoğan in İstanbul.', 'قالت الأمم المتحدة إن أوكرانيا', ...randomTexts(2000)]) {
		assert.equal(foldForMatching(text), foldByUnit(text), JSON.stringify(text.slice(0, 40)));
	}
});

test('a table name is matched longest first, with a possessive or an Arabic prefix taken off', () => {
	const dictionary = new EntityDictionary([
		{name: 'The New York Times', kind: 'organization', aliases: []},
		{name: 'New York', kind: 'place', aliases: ['الولايات المتحدة']},
		{name: 'Kyiv', kind: 'place', aliases: []},
	]);
	const find = (text: string) => dictionary.match(text, foldForMatching(text), tokenize(text)).map((match) => [text.slice(match.start, match.end), match.entity.name]);
	assert.deepEqual(find('The New York Times and the new mayor of New York’s Kyiv’s office'), [
		['The New York Times', 'The New York Times'],
		['New York', 'New York'],
		['Kyiv', 'Kyiv'],
	]);
	// "و" + "ال" comes off first, leaving the table's form without the article.
	assert.deepEqual(find('قالت الولايات المتحدة والولايات المتحدة'), [
		['الولايات المتحدة', 'New York'],
		['ولايات المتحدة', 'New York'],
	]);
});
