/**
 * Whether two sentences of one date say the same thing: the words they share within a language,
 * and the names and numbers they share across languages, each weighted by how rare it is in the
 * corpus (a word every sentence has says nothing; a rare name or figure says much).
 */
import {foldForMatching} from './entities/fold.js';
import {tokenize, tokenText} from './entities/tokens.js';
import type {Span} from './model.js';
import {getOrAdd} from './collections.js';

/**
 * A sentence's features as keys of one FeatureKeys, sorted and each once: `all` its words
 * (folded, cut to a stem, told apart by language) and anchors (names and numbers), `anchors`
 * those alone; `names` the keys of the names it mentions, in their order. They depend on the
 * sentence alone: a merge of a corpus changed while dateline runs keeps them (merge-memo.ts).
 */
export type Features = {language: string; all: number[]; anchors: number[]; names: number[]};

/**
 * A number for every feature ever seen (anchors, and words of each language apart), and whether
 * it is an anchor. A merge of a corpus changed while dateline runs keeps the keys of the last
 * (merge-memo.ts): a sentence's tokens and features are found once, as keys, and the stems of an anchor's words (retold) once.
 */
export type FeatureKeys = {anchors: Map<string, number>; words: Map<string, Map<string, number>>; isAnchor: boolean[]; texts: string[]; stems: Map<number, string[]>};

export const featureKeys = (): FeatureKeys => ({anchors: new Map(), words: new Map(), isAnchor: [], texts: [], stems: new Map()});

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
 * The features of one merge, by key: how many of its sentences have each, the place of each in
 * the order the merge first counts them (which, unlike the keys, is the same in every merge of the
 * same corpus: it breaks ties between features alike), and then each one's weight.
 */
export type FeatureTable = {keys: FeatureKeys; counts: Int32Array; places: Int32Array; counted: number; sentences: number; weights: Float64Array};

export const featureTable = (keys = featureKeys()): FeatureTable => ({keys, counts: new Int32Array(keys.isAnchor.length), places: new Int32Array(keys.isAnchor.length), counted: 0, sentences: 0, weights: new Float64Array(0)});

// Words are cut to their first letters: "filed"/"filing", "negociaciones"/"negociación" meet.
const stemLength = 6;
// Shorter words are mostly articles and prepositions ("the", "في", "de").
const shortestWord = 3;
const digitsOnly = /^\d+$/;
const stemOf = (word: string) => word.slice(0, stemLength);

/** `array` with room for index `at`, its new places zero. */
function withRoom(array: Int32Array, at: number): Int32Array {
	if (at < array.length) return array;
	const grown = new Int32Array(Math.max(at + 1, array.length * 2));
	grown.set(array);
	return grown;
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

/** The features of a sentence that has none, shared: features are only read. */
const noFeatures: number[] = [];
Object.freeze(noFeatures);

/** The features of a sentence (its `sentenceTokens`) that mentions the canonical names `names`. */
export function sentenceFeatures(keys: FeatureKeys, tokens: number[], names: string[], language: string): Features {
	const nameKeys = names.map((name) => keyOf(keys, keys.anchors, name, true));
	const sorted = new Int32Array(nameKeys.length + tokens.length);
	sorted.set(nameKeys);
	sorted.set(tokens, nameKeys.length);
	// Sorted, each once.
	sorted.sort();
	let length = 0;
	for (const key of sorted) if (length === 0 || sorted[length - 1] !== key) sorted[length++] = key;
	// Kept as arrays of the heap: a typed array a sentence is memory outside it, which the collector is slow to ask back.
	const all = length === 0 ? noFeatures : Array.from(sorted.subarray(0, length));
	const found = all.filter((key) => keys.isAnchor[key]);
	// Every candidate of a date that others share keeps its features until that date is merged: one array serves as both
	// where every feature is an anchor, a sentence without any shares the one empty array, and the others have their exact
	// length (`filter` leaves room for more).
	const anchors = found.length === all.length ? all : found.length === 0 ? noFeatures : found.slice();
	return {language, all, anchors, names: nameKeys.length === 0 ? noFeatures : nameKeys};
}

/** Counts a sentence's features (of `tokens`, its sentenceTokens) into `table`: each feature is placed as it first comes, its names before its words and numbers. */
export function countFeatures(table: FeatureTable, {all, names}: Features, tokens: number[]): void {
	const last = table.keys.isAnchor.length - 1;
	table.counts = withRoom(table.counts, last);
	table.places = withRoom(table.places, last);
	const {counts, places} = table;
	// Places are counted from 1: 0 is a feature not counted yet.
	for (const key of names) if (places[key] === 0) places[key] = ++table.counted;
	for (const key of tokens) if (places[key] === 0) places[key] = ++table.counted;
	for (const key of all) counts[key]!++;
	table.sentences++;
}

/** Weights are whole numbers of this part of one: sums of them are exact in any order, so a merge that meets features in another order scores alike. */
const weightUnit = 2 ** 30;

/** Sets each feature's weight once every sentence is counted: log(1 + sentences ÷ sentences with it). */
export function weighFeatures(table: FeatureTable): void {
	table.weights = Float64Array.from(table.counts, (count) => (count === 0 ? 0 : Math.round(Math.log(1 + table.sentences / count) * weightUnit)));
}

/** Weighted Jaccard similarity of two sentences (words within one language, names and numbers across): the weight of what they share over the weight of all they say. */
export function similarity(a: Features, b: Features, {weights}: FeatureTable): number {
	const within = a.language === b.language;
	const left = within ? a.all : a.anchors;
	const right = within ? b.all : b.anchors;
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

/** A sentence compared with many (retold): its features, and the stems of each of its anchors' words, found once. */
export type Saying = {features: Features; stems: Map<number, string[]>};

export const sayingOf = (features: Features, keys: FeatureKeys): Saying => ({features, stems: new Map(features.anchors.map((id) => [id, getOrAdd(keys.stems, id, () => nameStems(keys.texts[id]!))]))});

/** A word the table's sentences mostly have ("the", "said", a story's subject) tells no happening: a telling word is in fewer than half of them. */
const tellingWeight = Math.log(3) * weightUnit;
/** Telling words beyond the names two sentences share, for one to tell again what the other tells. */
const tellingWords = 2;

/**
 * How much of the shorter of two sentences the other tells again: the weight they share over
 * the weight of the lighter, when they share a name or number and at least two telling words
 * beyond the names they share ("third", "medical leave"; "introduced" and "CEO"); else 0. A
 * happening told again in passing ("When Jobs first introduced iPhone 4, he praised its
 * antenna") shares little of all a longer report of it says, but much of itself; two
 * happenings of the same people share their names and little else. With `headline` (the words
 * of the headline of `b`'s report), one telling word that the headline has too is enough: the
 * act the report is about ("First Airbus A380 delivered").
 */
export function retold({features: a, stems}: Saying, b: Features, table: FeatureTable, headline?: ReadonlySet<number>): number {
	const {weights, keys} = table;
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
	const anchors = shared.filter((id) => keys.isAnchor[id]);
	if (anchors.length === 0) return 0;
	const named = new Set(anchors.flatMap((id) => stems.get(id)!));
	const telling = shared.filter((id) => !keys.isAnchor[id] && !named.has(keys.texts[id]!) && weights[id]! > tellingWeight);
	const enough = headline ? telling.some((id) => headline.has(id)) : telling.length >= tellingWords;
	return enough ? total(shared) / lighter : 0;
}

/** The `count` rarest features of a sentence, rarest first (the first counted on a tie). */
export function rarestFeatures({all}: Features, {counts, places}: FeatureTable, count: number): number[] {
	const rarer = (a: number, b: number) => counts[a]! < counts[b]! || (counts[a] === counts[b] && places[a]! < places[b]!);
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
