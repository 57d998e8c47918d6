import {getOrAdd} from '../collections.js';
import type {EntityKind, EntityMention} from '../model.js';
import type {EntityDefinition} from './definitions.js';
import {foldForMatching, transliterationKey} from './fold.js';
import type {ArticleMentions} from './mentions.js';

/** A canonical entity of the corpus with every place it is mentioned. */
export type ResolvedEntity = {
	name: string;
	kind: EntityKind;
	aliases: Set<string>;
	mentions: EntityMention[];
};

/** The entities one article mentions: each mention, and its entity at the same index. */
export type ArticleEntities = {mentions: EntityMention[]; entities: ResolvedEntity[]};

export type Resolution = {
	/** Sorted by name; one object per name. */
	entities: ResolvedEntity[];
	/** Those of each article of the corpus, in the same order; mentions in the order they were resolved, not by start. */
	byArticle: ArticleEntities[];
};

/**
 * What resolution finds of a name's spelling alone: folded, its last word folded, its spelling
 * key, its initials. The same few hundred names recur in every article of a corpus: each is
 * worked on once per call, or once while a corpus merged again keeps these (merge-memo.ts).
 */
export type NameForms = {fold: Map<string, string>; lastWord: Map<string, string>; spellingKey: Map<string, string>; initials: Map<string, string | null>};

export const nameForms = (): NameForms => ({fold: new Map(), lastWord: new Map(), spellingKey: new Map(), initials: new Map()});

function memoized<R>(work: (text: string) => R, results: Map<string, R>): (text: string) => R {
	return (text) => getOrAdd(results, text, work);
}

const acronym = /^\p{Lu}{2,6}$/u;
const genitive = /\p{Ll}{3}s$/u;
// A company's legal form ends its name and leaves it the same company: "Apple Inc." is Apple.
const legalForm = / (?:inc|corp|corporation|co|ltd|plc|llc|ag|gmbh|sa|nv|se|spa)\.?$/;
// A model name after a product's designation leaves it the same product: "Boeing 787 Dreamliner" is the Boeing 787.
const modelNameAfterDesignation = /^(.* \S*\d\S*) \p{L}+$/u;

/** The capitals that start the words of a name of two words or more ("Government Accountability Office" → "GAO"), or null. */
function initialsOf(name: string): string | null {
	const words = name.split(' ');
	if (words.length < 2) return null;
	let initials = '';
	// Lower-case words ("of", "and", "für") are left out, as acronyms leave them out.
	for (const word of words) if (/^\p{Lu}/u.test(word)) initials += word[0];
	return initials.length >= 2 ? initials : null;
}

/** What an article that names nothing has: one object for every such article, never changed. */
const noEntities: ArticleEntities = Object.freeze({mentions: Object.freeze([]) as unknown as EntityMention[], entities: Object.freeze([]) as unknown as ResolvedEntity[]});

const byArticleAndStart = (a: EntityMention, b: EntityMention) => (a.article === b.article ? a.start - b.start : a.article < b.article ? -1 : 1);

/**
 * Merges mentions across the corpus into canonical entities: table names by their definition;
 * an untabled full name whose surname is a tabled person's ("Dmitro Rubio") into that person;
 * other full names by their spelling; and a lone surname into the one person of the corpus
 * who has it, if there is exactly one.
 */
/** `definitions` must hold every definition the mentions name: the entity table and every country. */
export function resolveEntities(corpus: ArticleMentions[], definitions: EntityDefinition[], forms: NameForms = nameForms()): Resolution {
	const fold = memoized(foldForMatching, forms.fold);
	const lastWord = memoized((name) => fold(name.trim().split(/\s+/).pop() ?? ''), forms.lastWord);
	const initials = memoized(initialsOf, forms.initials);
	const definitionByName = new Map(definitions.map((definition) => [definition.name, definition]));
	const definitionOf = (name: string) => {
		const definition = definitionByName.get(name);
		if (!definition) throw new Error(`no entity definition named "${name}"`);
		return definition;
	};
	const byName = new Map<string, ResolvedEntity>();
	const entityFor = (name: string, kind: EntityKind) => getOrAdd(byName, name, (): ResolvedEntity => ({name, kind, aliases: new Set(), mentions: []}));
	// Made at an article's first mention: most articles of a large corpus of short ones name nothing.
	const byArticle = new Array<ArticleEntities>(corpus.length).fill(noEntities);
	const mention = (articleIndex: number, entity: ResolvedEntity, start: number, end: number) => {
		const at = {article: corpus[articleIndex]!.article, start, end};
		entity.mentions.push(at);
		if (byArticle[articleIndex] === noEntities) byArticle[articleIndex] = {mentions: [], entities: []};
		const {mentions, entities} = byArticle[articleIndex]!;
		mentions.push(at);
		entities.push(entity);
	};
	// The entity of each tabled name the corpus mentions, with its spellings folded, and when it was last mentioned.
	const tabled = new Map<string, {definition: EntityDefinition; entity: ResolvedEntity; spellings: Set<string>; lastMention: number}>();
	const tabledAs = (name: string) =>
		getOrAdd(tabled, name, () => {
			const definition = definitionOf(name);
			const entity = entityFor(definition.name, definition.kind);
			for (const alias of definition.aliases) entity.aliases.add(alias);
			return {definition, entity, spellings: new Set([definition.name, ...definition.aliases].map(fold)), lastMention: 0};
		});
	let mentionCount = 0;
	// Per article: a call each is optimized, a loop over the corpus runs once.
	corpus.forEach((article, index) => {
		for (const known of article.known) {
			const found = tabledAs(known.entity);
			found.lastMention = mentionCount++;
			const {entity} = found;
			// A spelling the table does not list ("Dmitro Rubio") becomes a searchable alias.
			if (known.surface !== entity.name && !found.spellings.has(fold(known.surface))) entity.aliases.add(known.surface);
			mention(index, entity, known.start, known.end);
		}
	});
	// Tabled persons by every surname they go by; a surname that two share goes to the one mentioned last.
	const definitionsBySurname = new Map<string, EntityDefinition>();
	const tabledPersons = [...tabled.values()].filter(({definition}) => definition.kind === 'person').sort((a, b) => a.lastMention - b.lastMention);
	for (const {definition} of tabledPersons) for (const alias of [definition.name, ...definition.aliases]) definitionsBySurname.set(lastWord(alias), definition);
	// Untabled full names, grouped by their spelling folded and transliterated alike; the first
	// spelling seen names the group. A two-word name seen only at the start of sentences may be an
	// opening word and a name ("Actual Airbus …"): it counts once the corpus also has it inside a sentence.
	const spellingKey = memoized((name) => transliterationKey(fold(name).replace(legalForm, '').replace(modelNameAfterDesignation, '$1')), forms.spellingKey);
	const insideSentence = new Set<string>();
	// Multi-word names by their initials ("GAO" → "Government Accountability Office"); null where two names share them.
	const byInitials = new Map<string, string | null>();
	const firstSpelling = new Map<string, string>();
	corpus.forEach((article) => {
		for (const name of article.names) {
			const key = spellingKey(name.surface);
			if (!name.opening) insideSentence.add(key);
			if (!firstSpelling.has(key)) firstSpelling.set(key, name.surface);
			const abbreviated = initials(name.surface);
			if (abbreviated !== null) byInitials.set(abbreviated, byInitials.has(abbreviated) && byInitials.get(abbreviated) !== key ? null : key);
		}
	});
	const spelling = new Map<string, string>();
	// For each untabled name that reads as a person: its mentions, and those after "in", "near", "bei"….
	const tabledEntities = new Set([...tabled.values()].map(({entity}) => entity));
	const placeVotes = new Map<ResolvedEntity, {mentions: number; locative: number}>();
	// For each untabled name: how many of its mentions say, by their words or context, that it is a person, place or organization.
	const kindVotes = new Map<ResolvedEntity, Record<EntityKind, number>>();
	corpus.forEach((article, index) => {
		for (const name of article.names) {
			const ownKey = spellingKey(name.surface);
			if (name.opening && !name.surface.includes(' ', name.surface.indexOf(' ') + 1) && !insideSentence.has(ownKey)) continue;
			// An acronym is the one name of the corpus it abbreviates ("GM" for "General Motors").
			const longForm = acronym.test(name.surface) ? byInitials.get(name.surface) : undefined;
			const key = longForm ?? ownKey;
			if (longForm && !spelling.has(longForm)) spelling.set(longForm, firstSpelling.get(longForm)!);
			const person = name.kind === 'person' ? definitionsBySurname.get(lastWord(name.surface)) : undefined;
			if (!person && !spelling.has(key)) spelling.set(key, name.surface);
			const entity = person ? entityFor(person.name, person.kind) : entityFor(spelling.get(key)!, name.kind);
			if (name.surface !== entity.name) entity.aliases.add(name.surface);
			mention(index, entity, name.start, name.end);
			if (!person && !name.guessed && !tabledEntities.has(entity)) getOrAdd(kindVotes, entity, () => ({person: 0, place: 0, organization: 0, product: 0}))[name.kind]++;
			if (!person && entity.kind === 'person' && !tabledEntities.has(entity)) {
				const votes = getOrAdd(placeVotes, entity, () => ({mentions: 0, locative: 0}));
				votes.mentions++;
				if (name.locative) votes.locative++;
			}
		}
	});
	// Two capitalized words read as a person ("Velyka Rybnytsia"); a name that often follows "in"
	// or "near" is a place. In the 10,000-article bench corpus people follow such a word in at
	// most 1 % of their mentions, places in 10 to 70 %; once may be a publication ("in Ars Technica").
	// A name is what most of its mentions that say anything say it is: "Aer Lingus" after "airline"
	// once is a company in the four sentences that only name it.
	for (const [entity, votes] of kindVotes) entity.kind = (['product', 'organization', 'place', 'person'] as const).reduce((best, kind) => (votes[kind] > votes[best] ? kind : best));
	for (const [entity, {mentions, locative}] of placeVotes) if (entity.kind === 'person' && locative >= 2 && locative * 4 >= mentions) entity.kind = 'place';
	// A person is named again by the last word of the name ("Cook"), a company by the first
	// ("Lockheed", "Intel"): a two-word "person" whose first word the corpus uses alone more
	// often than its last is an organization ("Lockheed Martin", "Intel Core Duo").
	const aloneCounts = new Map<string, number>();
	// Words by `in`, not Object.entries: a corpus merged again while dateline runs makes no pair of each.
	for (const {surnames} of corpus) for (const word in surnames) aloneCounts.set(word, (aloneCounts.get(word) ?? 0) + surnames[word]!.length);
	for (const entity of byName.values()) {
		if (entity.kind !== 'person' || tabledEntities.has(entity)) continue;
		const words = entity.name.split(' ');
		if (words.length >= 2 && (aloneCounts.get(words[0]!) ?? 0) > (aloneCounts.get(words[words.length - 1]!) ?? 0)) entity.kind = 'organization';
	}
	// Lone surnames: only where the corpus has exactly one person with that last name.
	const personsBySurname = new Map<string, Set<ResolvedEntity>>();
	for (const entity of byName.values()) {
		if (entity.kind !== 'person') continue;
		for (const alias of [entity.name, ...entity.aliases]) {
			const key = lastWord(alias);
			getOrAdd(personsBySurname, key, () => new Set()).add(entity);
		}
	}
	// A lone word that names an organization or place of the corpus elsewhere ("Boeing" after
	// "aircraft maker Boeing", "Toulouse" after "near Toulouse") is that one everywhere; a company
	// is also named by the first word of its full name ("Lockheed" for "Lockheed Martin") when
	// only one has it.
	const thingsByName = new Map<string, ResolvedEntity>();
	const thingsByFirstWord = new Map<string, Set<ResolvedEntity>>();
	for (const entity of byName.values()) {
		if (entity.kind === 'person' || tabledEntities.has(entity)) continue;
		const words = entity.name.split(' ');
		if (words.length === 1) thingsByName.set(fold(entity.name), entity);
		else if (entity.kind === 'organization') getOrAdd(thingsByFirstWord, fold(words[0]!), () => new Set()).add(entity);
	}
	const thingNamed = (word: string) => {
		const key = fold(word);
		const exact = thingsByName.get(key);
		if (exact) return exact;
		const byFirstWord = thingsByFirstWord.get(key);
		return byFirstWord?.size === 1 ? [...byFirstWord][0] : undefined;
	};
	const named = (word: string) => {
		const persons = personsBySurname.get(fold(word));
		return persons === undefined ? thingNamed(word) : persons.size === 1 ? [...persons][0] : null;
	};
	corpus.forEach((article, index) => {
		for (const word in article.surnames) {
			const starts = article.surnames[word]!;
			// A German genitive ("Merkels", "Boeings") names its base form, where the corpus has that name.
			const entity = named(word) ?? (article.genitiveS && genitive.test(word) ? named(word.slice(0, -1)) : undefined);
			if (!entity) continue;
			for (const start of starts) mention(index, entity, start, start + word.length);
		}
	});
	const entities = [...byName.values()];
	for (const entity of entities) entity.mentions.sort(byArticleAndStart);
	return {entities: entities.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), byArticle};
}
