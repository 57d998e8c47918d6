import {createHash, randomUUID} from 'node:crypto';
import {closeSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import envPaths from 'env-paths';
import type {AnalyzedArticle} from './analyze.js';
import type {FileStamp} from './load.js';
import type {Article, DateBasis, DateExpression, Entity, EntityMention, Precision, Skipped, TimelineEvent, TimelineModel} from './model.js';

/** Where a file's merging inputs stand in a cache file, and which writing of it. */
export type CacheSlice = {file: string; generation: string; start: number; end: number};

/** What the model shows of an article: the article and its dates. */
export type CachedArticle = Pick<AnalyzedArticle, 'article' | 'dates'>;

/** The rest of an article's analysis, which only merging events and entities needs. */
type MergeInputs = Omit<AnalyzedArticle, 'article' | 'dates'>;

/**
 * What is known of one article file: its stamp on disk, its content hash, its articles, and
 * as JSON text the inputs for merging, one per article. In the cache file that text has a line
 * of its own that is decoded only when some file changed: a start with nothing changed skips it.
 */
export type CachedFile = FileStamp & {
	articles: CachedArticle[];
	skipped: Skipped[];
	/**
	 * UTF-8 bytes: outside the JavaScript heap, half the room of a string for non-Latin text,
	 * and handed between threads without a copy; for a file taken from the cache, where they
	 * stand in the cache file. Undefined when the cache lost them: the file is then read again.
	 */
	analysis: Uint8Array | CacheSlice | undefined;
};

const utf8 = new TextEncoder();

export function toCachedFile(stamp: FileStamp, analyzed: AnalyzedArticle[], skipped: Skipped[]): CachedFile {
	return {
		...stamp,
		articles: analyzed.map(({article, dates}) => ({article, dates})),
		skipped,
		// A buffer of its own (not a slice of Node's shared pool), so that it can be transferred.
		analysis: utf8.encode(JSON.stringify(analyzed.map(({article: _article, dates: _dates, ...inputs}) => inputs))),
	};
}

/** The file's analyzed articles, or null when its merging inputs are missing or damaged. */
export function analyzedArticles(file: CachedFile, bytes: Uint8Array | undefined): AnalyzedArticle[] | null {
	let inputs: unknown;
	try {
		inputs = bytes === undefined ? null : JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
	} catch {
		return null;
	}
	if (!Array.isArray(inputs) || inputs.length !== file.articles.length) return null;
	return file.articles.map((article, index) => ({...article, ...(inputs as MergeInputs[])[index]!}));
}

/** The corpus-wide part of a model, which a start with no changed file can take as it is. */
export type ModelSnapshot = Pick<TimelineModel, 'events' | 'entities'>;

export type IndexCache = {
	/** Absolute file path → what its last reading gave. */
	files: Map<string, CachedFile>;
	snapshot?: ModelSnapshot;
	/** Written back only when something changed. */
	changed: boolean;
};

const format = 'dateline-index/7';

/** `$XDG_CACHE_HOME/dateline`, or the platform's usual cache folder. */
export function cacheFolder(): string {
	return process.env.XDG_CACHE_HOME ? path.join(process.env.XDG_CACHE_HOME, 'dateline') : envPaths('dateline', {suffix: ''}).cache;
}

let fingerprint: string | undefined;

/**
 * The engine's version for the cache: a hash of the engine's own code files, so any change
 * to a rule invalidates what older code extracted, with no version number to forget.
 */
export function engineFingerprint(): string {
	if (fingerprint) return fingerprint;
	const hash = createHash('sha256');
	const root = path.dirname(fileURLToPath(import.meta.url));
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const file = path.join(folder, entry.name);
			if (entry.isDirectory()) walk(file);
			else if (/\.(?:js|ts)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(file));
		}
	};
	walk(root);
	return (fingerprint = hash.digest('hex').slice(0, 16));
}

/** One cache file per set of corpus paths and alias definitions. */
function cacheFile(roots: string[], aliasKey: string): string {
	const key = createHash('sha256')
		.update(JSON.stringify([...roots].sort()))
		.update(aliasKey)
		.digest('hex')
		.slice(0, 24);
	return path.join(cacheFolder(), `${key}.jsonl`);
}

/** Shape check of one cached entry: a damaged line is read again from its file. */
/**
 * Dates and event mentions are the most numerous objects of a cache: written as tuples, they
 * take less than half the room and parse faster. A date's text is its article's text at its
 * offsets, and its article is the one it is listed under, so neither is written.
 */
type CompactDate = [start: number, end: number, valueStart: string | null, valueEnd: string | null, precision: Precision | null, basis: DateBasis];
type CompactFile = FileStamp & {articles: Array<{article: Article; dates: CompactDate[]}>; skipped: Skipped[]};

function compactDate({start, end, value, basis}: DateExpression): CompactDate {
	return [start, end, value?.start ?? null, value?.end ?? null, value?.precision ?? null, basis];
}

function expandFile({articles, ...entry}: CompactFile): CachedFile {
	return {
		...entry,
		analysis: undefined,
		articles: articles.map(({article, dates}) => ({
			article,
			dates: dates.map(([start, end, valueStart, valueEnd, precision, basis]) => ({
				article: article.id,
				start,
				end,
				text: article.text.slice(start, end),
				value: valueStart === null || precision === null ? null : {start: valueStart, end: valueEnd, precision},
				basis,
			})),
		})),
	};
}

function isCompactFile(value: unknown): value is CompactFile {
	const entry = value as CompactFile | null;
	return (
		typeof entry === 'object' &&
		entry !== null &&
		typeof entry.size === 'number' &&
		typeof entry.mtimeMs === 'number' &&
		typeof entry.hash === 'string' &&
		Array.isArray(entry.articles) &&
		entry.articles.every((article) => typeof article?.article?.text === 'string' && Array.isArray(article.dates) && article.dates.every((date) => Array.isArray(date) && date.length === 6)) &&
		Array.isArray(entry.skipped)
	);
}

/** A file's line of merging inputs follows its entry: `["+",[…]]`. */
const analysisPrefix = Buffer.from('["+",');

/** The last line holds the snapshot; file keys are absolute paths, so this one cannot be a file's. */
const snapshotKey = '#model';

/**
 * Entity mentions are most of a snapshot; as `article → [start, end, start, end, …]` they
 * take a third of the room and parse several times faster than one object each.
 */
type CompactEntity = Omit<Entity, 'mentions'> & {mentions: Record<string, number[]>};
/** An event mention as `[article, sentence start, sentence end]`, and the date's span when there is one. */
type CompactEventMention = [article: string, sentenceStart: number, sentenceEnd: number, dateStart?: number, dateEnd?: number];
type CompactEvent = Omit<TimelineEvent, 'mentions'> & {mentions: CompactEventMention[]};
type CompactSnapshot = {events: CompactEvent[]; entities: CompactEntity[]};

function compactSnapshot({events, entities}: ModelSnapshot): CompactSnapshot {
	return {
		events: events.map(({mentions, ...event}) => ({
			...event,
			mentions: mentions.map(({article, sentence, date}): CompactEventMention =>
				date ? [article, sentence.start, sentence.end, date.start, date.end] : [article, sentence.start, sentence.end],
			),
		})),
		entities: entities.map(({mentions, ...entity}) => {
			const compact: Record<string, number[]> = {};
			for (const {article, start, end} of mentions) (compact[article] ??= []).push(start, end);
			return {...entity, mentions: compact};
		}),
	};
}

function expandSnapshot({events, entities}: CompactSnapshot): ModelSnapshot {
	return {
		events: events.map(({mentions, ...event}) => ({
			...event,
			mentions: mentions.map(([article, start, end, dateStart, dateEnd]) => ({
				article,
				sentence: {start, end},
				date: dateStart === undefined || dateEnd === undefined ? null : {start: dateStart, end: dateEnd},
			})),
		})),
		entities: entities.map(({mentions, ...entity}) => {
			const expanded: EntityMention[] = [];
			for (const [article, offsets] of Object.entries(mentions)) {
				for (let index = 0; index + 1 < offsets.length; index += 2) expanded.push({article, start: offsets[index]!, end: offsets[index + 1]!});
			}
			return {...entity, mentions: expanded};
		}),
	};
}

function isCompactSnapshot(value: unknown): value is CompactSnapshot {
	const snapshot = value as CompactSnapshot | null;
	return (
		typeof snapshot === 'object' &&
		snapshot !== null &&
		Array.isArray(snapshot.events) &&
		snapshot.events.every((event) => Array.isArray(event?.mentions) && event.mentions.every((mention) => Array.isArray(mention))) &&
		Array.isArray(snapshot.entities) &&
		snapshot.entities.every((entity) => typeof entity?.mentions === 'object' && entity.mentions !== null && !Array.isArray(entity.mentions))
	);
}

function parseLine(line: string): [unknown, unknown] {
	try {
		const value: unknown = JSON.parse(line);
		return Array.isArray(value) ? [value[0], value[1]] : [undefined, undefined];
	} catch {
		return [undefined, undefined];
	}
}

/**
 * Lines of a file, read in chunks: a large cache is never one buffer in memory. Each comes with
 * its byte offset. A line's bytes may be a view into the reading buffer: valid until the next line
 * is asked for, which is all a reader needs and spares a copy of every line it skips.
 */
function* linesOf(file: string): Generator<{offset: number; bytes: Buffer}> {
	const descriptor = openSync(file, 'r');
	try {
		const chunk = Buffer.allocUnsafe(1 << 22);
		let pieces: Buffer[] = [];
		let offset = 0;
		let position = 0;
		for (let read = readSync(descriptor, chunk, 0, chunk.length, null); read > 0; read = readSync(descriptor, chunk, 0, chunk.length, null)) {
			let start = 0;
			for (let newline = chunk.indexOf(10, start); newline >= 0 && newline < read; newline = chunk.indexOf(10, start)) {
				const line = chunk.subarray(start, newline);
				yield {offset, bytes: pieces.length === 0 ? line : Buffer.concat([...pieces, line])};
				position += newline - start + 1;
				offset = position;
				pieces = [];
				start = newline + 1;
			}
			// The rest of a line that goes on in the next chunk; copied, as the chunk is reused.
			if (start < read) {
				pieces.push(Buffer.from(chunk.subarray(start, read)));
				position += read - start;
			}
		}
		if (pieces.length > 0) yield {offset, bytes: Buffer.concat(pieces)};
	} finally {
		closeSync(descriptor);
	}
}

/**
 * The cache is JSON lines: a header, then per file a line with its entry and a line with its
 * merging inputs, and last the snapshot. Read line by line, a cache of a large corpus never has
 * to be one string in memory, and a truncated file loses only its tail. Lines of merging inputs
 * are only located here, not read: they are needed only when some file changed.
 */
export function readIndexCache(roots: string[], aliasKey: string): IndexCache {
	const empty: IndexCache = {files: new Map(), changed: true};
	const file = cacheFile(roots, aliasKey);
	try {
		const lines = linesOf(file);
		const header = JSON.parse(lines.next().value?.bytes.toString('utf8') ?? '') as {format?: unknown; engine?: unknown; generation?: unknown} | null;
		if (header?.format !== format || header.engine !== engineFingerprint() || typeof header.generation !== 'string') return empty;
		const files = new Map<string, CachedFile>();
		let complete = true;
		let snapshot: ModelSnapshot | undefined;
		let previous: CachedFile | undefined;
		for (const {offset, bytes} of lines) {
			if (bytes.length === 0) continue;
			if (previous && bytes.subarray(0, analysisPrefix.length).equals(analysisPrefix)) {
				previous.analysis = {file, generation: header.generation, start: offset + analysisPrefix.length, end: offset + bytes.length - 1};
				previous = undefined;
				continue;
			}
			previous = undefined;
			const [key, entry] = parseLine(bytes.toString('utf8'));
			if (key === snapshotKey && isCompactSnapshot(entry)) snapshot = expandSnapshot(entry);
			else if (typeof key === 'string' && isCompactFile(entry)) files.set(key, (previous = expandFile(entry)));
			else complete = false;
		}
		if ([...files.values()].some((entry) => entry.analysis === undefined)) complete = false;
		return complete ? {files, changed: false, snapshot} : {files, changed: true};
	} catch {
		return empty;
	}
}

/**
 * The bytes of the merging inputs a cache file holds at these places, if it is still the
 * file they were found in (a second dateline may have replaced it since): else null.
 */
export function readCachedInputs(slices: CacheSlice[]): Map<CacheSlice, Uint8Array> | null {
	const found = new Map<CacheSlice, Uint8Array>();
	const first = slices[0];
	if (!first) return found;
	try {
		const lines = linesOf(first.file);
		const header = JSON.parse(lines.next().value?.bytes.toString('utf8') ?? '') as {generation?: unknown} | null;
		lines.return(undefined);
		if (header?.generation !== first.generation) return null;
		const descriptor = openSync(first.file, 'r');
		try {
			// Only the lines needed, each into a buffer of its own: never the whole cache at once.
			for (const slice of slices) {
				const bytes = Buffer.allocUnsafe(slice.end - slice.start);
				if (readSync(descriptor, bytes, 0, bytes.length, slice.start) !== bytes.length) return null;
				found.set(slice, bytes);
			}
		} finally {
			closeSync(descriptor);
		}
		return found;
	} catch {
		return null;
	}
}

/**
 * Writes the cache atomically: a temporary file in the same folder, then a rename, so a
 * reader (or a second dateline writing at the same time) never sees half a file.
 * A cache that cannot be written is not an error: the next start indexes again.
 */
export function writeIndexCache(roots: string[], aliasKey: string, files: Map<string, CachedFile>, snapshot: ModelSnapshot): void {
	const target = cacheFile(roots, aliasKey);
	const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
	let descriptor: number | undefined;
	try {
		mkdirSync(path.dirname(target), {recursive: true});
		descriptor = openSync(temporary, 'w');
		writeSync(descriptor, `${JSON.stringify({format, engine: engineFingerprint(), generation: randomUUID()})}\n`);
		for (const [file, {size, mtimeMs, hash, articles, skipped, analysis}] of files) {
			const compact = articles.map(({article, dates}) => ({article, dates: dates.map(compactDate)}));
			writeSync(descriptor, `${JSON.stringify([file, {size, mtimeMs, hash, articles: compact, skipped}])}\n`);
			if (analysis instanceof Uint8Array) {
				writeSync(descriptor, analysisPrefix);
				writeSync(descriptor, analysis);
				writeSync(descriptor, ']\n');
			}
		}
		writeSync(descriptor, `${JSON.stringify([snapshotKey, compactSnapshot(snapshot)])}\n`);
		closeSync(descriptor);
		descriptor = undefined;
		renameSync(temporary, target);
	} catch {
		if (descriptor !== undefined) closeSync(descriptor);
		rmSync(temporary, {force: true});
	}
}

/** Size and modification time: when both are unchanged the file is taken as unchanged, as git's index does. */
export function fileStamp(file: string): {size: number; mtimeMs: number} | null {
	try {
		const info = statSync(file);
		return {size: info.size, mtimeMs: info.mtimeMs};
	} catch {
		return null;
	}
}
