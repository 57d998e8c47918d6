import {constants} from 'node:fs';
import {open} from 'node:fs/promises';
import type {EntityKind} from '../model.js';
import {builtinEntities, type EntityDefinition} from './definitions.js';
import {errorReason} from '../error-reason.js';
import {getOrAdd} from '../collections.js';

const kinds: EntityKind[] = ['person', 'place', 'organization', 'product'];

/** A list of names a person writes by hand is far smaller; a larger file is refused rather than held per language. */
export const maxAliasFileBytes = 1024 * 1024;
/** More words than any name has ("Organisation for Economic Co-operation and Development" has six). */
export const maxNameWords = 16;

/** The file's text, or why it is not read: not a regular file (a pipe would block), or too large. */
async function readLimited(file: string | Buffer): Promise<{text: string} | {reason: string}> {
	// Non-blocking: a named pipe in the alias file's place must not hang the run before its type is known.
	const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		const stats = await handle.stat();
		if (!stats.isFile()) return {reason: 'alias file is not a regular file'};
		if (stats.size > maxAliasFileBytes) {
			return {reason: `alias file is too large (${(stats.size / 1024 / 1024).toFixed(1)} MB; at most ${maxAliasFileBytes / 1024 / 1024} MB of names)`};
		}
		const text = await handle.readFile('utf8');
		// The file can grow between the size check and the read.
		if (text.length > maxAliasFileBytes) return {reason: `alias file is too large (more than ${maxAliasFileBytes / 1024 / 1024} MB of names)`};
		return {text};
	} finally {
		await handle.close();
	}
}

const wordCount = (name: string) => name.split(/\s+/).length;

/**
 * Reads a corpus's `dateline-aliases.yaml`: a list of entries `{name, kind, aliases}`.
 * An entry whose name or alias is already in the table adds its names to that entity.
 */
export async function readAliasFile(file: string | Buffer): Promise<{definitions: EntityDefinition[]} | {reason: string}> {
	let value: unknown;
	try {
		const read = await readLimited(file);
		if ('reason' in read) return read;
		// Loaded only for a corpus that has an alias file: most starts need no YAML parser.
		const {parseYaml} = await import('../yaml.js');
		value = parseYaml(read.text);
	} catch (error) {
		return {reason: `alias file is not readable YAML: ${errorReason(error)}`};
	}
	if (!Array.isArray(value)) return {reason: 'alias file must be a YAML list of {name, kind, aliases}'};
	const definitions: EntityDefinition[] = [];
	for (const [index, entry] of value.entries()) {
		const {name, kind = 'person', aliases = []} = (entry ?? {}) as Record<string, unknown>;
		if (typeof name !== 'string' || !name.trim()) return {reason: `alias file entry ${index + 1} has no name`};
		if (!kinds.includes(kind as EntityKind)) return {reason: `alias file entry ${index + 1}: kind must be person, place, organization or product`};
		if (!Array.isArray(aliases) || !aliases.every((alias) => typeof alias === 'string')) {
			return {reason: `alias file entry ${index + 1}: aliases must be a list of names`};
		}
		const trimmed = aliases.map((alias: string) => alias.trim()).filter(Boolean);
		// Each name is matched word by word in every article: a name of a whole paragraph is a mistake in the file.
		const long = [name.trim(), ...trimmed].find((alias) => wordCount(alias) > maxNameWords);
		if (long !== undefined) return {reason: `alias file entry ${index + 1}: a name has at most ${maxNameWords} words ("${long.slice(0, 40)}…" has ${wordCount(long)})`};
		definitions.push({name: name.trim(), kind: kind as EntityKind, aliases: trimmed});
	}
	return {definitions};
}

/**
 * The built-in table with a corpus's entries merged in: same name or a shared alias extends an
 * entity. Names are looked up in a map: a file of many entries takes time in proportion to it.
 */
function mergeDefinitions(base: EntityDefinition[], extra: EntityDefinition[]): EntityDefinition[] {
	const merged = base.map((definition) => ({...definition, aliases: [...definition.aliases]}));
	const byName = new Map<string, EntityDefinition>();
	const spellings = new Map<EntityDefinition, Set<string>>();
	const order = new Map(merged.map((definition, index) => [definition, index]));
	const register = (definition: EntityDefinition, name: string) => {
		if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), definition);
		getOrAdd(spellings, definition, () => new Set()).add(name);
	};
	for (const definition of merged) for (const name of [definition.name, ...definition.aliases]) register(definition, name);
	for (const entry of extra) {
		const names = [entry.name, ...entry.aliases];
		// The earliest entity of the table that has one of the names, as a search of the table in order finds it.
		let existing: EntityDefinition | undefined;
		for (const name of names) {
			const found = byName.get(name.toLowerCase());
			if (found && (!existing || order.get(found)! < order.get(existing)!)) existing = found;
		}
		const target = existing ?? {...entry, aliases: []};
		if (!existing) order.set(target, merged.push(target));
		for (const alias of names) {
			if (alias !== target.name && !spellings.get(target)?.has(alias)) target.aliases.push(alias);
			register(target, alias);
		}
	}
	return merged;
}

/** The entity table with a corpus's alias-file entries merged in. */
export function entityDefinitions(aliases: EntityDefinition[]): EntityDefinition[] {
	return aliases.length > 0 ? mergeDefinitions(builtinEntities, aliases) : builtinEntities;
}
