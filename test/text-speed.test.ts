import assert from 'node:assert/strict';
import {test} from 'node:test';
import {cleanText, repeatedSentences} from '../source/core/clean.js';
import type {Span} from '../source/core/model.js';
import {isSpace, maxSentenceLength, pushPieces, sentenceSpans, sentenceSplitter, type SentenceSplitter} from '../source/core/sentences.js';
import {seededRandom} from './helpers/seeded-random.js';

// The shortcuts of the text stages must not change what they find: each test holds a shortcut
// against the plain way of doing the same thing.

test('isSpace agrees with trim on every UTF-16 unit', () => {
	for (let code = 0; code <= 0xffff; code++) {
		assert.equal(isSpace(code), String.fromCharCode(code).trim() === '', `U+${code.toString(16)}`);
	}
});

/** Cuts [start, end) into pieces of at most `max` characters at spaces, as sentenceSpans does. */
function pieces(text: string, start: number, end: number, max: number): Span[] {
	const result: Span[] = [];
	pushPieces(result, text, start, end, max);
	return result;
}

/** Sentence spans with one segmenter call per line. */
function spansLineByLine(text: string, split: SentenceSplitter): Span[] {
	const spans: Span[] = [];
	for (const line of text.matchAll(/[^\n]+/g)) {
		for (const piece of pieces(text, line.index, line.index + line[0].length, maxSentenceLength * 4)) {
			for (const span of split(text.slice(piece.start, piece.end))) {
				for (const each of pieces(text, piece.start + span.start, piece.start + span.end, maxSentenceLength)) spans.push(each);
			}
		}
	}
	return spans;
}

const fragments = [
	'The talks began.', 'Dr.', 'Mr. Smith', 'am 1.', '23.', 'Sept.', 'U.S.', 'z. B.', 'said', 'Rubio', '„Ja“', '(sic)', '»Nein«', 'قال.', '؟', '!', '?',
	' ', ' ', '  ', '\t', '\u00a0', '\u2003', '\r', '\n', '\n', '\n\n', ' \n ', '\u2028', '\u0301', '\u00ad', '\ufeff', '𝐀𝐛.',
];

/** A reproducible mix of the fragments. */
function mixedTexts(count: number): string[] {
	const random = seededRandom(7);
	return Array.from({length: count}, () => Array.from({length: random.below(60)}, () => fragments[random.below(fragments.length)]).join(''));
}

test('segmenting many lines at once gives the spans of segmenting each line on its own', () => {
	for (const language of ['en', 'de', 'ar']) {
		const split = sentenceSplitter(language);
		for (const text of mixedTexts(400)) assert.deepEqual(sentenceSpans(text, split), spansLineByLine(text, split), JSON.stringify(text));
	}
});

test('lines longer than the segmenter limit are still cut as before', () => {
	const split = sentenceSplitter('en');
	const long = 'A sentence that goes on and on without end '.repeat(300);
	const text = `Short line. Dr.\n${long}\nAnother line.\n${'x'.repeat(9000)}\nLast.`;
	assert.deepEqual(sentenceSpans(text, split), spansLineByLine(text, split));
});

test('an abbreviation at the end of a line does not carry its sentence over the line break', () => {
	const split = sentenceSplitter('de');
	const text = 'Er traf Dr.\nMüller kam am 1.\nSeptember an.';
	const sentences = sentenceSpans(text, split).map(({start, end}) => text.slice(start, end));
	assert.deepEqual(sentences, ['Er traf Dr.', 'Müller kam am 1.', 'September an.']);
});

test('a broken name is joined however the line break around it is padded', () => {
	const split = sentenceSplitter('en');
	for (const text of ['Minister Mark R \t\n \n\t Rubio said', 'Minister Mark Ru\n\u00a0\nRubio said', 'Minister 𝐀𝐛 𝐀\n𝐀𝐛c said']) {
		const cleaned = cleanText(text, split);
		assert.equal(cleaned.length, text.length);
		assert.doesNotMatch(cleaned, /\n/, JSON.stringify(text));
	}
	assert.match(cleanText('Mark Ru\nRobert said', split), /\n/, 'a different name on the next line stays apart');
});

test('a text of 200,000 short lines is cleaned without running out of stack', () => {
	const split = sentenceSplitter('en');
	const text = 'Note about a thing.\n'.repeat(200_000);
	assert.equal(cleanText(text, split), text);
});

test('repeats are found by lower-cased, space-collapsed text', () => {
	const sentence = 'The delegations met in Istanbul on Friday morning.';
	const text = `${sentence} ${sentence.toUpperCase().replace(/ /g, ' \t\u00a0')} ${sentence.replace(/ /g, '  ')}`;
	const spans = sentenceSpans(text, sentenceSplitter('en'));
	assert.deepEqual([...repeatedSentences(text, spans)], spans.slice(1).map(({start}) => start));
	// 39 characters, 40 once "İ" is lower-cased: long enough to count as a repeat.
	const dotted = `İ${'x'.repeat(37)}.`;
	const twice = `${dotted} ${dotted}`;
	assert.equal(repeatedSentences(twice, [{start: 0, end: 39}, {start: 40, end: 79}]).size, 1);
});

test('a long text with a sentence end every few characters is cut by the simple rule, without the segmenter', (t) => {
	const split = sentenceSplitter('en');
	const segment = t.mock.method(Intl.Segmenter.prototype, 'segment');
	const text = 'May. No! Why? Dr. Who\n'.repeat(300);
	const sentences = sentenceSpans(text, split).map(({start, end}) => text.slice(start, end));
	assert.equal(segment.mock.callCount(), 0);
	// At line breaks and at sentence ends before white space; an abbreviation still holds its sentence together.
	assert.deepEqual(sentences.slice(0, 5), ['May.', 'No!', 'Why?', 'Dr. Who', 'May.']);
	assert.equal(sentences.length, 1200);
});

test('prose goes to the segmenter, however long', (t) => {
	const split = sentenceSplitter('en');
	const segment = t.mock.method(Intl.Segmenter.prototype, 'segment');
	const text = 'The delegations met in Istanbul on Friday and agreed on an exchange of prisoners. '.repeat(90);
	assert.equal(sentenceSpans(text, split).length, 90);
	assert.ok(segment.mock.callCount() > 0);
});
