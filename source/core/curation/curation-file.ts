import {randomBytes} from 'node:crypto';
import {readFile, rename, rm, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {curationFileName} from '../article-files.js';
import type {Curation} from './curation.js';

export {curationFileName};

/** Why a curation file could not be read: one line, with the line of the file it is about. */
export class DamagedCurationError extends Error {
	constructor(
		readonly file: string,
		readonly line: number | undefined,
		readonly reason: string,
	) {
		super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
	}
}

/** The curation saved at `file`; an empty one when there is no such file. Throws DamagedCurationError. */
export async function readCuration(file: string): Promise<Curation> {
	let source;
	try {
		source = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {steps: []};
		throw new DamagedCurationError(file, undefined, error instanceof Error ? error.message : String(error));
	}
	// The YAML parser is loaded for a corpus that has a curation file only.
	const {parseCuration} = await import('./curation-yaml.js');
	return parseCuration(source, file);
}

/** Saves a curation atomically: a reader sees the old file or the new one, never half of one. */
export async function writeCuration(file: string, curation: Curation): Promise<void> {
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
	const {curationYaml} = await import('./curation-yaml.js');
	try {
		await writeFile(temporary, curationYaml(curation), {flag: 'wx'});
		await rename(temporary, file);
	} catch (error) {
		await rm(temporary, {force: true});
		throw error;
	}
}

/** Where a corpus keeps its curation: the given file, else `dateline-curation.yaml` in the first corpus folder (a file's own folder). */
export async function curationFileFor(corpusPaths: readonly string[], given?: string): Promise<string> {
	if (given !== undefined) return path.resolve(given);
	const first = path.resolve(corpusPaths[0] ?? '.');
	const info = await stat(first).catch(() => undefined);
	return path.join(info?.isDirectory() === false ? path.dirname(first) : first, curationFileName);
}
