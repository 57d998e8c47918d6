import {isUtf8} from 'node:buffer';
import {createHash} from 'node:crypto';
import {lstatSync, readdirSync, realpathSync, statSync, type BigIntStats, type Dirent, type Stats} from 'node:fs';
import path from 'node:path';
import {errorReason} from './error-reason.js';
import type {Skipped} from './model.js';
import {articleExtensions, holdsItems, otherFormatReason, savedPageFolders} from './read/formats.js';

/**
 * Article files on disk: finding them under the paths a user gives, and telling whether one
 * changed. Reading them is load.ts; a start from the index cache needs only this module.
 */

export {articleExtensions};
export const aliasFileName = 'dateline-aliases.yaml';
/** dateline's own file beside the articles (see curation/): never read as an article. */
export const curationFileName = 'dateline-curation.yaml';

/**
 * A file found on disk: where it is and how it is shown. A path that is not UTF-8 is shown
 * (and keyed) with U+FFFD in place of its bad bytes; `rawPath` then holds the bytes to open.
 */
export type FoundFile = {absolute: string; display: string; rawPath?: Uint8Array};

/** An article file found on disk, and the id its articles get. */
export type ArticleFile = FoundFile & {idStem: string};

/** A corpus's `dateline-aliases.yaml`. */
export type AliasFile = FoundFile;

/** What opens a found file: its bytes when its path is not UTF-8 (a worker receives them as a Uint8Array), else its path. */
export const openablePath = ({rawPath, absolute}: FoundFile): string | Buffer => (rawPath ? Buffer.from(rawPath.buffer, rawPath.byteOffset, rawPath.byteLength) : absolute);

export class MissingPathError extends Error {}

/** Shows bytes of a path as text, with U+FFFD for what is not UTF-8. */
const lossy = new TextDecoder('utf-8');
const separator = Buffer.from(path.sep);

/** A path as text while it is UTF-8, as bytes where a name in it is not. */
type DiskPath = string | Buffer;

/** A folder's path ending in the separator (`/` already does). */
function withSeparator<Path extends DiskPath>(folder: Path): Path {
	if (typeof folder === 'string') return (folder.endsWith(path.sep) ? folder : folder + path.sep) as Path;
	return (folder.at(-1) === separator[0] ? folder : Buffer.concat([folder, separator])) as Path;
}

function foundFile(file: DiskPath, display: string): FoundFile {
	return typeof file === 'string' ? {absolute: file, display} : {absolute: lossy.decode(file), display, rawPath: file};
}

type FolderEntry = {entry: Dirent<string> | Dirent<Buffer>; name: string; child: DiskPath};

/** A folder's entries in name order, each with the name it is shown by and its path. */
function folderEntries(folder: DiskPath): FolderEntry[] {
	if (typeof folder === 'string') {
		const entries = readdirSync(folder, {withFileTypes: true});
		// Node reads bytes that are not UTF-8 as U+FFFD: a folder with such a name is read again by its bytes.
		if (!entries.some((entry) => entry.name.includes('\uFFFD'))) {
			entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
			const prefix = withSeparator(folder);
			return entries.map((entry) => ({entry, name: entry.name, child: prefix + entry.name}));
		}
	}
	const bytes = typeof folder === 'string' ? Buffer.from(folder) : folder;
	const entries = readdirSync(bytes, {withFileTypes: true, encoding: 'buffer'});
	const prefix = withSeparator(bytes);
	// Two names can show alike once their bad bytes are U+FFFD: their bytes order them.
	const named = entries.map((entry) => ({entry, name: lossy.decode(entry.name)}));
	named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Buffer.compare(a.entry.name, b.entry.name)));
	return named.map(({entry, name}) => {
		const child = Buffer.concat([prefix, entry.name]);
		return {entry, name, child: isUtf8(child) ? child.toString('utf8') : child};
	});
}

/** Why a file that is neither a regular file nor a folder is not read: opening a named pipe would wait forever. */
function specialFileReason(info: Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string {
	const kind = info.isFIFO() ? 'named pipe' : info.isSocket() ? 'socket' : info.isCharacterDevice() || info.isBlockDevice() ? 'device' : 'special file';
	return `${kind}: not read (only regular files are)`;
}

/** Whether a real path is one of the folders or below one. */
function isInside(real: Buffer, folders: Buffer[]): boolean {
	return folders.some((folder) => {
		if (real.equals(folder)) return true;
		const below = withSeparator(folder);
		return real.length > below.length && real.subarray(0, below.length).equals(below);
	});
}

/**
 * Walks folders depth-first in name order so that the same tree always gives the same article
 * order. One stat per folder tells a folder seen before (a link loop) by its device and inode:
 * a real path per folder resolved every folder above it again, cubic in the depth. Only links
 * are resolved to their real path, which must lie inside a given folder: a link to `/` or to a
 * key elsewhere is not the user's corpus. A path with a name that is not UTF-8 is kept as bytes,
 * so that it can still be opened. Synchronous calls: a promise per folder left the thread idle
 * between them.
 */
export async function findArticleFiles(paths: string[]): Promise<{files: ArticleFile[]; skipped: Skipped[]; aliasFiles: AliasFile[]}> {
	const skipped: Skipped[] = [];
	const aliasFiles: AliasFile[] = [];
	const found: Array<ArticleFile & {name: string}> = [];
	const seenFolders = new Set<string>();
	const givenFolders: Buffer[] = [];

	/** The target of a link inside a given folder, or null (and the reason listed) when it is not followed. */
	const followLink = (link: DiskPath, display: string): Stats | null => {
		let real: Buffer;
		try {
			real = realpathSync.native(link, {encoding: 'buffer'});
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			skipped.push({path: display, reason: code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : errorReason(error)});
			return null;
		}
		if (!isInside(real, givenFolders)) {
			skipped.push({path: display, reason: `link leaves the corpus folder → ${lossy.decode(real)}`});
			return null;
		}
		try {
			return statSync(real);
		} catch (error) {
			skipped.push({path: display, reason: errorReason(error)});
			return null;
		}
	};

	const walk = (folder: DiskPath, display: string, idPrefix: string): void => {
		let info: BigIntStats;
		let entries: FolderEntry[];
		try {
			info = statSync(folder, {bigint: true});
			entries = folderEntries(folder);
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
		// The folder a browser saves beside `x.html` (`x_files`) holds its parts, not articles.
		const pageFolders = savedPageFolders(entries.map(({name}) => name));
		for (const {entry, name, child} of entries) {
			if (name.startsWith('.') || name === 'node_modules') continue;
			const childDisplay = `${display}/${name}`;
			const kind = entry.isSymbolicLink() ? followLink(child, childDisplay) : entry;
			if (kind === null) continue;
			if (kind.isDirectory()) {
				if (!pageFolders.has(name)) walk(child, childDisplay, `${idPrefix}${name}/`);
			} else if (!kind.isFile()) {
				skipped.push({path: childDisplay, reason: specialFileReason(kind)});
			} else if (name === aliasFileName) {
				aliasFiles.push(foundFile(child, childDisplay));
			} else if (name === curationFileName) {
				// dateline's own file beside the articles: read by the curation, not as an article.
			} else if (articleExtensions.has(path.extname(name).toLowerCase())) {
				found.push({...foundFile(child, childDisplay), idStem: idPrefix + stripExtension(name), name: idPrefix + name});
			} else if (path.extname(name) !== '') {
				skipped.push({path: childDisplay, reason: otherFormatReason(name)});
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
			if (info.isDirectory()) givenFolders.push(realpathSync.native(absolute, {encoding: 'buffer'}));
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
	const once = found.filter((file) => {
		// NUL is in no path: a raw path's key is never a readable one's.
		const key = file.rawPath ? `\0${Buffer.from(file.rawPath).toString('hex')}` : file.absolute;
		return !seenFiles.has(key) && seenFiles.add(key);
	});
	return {files: uniqueIds(once), skipped, aliasFiles};
}

/**
 * An article file that a watcher named (by its absolute path) as findArticleFiles finds it, for a
 * corpus of one given folder, without listing the folder: a regular file with an article's
 * extension below it, in no hidden folder nor a saved page's parts. Null when that cannot be told
 * so. Its id is the one findArticleFiles gives unless another file has its path but for the
 * extension, or it names an item (`x#2`): the caller, which knows the other files, asks.
 */
export function namedArticleFile(paths: string[], file: string): ArticleFile | null {
	if (paths.length !== 1) return null;
	const root = path.resolve(paths[0]!);
	const prefix = withSeparator(root);
	if (!file.startsWith(prefix)) return null;
	const parts = file.slice(prefix.length).split(path.sep);
	const name = parts.at(-1)!;
	const hidden = parts.some((part) => part.startsWith('.') || part === 'node_modules' || part === '');
	if (hidden || parts.slice(0, -1).some((part) => part.endsWith('_files')) || name === aliasFileName || name === curationFileName || !articleExtensions.has(path.extname(name).toLowerCase())) return null;
	if (!lstatSync(file, {throwIfNoEntry: false})?.isFile()) return null;
	const idStem = stripExtension(parts.join('/'));
	return /#\d+$/.test(idStem) ? null : {absolute: file, display: [path.basename(root), ...parts].join('/'), idStem};
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
	const arrays = new Set(placed.filter((file) => holdsItems(file.absolute)).map((file) => file.idStem));
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

export function stripExtension(name: string): string {
	return name.slice(0, name.length - path.extname(name).length);
}

/**
 * A file as it was read: size, modification time, and change time and inode, which a file
 * replaced by one of the same size and modification time (tar, `rsync -t`) does not keep; and
 * the hash of its content.
 */
export type FileStamp = {size: number; mtimeMs: number; ctimeMs: number; ino: number; hash: string};

export function contentHash(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}
