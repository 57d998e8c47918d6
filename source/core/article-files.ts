import {createHash} from 'node:crypto';
import {lstatSync, readdirSync, realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import type {Skipped} from './model.js';

/**
 * Article files on disk: finding them under the paths a user gives, and telling whether one
 * changed. Reading them is load.ts; a start from the index cache needs only this module.
 */

export const articleExtensions = new Set(['.md', '.markdown', '.txt', '.json', '.jsonl']);
export const aliasFileName = 'dateline-aliases.yaml';

/** An article file found on disk: where it is, how it is shown, and the id its articles get. */
export type ArticleFile = {absolute: string; display: string; idStem: string};

export class MissingPathError extends Error {}

export function errorReason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'ENOENT') return 'file disappeared while reading';
	if (code === 'ELOOP') return 'symbolic link loop';
	return error instanceof Error ? error.message : String(error);
}

/** A corpus's `dateline-aliases.yaml`: where it is and how it is shown. */
export type AliasFile = {absolute: string; display: string};

/**
 * Walks folders depth-first in name order so that the same tree always gives the same article
 * order. Synchronous calls: a promise per folder left the thread idle between them.
 */
export async function findArticleFiles(paths: string[]): Promise<{files: ArticleFile[]; skipped: Skipped[]; aliasFiles: AliasFile[]}> {
	const skipped: Skipped[] = [];
	const aliasFiles: AliasFile[] = [];
	const found: Array<ArticleFile & {name: string}> = [];
	const seenDirectories = new Set<string>();

	const walk = async (absolute: string, display: string, idPrefix: string): Promise<void> => {
		let real: string;
		try {
			real = realpathSync(absolute);
		} catch (error) {
			skipped.push({path: display, reason: errorReason(error)});
			return;
		}
		if (seenDirectories.has(real)) {
			skipped.push({path: display, reason: 'folder already read (symbolic link loop)'});
			return;
		}
		seenDirectories.add(real);
		let entries;
		try {
			entries = readdirSync(absolute, {withFileTypes: true});
		} catch (error) {
			skipped.push({path: display, reason: errorReason(error)});
			return;
		}
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
			const childAbsolute = path.join(absolute, entry.name);
			const childDisplay = `${display}/${entry.name}`;
			let isDirectory = entry.isDirectory();
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				try {
					const target = statSync(childAbsolute);
					isDirectory = target.isDirectory();
					isFile = target.isFile();
				} catch (error) {
					skipped.push({path: childDisplay, reason: errorReason(error)});
					continue;
				}
			}
			if (isDirectory) {
				await walk(childAbsolute, childDisplay, `${idPrefix}${entry.name}/`);
			} else if (isFile && entry.name === aliasFileName) {
				aliasFiles.push({absolute: childAbsolute, display: childDisplay});
			} else if (isFile && articleExtensions.has(path.extname(entry.name).toLowerCase())) {
				found.push({absolute: childAbsolute, display: childDisplay, idStem: idPrefix + stripExtension(entry.name), name: idPrefix + entry.name});
			}
		}
	};

	for (const given of paths) {
		const absolute = path.resolve(given);
		let info;
		try {
			const link = lstatSync(absolute);
			info = link.isSymbolicLink() ? statSync(absolute) : link;
		} catch {
			throw new MissingPathError(`${given}: no such file or folder`);
		}
		const display = path.basename(absolute);
		if (info.isDirectory()) await walk(absolute, display, '');
		else found.push({absolute, display, idStem: stripExtension(display), name: display});
	}
	// `a.md` and `a.txt` side by side: both keep their extension in the id.
	const stems = new Map<string, number>();
	for (const file of found) stems.set(file.idStem, (stems.get(file.idStem) ?? 0) + 1);
	const files = found.map(({name, ...file}) => (stems.get(file.idStem)! > 1 ? {...file, idStem: name} : file));
	return {files, skipped, aliasFiles};
}

function stripExtension(name: string): string {
	return name.slice(0, name.length - path.extname(name).length);
}


/** Size, modification time and content hash of a file as it was read. */
export type FileStamp = {size: number; mtimeMs: number; hash: string};

export function contentHash(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}
