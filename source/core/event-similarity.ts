/**
 * Whether two sentences of one date say the same thing: the words they share within a language,
 * and the names and numbers they share across languages, each weighted by how rare it is in the
 * corpus (a word every sentence has says nothing; a rare name or figure says much).
 */
import {foldForMatching} from './entities/fold.js';
import {tokenize, tokenText} from './entities/tokens.js';
import type {Span} from './model.js';

/**
 * A sentence's features as ids of one FeatureTable, sorted and each once: `all` its words (folded,
 * cut to a stem, told apart by language) and anchors (names and numbers), `anchors` those alone.
 */
export type Features = {language: string; all: number[]; anchors: number[]};

/**
 * A number for every feature ever seen (anchors, and words of each language apart), and whether
 * it is an anchor. A merge of a corpus changed while dateline runs keeps the keys of the last
 * (merge-memo.ts): a sentence's tokens are found once, as keys.
 */
export type FeatureKeys = {anchors: Map<string, number>; words: Map<string, Map<string, number>>; isAnchor: boolean[]};

export const featureKeys = (): FeatureKeys => ({anchors: new Map(), words: new Map(), isAnchor: []});

function keyOf(keys: FeatureKeys, map: Map<string, number>, text: string, anchor: boolean): number {
	let key = map.get(text);
	if (key === undefined) {
		key = keys.isAnchor.length;
		map.set(text, key);
		keys.isAnchor.push(anchor);
	}
	return key;
}

/**
 * The features of one corpus: an id for each feature key (in the order the merge first counts
 * them: the ids, not the keys, order features alike in every merge of the same corpus), how
 * many sentences have it, and then its weight.
 */
export type FeatureTable = {keys: FeatureKeys; ids: Int32Array; counts: number[]; anchorIds: boolean[]; sentences: number; weights: Float64Array};

/** The ids of keys not counted yet are -1. */
const noIds = (length: number) => new Int32Array(length).fill(-1);

export const featureTable = (keys = featureKeys()): FeatureTable => ({keys, ids: noIds(keys.isAnchor.length), counts: [], anchorIds: [], sentences: 0, weights: new Float64Array(0)});

// Words are cut to their first letters: "filed"/"filing", "negociaciones"/"negociación" meet.
const stemLength = 6;
// Shorter words are mostly articles and prepositions ("the", "في", "de").
const shortestWord = 3;
const digitsOnly = /^\d+$/;

function idOf(table: FeatureTable, key: number): number {
	if (key >= table.ids.length) {
		const grown = noIds(Math.max(key + 1, table.ids.length * 2));
		grown.set(table.ids);
		table.ids = grown;
	}
	let id = table.ids[key]!;
	if (id < 0) {
		id = table.counts.length;
		table.ids[key] = id;
		table.counts.push(0);
		table.anchorIds.push(table.keys.isAnchor[key]!);
	}
	return id;
}

/**
 * What a sentence says, before it is counted into a table: the keys of its numbers and words
 * (folded, cut to a stem), each once, in the order they first appear. Words inside `dateSpans`
 * (sorted by start) are left out: every sentence of a date shares them.
 */
export function sentenceTokens(keys: FeatureKeys, text: string, sentence: Span, dateSpans: Span[], language: string): number[] {
	const found = new Set<number>();
	let words = keys.words.get(language);
	if (!words) keys.words.set(language, (words = new Map()));
	const folded = foldForMatching(text.slice(sentence.start, sentence.end));
	let dateIndex = 0;
	const tokens = tokenize(folded);
	for (let index = 0; index < tokens.count; index++) {
		const start = sentence.start + tokens.starts[index]!;
		while (dateIndex < dateSpans.length && dateSpans[dateIndex]!.end <= start) dateIndex++;
		const date = dateSpans[dateIndex];
		if (date && date.start < sentence.start + tokens.ends[index]!) continue;
		const token = tokenText(tokens, index);
		// A number is written alike in every language, as a name is: both are anchors (a name never is digits only).
		if (digitsOnly.test(token)) found.add(keyOf(keys, keys.anchors, token, true));
		else if (token.length >= shortestWord) found.add(keyOf(keys, words, token.slice(0, stemLength), false));
	}
	return [...found];
}

/**
 * The features of a sentence (its `sentenceTokens`), counted into `table`. `names` are the
 * canonical names it mentions. Ids are given in the order names and tokens come.
 */
export function sentenceFeatures(table: FeatureTable, tokens: number[], names: string[], language: string): Features {
	const ids = new Int32Array(names.length + tokens.length);
	names.forEach((name, index) => (ids[index] = idOf(table, keyOf(table.keys, table.keys.anchors, name, true))));
	tokens.forEach((key, index) => (ids[names.length + index] = idOf(table, key)));
	// Sorted, each once.
	ids.sort();
	let length = 0;
	for (const id of ids) if (length === 0 || ids[length - 1] !== id) ids[length++] = id;
	// Kept as arrays of the heap: a typed array a sentence is memory outside it, which the collector is slow to ask back.
	const all = length === 0 ? noFeatures : Array.from(ids.subarray(0, length));
	for (const id of all) table.counts[id]!++;
	table.sentences++;
	const anchors = all.filter((id) => table.anchorIds[id]);
	// Every sentence of a date holds its features until the date is merged: one array serves as both where every feature is an anchor (or none is).
	return {language, all, anchors: anchors.length === all.length ? all : anchors};
}

/** The features of a sentence that has none, shared: features are only read. */
const noFeatures: number[] = [];
Object.freeze(noFeatures);

/** Sets each feature's weight once every sentence is counted: log(1 + sentences ÷ sentences with it). */
export function weighFeatures(table: FeatureTable): void {
	table.weights = Float64Array.from(table.counts, (count) => Math.log(1 + table.sentences / count));
}

/** Weighted Jaccard similarity of two sentences (words within one language, names and numbers across): the weight of what they share over the weight of all they say. */
export function similarity(a: Features, b: Features, {weights}: FeatureTable): number {
	const [left, right] = a.language === b.language ? [a.all, b.all] : [a.anchors, b.anchors];
	let shared = 0;
	let all = 0;
	let i = 0;
	let j = 0;
	while (i < left.length || j < right.length) {
		const x = left[i] ?? Infinity;
		const y = right[j] ?? Infinity;
		if (x === y) {
			shared += weights[x]!;
			all += weights[x]!;
			i++;
			j++;
		} else if (x < y) {
			all += weights[x]!;
			i++;
		} else {
			all += weights[y]!;
			j++;
		}
	}
	return all === 0 ? 0 : shared / all;
}

/** The `count` rarest features of a sentence, rarest first (the lower id on a tie). */
export function rarestFeatures({all}: Features, {weights}: FeatureTable, count: number): number[] {
	const rarer = (a: number, b: number) => weights[a]! > weights[b]! || (weights[a] === weights[b] && a < b);
	// Kept in order as they come: sorting every feature of every sentence to keep a few cost more than the merge around it.
	const rarest: number[] = [];
	for (const id of all) {
		let at: number;
		if (rarest.length < count) at = rarest.push(id) - 1;
		else if (rarer(id, rarest[count - 1]!)) at = count - 1;
		else continue;
		for (; at > 0 && rarer(id, rarest[at - 1]!); at--) rarest[at] = rarest[at - 1]!;
		rarest[at] = id;
	}
	return rarest;
}
