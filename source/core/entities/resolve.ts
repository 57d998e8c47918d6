import {getOrAdd} from '../collections.js';
import type {EntityKind, EntityMention, Span} from '../model.js';
import type {EntityDefinition} from './definitions.js';
import {foldForMatching, transliterationKey} from './fold.js';
import {knownSurface, type ArticleMentions} from './mentions.js';
import type {SurnameCandidates} from './name-finder.js';

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
 * What resolution keeps between calls over a corpus that changes while dateline runs
 * (merge-memo.ts), for one set of definitions: what it found of each name's spelling alone
 * (folded, its last word folded, its spelling key, its initials: the same few hundred names recur
 * in every article), one entity object per name, and each article's work (ArticleWork), so that a
 * call resolves again only the articles whose names now resolve otherwise.
 */
export type NameForms = {
	fold: Map<string, string>;
	lastWord: Map<string, string>;
	spellingKey: Map<string, string>;
	initials: Map<string, string | null>;
	/** The entity of each name the last call resolved: filled anew by each call. */
	entities: Map<string, ResolvedEntity>;
	articles: WeakMap<ArticleMentions, ArticleWork>;
};

export const nameForms = (): NameForms => ({fold: new Map(), lastWord: new Map(), spellingKey: new Map(), initials: new Map(), entities: new Map(), articles: new WeakMap()});

/**
 * One article's part of resolution. What its table names give depends on the definitions alone,
 * and each mention's place is made once; what its other names and surnames resolve to depends on
 * the whole corpus: the last call's answer is kept with the article's entities it gave.
 */
type ArticleWork = {
	/** The place of each of its table names and of each found name. */
	knownAt: EntityMention[];
	namesAt: EntityMention[];
	article: string;
	/** The places of its surname candidates (word by word, in the order of the article's `surnames`), made once a word resolves to someone (most never do). */
	surnamesAt: Array<EntityMention[] | undefined>;
	/** The definitions it names, each once, in order of first mention, with the index in `known` of the last mention of each. */
	tabledFirst: string[];
	tabledLast: number[];
	/** Spellings of table names that the table does not list, as [definition, spelling], each once, in order. */
	spellings: Array<[string, string]>;
	/** What the last call resolved each found name and each surname word to (null: nothing), and the article's entities so made. */
	nameEntities: Array<ResolvedEntity | null>;
	wordEntities: Array<ResolvedEntity | null>;
	resolved: ArticleEntities | null;
	/** The indexes of `resolved`'s mentions by start, those at one start in the order resolved. */
	byStart: number[];
};

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

/** An article's work that depends on the definitions alone (`spellingsOf` a definition's spellings folded). */
function articleWork(article: ArticleMentions, spellingsOf: (name: string) => {name: string; folded: Set<string>}, fold: (text: string) => string): ArticleWork {
	const at = ({start, end}: Span) => ({article: article.article, start, end});
	const tabledFirst: string[] = [];
	const tabledLast: number[] = [];
	const firstAt = new Map<string, number>();
	const spellings: Array<[string, string]> = [];
	const spellingSeen = new Set<string>();
	article.known.forEach((mention, index) => {
		const entity = mention[2];
		const surface = knownSurface(mention);
		const first = firstAt.get(entity);
		if (first === undefined) {
			firstAt.set(entity, tabledFirst.push(entity) - 1);
			tabledLast.push(index);
		} else tabledLast[first] = index;
		const definition = spellingsOf(entity);
		const key = `${entity}\u0000${surface}`;
		if (surface !== definition.name && !spellingSeen.has(key) && !definition.folded.has(fold(surface))) {
			spellingSeen.add(key);
			spellings.push([entity, surface]);
		}
	});
	// Empty lists are one shared list: a large corpus holds a work for each article.
	return {
		knownAt: article.known.length > 0 ? article.known.map(([start, end]) => at({start, end})) : none,
		namesAt: article.names.length > 0 ? article.names.map(at) : none,
		article: article.article,
		surnamesAt: none,
		tabledFirst: orNone(tabledFirst),
		tabledLast: orNone(tabledLast),
		spellings: orNone(spellings),
		nameEntities: none,
		wordEntities: none,
		resolved: null,
		byStart: none,
	};
}

/** Most articles of a large corpus may name no one: they share one work, never changed (frozen, so a change would throw). */
const none = Object.freeze([]) as never[];
const namesNothing = (article: ArticleMentions) => article.known.length === 0 && article.names.length === 0 && article.surnames.words.length === 0;
const orNone = <T>(items: T[]): T[] => (items.length > 0 ? items : none);
/** What each name or word resolved to, as kept: none where nothing resolved (most surname candidates of most articles). */
const keptResolution = (resolved: Array<ResolvedEntity | null>) => (resolved.some((entity) => entity !== null) ? resolved : none);
const nothingNamed: ArticleWork = Object.freeze({
	knownAt: none,
	namesAt: none,
	article: '',
	surnamesAt: none,
	tabledFirst: none,
	tabledLast: none,
	spellings: none,
	nameEntities: none,
	wordEntities: none,
	resolved: noEntities,
	byStart: none,
});

const sameItems = <T>(a: T[], b: T[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/** An article's entities, in the order resolved (its table names, found names, then surnames), from what each resolved to. */
function resolvedArticle(work: ArticleWork, {words, starts}: SurnameCandidates, knownEntity: (index: number) => ResolvedEntity): void {
	const mentions: EntityMention[] = [];
	const entities: ResolvedEntity[] = [];
	work.knownAt.forEach((at, index) => {
		mentions.push(at);
		entities.push(knownEntity(index));
	});
	work.nameEntities.forEach((entity, index) => {
		if (!entity) return;
		mentions.push(work.namesAt[index]!);
		entities.push(entity);
	});
	work.wordEntities.forEach((entity, index) => {
		if (!entity) return;
		const word = words[index]!;
		if (work.surnamesAt === none) work.surnamesAt = [];
		work.surnamesAt[index] ??= starts[index]!.map((start) => ({article: work.article, start, end: start + word.length}));
		for (const at of work.surnamesAt[index]) {
			mentions.push(at);
			entities.push(entity);
		}
	});
	work.resolved = mentions.length === 0 ? noEntities : {mentions, entities};
	work.byStart = orNone(mentions.map((_, index) => index).sort((a, b) => mentions[a]!.start - mentions[b]!.start || a - b));
}

// A product's name: its maker's words, then the designation (the first word with a digit), and maybe a model name ("Boeing 787 Dreamliner").
const productName = /^(\S+(?: \S+)*?) (\S*\d\S*)(?: \p{L}+)?$/u;
// A variant's suffix: "777-200LR" is a 777.
const variant = /-.*$/;

/**
 * A designation alone ("the 777", "777-200LR") names the product of the corpus that a maker the
 * article names and the same designation name ("Boeing 777"): a reader of "Boeing unveils
 * long-range 777" knows which 777 it is. A variant names the model's product where the corpus
 * has no product of the variant. Where no maker of the article has such a product, or two have,
 * it names nothing. Fills the designations' places of `nameEntities`.
 */
function resolveDesignations(corpus: ArticleMentions[], nameEntities: Array<Array<ResolvedEntity | null>>, entities: Iterable<ResolvedEntity>, fold: (text: string) => string): void {
	// Products by designation (folded), each with its maker's first word (folded).
	let products: Map<string, Array<{maker: string; entity: ResolvedEntity}>> | undefined;
	corpus.forEach((article, index) => {
		let makers: Set<string> | undefined;
		article.names.forEach((name, at) => {
			if (!name.designation) return;
			if (!products) {
				products = new Map();
				for (const entity of entities) {
					const parts = entity.kind === 'product' ? productName.exec(entity.name) : null;
					if (parts) getOrAdd(products, fold(parts[2]!), () => []).push({maker: fold(parts[1]!.split(' ')[0]!), entity});
				}
			}
			makers ??= namedWords(article, fold);
			const ofMaker = (designation: string) => products!.get(designation)?.filter(({maker}) => makers!.has(maker)) ?? [];
			const exact = ofMaker(fold(name.surface));
			const found = exact.length > 0 ? exact : ofMaker(fold(name.surface.replace(variant, '')));
			nameEntities[index]![at] = found.length === 1 ? found[0]!.entity : null;
		});
	});
}

/** The people of `entities` (several may be one) by the first word of their names (folded); null where two share it. */
function givenNames(entities: Array<ResolvedEntity | null>, fold: (text: string) => string): Map<string, ResolvedEntity | null> {
	const byFirstWord = new Map<string, ResolvedEntity | null>();
	for (const entity of entities) {
		if (entity?.kind !== 'person' || !entity.name.includes(' ')) continue;
		const first = fold(entity.name.slice(0, entity.name.indexOf(' ')));
		const known = byFirstWord.get(first);
		byFirstWord.set(first, known === undefined || known === entity ? entity : null);
	}
	return byFirstWord;
}

/** The words (folded) of every name an article mentions. */
function namedWords(article: ArticleMentions, fold: (text: string) => string): Set<string> {
	const words = new Set(article.surnames.words.map(fold));
	const surfaces = [...article.known.map(knownSurface), ...article.names.map(({surface}) => surface)];
	for (const surface of surfaces) for (const word of surface.split(' ')) words.add(fold(word));
	return words;
}

/**
 * Merges mentions across the corpus into canonical entities: table names by their definition;
 * an untabled full name whose surname is a tabled person's ("Dmitro Rubio") into that person;
 * other full names by their spelling; and a lone surname into the one person of the corpus
 * who has it, if there is exactly one. With `forms` kept from the last call over the same
 * definitions, an article whose names all resolve as they did keeps its entities of that call.
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
	const foldedSpellings = new Map<string, {name: string; folded: Set<string>}>();
	const spellingsOf = (name: string) =>
		getOrAdd(foldedSpellings, name, () => {
			const definition = definitionOf(name);
			return {name: definition.name, folded: new Set([definition.name, ...definition.aliases].map(fold))};
		});
	const byName = new Map<string, ResolvedEntity>();
	// One object per name across calls (an article's kept entities are this call's), filled anew by each.
	const entityFor = (name: string, kind: EntityKind) => {
		let entity = byName.get(name);
		if (entity) return entity;
		entity = forms.entities.get(name);
		if (entity) Object.assign(entity, {kind, aliases: new Set(), mentions: []});
		else forms.entities.set(name, (entity = {name, kind, aliases: new Set(), mentions: []}));
		byName.set(name, entity);
		return entity;
	};
	const works = corpus.map((article) => (namesNothing(article) ? nothingNamed : getOrAdd(forms.articles, article, () => articleWork(article, spellingsOf, fold))));
	// The entity of each tabled name the corpus mentions, and when it was last mentioned.
	const tabled = new Map<string, {definition: EntityDefinition; entity: ResolvedEntity; lastMention: number}>();
	const tabledAs = (name: string) =>
		getOrAdd(tabled, name, () => {
			const definition = definitionOf(name);
			const entity = entityFor(definition.name, definition.kind);
			for (const alias of definition.aliases) entity.aliases.add(alias);
			return {definition, entity, lastMention: 0};
		});
	let mentionCount = 0;
	corpus.forEach((article, index) => {
		const {tabledFirst, tabledLast, spellings} = works[index]!;
		tabledFirst.forEach((name, at) => (tabledAs(name).lastMention = mentionCount + tabledLast[at]!));
		// A spelling the table does not list ("Dmitro Rubio") becomes a searchable alias.
		for (const [name, surface] of spellings) tabledAs(name).entity.aliases.add(surface);
		mentionCount += article.known.length;
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
			if (name.designation) continue;
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
	const nameEntities = corpus.map((article) =>
		article.names.map((name) => {
			// Resolved once the corpus's products are known.
			if (name.designation) return null;
			const ownKey = spellingKey(name.surface);
			if (name.opening && !name.surface.includes(' ', name.surface.indexOf(' ') + 1) && !insideSentence.has(ownKey)) return null;
			// An acronym is the one name of the corpus it abbreviates ("GM" for "General Motors").
			const longForm = acronym.test(name.surface) ? byInitials.get(name.surface) : undefined;
			const key = longForm ?? ownKey;
			if (longForm && !spelling.has(longForm)) spelling.set(longForm, firstSpelling.get(longForm)!);
			const person = name.kind === 'person' ? definitionsBySurname.get(lastWord(name.surface)) : undefined;
			if (!person && !spelling.has(key)) spelling.set(key, name.surface);
			const entity = person ? entityFor(person.name, person.kind) : entityFor(spelling.get(key)!, name.kind);
			if (name.surface !== entity.name) entity.aliases.add(name.surface);
			if (!person && !name.guessed && !tabledEntities.has(entity)) getOrAdd(kindVotes, entity, () => ({person: 0, place: 0, organization: 0, product: 0}))[name.kind]++;
			if (!person && entity.kind === 'person' && !tabledEntities.has(entity)) {
				const votes = getOrAdd(placeVotes, entity, () => ({mentions: 0, locative: 0}));
				votes.mentions++;
				if (name.locative) votes.locative++;
			}
			return entity;
		}),
	);
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
	for (const {surnames} of corpus) surnames.words.forEach((word, index) => aloneCounts.set(word, (aloneCounts.get(word) ?? 0) + surnames.starts[index]!.length));
	for (const entity of byName.values()) {
		if (entity.kind !== 'person' || tabledEntities.has(entity)) continue;
		const words = entity.name.split(' ');
		if (words.length >= 2 && (aloneCounts.get(words[0]!) ?? 0) > (aloneCounts.get(words[words.length - 1]!) ?? 0)) entity.kind = 'organization';
	}
	resolveDesignations(corpus, nameEntities, byName.values(), fold);
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
	const namedWord = new Map<string, ResolvedEntity | null | undefined>();
	const namedOnce = (word: string) => {
		if (!namedWord.has(word)) namedWord.set(word, named(word));
		return namedWord.get(word);
	};
	const byArticle = corpus.map((article, index) => {
		const work = works[index]!;
		// A German genitive ("Merkels", "Boeings") names its base form, where the corpus has that name.
		const {words} = article.surnames;
		let byGivenName: Map<string, ResolvedEntity | null> | undefined;
		// A given name alone ("Steve called podcasting …") is the one person the article names in full with it ("Steve Jobs"); of two ("Steve Jobs", "Steve Ballmer"), neither.
		const givenName = (word: string) => {
			byGivenName ??= givenNames([...article.known.map(([, , entity]) => tabled.get(entity)!.entity), ...nameEntities[index]!], fold);
			return byGivenName.get(fold(word));
		};
		const wordEntities = keptResolution(words.map((word) => namedOnce(word) ?? (article.genitiveS && genitive.test(word) ? namedOnce(word.slice(0, -1)) : undefined) ?? givenName(word) ?? null));
		const ofNames = keptResolution(nameEntities[index]!);
		if (!work.resolved || !sameItems(wordEntities, work.wordEntities) || !sameItems(ofNames, work.nameEntities)) {
			work.wordEntities = wordEntities;
			work.nameEntities = ofNames;
			resolvedArticle(work, article.surnames, (at) => tabled.get(article.known[at]![2])!.entity);
		}
		return work.resolved!;
	});
	const entities = [...byName.values()];
	for (const name of forms.entities.keys()) if (!byName.has(name)) forms.entities.delete(name);
	// Each entity's mentions by article and start: the articles in order of id, each one's mentions by start.
	const order = corpus.map((_, index) => index).sort((a, b) => (corpus[a]!.article < corpus[b]!.article ? -1 : corpus[a]!.article > corpus[b]!.article ? 1 : a - b));
	for (const index of order) {
		const {mentions, entities: of} = byArticle[index]!;
		for (const at of works[index]!.byStart) of[at]!.mentions.push(mentions[at]!);
	}
	// Two articles of one id (never from one corpus's files) have their mentions interleaved by start.
	if (order.some((index, at) => at > 0 && corpus[index]!.article === corpus[order[at - 1]!]!.article)) for (const entity of entities) entity.mentions.sort(byArticleAndStart);
	return {entities: entities.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), byArticle};
}
