import {createHash} from 'node:crypto';
import {lstatSync, readdirSync, realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import {errorReason} from './error-reason.js';
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

	const walk = (absolute: string, display: string, idPrefix: string): void => {
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
				walk(childAbsolute, childDisplay, `${idPrefix}${entry.name}/`);
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
		if (info.isDirectory()) walk(absolute, display, '');
		else found.push({absolute, display, idStem: stripExtension(display), name: display});
	}
	// A file given twice (by itself and inside a given folder) is one article file.
	const given = new Set<string>();
	const once = found.filter((file) => !given.has(file.absolute) && given.add(file.absolute));
	return {files: uniqueIds(once), skipped, aliasFiles};
}

/** The id of the `number`-th article of a file that holds several (a JSON array, JSON lines): `x#2`. */
export const itemId = (stem: string, number: number) => `${stem}#${number}`;

/** The file's id stem of an item's id (`x` of `x#2`), or null when the id names no item. */
export function itemStem(id: string): string | null {
	const match = /^(.*)#\d+$/.exec(id);
	return match ? match[1]! : null;
}

/** How many of `ids` are each id. */
function countsOf(ids: string[]): (id: string) => number {
	const counts = new Map<string, number>();
	for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
	return (id) => counts.get(id)!;
}

/**
 * Ids that name one article file each. `a.md` and `a.txt` side by side keep their extension;
 * the same path under two given folders gets the folder's name in front; what still repeats
 * (two folders of one name, two single files of one name) is numbered in order: `x~2`. The
 * items of a JSON array `x.json` are `x#1`, `x#2`, …, so a file `x#1.md` beside it is numbered too.
 */
function uniqueIds(found: Array<ArticleFile & {name: string}>): ArticleFile[] {
	const places = countsOf(found.map((file) => stripExtension(file.absolute)));
	const named = found.map((file) => ({...file, idStem: places(stripExtension(file.absolute)) > 1 ? file.name : file.idStem}));
	const ids = countsOf(named.map((file) => file.idStem));
	// `display` is the given folder's name and then `name`.
	const placed = named.map(({name, ...file}) => (ids(file.idStem) > 1 ? {...file, idStem: file.display.slice(0, file.display.length - name.length) + file.idStem} : file));
	const arrays = new Set(placed.filter((file) => /\.jsonl?$/i.test(file.absolute)).map((file) => file.idStem));
	const isItemId = (id: string) => {
		const stem = itemStem(id);
		return stem !== null && arrays.has(stem);
	};
	const seen = new Map<string, number>();
	return placed.map((file) => {
		const count = (seen.get(file.idStem) ?? (isItemId(file.idStem) ? 1 : 0)) + 1;
		seen.set(file.idStem, count);
		return count > 1 ? {...file, idStem: `${file.idStem}~${count}`} : file;
	});
}

function stripExtension(name: string): string {
	return name.slice(0, name.length - path.extname(name).length);
}

/** Size, modification time and content hash of a file as it was read. */
export type FileStamp = {size: number; mtimeMs: number; hash: string};

export function contentHash(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}
