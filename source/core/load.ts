import {closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readdirSync, realpathSync, statSync} from 'node:fs';
import {createHash} from 'node:crypto';
import path from 'node:path';
import {decodeText} from './decode.js';
import {splitFrontMatter} from './front-matter.js';
import {readMetadata, type ArticleMetadata} from './metadata.js';
import type {Skipped} from './model.js';

/** An article as read from disk, before language, dates and entities. */
export type LoadedArticle = ArticleMetadata & {
	id: string;
	path: string;
	text: string;
};

export type LoadResult = {
	articles: LoadedArticle[];
	skipped: Skipped[];
	/** Per-corpus alias files found beside the articles (see readme.md). */
	aliasFiles: AliasFile[];
};

export const articleExtensions = new Set(['.md', '.markdown', '.txt', '.json', '.jsonl']);
export const aliasFileName = 'dateline-aliases.yaml';
/** Larger files are skipped with a reason: no article is this long, and parsing it would stall the run. */
export const maxArticleBytes = 10 * 1024 * 1024;

/** An article file found on disk: where it is, how it is shown, and the id its articles get. */
export type ArticleFile = {absolute: string; display: string; idStem: string};

export class MissingPathError extends Error {}

function errorReason(error: unknown): string {
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

function fromFields(fields: Record<string, unknown>, file: ArticleFile, id: string): LoadedArticle | {reason: string} {
	const result = readMetadata(fields);
	if ('reason' in result) return result;
	const text = fields.text;
	if (typeof text !== 'string' || text.trim() === '') return {reason: 'no "text" field with the article body'};
	return {...result.metadata, id, path: file.display, text};
}

/** A `.json` file holds one article object or an array of them; `.jsonl` one per line. */
function parseStructured(source: string, file: ArticleFile, lines: boolean): {articles: LoadedArticle[]; skipped: Skipped[]} {
	const articles: LoadedArticle[] = [];
	const skipped: Skipped[] = [];
	let records: Array<{value: unknown; where: string}>;
	if (lines) {
		records = [];
		source.split('\n').forEach((line, index) => {
			if (line.trim() === '') return;
			try {
				records.push({value: JSON.parse(line), where: `line ${index + 1}`});
			} catch {
				skipped.push({path: `${file.display}:${index + 1}`, reason: 'line is not valid JSON'});
			}
		});
	} else {
		let value: unknown;
		try {
			value = JSON.parse(source);
		} catch (error) {
			skipped.push({path: file.display, reason: `not valid JSON (${errorReason(error)})`});
			return {articles, skipped};
		}
		const list = Array.isArray(value) ? value : [value];
		records = list.map((item, index) => ({value: item, where: `item ${index + 1}`}));
	}
	records.forEach(({value, where}, index) => {
		const id = records.length === 1 ? file.idStem : `${file.idStem}#${index + 1}`;
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			skipped.push({path: `${file.display} (${where})`, reason: 'not an article object'});
			return;
		}
		const article = fromFields(value as Record<string, unknown>, file, id);
		if ('reason' in article) skipped.push({path: `${file.display} (${where})`, reason: article.reason});
		else articles.push(article);
	});
	return {articles, skipped};
}

/** What one file gave: its articles or why not, and the stamp and content hash of what was read. */
export type FileReading = {
	articles: LoadedArticle[];
	skipped: Skipped[];
	stamp: FileStamp;
};

export type FileStamp = {size: number; mtimeMs: number; hash: string};

export function contentHash(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** Reads one file into its articles, or says why it is skipped. */
export async function readArticleFile(file: ArticleFile): Promise<FileReading> {
	let stamp: FileStamp = {size: -1, mtimeMs: -1, hash: ''};
	const skip = (reason: string) => ({articles: [], skipped: [{path: file.display, reason}], stamp});
	let bytes: Buffer;
	let descriptor: number | undefined;
	try {
		// One open for the size check and the read; non-blocking, so that a file replaced by a
		// named pipe since the scan cannot hang the run. Synchronous: thousands of small files
		// read faster without a promise each, and indexing runs on worker threads.
		descriptor = openSync(file.absolute, constants.O_RDONLY | constants.O_NONBLOCK);
		const info = fstatSync(descriptor);
		if (!info.isFile()) return skip('not a regular file');
		stamp = {size: info.size, mtimeMs: info.mtimeMs, hash: `size:${info.size}`};
		if (info.size > maxArticleBytes) {
			return skip(`too large (${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxArticleBytes / 1024 / 1024} MB)`);
		}
		bytes = readFileSync(descriptor);
		stamp.hash = contentHash(bytes);
	} catch (error) {
		return skip(errorReason(error));
	} finally {
		if (descriptor !== undefined) closeSync(descriptor);
	}
	const decoded = decodeText(bytes);
	if ('reason' in decoded) return skip(decoded.reason);
	const extension = path.extname(file.absolute).toLowerCase();
	if (extension === '.json' || extension === '.jsonl') return {...parseStructured(decoded.text, file, extension === '.jsonl'), stamp};
	const split = splitFrontMatter(decoded.text);
	if ('reason' in split) return skip(split.reason);
	const article = fromFields({...split.fields, text: split.body}, file, file.idStem);
	if ('reason' in article) return skip(article.reason === 'no "text" field with the article body' ? 'empty article' : article.reason);
	return {articles: [article], skipped: [], stamp};
}

/** Finds and reads every article under the given files and folders. Throws MissingPathError for a path that does not exist. */
export async function loadArticles(paths: string[]): Promise<LoadResult> {
	const {files, skipped, aliasFiles} = await findArticleFiles(paths);
	const articles: LoadedArticle[] = [];
	for (const file of files) {
		const result = await readArticleFile(file);
		articles.push(...result.articles);
		skipped.push(...result.skipped);
	}
	return {articles, skipped, aliasFiles};
}
