import assert from 'node:assert/strict';
import {test} from 'node:test';
import {cleanText, repeatedSentences} from '../source/core/clean.js';
import {sentenceSpans, sentenceSplitter} from '../source/core/sentences.js';

const split = sentenceSplitter('en');

test('the cleaned view keeps every offset of the original', () => {
	const text = '\n\nMark R\n\nRubio met them. It was long. It was long.\n\n';
	const cleaned = cleanText(text, split);
	assert.equal(cleaned.length, text.length);
	assert.equal(cleaned.indexOf('Rubio'), text.indexOf('Rubio'));
});

test('a name broken across lines reads as one name', () => {
	const text = 'Außenminister Sergei Lawrow und der US-Außenminister Mark R\n\nRubio die Ergebnisse';
	const cleaned = cleanText(text, split);
	assert.match(cleaned, /Mark +Rubio die/);
	assert.doesNotMatch(cleaned, /\n/);
});

test('a repeated long sentence is found; short repeats are not', () => {
	const sentence = 'Kremlin officials proposed to hold the second cycle of talks in Istanbul on June 2.';
	const text = `${sentence} Read more. ${sentence} Read more. Another sentence follows here.`;
	const cleaned = cleanText(text, split);
	const sentences = sentenceSpans(cleaned, split);
	assert.deepEqual([...repeatedSentences(cleaned, sentences)], [text.lastIndexOf('Kremlin')]);
});

test('site boilerplate at the end is blanked, the same words early on are not', () => {
	const body = 'The talks opened in Istanbul with two delegations present. '.repeat(6);
	const text = `${body}Read “Zamin” on Telegram! Did you find a mistake? Highlight the sentence and press CTRL + Enter. News World`;
	const cleaned = cleanText(text, split);
	assert.ok(cleaned.trimEnd().endsWith('present.'));
	const early = `Read “Zamin” on Telegram! ${body}`;
	assert.ok(cleanText(early, split).startsWith('Read'));
});

test('a line that goes on in lower case joins the sentence it belongs to', () => {
	const text = 'The delegations met in the palace of\nthe city on Friday.\nA new paragraph.';
	const cleaned = cleanText(text, split);
	const sentences = sentenceSpans(cleaned, split).map(({start, end}) => cleaned.slice(start, end));
	assert.deepEqual(sentences, ['The delegations met in the palace of the city on Friday.', 'A new paragraph.']);
});

test('hard-wrapped text is read as whole sentences', () => {
	const text = [
		'The delegations of both countries met for nearly two hours in the',
		'Dolmabahce Palace on Friday and agreed to an exchange of prisoners.',
		'Both sides said that further meetings would follow in the coming weeks',
		'Istanbul was chosen again as the place for the next round of the talks.',
	].join('\n');
	const cleaned = cleanText(text, split);
	const sentences = sentenceSpans(cleaned, split).map(({start, end}) => cleaned.slice(start, end).replace(/\s+/g, ' '));
	assert.equal(sentences.length, 2);
	assert.ok(sentences[0]!.endsWith('in the Dolmabahce Palace on Friday and agreed to an exchange of prisoners.'));
});

test('a line cut off mid-sentence is not joined to a capitalized next line in unwrapped text', () => {
	const text = 'A long first line of an article that was written as one paragraph per line, as most news is, and goes on.\nno progress seemed\nA Ukrainian source told Reuters.';
	const cleaned = cleanText(text, split);
	const sentences = sentenceSpans(cleaned, split).map(({start, end}) => cleaned.slice(start, end));
	assert.deepEqual(sentences.slice(1), ['no progress seemed', 'A Ukrainian source told Reuters.']);
});
