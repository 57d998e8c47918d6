import assert from 'node:assert/strict';
import {test} from 'node:test';
import {foldForMatching} from '../source/core/entities/fold.js';
import {textIndexSteps} from '../source/core/full-text.js';
import type {TimelineModel} from '../source/core/model.js';
import {buildModel, day} from './helpers/fixture.js';
import {seededRandom} from './helpers/seeded-random.js';

// Words of several scripts, accents and Arabic letter variants (folded alike), numbers, words
// of one character and words that begin others.
const vocabulary = [
	'Waffenruhe', 'waffenruhe', 'Gefangene', 'Gefangenenaustausch', 'Müller', 'MÜLLER', 'straße', 'ceasefire', 'cease', 'prisoner', 'prisoners',
	'Istanbul', 'İstanbul', 'a', 'I', 'x', '2025', '16', 'talks', 'talk', 'talkz', 'talkø', 'talkæ', 'talk٢', 'إطلاق', 'اطلاق', 'النار', 'أسرى', 'اسرى', 'مفاوضات', 'Москва', 'переговоры',
	'東京', '𝐀𝐛', '٢٠٢٥', 'øst', 'Ørsted', 'שלום', 'naïve', 'naive', 'Zürich', 'zurich', 'ßa', 'ǅemal',
];
const languages = ['en', 'de', 'ar', 'ru'];

/** `count` articles of random words, each with an event whose sentence is the article's first line. */
function wordyModel(count: number, wordsPerArticle: number) {
	const random = seededRandom(11);
	const phrase = (length: number) => Array.from({length}, () => vocabulary[random.below(vocabulary.length)]! + (random.below(9) === 0 ? String(random.below(5000)) : '')).join(random.below(4) === 0 ? ', ' : ' ');
	const articles = Array.from({length: count}, (_, index) => ({
		id: `a${index}`, title: phrase(1 + random.below(6)), published: '2025-05-16', language: languages[index % languages.length]!,
		text: `${phrase(3 + random.below(12))}.\n${phrase(wordsPerArticle)}.`,
	}));
	const events = articles.map((article, index) => ({
		id: `e${index}`, date: day('2025-05-16'), title: phrase(1 + random.below(5)), salience: index % 7,
		mentions: [{article: article.id, sentence: article.text.slice(0, article.text.indexOf('\n'))}],
	}));
	return buildModel({articles, events});
}

/** The plain inverted index of folded documents: every word's documents, ascending, words in code unit order. */
function plainPostings(documents: string[]) {
	const lists = new Map<string, Set<number>>();
	for (const [document, text] of documents.entries()) {
		for (const term of foldForMatching(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
			const list = lists.get(term) ?? new Set();
			lists.set(term, list.add(document));
		}
	}
	const terms = [...lists.keys()].sort();
	const postings = terms.flatMap((term) => [...lists.get(term)!]);
	const starts: number[] = [];
	let total = 0;
	for (const term of terms) {
		starts.push(total);
		total += lists.get(term)!.size;
	}
	starts.push(total);
	return {terms, starts: Uint32Array.from(starts), postings: Uint32Array.from(postings), documents: documents.length};
}

/** Runs the steps of building `model`'s index, counting the characters of articles' text and the sentences of events each step reads. */
function readEachStep(model: TimelineModel) {
	const perStep: {characters: number; sentences: number}[] = [];
	let current = {characters: 0, sentences: 0};
	const watched = <T>(list: T[], count: (item: T) => void) => new Proxy(list, {
		get(target, key, receiver) {
			const value = Reflect.get(target, key, receiver) as T;
			if (typeof key === 'string' && /^\d+$/.test(key)) count(value);
			return value;
		},
	});
	const steps = textIndexSteps({
		...model,
		articles: watched(model.articles, (article) => (current.characters += article.text.length)),
		events: watched(model.events, (event) => (current.sentences += 1 + event.mentions.length)),
	});
	for (;;) {
		const step = steps.next();
		perStep.push(current);
		current = {characters: 0, sentences: 0};
		if (step.done) return {index: step.value, perStep};
	}
}

test('the full-text index built a step at a time is the plain inverted index of every article and event, in every script', () => {
	const model = wordyModel(5000, 40);
	const {index, perStep} = readEachStep(model);
	const text = (id: string) => model.articles.find((article) => article.id === id)!.text;
	assert.deepEqual(index.articles, plainPostings(model.articles.map((article) => `${article.title}\n${article.text}`)));
	assert.deepEqual(index.events, plainPostings(model.events.map((event) => [event.title, ...event.mentions.map(({article, sentence}) => text(article).slice(sentence.start, sentence.end))].join('\n'))));

	// A key typed during the build waits for one step: a step reads some 30,000 characters of
	// articles or 300 sentences of events (and the one it is in), and packing fills no more than
	// 65,536 postings of each kind at a time.
	const longest = model.articles.reduce((most, article) => Math.max(most, article.text.length), 0);
	assert.ok(perStep.every(({characters}) => characters <= 30_000 + longest), 'characters read in a step');
	// The last step reads only each event's salience.
	const reading = perStep.slice(0, -1);
	assert.ok(reading.every(({sentences}) => sentences <= 300 + 2), 'sentences read in a step');
	const packing = reading.length - 1 - reading.map(({sentences}) => sentences > 0).lastIndexOf(true);
	const blocks = (postings: Uint32Array) => Math.ceil(postings.length / 65_536);
	assert.ok(index.articles.postings.length > 65_536 * 2, `${index.articles.postings.length} postings, enough for several steps of filling`);
	assert.ok(packing >= blocks(index.articles.postings) + blocks(index.events.postings), `${packing} steps of packing`);
});

test('the full-text index a worker thread builds is the one built here, in turns or at once, and finds the same', async () => {
	const {buildTextIndex} = await import('../source/core/full-text.js');
	const {textIndexOffThread} = await import('../source/core/full-text-off-thread.js');
	const {buildSearchIndex, search, searchIndexSteps} = await import('../source/core/search.js');
	const {stepwise} = await import('../source/core/stepwise.js');
	const model = wordyModel(1500, 40);
	const here = buildTextIndex(model);

	// As the interface builds it: a slice at a time, waiting for the worker when it asks to.
	const inTurns = textIndexOffThread(model);
	let waits = 0;
	for (;;) {
		const built = inTurns.advance(2);
		if (built) break;
		const awaited = inTurns.awaited?.();
		if (awaited) {
			waits++;
			await awaited;
		} else await new Promise((resolve) => setImmediate(resolve));
	}
	assert.ok(waits > 0, 'the interface waited for the worker, not asking it again and again');
	assert.deepEqual(inTurns.built(), here);
	assert.deepEqual(textIndexOffThread(model).finish(), here, 'asked for at once, the index is waited for');

	const offThread = stepwise(() => searchIndexSteps(model, textIndexOffThread)).finish();
	const onThread = buildSearchIndex(model);
	for (const query of ['waffenruhe', 'Gefangene', 'talk', 'إطلاق النار', 'müller 16', 'ceasef', 'nothing-like-it']) {
		assert.deepEqual(search(offThread, query), search(onThread, query), query);
	}
});
