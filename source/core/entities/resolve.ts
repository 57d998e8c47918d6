import type {EntityKind, EntityMention} from '../model.js';
import type {EntityDefinition} from './definitions.js';
import {foldForMatching as foldUncached} from './fold.js';
import type {ArticleMentions} from './mentions.js';

/** A canonical entity of the corpus with every place it is mentioned. */
export type ResolvedEntity = {
	name: string;
	kind: EntityKind;
	aliases: Set<string>;
	mentions: EntityMention[];
};

const foldedNameCache = new WeakMap<EntityDefinition, Set<string>>();
function foldedNames(definition: EntityDefinition): Set<string> {
	let names = foldedNameCache.get(definition);
	if (!names) foldedNameCache.set(definition, (names = new Set([definition.name, ...definition.aliases].map(foldForMatching))));
	return names;
}

/** The same few hundred names recur in every article of a corpus: fold each spelling once per call. */
let foldCache = new Map<string, string>();
function foldForMatching(text: string): string {
	let folded = foldCache.get(text);
	if (folded === undefined) foldCache.set(text, (folded = foldUncached(text)));
	return folded;
}

const lastWord = (name: string) => foldForMatching(name.trim().split(/\s+/).pop() ?? '');

/**
 * Merges mentions across the corpus into canonical entities: table names by their definition;
 * an untabled full name whose surname is a tabled person's ("Dmitro Rubio") into that person;
 * other full names by their spelling; and a lone surname into the one person of the corpus
 * who has it, if there is exactly one.
 */
/** `definitions` must hold every definition the mentions name: the entity table and every country. */
export function resolveEntities(corpus: ArticleMentions[], definitions: EntityDefinition[]): ResolvedEntity[] {
	foldCache = new Map();
	const definitionByName = new Map(definitions.map((definition) => [definition.name, definition]));
	const definitionOf = (name: string) => {
		const definition = definitionByName.get(name);
		if (!definition) throw new Error(`no entity definition named "${name}"`);
		return definition;
	};
	const byName = new Map<string, ResolvedEntity>();
	const entityFor = (name: string, kind: EntityKind) => {
		let entity = byName.get(name);
		if (!entity) byName.set(name, (entity = {name, kind, aliases: new Set(), mentions: []}));
		return entity;
	};
	const definitionsBySurname = new Map<string, EntityDefinition>();
	for (const article of corpus) {
		for (const mention of article.known) {
			const entity = definitionOf(mention.entity);
			if (entity.kind !== 'person') continue;
			for (const alias of [entity.name, ...entity.aliases]) definitionsBySurname.set(lastWord(alias), entity);
		}
	}

	for (const article of corpus) {
		for (const mention of article.known) {
			const definition = definitionOf(mention.entity);
			const entity = entityFor(definition.name, definition.kind);
			for (const alias of definition.aliases) entity.aliases.add(alias);
			// A spelling the table does not list ("Dmitro Rubio") becomes a searchable alias.
			if (mention.surface !== entity.name && !foldedNames(definition).has(foldForMatching(mention.surface))) entity.aliases.add(mention.surface);
			entity.mentions.push({article: article.article, start: mention.start, end: mention.end});
		}
	}
	// Untabled full names, grouped by their folded spelling; the first spelling seen names the group.
	// A two-word name seen only at the start of sentences may be an opening word and a name
	// ("Actual Airbus …"): it counts once the corpus also has it inside a sentence.
	const insideSentence = new Set<string>();
	for (const article of corpus) for (const name of article.names) if (!name.opening) insideSentence.add(foldForMatching(name.surface));
	const spelling = new Map<string, string>();
	for (const article of corpus) {
		for (const name of article.names) {
			if (name.opening && !name.surface.includes(' ', name.surface.indexOf(' ') + 1) && !insideSentence.has(foldForMatching(name.surface))) continue;
			const tabled = name.kind === 'person' ? definitionsBySurname.get(lastWord(name.surface)) : undefined;
			const folded = foldForMatching(name.surface);
			if (!tabled && !spelling.has(folded)) spelling.set(folded, name.surface);
			const entity = tabled ? entityFor(tabled.name, tabled.kind) : entityFor(spelling.get(folded)!, name.kind);
			if (name.surface !== entity.name) entity.aliases.add(name.surface);
			entity.mentions.push({article: article.article, start: name.start, end: name.end});
		}
	}
	// Lone surnames: only where the corpus has exactly one person with that last name.
	const personsBySurname = new Map<string, Set<ResolvedEntity>>();
	for (const entity of byName.values()) {
		if (entity.kind !== 'person') continue;
		for (const alias of [entity.name, ...entity.aliases]) {
			const key = lastWord(alias);
			if (!personsBySurname.has(key)) personsBySurname.set(key, new Set());
			personsBySurname.get(key)!.add(entity);
		}
	}
	for (const article of corpus) {
		for (const [surname, starts] of Object.entries(article.surnames)) {
			const persons = personsBySurname.get(foldForMatching(surname));
			if (persons?.size !== 1) continue;
			const [entity] = persons;
			for (const start of starts) entity!.mentions.push({article: article.article, start, end: start + surname.length});
		}
	}
	const entities = [...byName.values()];
	for (const entity of entities) entity.mentions.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
	return entities.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
