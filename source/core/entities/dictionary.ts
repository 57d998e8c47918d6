import {getOrAdd} from '../collections.js';
import type {Span} from '../model.js';
import {countryDefinitions} from './countries.js';
import type {EntityDefinition} from './definitions.js';
import {demonymDefinitions} from './demonyms.js';
import {foldForMatching} from './fold.js';
import {words, type Tokens} from './tokens.js';

/** A name from the entity table found in an article. */
export type DictionaryMatch = Span & {entity: EntityDefinition; firstToken: number; lastToken: number};

type Entry = {entity: EntityDefinition; caseSensitive: boolean};

// Arabic writes conjunctions, prepositions and the article onto the word: و ف ب ل ك ال, and لل for ل + ال.
const arabicPrefixes = ['وبال', 'وال', 'بال', 'كال', 'فال', 'ولل', 'لل', 'ال', 'وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];
// English and German possessives and genitives: "Kyiv’s", "Russlands", "Putins".
const latinSuffixes = ['’s', "'s", '’', "'", 's'];

// Cheap tests that settle most words before the suffix and prefix lists are tried.
/** Every Latin suffix ends in s or an apostrophe. */
function mayEndInSuffix(word: string): boolean {
	const last = word.charCodeAt(word.length - 1);
	return last === 0x73 || last === 0x27 || last === 0x2019;
}
/** Every Arabic prefix starts with an Arabic letter. */
function mayStartWithPrefix(word: string): boolean {
	const first = word.charCodeAt(0);
	return first >= 0x600 && first <= 0x6ff;
}
/** `key`, whose first word is `firstLength` units long, can be read without `prefix` and keep three letters of that word. */
const canStripPrefix = (key: string, firstLength: number, prefix: string) => key.startsWith(prefix) && firstLength - prefix.length >= 3;

/** Capitalized, or in a script without case (Arabic, Chinese). */
const startsCapitalized = (char: string) => char.toLowerCase() === char.toUpperCase() || /^\p{Lu}/u.test(char);

const key = (tokens: string[]) => tokens.join(' ');

export class EntityDictionary {
	private readonly entries = new Map<string, Entry>();
	/** First word of a table name → the most words a name starting with it has. */
	private readonly firstWords = new Map<string, number>();
	/**
	 * The same for every form a first word takes in a text: as written, with a Latin suffix, with
	 * an Arabic prefix. Most words of a text start no name: one lookup settles them.
	 */
	private readonly startWords = new Map<string, number>();
	/** The first words of table names that go on ("the", "the new", "the new york" for "the new york times"). */
	private readonly openings = new Set<string>();

	/** `adjectives`: definitions that list only adjectives of a place ("German"), matched as written; never the place's own name. */
	constructor(definitions: EntityDefinition[], caseSensitiveDefinitions: EntityDefinition[] = [], adjectives: EntityDefinition[] = []) {
		for (const entity of caseSensitiveDefinitions) this.addAll(entity, true);
		for (const entity of definitions) this.addAll(entity, false);
		for (const entity of adjectives) for (const adjective of entity.aliases) this.add(adjective, entity, true);
		for (const [word, longest] of this.firstWords) {
			for (const form of [word, ...latinSuffixes.map((suffix) => word + suffix), ...arabicPrefixes.map((prefix) => prefix + word)]) {
				this.startWords.set(form, Math.max(this.startWords.get(form) ?? 0, longest));
			}
		}
	}

	private addAll(entity: EntityDefinition, caseSensitive: boolean): void {
		for (const name of [entity.name, ...entity.aliases]) {
			// Short names ("US", "UN", "EU") are words in lower case ("us", "un"): match them as written.
			this.add(name, entity, caseSensitive || name.length <= 3);
		}
	}

	private add(name: string, entity: EntityDefinition, caseSensitive: boolean): void {
		const tokens = words(foldForMatching(name));
		if (tokens.length === 0) return;
		const forms = [tokens];
		if (tokens[0]!.startsWith('ال') && tokens[0]!.length > 4) forms.push([tokens[0]!.slice(2), ...tokens.slice(1)]);
		for (const form of forms) {
			// The table is read in order: an earlier definition keeps a name two definitions share.
			if (!this.entries.has(key(form))) this.entries.set(key(form), {entity, caseSensitive});
			this.firstWords.set(form[0]!, Math.max(this.firstWords.get(form[0]!) ?? 0, form.length));
			for (let length = 1; length < form.length; length++) this.openings.add(key(form.slice(0, length)));
		}
	}

	/** Longest-first matches of table names; `folded` is foldForMatching(text), `tokens` tokenize(text). */
	match(text: string, folded: string, tokens: Tokens): DictionaryMatch[] {
		const matches: DictionaryMatch[] = [];
		for (let first = 0; first < tokens.count; ) {
			const found = this.matchAt(text, folded, tokens, first);
			if (found) {
				matches.push(found);
				first = found.lastToken + 1;
			} else first++;
		}
		return matches;
	}

	private matchAt(text: string, folded: string, tokens: Tokens, first: number): DictionaryMatch | null {
		const {starts, ends} = tokens;
		const firstWord = folded.slice(starts[first], ends[first]);
		// How many words a name starting with this word can have: 0 when no table name starts with it in any form.
		const longest = this.startWords.get(firstWord) ?? 0;
		if (longest === 0) return null;
		const last = Math.min(tokens.count, first + longest) - 1;
		// keys[n]: the words first … first + n joined as the table's keys are, while a table name may go on.
		const keys = [firstWord];
		for (let index = first + 1; index <= last && this.goesOn(keys[keys.length - 1]!, firstWord.length); index++) {
			keys.push(`${keys[keys.length - 1]!} ${folded.slice(starts[index], ends[index])}`);
		}
		for (let end = first + keys.length - 1; end >= first; end--) {
			const found = this.variantAt(text, keys[end - first]!, {start: starts[first]!, end: ends[first]!}, {start: starts[end]!, end: ends[end]!});
			if (found) return {start: starts[first]! + found.prefix, end: ends[end]! - found.suffix, entity: found.entity, firstToken: first, lastToken: end};
		}
		return null;
	}

	/** Some table name starts with the words of `key` and has more: as written, or without an Arabic prefix. */
	private goesOn(key: string, firstLength: number): boolean {
		if (this.openings.has(key)) return true;
		return mayStartWithPrefix(key) && arabicPrefixes.some((prefix) => canStripPrefix(key, firstLength, prefix) && this.openings.has(key.slice(prefix.length)));
	}

	/**
	 * The entry for the words `firstToken` … `lastToken` (joined in `key`) as written, or with a suffix
	 * taken off the last word, or a prefix off the first; each variant's key is a slice of `key`.
	 */
	private variantAt(text: string, key: string, firstToken: Span, lastToken: Span): {entity: EntityDefinition; prefix: number; suffix: number} | null {
		const entry = this.entryAt(text, key, firstToken.start);
		if (entry) return {entity: entry.entity, prefix: 0, suffix: 0};
		if (mayEndInSuffix(key)) {
			const lastLength = lastToken.end - lastToken.start;
			for (const suffix of latinSuffixes) {
				if (!key.endsWith(suffix) || lastLength <= suffix.length + 2) continue;
				const stripped = this.entryAt(text, key.slice(0, -suffix.length), firstToken.start);
				if (stripped) return {entity: stripped.entity, prefix: 0, suffix: suffix.length};
			}
		}
		if (mayStartWithPrefix(key)) {
			const firstLength = firstToken.end - firstToken.start;
			for (const prefix of arabicPrefixes) {
				if (!canStripPrefix(key, firstLength, prefix)) continue;
				const stripped = this.entryAt(text, key.slice(prefix.length), firstToken.start + prefix.length);
				if (stripped) return {entity: stripped.entity, prefix: prefix.length, suffix: 0};
			}
		}
		return null;
	}

	/** The entry for `key`, unless it is matched as written and the text at `start` is not capitalized. */
	private entryAt(text: string, key: string, start: number): Entry | undefined {
		const entry = this.entries.get(key);
		return entry && (!entry.caseSensitive || startsCapitalized(text.slice(start, start + 1))) ? entry : undefined;
	}
}

const cache = new Map<string, EntityDictionary>();

/** The dictionary for one article language: the entity table, corpus aliases, and country names in that language and English. */
export function dictionaryFor(language: string, definitions: EntityDefinition[], cacheKey: string): EntityDictionary {
	// Country names and adjectives of nationality are proper nouns; matched as written so that "Chad" or "Turkey" the word is left alone.
	return getOrAdd(cache, `${cacheKey}\u0000${language}`, () => new EntityDictionary(definitions, countryDefinitions(language), demonymDefinitions(definitions)));
}
