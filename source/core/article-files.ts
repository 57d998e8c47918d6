import {createHash} from 'node:crypto';
import {lstatSync, readdirSync, realpathSync, statSync, type BigIntStats, type Stats} from 'node:fs';
import path from 'node:path';
import {errorReason} from './error-reason.js';
import type {Skipped} from './model.js';

/**
 * Article files on disk: finding them under the paths a user gives, and telling whether one
 * changed. Reading them is load.ts; a start from the index cache needs only this module.
 */

export const articleExtensions = new Set(['.md', '.markdown', '.txt', '.json', '.jsonl']);
const aliasFileName = 'dateline-aliases.yaml';

/** An article file found on disk: where it is, how it is shown, and the id its articles get. */
export type ArticleFile = {absolute: string; display: string; idStem: string};

export class MissingPathError extends Error {}

/** A corpus's `dateline-aliases.yaml`: where it is and how it is shown. */
export type AliasFile = {absolute: string; display: string};

/** Whether a real path is one of the folders or below one. */
function isInside(real: string, folders: string[]): boolean {
	return folders.some((folder) => real === folder || real.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep));
}

/**
 * Walks folders depth-first in name order so that the same tree always gives the same article
 * order. One stat per folder tells a folder seen before (a link loop) by its device and inode:
 * a real path per folder resolved every folder above it again, cubic in the depth. Only links
 * are resolved to their real path, which must lie inside a given folder: a link to `/` or to a
 * key elsewhere is not the user's corpus. Synchronous calls: a promise per folder left the
 * thread idle between them.
 */
export async function findArticleFiles(paths: string[]): Promise<{files: ArticleFile[]; skipped: Skipped[]; aliasFiles: AliasFile[]}> {
	const skipped: Skipped[] = [];
	const aliasFiles: AliasFile[] = [];
	const found: Array<ArticleFile & {name: string}> = [];
	const seenFolders = new Set<string>();
	const givenFolders: string[] = [];

	/** The target of a link inside a given folder, or null (and the reason listed) when it is not followed. */
	const followLink = (link: string, display: string): Stats | null => {
		let real: string;
		try {
			real = realpathSync.native(link);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			skipped.push({path: display, reason: code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : errorReason(error)});
			return null;
		}
		if (!isInside(real, givenFolders)) {
			skipped.push({path: display, reason: `link leaves the corpus folder → ${real}`});
			return null;
		}
		try {
			return statSync(real);
		} catch (error) {
			skipped.push({path: display, reason: errorReason(error)});
			return null;
		}
	};

	const walk = (absolute: string, display: string, idPrefix: string): void => {
		let info: BigIntStats;
		let entries;
		try {
			info = statSync(absolute, {bigint: true});
			entries = readdirSync(absolute, {withFileTypes: true});
		} catch (error) {
			skipped.push({path: display, reason: errorReason(error)});
			return;
		}
		const key = `${info.dev}:${info.ino}`;
		if (seenFolders.has(key)) {
			skipped.push({path: display, reason: 'folder already read (symbolic link loop)'});
			return;
		}
		seenFolders.add(key);
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
			const childAbsolute = path.join(absolute, entry.name);
			const childDisplay = `${display}/${entry.name}`;
			const kind = entry.isSymbolicLink() ? followLink(childAbsolute, childDisplay) : entry;
			if (kind === null) continue;
			if (kind.isDirectory()) {
				walk(childAbsolute, childDisplay, `${idPrefix}${entry.name}/`);
			} else if (kind.isFile() && entry.name === aliasFileName) {
				aliasFiles.push({absolute: childAbsolute, display: childDisplay});
			} else if (kind.isFile() && articleExtensions.has(path.extname(entry.name).toLowerCase())) {
				found.push({absolute: childAbsolute, display: childDisplay, idStem: idPrefix + stripExtension(entry.name), name: idPrefix + entry.name});
			}
		}
	};

	const given = paths.map((each) => {
		const absolute = path.resolve(each);
		let info;
		try {
			// A given path is followed wherever it leads: the user chose it.
			const link = lstatSync(absolute);
			info = link.isSymbolicLink() ? statSync(absolute) : link;
			if (info.isDirectory()) givenFolders.push(realpathSync.native(absolute));
		} catch {
			throw new MissingPathError(`${each}: no such file or folder`);
		}
		return {absolute, isDirectory: info.isDirectory()};
	});
	for (const {absolute, isDirectory} of given) {
		const display = path.basename(absolute);
		if (isDirectory) walk(absolute, display, '');
		else found.push({absolute, display, idStem: stripExtension(display), name: display});
	}
	// A file given twice (by itself and inside a given folder) is one article file.
	const seenFiles = new Set<string>();
	const once = found.filter((file) => !seenFiles.has(file.absolute) && seenFiles.add(file.absolute));
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
