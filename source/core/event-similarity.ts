/**
 * Whether two sentences of one date say the same thing: the words they share within a language,
 * and the names and numbers they share across languages, each weighted by how rare it is in the
 * corpus (a word every sentence has says nothing; a rare name or figure says much).
 */
import {foldForMatching} from './entities/fold.js';
import {tokenize} from './entities/tokens.js';
import type {Span} from './model.js';

/** A sentence's words (folded, cut to a stem) and its anchors (names and numbers), each once. */
export type Features = {language: string; words: string[]; anchors: string[]};

/** A feature's weight: the rarer in the corpus, the heavier. */
export type Rarity = (feature: string) => number;

// Words are cut to their first letters: "filed"/"filing", "negociaciones"/"negociación" meet.
const stemLength = 6;
// Shorter words are mostly articles and prepositions ("the", "في", "de").
const shortestWord = 3;
const digitsOnly = /^\d+$/;

/**
 * The features of a sentence. Words inside `dateSpans` (sorted by start) are left out: every
 * sentence of a date shares them. `names` are the canonical names it mentions.
 */
export function sentenceFeatures(text: string, sentence: Span, dateSpans: Span[], names: string[], language: string): Features {
	const words = new Set<string>();
	const anchors = new Set<string>(names.map((name) => `@${name}`));
	const folded = foldForMatching(text.slice(sentence.start, sentence.end));
	let dateIndex = 0;
	for (const token of tokenize(folded)) {
		const start = sentence.start + token.start;
		while (dateIndex < dateSpans.length && dateSpans[dateIndex]!.end <= start) dateIndex++;
		const date = dateSpans[dateIndex];
		if (date && date.start < sentence.start + token.end) continue;
		if (digitsOnly.test(token.text)) anchors.add(`#${token.text}`);
		else if (token.text.length >= shortestWord) words.add([...token.text].slice(0, stemLength).join(''));
	}
	return {language, words: [...words], anchors: [...anchors]};
}

/** The rarity of each feature over a corpus's sentences: log(1 + sentences ÷ sentences with it). */
export function rarityOver(sentences: Features[]): Rarity {
	const counts = new Map<string, number>();
	const count = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
	for (const {language, words, anchors} of sentences) {
		for (const word of words) count(`${language}\u0000${word}`);
		anchors.forEach(count);
	}
	const total = sentences.length;
	return (feature) => Math.log(1 + total / (counts.get(feature) ?? 1));
}

/** The features two sentences are compared by: words within one language, names and numbers across. */
export function comparedFeatures(features: Features, sameLanguage: boolean): string[] {
	if (!sameLanguage) return features.anchors;
	return [...features.anchors, ...features.words.map((word) => `${features.language}\u0000${word}`)];
}

/** Weighted Jaccard similarity of two sentences: the weight of what they share over the weight of all they say. */
export function similarity(a: Features, b: Features, rarity: Rarity): number {
	const sameLanguage = a.language === b.language;
	const left = comparedFeatures(a, sameLanguage);
	const right = new Set(comparedFeatures(b, sameLanguage));
	let shared = 0;
	let all = 0;
	for (const feature of left) {
		const weight = rarity(feature);
		if (right.has(feature)) {
			shared += weight;
			right.delete(feature);
		}
		all += weight;
	}
	for (const feature of right) all += rarity(feature);
	return all === 0 ? 0 : shared / all;
}
