import type {Span} from '../model.js';
import {countryDefinitions} from './countries.js';
import type {EntityDefinition} from './definitions.js';
import {foldForMatching} from './fold.js';
import {tokenize, type Token} from './tokens.js';

/** A name from the entity table found in an article. */
export type DictionaryMatch = Span & {entity: EntityDefinition; firstToken: number; lastToken: number};

type Entry = {entity: EntityDefinition; caseSensitive: boolean};

// Arabic writes conjunctions, prepositions and the article onto the word: و ف ب ل ك ال, and لل for ل + ال.
const arabicPrefixes = ['وبال', 'وال', 'بال', 'كال', 'فال', 'ولل', 'لل', 'ال', 'وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];
// English and German possessives and genitives: "Kyiv’s", "Russlands", "Putins".
const latinSuffixes = ['’s', "'s", '’', "'", 's'];
const arabicLetter = /[\u0600-\u06ff]/;

/** Capitalized, or in a script without case (Arabic, Chinese). */
const startsCapitalized = (char: string) => char.toLowerCase() === char.toUpperCase() || /^\p{Lu}/u.test(char);

const key = (tokens: string[]) => tokens.join(' ');

export class EntityDictionary {
	private readonly entries = new Map<string, Entry>();
	/** First word of a table name → the most words a name starting with it has. Most words of a text start no name. */
	private readonly firstWords = new Map<string, number>();

	constructor(definitions: EntityDefinition[], caseSensitiveDefinitions: EntityDefinition[] = []) {
		for (const entity of caseSensitiveDefinitions) this.addAll(entity, true);
		for (const entity of definitions) this.addAll(entity, false);
	}

	private addAll(entity: EntityDefinition, caseSensitive: boolean): void {
		for (const name of [entity.name, ...entity.aliases]) {
			// Short names ("US", "UN", "EU") are words in lower case ("us", "un"): match them as written.
			this.add(name, entity, caseSensitive || name.length <= 3);
		}
	}

	private add(name: string, entity: EntityDefinition, caseSensitive: boolean): void {
		const tokens = tokenize(foldForMatching(name)).map((token) => token.text);
		if (tokens.length === 0) return;
		const forms = [tokens];
		if (arabicLetter.test(tokens[0]!) && tokens[0]!.startsWith('ال') && tokens[0]!.length > 4) forms.push([tokens[0]!.slice(2), ...tokens.slice(1)]);
		for (const form of forms) {
			// The table is read in order: an earlier definition keeps a name two definitions share.
			if (!this.entries.has(key(form))) this.entries.set(key(form), {entity, caseSensitive});
			this.firstWords.set(form[0]!, Math.max(this.firstWords.get(form[0]!) ?? 0, form.length));
		}
	}

	/** Longest-first matches of table names; `folded` is foldForMatching(text), `tokens` tokenize(text). */
	match(text: string, folded: string, tokens: Token[]): DictionaryMatch[] {
		const matches: DictionaryMatch[] = [];
		for (let first = 0; first < tokens.length; ) {
			const found = this.matchAt(text, folded, tokens, first);
			if (found) {
				matches.push(found);
				first = found.lastToken + 1;
			} else first++;
		}
		return matches;
	}

	/** How many words a name starting at this word can have: 0 when no table name starts with it in any form. */
	private longestFrom(word: string): number {
		let longest = this.firstWords.get(word) ?? 0;
		for (const suffix of latinSuffixes) if (word.endsWith(suffix)) longest = Math.max(longest, this.firstWords.get(word.slice(0, -suffix.length)) ?? 0);
		if (arabicLetter.test(word)) for (const prefix of arabicPrefixes) if (word.startsWith(prefix)) longest = Math.max(longest, this.firstWords.get(word.slice(prefix.length)) ?? 0);
		return longest;
	}

	private matchAt(text: string, folded: string, tokens: Token[], first: number): DictionaryMatch | null {
		const longest = this.longestFrom(folded.slice(tokens[first]!.start, tokens[first]!.end));
		if (longest === 0) return null;
		const last = Math.min(tokens.length, first + longest) - 1;
		for (let end = last; end >= first; end--) {
			const words = tokens.slice(first, end + 1).map((token) => folded.slice(token.start, token.end));
			for (const variant of this.variants(words)) {
				const entry = this.entries.get(key(variant.words));
				if (!entry) continue;
				const start = tokens[first]!.start + variant.prefix;
				if (entry.caseSensitive && !startsCapitalized(text.slice(start, start + 1))) continue;
				return {start, end: tokens[end]!.end - variant.suffix, entity: entry.entity, firstToken: first, lastToken: end};
			}
		}
		return null;
	}

	private *variants(words: string[]): Generator<{words: string[]; prefix: number; suffix: number}> {
		yield {words, prefix: 0, suffix: 0};
		const lastWord = words[words.length - 1]!;
		for (const suffix of latinSuffixes) {
			if (lastWord.endsWith(suffix) && lastWord.length > suffix.length + 2) {
				yield {words: [...words.slice(0, -1), lastWord.slice(0, -suffix.length)], prefix: 0, suffix: suffix.length};
			}
		}
		const firstWord = words[0]!;
		if (!arabicLetter.test(firstWord)) return;
		for (const prefix of arabicPrefixes) {
			if (firstWord.startsWith(prefix) && firstWord.length - prefix.length >= 3) {
				const rest = [firstWord.slice(prefix.length), ...words.slice(1)];
				yield {words: rest, prefix: prefix.length, suffix: 0};
			}
		}
	}
}

const cache = new Map<string, EntityDictionary>();

/** The dictionary for one article language: the entity table, corpus aliases, and country names in that language and English. */
export function dictionaryFor(language: string, definitions: EntityDefinition[], cacheKey: string): EntityDictionary {
	const id = `${cacheKey}\u0000${language}`;
	let dictionary = cache.get(id);
	if (!dictionary) {
		// Country names are proper nouns; matched as written so that "Chad" or "Turkey" the word is left alone.
		dictionary = new EntityDictionary(definitions, countryDefinitions(language));
		cache.set(id, dictionary);
	}
	return dictionary;
}
