import {readFile} from 'node:fs/promises';
import type {EntityKind} from '../model.js';
import {builtinEntities, type EntityDefinition} from './definitions.js';
import {errorReason} from '../error-reason.js';

const kinds: EntityKind[] = ['person', 'place', 'organization'];

/**
 * Reads a corpus's `dateline-aliases.yaml`: a list of entries `{name, kind, aliases}`.
 * An entry whose name or alias is already in the table adds its names to that entity.
 */
export async function readAliasFile(file: string | Buffer): Promise<{definitions: EntityDefinition[]} | {reason: string}> {
	let value: unknown;
	try {
		// Loaded only for a corpus that has an alias file: most starts need no YAML parser.
		const {parseYaml} = await import('../yaml.js');
		value = parseYaml(await readFile(file, 'utf8'));
	} catch (error) {
		return {reason: `alias file is not readable YAML: ${errorReason(error)}`};
	}
	if (!Array.isArray(value)) return {reason: 'alias file must be a YAML list of {name, kind, aliases}'};
	const definitions: EntityDefinition[] = [];
	for (const [index, entry] of value.entries()) {
		const {name, kind = 'person', aliases = []} = (entry ?? {}) as Record<string, unknown>;
		if (typeof name !== 'string' || !name.trim()) return {reason: `alias file entry ${index + 1} has no name`};
		if (!kinds.includes(kind as EntityKind)) return {reason: `alias file entry ${index + 1}: kind must be person, place or organization`};
		if (!Array.isArray(aliases) || !aliases.every((alias) => typeof alias === 'string')) {
			return {reason: `alias file entry ${index + 1}: aliases must be a list of names`};
		}
		definitions.push({name: name.trim(), kind: kind as EntityKind, aliases: aliases.map((alias: string) => alias.trim()).filter(Boolean)});
	}
	return {definitions};
}

/** The built-in table with a corpus's entries merged in: same name or a shared alias extends an entity. */
function mergeDefinitions(base: EntityDefinition[], extra: EntityDefinition[]): EntityDefinition[] {
	const merged = base.map((definition) => ({...definition, aliases: [...definition.aliases]}));
	for (const entry of extra) {
		const names = new Set([entry.name, ...entry.aliases].map((name) => name.toLowerCase()));
		const existing = merged.find((definition) => [definition.name, ...definition.aliases].some((name) => names.has(name.toLowerCase())));
		if (existing) {
			for (const alias of [entry.name, ...entry.aliases]) if (alias !== existing.name && !existing.aliases.includes(alias)) existing.aliases.push(alias);
		} else merged.push({...entry, aliases: [...entry.aliases]});
	}
	return merged;
}

/** The entity table with a corpus's alias-file entries merged in. */
export function entityDefinitions(aliases: EntityDefinition[]): EntityDefinition[] {
	return aliases.length > 0 ? mergeDefinitions(builtinEntities, aliases) : builtinEntities;
}
