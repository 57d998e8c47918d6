/**
 * Full-text search over what the articles say, in every language: each event is one document of
 * its title and the sentences of its mentions (what a text filter narrows the timeline to), and
 * each article one of its title and whole text (for words no event's sentence has). Words are
 * folded as names are matched (foldForMatching: case, Latin accents, Arabic letter variants), so
 * "Waffenruhe", "waffenruhe" and an Arabic spelling with or without hamza find the same events.
 *
 * A document matches when it has every word of the query, or words they begin ("prisoner" finds
 * "prisoners", an unfinished "ceasef" finds "ceasefire"); misspellings are fuse.js's business, for
 * names and titles. The index is a plain inverted index packed into typed arrays, one word list
 * and one array of documents: minisearch, tried first, scores every document of a common word and
 * matches fuzzily over its whole vocabulary, too slow to build and to query within a keystroke
 * for a large corpus.
 * Building it reads every article's text (loaded lazily from the index cache, and not kept), so it
 * is built at the first search, not at start: in slices (`textIndexSteps`) that the interface runs
 * between keystrokes, or for a large corpus by a worker thread (full-text-off-thread.ts). Names
 * and titles are found meanwhile.
 */
import {foldForMatching} from './entities/fold.js';
import type {TimelineEvent, TimelineModel} from './model.js';
import {textsOnce} from './index-cache/codec.js';
import {unkept} from './lazy.js';
import {stepwise} from './stepwise.js';

/** The documents that have each word: `postings[starts[i]…starts[i + 1]]` for `terms[i]`, ascending. */
export type Postings = {
	/** Sorted, so that the words an unfinished word begins are one range. */
	terms: string[];
	starts: Uint32Array;
	postings: Uint32Array;
	documents: number;
};

export type TextIndex = {
	events: Postings;
	articles: Postings;
	/** Matches by folded query: the timeline filter asks for the same query at every frame. */
	recent: Map<string, TextMatches>;
	/** Each event's salience: events that match equally are ranked by it. */
	salience: Float64Array;
};

export type TextMatches = {
	/** The places in the model's events of those whose title or sentences have every word, ascending. */
	events: Uint32Array;
	/** The most salient of them, most salient first: what a result list shows. */
	ranked: number[];
	/** The places in the model's articles of those whose title or text have every word, in corpus order. */
	articles: number[];
	/** Some event has every word as typed, not only longer words they begin. */
	exact: boolean;
};

export const noTextMatches: TextMatches = {events: new Uint32Array(0), ranked: [], articles: [], exact: false};

const word = /[\p{L}\p{N}]+/gu;

/** The folded words of a text, as the index and the query see them. */
function words(text: string): string[] {
	return foldForMatching(text).match(word) ?? [];
}

/**
 * The words of the documents added so far, each numbered at its first sight, and every (word,
 * document) pair in the order added: a few typed arrays that grow, not a list per word, whose
 * growing garbage a collection would clean up while a key waits.
 */
type PostingLists = {
	numbers: Map<string, number>;
	/** For each word, how many documents have it. */
	counts: Uint32Array;
	/** For each word, the last document that has it, plus one: a word repeated in a document is one pair. */
	latest: Uint32Array;
	/** Word and document of each pair, in blocks of `pairsPerBlock`. */
	blocks: Uint32Array[];
	pairs: number;
};

const pairsPerBlock = 1 << 16;

const emptyLists = (): PostingLists => ({numbers: new Map(), counts: new Uint32Array(1024), latest: new Uint32Array(1024), blocks: [], pairs: 0});

/** `array` or, when `length` is beyond it, a copy twice as long. */
function room(array: Uint32Array, length: number): Uint32Array {
	if (length <= array.length) return array;
	const larger = new Uint32Array(array.length * 2);
	larger.set(array);
	return larger;
}

/** Adds the words of a folded text to `document`, which is no earlier than every document added before. */
function addText(lists: PostingLists, text: string, document: number): void {
	for (const term of text.match(word) ?? []) {
		let number = lists.numbers.get(term);
		if (number === undefined) {
			number = lists.numbers.size;
			lists.numbers.set(term, number);
			lists.counts = room(lists.counts, number + 1);
			lists.latest = room(lists.latest, number + 1);
		}
		if (lists.latest[number] === document + 1) continue;
		lists.latest[number] = document + 1;
		lists.counts[number]!++;
		const at = lists.pairs++ % pairsPerBlock;
		if (at === 0) lists.blocks.push(new Uint32Array(pairsPerBlock * 2));
		const block = lists.blocks.at(-1)!;
		block[at * 2] = number;
		block[at * 2 + 1] = document;
	}
}

/** The lists packed into typed arrays, words sorted. */
function* packPostings(lists: PostingLists, documents: number): Generator<void, Postings, void> {
	// Sorted by their first two characters, then within each: sorting a large corpus's words at
	// once held a step for tens of milliseconds. A word of one character comes before the longer ones.
	const byStart = new Map<number, string[]>();
	let counted = 0;
	for (const term of lists.numbers.keys()) {
		const start = term.charCodeAt(0) * 0x10001 + (term.length > 1 ? term.charCodeAt(1) + 1 : 0);
		const bucket = byStart.get(start);
		if (bucket) bucket.push(term);
		else byStart.set(start, [term]);
		if (++counted % termsPerStep === 0) yield;
	}
	const terms: string[] = [];
	let sorted = 0;
	for (const start of [...byStart.keys()].sort((a, b) => a - b)) {
		// Code unit order, as the buckets are: the order `lowerBound` searches in.
		for (const term of byStart.get(start)!.sort()) terms.push(term);
		if (++sorted % bucketsPerStep === 0) yield;
	}
	// Each word's next place in the postings, by its number: its start, then moved on as filled.
	const next = new Uint32Array(terms.length);
	const starts = new Uint32Array(terms.length + 1);
	let total = 0;
	for (const [at, term] of terms.entries()) {
		const number = lists.numbers.get(term)!;
		starts[at] = total;
		next[number] = total;
		total += lists.counts[number]!;
		if ((at + 1) % termsPerStep === 0) yield;
	}
	starts[terms.length] = total;
	yield;
	// Pairs were added document by document, so each word's documents are filled in ascending order.
	const postings = new Uint32Array(total);
	for (const [index, block] of lists.blocks.entries()) {
		const pairs = Math.min(pairsPerBlock, lists.pairs - index * pairsPerBlock);
		for (let at = 0; at < pairs; at++) postings[next[block[at * 2]!]!++] = block[at * 2 + 1]!;
		yield;
	}
	return {terms, starts, postings, documents};
}

/** Characters of article text, then sentences of events, indexed between two steps of `textIndexSteps`: the work of a step, whatever the size of each article or event. */
export const charactersPerStep = 30_000;
export const sentencesPerStep = 300;
/** Words given their place in the packed postings between two steps. */
const termsPerStep = 20_000;
/** Groups of words of the same first two characters sorted between two steps. */
const bucketsPerStep = 64;

/**
 * A full-text index being built, fed articles and then events in their model order: each
 * article's folded text is kept until the events' sentences are cut from it (folding keeps
 * offsets). Built here a step at a time, or off the main thread (full-text-worker.ts).
 */
export type TextIndexBuild = {articles: PostingLists; events: PostingLists; folded: string[]};

export const startTextIndex = (): TextIndexBuild => ({articles: emptyLists(), events: emptyLists(), folded: []});

/** Adds the article at `place`; gives the characters of its text, the work it took. */
export function addArticle(build: TextIndexBuild, place: number, title: string, text: string): number {
	const folded = foldForMatching(text);
	build.folded[place] = folded;
	addText(build.articles, foldForMatching(title), place);
	addText(build.articles, folded, place);
	return folded.length;
}

/** An event's sentences as (article place, start, end) triples; an article not in the model is -1 and says nothing. */
export type SentenceRanges = number[];

/** The event's sentences as ranges of its articles, each article by its place in the model (the last of an id told twice); mentions not read yet are not kept. */
export function sentenceRanges(event: TimelineEvent, articlePlaces: ReadonlyMap<string, number>): SentenceRanges {
	return unkept(event, 'mentions').flatMap(({article, sentence}) => [articlePlaces.get(article) ?? -1, sentence.start, sentence.end]);
}

/** Adds the event at `place`, after every article; gives the sentences it read, the work it took. */
export function addEvent(build: TextIndexBuild, place: number, title: string, sentences: SentenceRanges): number {
	addText(build.events, foldForMatching(title), place);
	for (let at = 0; at < sentences.length; at += 3) addText(build.events, build.folded[sentences[at]!]?.slice(sentences[at + 1], sentences[at + 2]) ?? '', place);
	return 1 + sentences.length / 3;
}

/** The lists of a build packed, the articles' first (their lists freed before the events' are packed); the build is spent. */
export function* packTextIndex(build: TextIndexBuild, articles: number, events: number): Generator<void, Pick<TextIndex, 'articles' | 'events'>, void> {
	build.folded.length = 0;
	yield;
	const articlePostings = yield* packPostings(build.articles, articles);
	build.articles.numbers.clear();
	build.articles.blocks.length = 0;
	yield;
	return {articles: articlePostings, events: yield* packPostings(build.events, events)};
}

export const salienceOf = (model: TimelineModel): Float64Array => Float64Array.from(model.events, (event) => event.salience);

/**
 * Builds the index a slice at a time: each `next()` indexes a few articles or events, the last
 * returns the index. Every slice takes about as long, a fraction of a keystroke's frame, packing
 * the lists at the end too.
 */
export function* textIndexSteps(model: TimelineModel): Generator<void, TextIndex, void> {
	const build = startTextIndex();
	const textOf = textsOnce();
	// Each article's place by id, for the events' sentences: the last of an id told twice.
	const places = new Map<string, number>();
	let characters = 0;
	for (const [place, article] of model.articles.entries()) {
		places.set(article.id, place);
		characters += addArticle(build, place, article.title, textOf(article));
		if (characters >= charactersPerStep) {
			characters = 0;
			yield;
		}
	}
	let told = 0;
	for (const [place, event] of model.events.entries()) {
		told += addEvent(build, place, event.title, sentenceRanges(event, places));
		if (told >= sentencesPerStep) {
			told = 0;
			yield;
		}
	}
	const {articles, events} = yield* packTextIndex(build, model.articles.length, model.events.length);
	return {events, articles, recent: new Map(), salience: salienceOf(model)};
}

/** The whole index at once. */
export const buildTextIndex = (model: TimelineModel): TextIndex => stepwise(() => textIndexSteps(model)).finish();

/** The first term at or after `term` in sorted order. */
function lowerBound(terms: readonly string[], term: string): number {
	let low = 0;
	let high = terms.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (terms[middle]! < term) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** The documents that have `term`, or with `prefix` any word that begins with it; ascending. */
function documentsWith(index: Postings, term: string, prefix: boolean): Uint32Array {
	const first = lowerBound(index.terms, term);
	if (!prefix) return index.terms[first] === term ? index.postings.subarray(index.starts[first], index.starts[first + 1]) : new Uint32Array(0);
	let last = first;
	while (last < index.terms.length && index.terms[last]!.startsWith(term)) last++;
	if (last === first + 1) return index.postings.subarray(index.starts[first], index.starts[last]);
	// Several words: marked and counted document by document, then read in order into a list of that length.
	const marked = new Uint8Array(index.documents);
	let count = 0;
	for (let at = index.starts[first]!; at < index.starts[last]!; at++) {
		const document = index.postings[at]!;
		if (marked[document] === 0) count++;
		marked[document] = 1;
	}
	const found = new Uint32Array(count);
	for (let document = 0, filled = 0; filled < count; document++) if (marked[document] === 1) found[filled++] = document;
	return found;
}

/** The documents in every list (each ascending). */
function intersect(lists: Uint32Array[]): Uint32Array {
	const [smallest, ...others] = [...lists].sort((a, b) => a.length - b.length);
	if (!smallest) return new Uint32Array(0);
	// No function made per document: a common word's list has most of the corpus.
	return smallest.filter((document) => {
		for (let other = 0; other < others.length; other++) if (!has(others[other]!, document)) return false;
		return true;
	});
}

function has(list: Uint32Array, value: number): boolean {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (list[middle]! < value) low = middle + 1;
		else high = middle;
	}
	return list[low] === value;
}

/** A word of the query stands for the words it begins ("prisoner" for "prisoners", "ceasef" unfinished) from this length on. */
const prefixFrom = 3;

/** The documents with every word of `terms` or a word it begins; `exact`, those with every word as it is. */
function matching(index: Postings, terms: readonly string[]): {all: Uint32Array; exact: Uint32Array} {
	const exact = intersect(terms.map((term) => documentsWith(index, term, false)));
	return {all: intersect(terms.map((term) => documentsWith(index, term, term.length >= prefixFrom))), exact};
}

/** How many of the matching events are ranked for a result list. */
const rankedEvents = 100;

/** The `count` most salient of `places`, most salient first, without sorting them all. */
function mostSalient(places: Uint32Array, salience: Float64Array, count: number): number[] {
	if (places.length === 0) return [];
	// Indexed loops: a common word matches most events, and iterating them made an object for each.
	const values = new Float64Array(places.length);
	for (let at = 0; at < places.length; at++) values[at] = salience[places[at]!]!;
	values.sort();
	const threshold = values[Math.max(0, values.length - count)]!;
	const chosen: number[] = [];
	for (let at = 0; at < places.length; at++) if (salience[places[at]!]! >= threshold) chosen.push(places[at]!);
	return chosen.sort((a, b) => salience[b]! - salience[a]! || a - b).slice(0, count);
}

/** How many folded queries keep their matches. */
const recentQueries = 8;

/** The events and the articles that have every word of `query` (folded), or words they begin. */
export function searchText(index: TextIndex, query: string): TextMatches {
	const terms = words(query);
	const key = terms.join(' ');
	if (key === '') return noTextMatches;
	const kept = index.recent.get(key);
	if (kept) return kept;
	const events = matching(index.events, terms);
	const found: TextMatches = {
		events: events.all,
		ranked: mostSalient(events.all, index.salience, rankedEvents),
		articles: Array.from(matching(index.articles, terms).all),
		exact: events.exact.length > 0,
	};
	if (index.recent.size >= recentQueries) index.recent.delete(index.recent.keys().next().value!);
	index.recent.set(key, found);
	return found;
}
