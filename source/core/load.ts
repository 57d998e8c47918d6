import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs';
import {contentHash, findArticleFiles, itemId, openablePath, type AliasFile, type ArticleFile, type FileStamp} from './article-files.js';
import {pushAll} from './collections.js';
import {errorReason} from './error-reason.js';
import {decodeText} from './decode.js';
import {splitFrontMatter} from './front-matter.js';
import {readMetadata, type ArticleMetadata} from './metadata.js';
import type {Skipped} from './model.js';
import {articleFields, articleRecords, isJsonFeed, looksLikeHtml} from './read/api-json.js';
import type {FeedItems} from './read/feed-articles.js';
import {articleFormat, otherFormatReason} from './read/formats.js';

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
 * its fresh pages fault in while the other threads' heaps map and unmap theirs. What is read is
 * decoded or hashed at once.
 */
const usualBufferBytes = 1 << 16;
let readBuffer = Buffer.allocUnsafe(usualBufferBytes);
/** Larger than this, the buffer grown for one file is let go once the file is decoded: a run holds a 10 MB file's buffer for no other. */
const keptBufferBytes = 1 << 20;

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

/** `warn`: told what could not be read of an article that is kept; `noBody`: the reason given when there is no article body. */
function fromFields(fields: Record<string, unknown>, file: ArticleFile, id: string, warn: (warning: string) => void, noBody = 'no "text" field with the article body'): LoadedArticle | {reason: string} {
	const result = readMetadata(fields);
	if ('reason' in result) return result;
	const text = fields.text;
	if (typeof text !== 'string' || text.trim() === '') return {reason: noBody};
	// Kept with what could not be read: listed beside the skipped files, as a warning.
	for (const warning of result.warnings) warn(warning);
	return {...result.metadata, id, path: file.display, text};
}

/** More bad lines or items than this in one file are one line in `skipped`: a list of 130,000 helps no one. */
const maxListedPerFile = 10;

type FileRecord = {value: unknown; where: string; number: number};

/**
 * What a file's bad (or warned about) lines or items are listed as: each one while they are few,
 * else one entry with their count and the first of them (`number`: its line or item number).
 */
function skippedParts(file: ArticleFile, parts: 'lines' | 'items', summary: string) {
	const listed: Skipped[] = [];
	let count = 0;
	let first = {number: Infinity, text: ''};
	return {
		add(path: string, reason: string, where: string, number: number) {
			count++;
			if (number < first.number) first = {number, text: `${where}: ${reason}`};
			if (listed.length < maxListedPerFile) listed.push({path, reason});
		},
		get list(): Skipped[] {
			return count <= maxListedPerFile ? listed : [{path: file.display, reason: `${count.toLocaleString('en')} ${parts} ${summary} (first: ${first.text})`}];
		},
	};
}

/** Articles of a file that holds several (a JSON array, JSON lines, a feed): `x#1`, `x#2`, … (one alone is `x`). */
function articlesOfRecords(records: FileRecord[], file: ArticleFile, parts: 'lines' | 'items', bad = skippedParts(file, parts, 'are not articles'), noBody?: string): {articles: LoadedArticle[]; skipped: Skipped[]} {
	const articles: LoadedArticle[] = [];
	const warned = skippedParts(file, parts, 'were kept with a warning');
	records.forEach(({value, where, number}, index) => {
		const id = records.length === 1 ? file.idStem : itemId(file.idStem, index + 1);
		const place = `${file.display} (${where})`;
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			bad.add(place, 'not an article object', where, number);
			return;
		}
		const article = fromFields(value as Record<string, unknown>, file, id, (warning) => warned.add(place, warning, where, number), noBody);
		if ('reason' in article) bad.add(place, article.reason, where, number);
		else articles.push(article);
	});
	return {articles, skipped: bad.list.concat(warned.list)};
}

/**
 * A `.json` file holds one article object, an array of them, an API response with its list
 * (read/api-json.ts), or a JSON Feed; `.jsonl` one object per line.
 */
async function parseStructured(source: string, file: ArticleFile, lines: boolean): Promise<{articles: LoadedArticle[]; skipped: Skipped[]}> {
	const parts = lines ? 'lines' : 'items';
	const bad = skippedParts(file, parts, 'are not articles');
	let records: FileRecord[];
	if (lines) {
		records = [];
		source.split('\n').forEach((line, index) => {
			if (line.trim() === '') return;
			try {
				records.push({value: JSON.parse(line), where: `line ${index + 1}`, number: index + 1});
			} catch {
				bad.add(`${file.display}:${index + 1}`, 'line is not valid JSON', `line ${index + 1}`, index + 1);
			}
		});
	} else {
		let value: unknown;
		try {
			value = JSON.parse(source);
		} catch (error) {
			return {articles: [], skipped: [{path: file.display, reason: `not valid JSON (${errorReason(error)})`}]};
		}
		if (isJsonFeed(value)) {
			const {readJsonFeed} = await import('./read/feed-articles.js');
			return feedArticles(guarded('JSON Feed', () => readJsonFeed(value)), file);
		}
		records = articleRecords(value).map((item, index) => ({value: item, where: `item ${index + 1}`, number: index + 1}));
	}
	for (const record of records) record.value = await withDatelineNames(record.value);
	return articlesOfRecords(records, file, parts, bad);
}

/** A record's fields under dateline's names; an API's HTML body as text. */
async function withDatelineNames(record: unknown): Promise<unknown> {
	if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
	const {fields, fromAlias} = articleFields(record as Record<string, unknown>);
	if (fromAlias.has('text') && typeof fields.text === 'string' && looksLikeHtml(fields.text)) {
		const {htmlText} = await import('./read/html-text.js');
		fields.text = htmlText(fields.text);
	}
	return fields;
}

/** A reader's result, or the reason it failed: a library's error on odd input skips the file, not the run. */
function guarded<T extends object>(kind: string, read: () => T): T | {reason: string} {
	try {
		return read();
	} catch (error) {
		return {reason: `could not be read as a ${kind}: ${errorReason(error)}`};
	}
}

function feedArticles(feed: FeedItems, file: ArticleFile): {articles: LoadedArticle[]; skipped: Skipped[]} {
	if ('reason' in feed) return {articles: [], skipped: [{path: file.display, reason: feed.reason}]};
	const records = feed.items.map((item, index) => ({value: item, where: `item ${index + 1}`, number: index + 1}));
	return articlesOfRecords(records, file, 'items', undefined, 'no content or description');
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
	const format = articleFormat(file.absolute);
	if (!format) return skip(otherFormatReason(file.absolute));
	let bytes: Uint8Array;
	let descriptor: number | undefined;
	try {
		// One open for the size check and the read; non-blocking, so that a file replaced by a
		// named pipe since the scan cannot hang the run. Synchronous: thousands of small files
		// read faster without a promise each, and indexing runs on worker threads.
		descriptor = openSync(openablePath(file), constants.O_RDONLY | constants.O_NONBLOCK);
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
	if (readBuffer.length > keptBufferBytes) readBuffer = Buffer.allocUnsafe(usualBufferBytes);
	if ('reason' in decoded) return skip(decoded.reason);
	switch (format) {
		case 'json':
		case 'jsonl':
			return {...(await parseStructured(decoded.text, file, format === 'jsonl')), stamp};
		case 'feed': {
			// Readers of feeds and web pages are loaded only for a corpus that has them.
			const {readXmlFeed} = await import('./read/feed-articles.js');
			return {...feedArticles(guarded('feed', () => readXmlFeed(decoded.text)), file), stamp};
		}
		case 'html': {
			const {readHtmlArticle} = await import('./read/html-article.js');
			const page = guarded('web page', () => readHtmlArticle(decoded.text));
			if ('reason' in page) return skip(page.reason);
			const skipped: Skipped[] = [];
			const article = fromFields(page.fields, file, file.idStem, (reason) => skipped.push({path: file.display, reason}));
			return 'reason' in article ? skip(article.reason) : {articles: [article], skipped, stamp};
		}
		case 'text': {
			const split = splitFrontMatter(decoded.text);
			if ('reason' in split) return skip(split.reason);
			const {fields} = articleFields(split.fields);
			const skipped: Skipped[] = [];
			const article = fromFields({...fields, text: split.body}, file, file.idStem, (reason) => skipped.push({path: file.display, reason}), 'empty article');
			if ('reason' in article) return skip(article.reason);
			return {articles: [article], skipped, stamp};
		}
	}
}

/** Finds and reads every article under the given files and folders. Throws MissingPathError for a path that does not exist. */
export async function loadArticles(paths: string[]): Promise<LoadResult> {
	const {files, skipped, aliasFiles} = await findArticleFiles(paths);
	const articles: LoadedArticle[] = [];
	for (const file of files) {
		const result = await readArticleFile(file);
		pushAll(articles, result.articles);
		pushAll(skipped, result.skipped);
	}
	return {articles, skipped, aliasFiles};
}
