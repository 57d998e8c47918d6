import type {Span} from '../model.js';
import type {DictionaryMatch, EntityDictionary} from './dictionary.js';
import {isDemonymDefinition} from './demonyms.js';
import {foldForMatching} from './fold.js';
import {findNames, isOrganizationCue, designationBefore, looksLikeGivenName, type FoundName, type SurnameCandidates} from './name-finder.js';
import {adjacent, tokenize, tokenText, type Tokens} from './tokens.js';
import {pushAll} from '../collections.js';
import {oneLine} from '../one-line.js';

/** Everything in one article that may name a person, place or organization, before the corpus-wide merge. */
export type ArticleMentions = {
	article: string;
	/** Names from the entity table. */
	known: KnownMention[];
	names: FoundName[];
	surnames: SurnameCandidates;
	/** The article's language adds a genitive -s to names ("Merkels"): German. */
	genitiveS?: true;
};

/**
 * A name from the entity table: where it stands, the definition's name, and the words as written
 * when they are not that name. A tuple, not an object: the merge holds every article's, and most
 * are written as the definition's name.
 */
export type KnownMention = [start: number, end: number, entity: string, surface?: string];

/** The words of a known mention as written. */
export const knownSurface = (mention: KnownMention): string => mention[3] ?? mention[2];

function knownMention(start: number, end: number, entity: string, surface: string): KnownMention {
	return surface === entity ? [start, end, entity] : [start, end, entity, surface];
}

const genitiveLanguages = new Set(['de']);

/**
 * A tabled surname with a capitalized word before it ("Sergei Lawrow", "Dmitro Rubio") is
 * mentioned with a given name, possibly a garbled one: the mention takes it in.
 */
function withGivenName(text: string, tokens: Tokens, match: DictionaryMatch, sentenceStarts: Set<number>): DictionaryMatch {
	const before = match.firstToken - 1;
	if (match.entity.kind !== 'person' || match.firstToken !== match.lastToken || before < 0) return match;
	const start = tokens.starts[before]!;
	if (sentenceStarts.has(start) || !adjacent(text, tokens.ends[before]!, tokens.starts[match.firstToken]!) || !looksLikeGivenName(tokenText(tokens, before))) return match;
	return {...match, start, firstToken: before};
}

/**
 * A place of the table that is part of a company's name is not the place: "Singapore Airlines",
 * "Air Canada", "Bank of England" aside (its "of" keeps the place). "US$" is a currency.
 */
function inOrganizationName(text: string, tokens: Tokens, match: DictionaryMatch): boolean {
	if (match.entity.kind !== 'place') return false;
	if (text[match.end] === '$') return true;
	const before = match.firstToken - 1;
	// The cue may end a longer name that the place opens: "China Eastern Airlines".
	let cueAfter = false;
	for (let after = match.lastToken + 1, end = match.end; !cueAfter && after < tokens.count && after <= match.lastToken + 3 && adjacent(text, end, tokens.starts[after]!); after++) {
		const word = tokenText(tokens, after);
		if (!/^\p{Lu}/u.test(word)) break;
		cueAfter = isOrganizationCue(word);
		end = tokens.ends[after]!;
	}
	const cueBefore = before >= 0 && adjacent(text, tokens.ends[before]!, match.start) && tokenText(tokens, before) === 'Air';
	return cueAfter || cueBefore;
}

/**
 * An adjective of nationality names its place ("German airline Lufthansa"), but not in the plural,
 * which names people ("Singaporeans"), nor before another capitalized word that is no role, where
 * it opens a longer name ("European Aeronautic Defence", "American Express").
 */
function adjectiveOfPlace(text: string, tokens: Tokens, match: DictionaryMatch): boolean {
	if (!isDemonymDefinition(match.entity)) return true;
	if (match.end !== tokens.ends[match.lastToken]) return false;
	const after = match.lastToken + 1;
	return !(after < tokens.count && adjacent(text, match.end, tokens.starts[after]!) && looksLikeGivenName(tokenText(tokens, after)));
}

// A model designation of letters and digits ("A380", "VC-10"): in an article that names the product by maker and designation, the designation alone
// names it too. A number alone may count anything, even there ("Format 1000 by 1000"): "the 787" is left to the reader.
const codedModel = /^\p{Lu}{1,3}-?\d{2,}[\p{Lu}\d]*$/u;

/**
 * A product named by maker and designation ("Airbus A380") is named again by its designation
 * alone ("the A380", "A380s"): those mentions of the article are the product's. A name found
 * already holds its own words.
 */
function modelMentions(text: string, tokens: Tokens, names: FoundName[], sentenceStarts: Set<number>): FoundName[] {
	const byDesignation = new Map<string, string>();
	for (const name of names) {
		const designation = name.kind === 'product' ? name.surface.split(' ')[1] : undefined;
		if (designation && codedModel.test(designation) && !byDesignation.has(designation)) byDesignation.set(designation, name.surface);
	}
	if (byDesignation.size === 0) return [];
	const found: FoundName[] = [];
	let next = 0;
	const sorted = [...names].sort((a, b) => a.start - b.start);
	for (let index = 0; index < tokens.count; index++) {
		const start = tokens.starts[index]!;
		let word = tokenText(tokens, index);
		if (word.endsWith('s')) word = word.slice(0, -1);
		const surface = byDesignation.get(word);
		if (!surface) continue;
		while (next < sorted.length && sorted[next]!.end <= start) next++;
		if (next < sorted.length && sorted[next]!.start <= start) continue;
		found.push({start, end: start + word.length, surface, kind: 'product', opening: sentenceStarts.has(start)});
	}
	return found;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isCapital = (code: number) => code >= 0x41 && code <= 0x5a;

// A designation alone: letters and digits ("A380"), or a number that is no year ("777").
const designationWord = /^(?:\p{Lu}{1,3}\d{2,}[\p{Lu}\d]*|(?!(?:1[89]|20)\d\d(?!\d))\d{3,4})$/u;
// What follows a number that reads as a model's designation: a variant ("777-200LR"), a model name ("787 Dreamliner"), or nothing (a headline's "unveils long-range 777").
const modelFollows = /^(?:-[\p{Lu}\d]|[ \t]+\p{Lu}\p{Ll}|[ \t]*(?:[.,;:!?)]|\r?\n|$))/u;
// A noun in the plural after a number is what it counts ("787 passengers"); a short word in -s is more often a verb ("the 787 has").
const countedAfter = /^[ \t]+\p{Ll}{3,}[^\Ws]s\b/u;

/**
 * Designations without their maker ("the 777", "its 777 airliner", "777-200LR", "787
 * Dreamliner") that no name holds: which product each is, the corpus decides (resolve.ts). A
 * designation of letters and digits is one wherever it stands; a number only where it reads as a
 * model's and counts nothing: after an article or a possessive ("the 777"), or with a variant,
 * a model name or nothing after it, and never before a plural noun ("787 passengers").
 */
function designationMentions(text: string, tokens: Tokens, taken: Uint8Array, names: FoundName[], sentenceStarts: Set<number>): FoundName[] {
	const found: FoundName[] = [];
	let covered: Span[] | undefined;
	let next = 0;
	for (let index = 0; index < tokens.count; index++) {
		const start = tokens.starts[index]!;
		const end = tokens.ends[index]!;
		// A digit first, or within the first four characters after a capital: most words are neither.
		if (taken[index] || !(isDigit(text.charCodeAt(start)) || (isCapital(text.charCodeAt(start)) && (isDigit(text.charCodeAt(start + 1)) || isDigit(text.charCodeAt(start + 2)) || isDigit(text.charCodeAt(start + 3)))))) continue;
		const word = text.slice(start, end);
		if (!designationWord.test(word)) continue;
		// A figure's part ("1,500", "$777"), not a designation.
		if (start > 0 && !/[\s("“'‘]/u.test(text[start - 1]!)) continue;
		const after = text.slice(end, end + 16);
		if (/^\d/.test(word) && (countedAfter.test(after) || !(modelFollows.test(after) || designationBefore.test(text.slice(Math.max(0, start - 12), start))))) continue;
		covered ??= names.map(({start, end}) => ({start, end})).sort((a, b) => a.start - b.start);
		while (next < covered.length && covered[next]!.end <= start) next++;
		if (next < covered.length && covered[next]!.start <= start) continue;
		found.push({start, end, surface: word, kind: 'product', opening: sentenceStarts.has(start), designation: true});
	}
	return found;
}

/** `cleaned` is the article's cleaned view: blanked noise names nothing, and offsets are those of the original text. */
export function findMentions(article: {id: string; cleaned: string; sentences: Span[]; language: string}, dictionary: EntityDictionary): ArticleMentions {
	const tokens = tokenize(article.cleaned);
	const sentenceStarts = new Set(article.sentences.map((sentence) => sentence.start));
	const known = dictionary
		.match(article.cleaned, foldForMatching(article.cleaned), tokens)
		.filter((match) => !inOrganizationName(article.cleaned, tokens, match) && adjectiveOfPlace(article.cleaned, tokens, match))
		.map((match) => withGivenName(article.cleaned, tokens, match, sentenceStarts));
	const taken = new Uint8Array(tokens.count);
	for (const match of known) taken.fill(1, match.firstToken, match.lastToken + 1);
	const {names, surnames} = findNames(article.cleaned, tokens, taken, sentenceStarts, article.language);
	pushAll(names, modelMentions(article.cleaned, tokens, names, sentenceStarts));
	pushAll(names, designationMentions(article.cleaned, tokens, taken, names, sentenceStarts));
	const mentions: ArticleMentions = {article: article.id, known: known.map(({start, end, entity}) => knownMention(start, end, entity.name, oneLine(article.cleaned.slice(start, end)))), names, surnames};
	if (genitiveLanguages.has(article.language)) mentions.genitiveS = true;
	return mentions;
}
