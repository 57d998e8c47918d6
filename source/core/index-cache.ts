import {createHash, randomUUID} from 'node:crypto';
import {closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import envPaths from 'env-paths';
import type {AnalyzedArticle} from './analyze.js';
import {sharedDateValues} from './dates/calendar.js';
import {lazyField} from './lazy.js';
import {inPieces} from './pieces.js';
import type {FileStamp} from './article-files.js';
import type {Article, DateBasis, DateExpression, Entity, EntityMention, Precision, Skipped, TimelineEvent, TimelineModel} from './model.js';

/**
 * Where a line stands in a cache file, without its seal, and the hash the seal gave: read through
 * a descriptor held open since the cache was read, so a second dateline replacing the cache file
 * meanwhile changes nothing for this one.
 */
export type CacheSlice = {descriptor: number; start: number; end: number; sha1: string};

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
		analysis: utf8.encode(JSON.stringify(analyzed.map(({sentences, repeated, mentions}): MergeInputs => ({sentences, repeated, mentions})))),
	};
}

/**
 * The file's analyzed articles, or null when its merging inputs are missing or are not one per
 * article. Bytes from the cache file were checked against their line's seal (readAnalysis):
 * whatever else they hold, the engine wrote.
 */
export function analyzedArticles(file: CachedFile, bytes: Uint8Array | undefined): AnalyzedArticle[] | null {
	let inputs: unknown;
	try {
		inputs = bytes === undefined ? null : JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
	} catch {
		return null;
	}
	if (!Array.isArray(inputs) || inputs.length !== file.articles.length) return null;
	return file.articles.map(({article, dates}, index) => {
		const {sentences, repeated, mentions} = (inputs as MergeInputs[])[index]!;
		return {article, sentences, repeated, dates, mentions};
	});
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

const format = 'dateline-index/9';

/** `$XDG_CACHE_HOME/dateline`, or the platform's usual cache folder. */
function cacheFolder(): string {
	return process.env.XDG_CACHE_HOME ? path.join(process.env.XDG_CACHE_HOME, 'dateline') : envPaths('dateline', {suffix: ''}).cache;
}

let fingerprint: string | undefined;

/** Libraries whose readings the cache holds: a new version can read the same text otherwise. */
const extractionLibraries = ['chrono-node', 'eld', 'i18n-iso-countries', 'js-yaml', '@mozilla/readability', 'linkedom', '@rowanmanning/feed-parser'];

/** A library's version, from the package.json above its entry point (nested ones name no package). */
function libraryVersion(name: string): string {
	let folder = path.dirname(fileURLToPath(import.meta.resolve(name)));
	for (;;) {
		try {
			const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {name?: unknown; version?: unknown};
			if (manifest.name === name) return String(manifest.version);
		} catch {
			// No package.json in this folder: look further up.
		}
		const parent = path.dirname(folder);
		if (parent === folder) return 'unknown';
		folder = parent;
	}
}

/**
 * What besides dateline's own code decides what it extracts: the libraries' versions, and the
 * Unicode data of the runtime (sentence boundaries, letter classes of patterns).
 */
export function extractionDependencies(): Record<string, string> {
	return {
		...Object.fromEntries(extractionLibraries.map((name) => [name, libraryVersion(name)])),
		unicode: process.versions.unicode ?? 'unknown',
		icu: process.versions.icu ?? 'unknown',
	};
}

/**
 * The engine's version for the cache: a hash of the engine's own code files, so any change
 * to a rule invalidates what older code extracted, with no version number to forget, and of
 * the versions of what it extracts with (upgrading chrono-node invalidates it too).
 */
function engineFingerprint(): string {
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
	hash.update(JSON.stringify(extractionDependencies()));
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

/**
 * Dates and event mentions are the most numerous objects of a cache: written as tuples, they
 * take less than half the room and parse faster. A date's article is the one it is listed under.
 */
type CompactDate = [start: number, end: number, text: string, valueStart: string | null, valueEnd: string | null, precision: Precision | null, basis: DateBasis];
/** An entry's articles without their texts and dates, which have a line of their own. */
type CompactFile = FileStamp & {articles: Array<Omit<Article, 'text'>>; skipped: Skipped[]};
/** A file's article texts and dates, article by article. */
type FileDetails = {texts: string[]; dates: CompactDate[][]};

function compactDate({start, end, text, value, basis}: DateExpression): CompactDate {
	return [start, end, text, value?.start ?? null, value?.end ?? null, value?.precision ?? null, basis];
}

const share = sharedDateValues();

function expandDate(article: string, [start, end, text, valueStart, valueEnd, precision, basis]: CompactDate): DateExpression {
	return {article, start, end, text, value: valueStart === null || precision === null ? null : share({start: valueStart, end: valueEnd, precision}), basis};
}

/**
 * Every line of the cache ends in a seal: a tab and the SHA-1 of the line before it (JSON text
 * holds no tab). A line changed inside but still JSON of the right shape (a letter of a title, a
 * name, a span) would otherwise be shown as it is, or fail the merge. Reading a cache reads every
 * line anyway; hashing them all costs ~50 ms for 10,000 articles, and as much again to write them.
 */
const sealLength = 1 + 40;

const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

/** A line without its seal, and the hash the seal gives, when the seal holds. */
function unsealed(line: Buffer): {body: Buffer; sha1: string} | undefined {
	const length = line.length - sealLength;
	if (length < 0 || line[length] !== 0x09) return undefined;
	const body = line.subarray(0, length);
	const sealed = line.toString('latin1', length + 1);
	return sha1(body) === sealed ? {body, sha1: sealed} : undefined;
}

/** Writes the parts as one sealed line. */
function writeSealed(descriptor: number, parts: Iterable<string | Uint8Array>): void {
	const hash = createHash('sha1');
	for (const part of parts) {
		hash.update(part);
		// Two calls, as writeSync has one overload for text and one for bytes.
		if (typeof part === 'string') writeSync(descriptor, part);
		else writeSync(descriptor, part);
	}
	writeSync(descriptor, `\t${hash.digest('hex')}\n`);
}

/**
 * The value of a `[prefix…, value]` line of the cache file, or undefined when it cannot be read
 * or no longer matches its seal (the cache file changed in place since it was read).
 */
function readSlice({descriptor, start, end, sha1: expected}: CacheSlice, prefix: Buffer): Uint8Array | undefined {
	try {
		const bytes = Buffer.allocUnsafe(end - start);
		if (readSync(descriptor, bytes, 0, bytes.length, start) !== bytes.length || sha1(bytes) !== expected) return undefined;
		return startsWith(bytes, prefix) && bytes.at(-1) === 0x5d ? bytes.subarray(prefix.length, -1) : undefined;
	} catch {
		return undefined;
	}
}

/** The merging inputs of a cached file, or undefined when they cannot be read or are not what was written. */
export const readAnalysis = (slice: CacheSlice) => readSlice(slice, analysisPrefix);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isFileDetails(value: unknown, articles: number): value is FileDetails {
	const details = value as FileDetails | null;
	return (
		isObject(details) &&
		Array.isArray(details.texts) &&
		details.texts.length === articles &&
		details.texts.every((text) => typeof text === 'string') &&
		Array.isArray(details.dates) &&
		details.dates.length === articles &&
		details.dates.every((dates) => Array.isArray(dates) && dates.every((date) => Array.isArray(date) && date.length === 7))
	);
}

function readDetails(slice: CacheSlice, articles: number): FileDetails {
	try {
		const bytes = readSlice(slice, detailsPrefix);
		const details: unknown = bytes && JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
		if (isFileDetails(details, articles)) return details;
	} catch {
		// Falls through to the empty details.
	}
	// Damage inside a line the start did not read: the article shows empty, nothing crashes.
	return {texts: [], dates: []};
}

/** A file's line of texts and dates, read when one of its articles first needs it. */
type DetailsLine = {slice: CacheSlice; articles: number; read?: FileDetails};

const detailsOf = (line: DetailsLine) => (line.read ??= readDetails(line.slice, line.articles));

const withText = lazyField<Article, 'text', [DetailsLine, number]>('text', ([line, index]) => detailsOf(line).texts[index] ?? '');

const withDates = lazyField<CachedArticle, 'dates', [DetailsLine, number]>('dates', ([line, index], {article}) => {
	const details = detailsOf(line);
	const expanded = (details.dates[index] ?? []).map((date) => expandDate(article.id, date));
	// Expanded once and kept: the tuples need not stay beside the objects.
	details.dates[index] = [];
	return expanded;
});

/**
 * An entry as the model uses it. Texts and dates are most of a cache, and a start needs only
 * the few articles on screen: each article's `text` and `dates` are read on first use.
 */
function expandFile({articles, ...entry}: CompactFile, slice: CacheSlice): CachedFile {
	const line: DetailsLine = {slice, articles: articles.length};
	return {
		...entry,
		analysis: undefined,
		articles: articles.map((article, index) => {
			const place: [DetailsLine, number] = [line, index];
			return withDates({article: withText(article, place)}, place);
		}),
	};
}

function isCompactFile(value: unknown): value is CompactFile {
	const entry = value as CompactFile | null;
	return (
		isObject(entry) &&
		typeof entry.size === 'number' &&
		typeof entry.mtimeMs === 'number' &&
		typeof entry.hash === 'string' &&
		Array.isArray(entry.articles) &&
		entry.articles.every((article) => typeof article?.id === 'string') &&
		Array.isArray(entry.skipped)
	);
}

/** A file's entry is followed by a line with its article texts and dates: `["=",{texts,dates}]`. */
const detailsPrefix = Buffer.from('["=",');
/** A file's line of merging inputs follows its texts: `["+",[…]]`. */
const analysisPrefix = Buffer.from('["+",');

/** The last line holds the snapshot; file keys are absolute paths, so this one cannot be a file's. */
const snapshotKey = '#model';

/**
 * The snapshot names articles by their place in the cache's file order, and writes mentions as
 * flat lists of numbers: a third of the room of ids and objects, and several times faster to parse.
 * An entity's mentions are `[article, start, end, article, start, end, …]`; an event's are
 * `[article, sentence start, sentence end, date start, date end, …]`, -1 for no date.
 */
type CompactEntity = Omit<Entity, 'mentions'> & {mentions: number[]};
type CompactEvent = Omit<TimelineEvent, 'mentions' | 'sources'> & {sources: number[]; mentions: number[]};
type CompactSnapshot = {events: CompactEvent[]; entities: CompactEntity[]};

/**
 * The snapshot's line, `["#model",{"events":[…],"entities":[…]}]`, in pieces of about 64 KB:
 * the compact snapshot of a large corpus is never built whole, nor one string.
 */
function* snapshotLine({events, entities}: ModelSnapshot, articleIds: string[]): Generator<string> {
	const place = new Map(articleIds.map((id, index) => [id, index]));
	// Each record is written as text: compact copies of fifty thousand events, made only to be
	// stringified, raised the peak memory of a first run at 10,000 articles by 40 MB.
	// `fields` starts with a comma: every event and entity has fields of its own (an id, a name).
	const withFields = (json: string, fields: string) => `${json.slice(0, -1)}${fields}}`;
	const compactEvent = ({mentions, sources, ...event}: TimelineEvent): string => {
		let numbers = '';
		for (const {article, sentence, date} of mentions) numbers += `,${place.get(article)!},${sentence.start},${sentence.end},${date?.start ?? -1},${date?.end ?? -1}`;
		return withFields(JSON.stringify(event), `,"sources":[${sources.map((id) => place.get(id)!).join(',')}],"mentions":[${numbers.slice(1)}]`);
	};
	const compactEntity = ({mentions, ...entity}: Entity): string => {
		let numbers = '';
		for (const {article, start, end} of mentions) numbers += `,${place.get(article)!},${start},${end}`;
		return withFields(JSON.stringify(entity), `,"mentions":[${numbers.slice(1)}]`);
	};
	function* parts(): Generator<string> {
		yield `[${JSON.stringify(snapshotKey)},{"events":[`;
		for (const [index, event] of events.entries()) yield `${index > 0 ? ',' : ''}${compactEvent(event)}`;
		yield '],"entities":[';
		for (const [index, entity] of entities.entries()) yield `${index > 0 ? ',' : ''}${compactEntity(entity)}`;
		yield ']}]';
	}
	yield* inPieces(parts());
}

/** Every `stride`-th number from the first names an article the cache holds. */
const namesArticles = (numbers: number[], stride: number, articleIds: string[]) => numbers.every((value, index) => index % stride !== 0 || articleIds[value] !== undefined);

/**
 * The snapshot with ids and objects again, or undefined when it names an article the cache does
 * not hold. Mentions are expanded when first asked for: the first frame shows none of them, and
 * an entity's are only highlighted in the source view.
 */
function expandSnapshot({events, entities}: CompactSnapshot, articleIds: string[]): ModelSnapshot | undefined {
	const valid = events.every(({mentions, sources}) => namesArticles(mentions, 5, articleIds) && namesArticles(sources, 1, articleIds)) && entities.every(({mentions}) => namesArticles(mentions, 3, articleIds));
	if (!valid) return undefined;
	const withEventMentions = lazyField<TimelineEvent, 'mentions', number[]>('mentions', (numbers) => {
		const list: TimelineEvent['mentions'] = [];
		for (let index = 0; index + 4 < numbers.length; index += 5) {
			const dateStart = numbers[index + 3]!;
			const date = dateStart < 0 ? null : {start: dateStart, end: numbers[index + 4]!};
			list.push({article: articleIds[numbers[index]!]!, sentence: {start: numbers[index + 1]!, end: numbers[index + 2]!}, date});
		}
		return list;
	});
	const withEntityMentions = lazyField<Entity, 'mentions', number[]>('mentions', (numbers) => {
		const list: EntityMention[] = [];
		for (let index = 0; index + 2 < numbers.length; index += 3) list.push({article: articleIds[numbers[index]!]!, start: numbers[index + 1]!, end: numbers[index + 2]!});
		return list;
	});
	return {
		// In place: with fifty thousand copies a warm start of 10,000 articles kept 82 MB of live
		// heap, in place 60 MB. `mentions` is the last field written, and V8 removes a last field
		// without leaving fast mode; lazyField then adds it back.
		events: events.map((event) => {
			const {mentions, sources} = event;
			for (const [position, index] of sources.entries()) (sources as unknown as string[])[position] = articleIds[index]!;
			delete (event as Partial<CompactEvent>).mentions;
			return withEventMentions(event as unknown as Omit<TimelineEvent, 'mentions'>, mentions);
		}),
		entities: entities.map((entity) => {
			const {mentions} = entity;
			delete (entity as Partial<CompactEntity>).mentions;
			return withEntityMentions(entity, mentions);
		}),
	};
}

function isCompactSnapshot(value: unknown): value is CompactSnapshot {
	const snapshot = value as CompactSnapshot | null;
	return (
		isObject(snapshot) &&
		Array.isArray(snapshot.events) &&
		snapshot.events.every((event) => Array.isArray(event?.mentions) && Array.isArray(event.sources)) &&
		Array.isArray(snapshot.entities) &&
		snapshot.entities.every((entity) => Array.isArray(entity?.mentions))
	);
}

const startsWith = (bytes: Buffer, prefix: Buffer) => bytes.subarray(0, prefix.length).equals(prefix);

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

/** What the first line of a cache file says of it; roots: the corpus paths it was written for. */
type CacheHeader = {format?: unknown; engine?: unknown; generation?: unknown; roots?: unknown};

/**
 * The header of a cache file from its lines, or null; throws when the first line is not JSON.
 * A first line without a seal is read as it is: caches of earlier formats name their roots too.
 */
function headerOf(lines: Generator<{bytes: Buffer}>): CacheHeader | null {
	const line = lines.next().value?.bytes;
	return JSON.parse((line && (unsealed(line)?.body ?? line).toString('utf8')) ?? '') as CacheHeader | null;
}

/**
 * The cache is JSON lines, each sealed: a header, then per file a line with its entry, a line
 * with its article texts and dates and a line with its merging inputs, and last the snapshot.
 * Read line by line, a cache of a large corpus never has to be one string in memory, and a
 * truncated file loses only its tail. Lines of texts, dates and merging inputs are only located
 * here, not read.
 */
export function readIndexCache(roots: string[], aliasKey: string): IndexCache {
	const empty: IndexCache = {files: new Map(), changed: true};
	const file = cacheFile(roots, aliasKey);
	try {
		const lines = linesOf(file);
		const header = headerOf(lines);
		if (header?.format !== format || header.engine !== engineFingerprint() || typeof header.generation !== 'string') return empty;
		const files = new Map<string, CachedFile>();
		const articleIds: string[] = [];
		let complete = true;
		let snapshot: CompactSnapshot | undefined;
		// Opened once a line of texts is found: what reads it later needs the file as it is now.
		let descriptor: number | undefined;
		// An entry waits for its texts line; then its merging inputs may follow.
		let waiting: {key: string; entry: CompactFile} | undefined;
		let previous: CachedFile | undefined;
		for (const {offset, bytes} of lines) {
			if (bytes.length === 0) continue;
			const line = unsealed(bytes);
			const sliceOf = ({body, sha1}: {body: Buffer; sha1: string}): CacheSlice => ({descriptor: (descriptor ??= openSync(file, 'r')), start: offset, end: offset + body.length, sha1});
			if (line && waiting && startsWith(bytes, detailsPrefix)) {
				files.set(waiting.key, (previous = expandFile(waiting.entry, sliceOf(line))));
				for (const article of waiting.entry.articles) articleIds.push(article.id);
				waiting = undefined;
				continue;
			}
			if (line && previous && startsWith(bytes, analysisPrefix)) {
				previous.analysis = sliceOf(line);
				previous = undefined;
				continue;
			}
			if (waiting) complete = false;
			waiting = previous = undefined;
			const [key, entry] = line ? parseLine(line.body.toString('utf8')) : [];
			if (key === snapshotKey && isCompactSnapshot(entry)) snapshot = entry;
			else if (typeof key === 'string' && isCompactFile(entry)) waiting = {key, entry};
			else complete = false;
		}
		if (waiting || [...files.values()].some((entry) => entry.analysis === undefined)) complete = false;
		const expanded = complete && snapshot ? expandSnapshot(snapshot, articleIds) : undefined;
		return complete ? {files, changed: false, snapshot: expanded} : {files, changed: true};
	} catch {
		return empty;
	}
}

/** A temporary file this old is no other dateline's cache being written: its run was killed. */
const abandonedAfterMs = 60 * 60 * 1000;

/**
 * A cache of corpus folders and files of which none exists any more: nothing will ask for it
 * again (a folder on a drive that is not mounted looks the same, and is indexed again when back).
 */
function ofVanishedCorpus(file: string): boolean {
	const lines = linesOf(file);
	let roots: unknown;
	try {
		roots = headerOf(lines)?.roots;
	} catch {
		return false;
	} finally {
		// Only the first line was asked for: this closes the file.
		lines.return(undefined);
	}
	return Array.isArray(roots) && roots.length > 0 && roots.every((root) => typeof root === 'string' && path.isAbsolute(root) && !existsSync(root));
}

/**
 * What older versions of dateline, killed runs and removed corpora left in the cache folder,
 * which nothing would ever read or replace: caches of the earlier one-JSON-file format,
 * abandoned temporary files, and caches of corpus paths that no longer exist.
 */
function removeLeftovers(folder: string, writing: string): void {
	try {
		for (const entry of readdirSync(folder, {withFileTypes: true})) {
			if (!entry.isFile()) continue;
			const file = path.join(folder, entry.name);
			const leftover =
				/^[0-9a-f]{24}\.json$/.test(entry.name) ||
				(entry.name.endsWith('.tmp') && Date.now() - statSync(file).mtimeMs > abandonedAfterMs) ||
				(/^[0-9a-f]{24}\.jsonl$/.test(entry.name) && file !== writing && ofVanishedCorpus(file));
			if (leftover) rmSync(file, {force: true});
		}
	} catch {
		// Tidying is a courtesy: a folder that cannot be listed is left as it is.
	}
}

/** A cache file being written: every file's lines first, the snapshot once merging is done. */
export type CacheWriting = {
	/** Writes the snapshot and puts the file in place; null abandons it. */
	finish: (snapshot: ModelSnapshot | null) => void;
};

/**
 * Starts writing the cache: a temporary file in the same folder, renamed into place when
 * finished, so a reader (or a second dateline writing at the same time) never sees half a file.
 * The files' lines are written before merging, so that their merging inputs need not stay in
 * memory while it runs. A cache that cannot be written is not an error: the next start indexes again.
 */
export function startIndexCache(roots: string[], aliasKey: string, files: Map<string, CachedFile>): CacheWriting {
	const articleIds: string[] = [];
	const target = cacheFile(roots, aliasKey);
	const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
	let descriptor: number | undefined;
	const abandon = () => {
		if (descriptor !== undefined) closeSync(descriptor);
		descriptor = undefined;
		rmSync(temporary, {force: true});
	};
	try {
		mkdirSync(path.dirname(target), {recursive: true});
		removeLeftovers(path.dirname(target), target);
		descriptor = openSync(temporary, 'w');
		writeSealed(descriptor, [JSON.stringify({format, engine: engineFingerprint(), generation: randomUUID(), roots: [...roots].sort()})]);
		for (const [file, {size, mtimeMs, hash, articles, skipped, analysis}] of files) {
			const details: FileDetails = {texts: [], dates: []};
			const compact = articles.map(({article: {text, ...article}, dates}) => {
				details.texts.push(text);
				details.dates.push(dates.map(compactDate));
				articleIds.push(article.id);
				return article;
			});
			writeSealed(descriptor, [JSON.stringify([file, {size, mtimeMs, hash, articles: compact, skipped}])]);
			writeSealed(descriptor, [`${detailsPrefix.toString()}${JSON.stringify(details)}]`]);
			if (analysis instanceof Uint8Array) writeSealed(descriptor, [analysisPrefix, analysis, ']']);
		}
	} catch {
		abandon();
	}
	return {
		finish(snapshot) {
			if (descriptor === undefined) return;
			if (!snapshot) return abandon();
			try {
				writeSealed(descriptor, snapshotLine(snapshot, articleIds));
				closeSync(descriptor);
				descriptor = undefined;
				renameSync(temporary, target);
			} catch {
				abandon();
			}
		},
	};
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
