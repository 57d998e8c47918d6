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
export type FeatureKeys = {anchors: Map<string, number>; words: Map<string, Map<string, number>>; isAnchor: boolean[]; texts: string[]};

export const featureKeys = (): FeatureKeys => ({anchors: new Map(), words: new Map(), isAnchor: [], texts: []});

function keyOf(keys: FeatureKeys, map: Map<string, number>, text: string, anchor: boolean): number {
	let key = map.get(text);
	if (key === undefined) {
		key = keys.isAnchor.length;
		map.set(text, key);
		keys.isAnchor.push(anchor);
		keys.texts.push(text);
	}
	return key;
}

/**
 * The features of one corpus: an id for each feature key (in the order the merge first counts
 * them: the ids, not the keys, order features alike in every merge of the same corpus), how
 * many sentences have it, and then its weight.
 */
export type FeatureTable = {keys: FeatureKeys; ids: Int32Array; keyOfId: number[]; counts: number[]; anchorIds: boolean[]; sentences: number; weights: Float64Array};

/** The ids of keys not counted yet are -1. */
const noIds = (length: number) => new Int32Array(length).fill(-1);

export const featureTable = (keys = featureKeys()): FeatureTable => ({keys, ids: noIds(keys.isAnchor.length), keyOfId: [], counts: [], anchorIds: [], sentences: 0, weights: new Float64Array(0)});

// Words are cut to their first letters: "filed"/"filing", "negociaciones"/"negociación" meet.
const stemLength = 6;
// Shorter words are mostly articles and prepositions ("the", "في", "de").
const shortestWord = 3;
const digitsOnly = /^\d+$/;
const stemOf = (word: string) => word.slice(0, stemLength);

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
		table.keyOfId.push(key);
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
		else if (token.length >= shortestWord) found.add(keyOf(keys, words, stemOf(token), false));
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
	const all = Array.from(ids.subarray(0, length));
	for (const id of all) table.counts[id]!++;
	table.sentences++;
	return {language, all, anchors: all.filter((id) => table.anchorIds[id])};
}

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

/** The stems of a name's words: those a sentence naming it has among its words. */
function nameStems(name: string): string[] {
	const tokens = tokenize(foldForMatching(name));
	return Array.from({length: tokens.count}, (_, index) => stemOf(tokenText(tokens, index)));
}

/** A word the table's sentences mostly have ("the", "said", a story's subject) tells no happening: a telling word is in fewer than half of them. */
const tellingWeight = Math.log(3);
/** Telling words beyond the names two sentences share, for one to tell again what the other tells. */
const tellingWords = 2;

/**
 * How much of the shorter of two sentences the other tells again: the weight they share over
 * the weight of the lighter, when they share a name or number and at least two telling words
 * beyond the names they share ("third", "medical leave"; "introduced" and "CEO"); else 0. A
 * happening told again in passing ("When Jobs first introduced iPhone 4, he praised its
 * antenna") shares little of all a longer report of it says, but much of itself; two
 * happenings of the same people share their names and little else.
 */
export function retold(a: Features, b: Features, table: FeatureTable): number {
	const {weights, anchorIds, keyOfId, keys} = table;
	const [left, right] = a.language === b.language ? [a.all, b.all] : [a.anchors, b.anchors];
	const total = (ids: number[]) => ids.reduce((sum, id) => sum + weights[id]!, 0);
	const lighter = Math.min(total(left), total(right));
	if (lighter === 0) return 0;
	const shared: number[] = [];
	let j = 0;
	for (const id of left) {
		while (j < right.length && right[j]! < id) j++;
		if (right[j] === id) shared.push(id);
	}
	const anchors = shared.filter((id) => anchorIds[id]);
	if (anchors.length === 0) return 0;
	const named = new Set(anchors.flatMap((id) => nameStems(keys.texts[keyOfId[id]!]!)));
	const telling = shared.filter((id) => !anchorIds[id] && !named.has(keys.texts[keyOfId[id]!]!) && weights[id]! > tellingWeight);
	return telling.length >= tellingWords ? total(shared) / lighter : 0;
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
