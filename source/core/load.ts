import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs';
import path from 'node:path';
import {contentHash, findArticleFiles, itemId, type AliasFile, type ArticleFile, type FileStamp} from './article-files.js';
import {errorReason} from './error-reason.js';
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

/** Larger files are skipped with a reason: no article is this long, and parsing it would stall the run. */
const maxArticleBytes = 10 * 1024 * 1024;

/**
 * One buffer a thread reads every file into. A new buffer per file cost more than the reading:
 * its fresh pages fault in while the other threads' heaps map and unmap theirs (measured: a
 * tenth of a worker's time at 10,000 articles). What is read is decoded or hashed at once.
 */
let readBuffer = Buffer.allocUnsafe(1 << 16);

/** The whole file, up to one byte past the limit (a file can grow after its size was read). */
function readWhole(descriptor: number, size: number): Uint8Array {
	if (readBuffer.length < size + 1) readBuffer = Buffer.allocUnsafe(Math.min(size * 2, maxArticleBytes + 1));
	let length = 0;
	for (;;) {
		if (length === readBuffer.length) {
			if (length > maxArticleBytes) break;
			const larger = Buffer.allocUnsafe(Math.min(length * 2, maxArticleBytes + 1));
			readBuffer.copy(larger);
			readBuffer = larger;
		}
		const read = readSync(descriptor, readBuffer, length, readBuffer.length - length, null);
		if (read === 0) break;
		length += read;
	}
	return readBuffer.subarray(0, length);
}

/** `noBody`: the reason given when there is no article body. */
function fromFields(fields: Record<string, unknown>, file: ArticleFile, id: string, noBody = 'no "text" field with the article body'): LoadedArticle | {reason: string} {
	const result = readMetadata(fields);
	if ('reason' in result) return result;
	const text = fields.text;
	if (typeof text !== 'string' || text.trim() === '') return {reason: noBody};
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
		const id = records.length === 1 ? file.idStem : itemId(file.idStem, index + 1);
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

/** Reads one file into its articles, or says why it is skipped. */
export async function readArticleFile(file: ArticleFile): Promise<FileReading> {
	let stamp: FileStamp = {size: -1, mtimeMs: -1, ctimeMs: -1, ino: -1, hash: ''};
	const skip = (reason: string) => ({articles: [], skipped: [{path: file.display, reason}], stamp});
	let bytes: Uint8Array;
	let descriptor: number | undefined;
	try {
		// One open for the size check and the read; non-blocking, so that a file replaced by a
		// named pipe since the scan cannot hang the run. Synchronous: thousands of small files
		// read faster without a promise each, and indexing runs on worker threads.
		descriptor = openSync(file.absolute, constants.O_RDONLY | constants.O_NONBLOCK);
		const info = fstatSync(descriptor);
		if (!info.isFile()) return skip('not a regular file');
		stamp = {size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino, hash: `size:${info.size}`};
		if (info.size > maxArticleBytes) {
			return skip(`too large (${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxArticleBytes / 1024 / 1024} MB)`);
		}
		bytes = readWhole(descriptor, info.size);
		if (bytes.length > maxArticleBytes) return skip(`too large (grew past ${maxArticleBytes / 1024 / 1024} MB while read)`);
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
	const article = fromFields({...split.fields, text: split.body}, file, file.idStem, 'empty article');
	if ('reason' in article) return skip(article.reason);
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
