import {createHash, randomUUID} from 'node:crypto';
import {accessSync, chmodSync, closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeSync} from 'node:fs';
import {homedir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import envPaths from 'env-paths';
import type {AnalyzedArticle} from './analyze.js';
import {sharedDateValues} from './dates/calendar.js';
import {errorReason} from './error-reason.js';
import {lazyField} from './lazy.js';
import {inPieces} from './pieces.js';
import {terminalLine} from './terminal-text.js';
import type {FileStamp} from './article-files.js';
import type {ArticleMentions} from './entities/mentions.js';
import type {FoundName, SurnameCandidates} from './entities/name-finder.js';
import type {Article, DateBasis, DateExpression, DateValue, Entity, EntityKind, EntityMention, Precision, Skipped, Span, TimelineEvent, TimelineModel} from './model.js';

/**
 * Where a line stands in a cache file, without its seal, with its seal and the seal of the line
 * before it: read through a descriptor held open since the cache was read, so a second dateline
 * replacing the cache file meanwhile changes nothing for this one.
 */
export type CacheSlice = {file: OpenCacheFile; start: number; end: number; previous: string; seal: string};

/** A cache file open for reading, and where it is. */
type OpenCacheFile = {descriptor: number; path: string};

/**
 * Closes a cache file once nothing can read from it any more: the entries of a model refer to it
 * for as long as the model is used, which only the garbage collector knows.
 */
const closing = new FinalizationRegistry<number>((descriptor) => {
	try {
		closeSync(descriptor);
	} catch (error) {
		cacheDebug('closing a cache file', error);
	}
});

/**
 * `DATELINE_DEBUG=cache` (or a comma-separated list naming it): what the cache passes over without
 * a word, such as a damaged line it reads again from the article file, a file it cannot read or
 * remove, one line each on stderr. Nothing of it is an error of the run.
 */
export function cacheDebug(what: string, error?: unknown): void {
	if (!(process.env.DATELINE_DEBUG ?? '').split(',').includes('cache')) return;
	process.stderr.write(`dateline: cache: ${terminalLine(error === undefined ? what : `${what}: ${errorReason(error)}`)}\n`);
}

/** JSON from bytes of the cache, or undefined (with a debug line) when they are not JSON. */
function parseBytes(bytes: Uint8Array, what: string): unknown {
	try {
		return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
	} catch (error) {
		cacheDebug(what, error);
		return undefined;
	}
}

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
 * The file's analyzed articles, or null when its merging inputs are missing, are not one per
 * article or not of the shape the engine writes (a line can be sealed and still not be dateline's).
 */
export function analyzedArticles(file: CachedFile, bytes: Uint8Array | undefined): AnalyzedArticle[] | null {
	if (bytes === undefined) return null;
	const inputs = parseBytes(bytes, 'merging inputs');
	if (!Array.isArray(inputs) || inputs.length !== file.articles.length || !inputs.every(isMergeInputs)) {
		cacheDebug(`merging inputs of ${file.articles[0]?.article.id ?? 'a file'}: not of the shape written; read again`);
		return null;
	}
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

const format = 'dateline-index/10';

/**
 * `$XDG_CACHE_HOME/dateline`, or the platform's usual cache folder. A relative XDG_CACHE_HOME is
 * ignored, as the XDG spec asks: it names a folder under wherever dateline runs, often the corpus,
 * which would then read its own cache back as an article.
 */
function cacheFolder(): string {
	const home = process.env.XDG_CACHE_HOME;
	if (home && path.isAbsolute(home)) return path.join(home, 'dateline');
	// env-paths would take a relative XDG_CACHE_HOME as it is.
	if (process.platform === 'darwin' || process.platform === 'win32') return envPaths('dateline', {suffix: ''}).cache;
	return path.join(homedir(), '.cache', 'dateline');
}

/** Why a cache folder cannot be used, in a few words. */
function folderReason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	return code === 'ENOTDIR' || code === 'EEXIST' ? 'not a folder' : errorReason(error);
}

/**
 * The cache folder, private to its user: created 0700 with the folders above it (as the XDG
 * spec asks), and an existing one tightened to 0700, as older versions made it readable by all
 * and it holds the text of every article read. A folder that cannot be used, or that another
 * user owns (who could read or change the cache), gives the one line that says so instead.
 */
export function openCacheFolder(): {folder: string} | {unusable: string} {
	const folder = cacheFolder();
	const unusable = (reason: string) => ({unusable: `cache folder ${folder} unusable (${reason}): running without the cache`});
	if (!path.isAbsolute(folder)) return unusable('not an absolute path');
	try {
		mkdirSync(folder, {recursive: true, mode: 0o700});
		const info = statSync(folder);
		if (!info.isDirectory()) return unusable('not a folder');
		if (process.getuid && info.uid !== process.getuid()) return unusable('owned by another user');
		if ((info.mode & 0o077) !== 0) chmodSync(folder, 0o700);
		accessSync(folder, constants.R_OK | constants.W_OK | constants.X_OK);
		return {folder};
	} catch (error) {
		return unusable(folderReason(error));
	}
}

let fingerprint: string | undefined;

/** Libraries whose readings the cache holds: a new version can read the same text otherwise. */
const extractionLibraries = ['chrono-node', 'eld', 'gray-matter', 'i18n-iso-countries', 'js-yaml'];

/** A library's version, from the package.json above its entry point (nested ones name no package). */
function libraryVersion(name: string): string {
	let folder = path.dirname(fileURLToPath(import.meta.resolve(name)));
	for (;;) {
		const file = path.join(folder, 'package.json');
		const manifest = existsSync(file) ? (parseBytes(readFileSync(file), file) as {name?: unknown; version?: unknown} | undefined) : undefined;
		if (manifest?.name === name) return String(manifest.version);
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

/** One cache file per set of corpus paths and alias definitions, in the cache folder. */
function cacheFile(folder: string, roots: string[], aliasKey: string): string {
	const key = createHash('sha256')
		.update(JSON.stringify([...roots].sort()))
		.update(aliasKey)
		.digest('hex')
		.slice(0, 24);
	return path.join(folder, `${key}.jsonl`);
}

/**
 * Dates and event mentions are the most numerous objects of a cache: written as tuples, they
 * take less than half the room and parse faster. A date's article is the one it is listed under.
 */
type CompactDate = [start: number, end: number, text: string, valueStart: string | null, valueEnd: string | null, precision: Precision | null, basis: DateBasis];
/** An entry's articles without their texts and dates, which have a line of their own. */
type CompactArticle = Omit<Article, 'text'>;
type CompactFile = FileStamp & {articles: CompactArticle[]; skipped: Skipped[]};
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
 * Every line of the cache ends in a seal: a tab and the SHA-1 of the seal of the line before it
 * (none for the first) and of the line itself (JSON text holds no tab). A line changed inside but
 * still JSON of the right shape (a letter of a title, a name, a span) would otherwise be shown as
 * it is, or fail the merge; and as each seal takes in the one before, a line is sealed to its
 * place: one moved, swapped with another (one article's text given to another) or taken from
 * another cache file breaks its seal and the next line's. The damage stays where it is: a line is
 * checked against the seal written before it, whether or not that line was sound. Reading a cache
 * reads every line anyway; hashing them all costs ~50 ms for 10,000 articles, as much to write.
 */
const sealLength = 1 + 40;

const sealOf = (previous: string, body: Uint8Array) => createHash('sha1').update(previous).update(body).digest('hex');

/** A line's body and the seal it ends in, whether or not the seal holds; undefined when it has none. */
function sealedParts(line: Buffer): {body: Buffer; seal: string} | undefined {
	const length = line.length - sealLength;
	if (length < 0 || line[length] !== 0x09) return undefined;
	return {body: line.subarray(0, length), seal: line.toString('latin1', length + 1)};
}

/** A file being written line by line, each sealed after the one before. */
type SealedFile = {descriptor: number; previous: string};

/** Writes the parts as one sealed line. */
function writeSealed(file: SealedFile, parts: Iterable<string | Uint8Array>): void {
	const hash = createHash('sha1').update(file.previous);
	for (const part of parts) {
		hash.update(part);
		// Two calls, as writeSync has one overload for text and one for bytes.
		if (typeof part === 'string') writeSync(file.descriptor, part);
		else writeSync(file.descriptor, part);
	}
	file.previous = hash.digest('hex');
	writeSync(file.descriptor, `\t${file.previous}\n`);
}

/**
 * The value of a `[prefix…, value]` line of the cache file, or undefined when it cannot be read
 * or no longer matches its seal (the cache file changed in place since it was read).
 */
function readSlice({file, start, end, previous, seal}: CacheSlice, prefix: Buffer): Uint8Array | undefined {
	const bytes = Buffer.allocUnsafe(end - start);
	try {
		if (readSync(file.descriptor, bytes, 0, bytes.length, start) !== bytes.length) throw new Error('shorter than when the cache was read');
	} catch (error) {
		cacheDebug(`${file.path}: line at byte ${start}`, error);
		return undefined;
	}
	if (sealOf(previous, bytes) === seal && startsWith(bytes, prefix) && bytes.at(-1) === 0x5d) return bytes.subarray(prefix.length, -1);
	cacheDebug(`${file.path}: line at byte ${start}: changed since the cache was read`);
	return undefined;
}

/** The merging inputs of a cached file, or undefined when they cannot be read or are not what was written. */
export const readAnalysis = (slice: CacheSlice) => readSlice(slice, analysisPrefix);

/**
 * Shapes of what the cache holds, checked after a line is unsealed: a seal proves a line is the
 * one written there, not that dateline wrote it, and a title that is not text crashed the plain
 * output. A line of another shape is treated as missing.
 */
type Check<T> = (value: unknown) => value is T;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const orNull =
	<T>(check: Check<T>): Check<T | null> =>
	(value): value is T | null =>
		value === null || check(value);
const listOf =
	<T>(check: Check<T>): Check<T[]> =>
	(value): value is T[] =>
		Array.isArray(value) && value.every((item) => check(item));
const oneOf =
	<T extends string>(...values: T[]): Check<T> =>
	(value): value is T =>
		(values as unknown[]).includes(value);
/** An object with at least these fields, each of its shape. */
function shape<T>(fields: {[K in keyof T]-?: Check<T[K]>}): Check<T> {
	const checks = Object.entries(fields) as Array<[string, Check<unknown>]>;
	return (value): value is T => isObject(value) && checks.every(([key, check]) => check(value[key]));
}

const isStringOrNull = orNull(isString);
const isPrecision = oneOf<Precision>('day', 'month', 'year');
const isBasis = oneOf<DateBasis>('explicit', 'relative', 'published');
const isSpan = shape<Span>({start: isNumber, end: isNumber});
const isSkipped = shape<Skipped>({path: isString, reason: isString});
const isCompactArticle = shape<CompactArticle>({id: isString, path: isString, title: isString, outlet: isStringOrNull, url: isStringOrNull, published: isStringOrNull, language: isString});
const isCompactFile = shape<CompactFile>({size: isNumber, mtimeMs: isNumber, ctimeMs: isNumber, ino: isNumber, hash: isString, articles: listOf(isCompactArticle), skipped: listOf(isSkipped)});

function isCompactDate(value: unknown): value is CompactDate {
	if (!Array.isArray(value) || value.length !== 7) return false;
	const [start, end, text, valueStart, valueEnd, precision, basis] = value as unknown[];
	return isNumber(start) && isNumber(end) && isString(text) && isStringOrNull(valueStart) && isStringOrNull(valueEnd) && (precision === null || isPrecision(precision)) && isBasis(basis);
}

const isFileDetails = (value: unknown, articles: number): value is FileDetails =>
	shape<FileDetails>({texts: listOf(isString), dates: listOf(listOf(isCompactDate))})(value) && value.texts.length === articles && value.dates.length === articles;

const isMentionsList = listOf(isNumber);
const isCompactEvent = shape<CompactEvent>({
	id: isString,
	date: orNull(shape<DateValue>({start: isString, end: isStringOrNull, precision: isPrecision})),
	basis: oneOf('text', 'published'),
	title: isString,
	people: listOf(isString),
	places: listOf(isString),
	sources: isMentionsList,
	mentions: isMentionsList,
});
const isCompactEntity = shape<CompactEntity>({name: isString, kind: oneOf<EntityKind>('person', 'place', 'organization'), aliases: listOf(isString), events: listOf(isString), mentions: isMentionsList});
const isCompactSnapshot = shape<CompactSnapshot>({events: listOf(isCompactEvent), entities: listOf(isCompactEntity)});

const isMergeInputs = shape<MergeInputs>({
	sentences: listOf(isSpan),
	repeated: listOf(isNumber),
	mentions: shape<ArticleMentions>({
		article: isString,
		known: listOf(shape<ArticleMentions['known'][number]>({start: isNumber, end: isNumber, entity: isString, surface: isString})),
		names: listOf(
			shape<FoundName>({start: isNumber, end: isNumber, surface: isString, kind: oneOf<EntityKind>('person', 'place', 'organization'), opening: isBoolean, locative: (value): value is true | undefined => value === undefined || value === true}),
		),
		surnames: (value): value is SurnameCandidates => isObject(value) && Object.values(value).every(isMentionsList),
	}),
});

function readDetails(slice: CacheSlice, articles: number): FileDetails {
	const bytes = readSlice(slice, detailsPrefix);
	const where = `${slice.file.path}: line at byte ${slice.start}`;
	const details = bytes && parseBytes(bytes, where);
	if (isFileDetails(details, articles)) return details;
	if (bytes) cacheDebug(`${where}: not of the shape written`);
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

const startsWith = (bytes: Buffer, prefix: Buffer) => bytes.subarray(0, prefix.length).equals(prefix);

function parseLine(line: Buffer, what: string): [unknown, unknown] {
	const value = parseBytes(line, what);
	return Array.isArray(value) ? [value[0], value[1]] : [undefined, undefined];
}

/**
 * Opens a cache file for reading, or undefined when there is none or it is not a regular file: a
 * named pipe would hang the run, a link to /dev/zero fill the memory. Non-blocking, so that
 * opening a pipe returns at once; whatever is there instead of a cache, the next writing replaces.
 */
function openCacheFile(file: string): number | undefined {
	let descriptor: number | undefined;
	try {
		descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
		if (fstatSync(descriptor).isFile()) return descriptor;
		cacheDebug(`${file}: not a regular file; not read`);
	} catch (error) {
		// No cache yet is the usual case.
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') cacheDebug(file, error);
	}
	if (descriptor !== undefined) closeSync(descriptor);
	return undefined;
}

/**
 * Lines of an open file from its start, read in chunks: a large cache is never one buffer in
 * memory. Each comes with its byte offset. A line's bytes may be a view into the reading buffer:
 * valid until the next line is asked for, which is all a reader needs and spares a copy of every
 * line it skips.
 */
function* linesOf(descriptor: number): Generator<{offset: number; bytes: Buffer}> {
	const chunk = Buffer.allocUnsafe(1 << 22);
	let pieces: Buffer[] = [];
	let offset = 0;
	// Bytes taken so far, which is where the next chunk starts.
	let position = 0;
	for (let read = readSync(descriptor, chunk, 0, chunk.length, position); read > 0; read = readSync(descriptor, chunk, 0, chunk.length, position)) {
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
}

/** What the first line of a cache file says of it; roots: the corpus paths it was written for. */
type CacheHeader = {format?: unknown; engine?: unknown; generation?: unknown; roots?: unknown};

/**
 * The header of a cache file from its lines, undefined when the first line is not JSON, and its
 * seal. A first line whose seal does not hold is read as it is: caches of earlier formats name
 * their roots too.
 */
function headerOf(lines: Generator<{bytes: Buffer}>, file: string): {header: CacheHeader | null | undefined; seal: string} {
	const line = lines.next().value?.bytes ?? Buffer.alloc(0);
	const parts = sealedParts(line);
	const body = parts && sealOf('', parts.body) === parts.seal ? parts.body : line;
	return {header: parseBytes(body, `${file}: header`) as CacheHeader | null | undefined, seal: parts?.seal ?? ''};
}

/**
 * The cache is JSON lines, each sealed: a header, then per file a line with its entry, a line
 * with its article texts and dates and a line with its merging inputs, and last the snapshot.
 * Read line by line, a cache of a large corpus never has to be one string in memory, and a
 * truncated file loses only its tail. Lines of texts, dates and merging inputs are only located
 * here, not read: the file stays open for them while an entry refers to it.
 */
export function readIndexCache(folder: string, roots: string[], aliasKey: string): IndexCache {
	const empty: IndexCache = {files: new Map(), changed: true};
	const cachePath = cacheFile(folder, roots, aliasKey);
	const descriptor = openCacheFile(cachePath);
	if (descriptor === undefined) return empty;
	const file: OpenCacheFile = {descriptor, path: cachePath};
	let result = empty;
	try {
		const lines = linesOf(descriptor);
		const {header, seal} = headerOf(lines, cachePath);
		if (header?.format !== format || header.engine !== engineFingerprint() || typeof header.generation !== 'string') {
			cacheDebug(`${cachePath}: of another format or engine; written again`);
			return empty;
		}
		const files = new Map<string, CachedFile>();
		const articleIds: string[] = [];
		let complete = true;
		let snapshot: CompactSnapshot | undefined;
		// An entry waits for its texts line; then its merging inputs may follow.
		let waiting: {key: string; entry: CompactFile} | undefined;
		let previous: CachedFile | undefined;
		let previousSeal = seal;
		for (const {offset, bytes} of lines) {
			if (bytes.length === 0) continue;
			const parts = sealedParts(bytes);
			const after = previousSeal;
			previousSeal = parts?.seal ?? '';
			const line = parts && sealOf(after, parts.body) === parts.seal ? parts : undefined;
			if (!line) cacheDebug(`${cachePath}: line at byte ${offset}: its seal does not hold; what it held is read again`);
			const sliceOf = ({body, seal}: {body: Buffer; seal: string}): CacheSlice => ({file, start: offset, end: offset + body.length, previous: after, seal});
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
			const [key, entry] = line ? parseLine(line.body, `${cachePath}: line at byte ${offset}`) : [];
			if (key === snapshotKey && isCompactSnapshot(entry)) snapshot = entry;
			else if (typeof key === 'string' && isCompactFile(entry)) waiting = {key, entry};
			else {
				if (line) cacheDebug(`${cachePath}: line at byte ${offset}: not of the shape written; what it held is read again`);
				complete = false;
			}
		}
		if (waiting || [...files.values()].some((entry) => entry.analysis === undefined)) complete = false;
		const expanded = complete && snapshot ? expandSnapshot(snapshot, articleIds) : undefined;
		result = complete ? {files, changed: false, snapshot: expanded} : {files, changed: true};
		return result;
	} catch (error) {
		cacheDebug(cachePath, error);
		return empty;
	} finally {
		// Kept open only for the lines of the entries found, as long as they can be asked for.
		if (result.files.size === 0) closeSync(descriptor);
		else closing.register(file, descriptor);
	}
}

/** A temporary file this old is no other dateline's cache being written: its run was killed. */
const abandonedAfterMs = 60 * 60 * 1000;

/**
 * A cache of corpus folders and files of which none exists any more: nothing will ask for it
 * again (a folder on a drive that is not mounted looks the same, and is indexed again when back).
 */
function ofVanishedCorpus(file: string): boolean {
	const descriptor = openCacheFile(file);
	if (descriptor === undefined) return false;
	let roots: unknown;
	try {
		roots = headerOf(linesOf(descriptor), file).header?.roots;
	} catch (error) {
		cacheDebug(file, error);
		return false;
	} finally {
		closeSync(descriptor);
	}
	return Array.isArray(roots) && roots.length > 0 && roots.every((root) => typeof root === 'string' && path.isAbsolute(root) && !existsSync(root));
}

/**
 * What older versions of dateline, killed runs and removed corpora left in the cache folder,
 * which nothing would ever read or replace: caches of the earlier one-JSON-file format,
 * abandoned temporary files, and caches of corpus paths that no longer exist.
 */
function removeLeftovers(folder: string, writing: string): void {
	let entries;
	try {
		entries = readdirSync(folder, {withFileTypes: true});
	} catch (error) {
		// Tidying is a courtesy: a folder that cannot be listed is left as it is.
		return cacheDebug(folder, error);
	}
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const file = path.join(folder, entry.name);
		try {
			const leftover =
				/^[0-9a-f]{24}\.json$/.test(entry.name) ||
				(entry.name.endsWith('.tmp') && Date.now() - statSync(file).mtimeMs > abandonedAfterMs) ||
				(/^[0-9a-f]{24}\.jsonl$/.test(entry.name) && file !== writing && ofVanishedCorpus(file));
			if (leftover) rmSync(file, {force: true});
		} catch (error) {
			// Gone meanwhile (another dateline tidied or finished it), or not ours to remove.
			cacheDebug(file, error);
		}
	}
}

/** A cache file being written: every file's lines first, the snapshot once merging is done. */
export type CacheWriting = {
	/** Writes the snapshot and puts the file in place; null abandons it. */
	finish: (snapshot: ModelSnapshot | null) => void;
};

/**
 * Starts writing the cache: a temporary file in the same folder, private to the user (an article
 * only its owner may read stays so in the cache), renamed into place when finished, so a reader
 * (or a second dateline writing at the same time) never sees half a file. The files' lines are
 * written before merging, so that their merging inputs need not stay in memory while it runs. A
 * cache that cannot be written is not an error: `warn` says so in one line, and the next start
 * indexes again.
 */
export function startIndexCache(folder: string, roots: string[], aliasKey: string, files: Map<string, CachedFile>, warn: (message: string) => void): CacheWriting {
	const articleIds: string[] = [];
	const target = cacheFile(folder, roots, aliasKey);
	const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
	let output: SealedFile | undefined;
	const abandon = () => {
		try {
			if (output) closeSync(output.descriptor);
			rmSync(temporary, {force: true});
		} catch (error) {
			// Nothing more to do: a temporary file left behind is removed an hour later.
			cacheDebug(temporary, error);
		}
		output = undefined;
	};
	const failed = (error: unknown) => {
		abandon();
		warn(`cache file ${target} not written (${errorReason(error)}): the next start reads every file again`);
	};
	try {
		removeLeftovers(folder, target);
		// Exclusive: never through a link someone left under the temporary name.
		output = {descriptor: openSync(temporary, 'wx', 0o600), previous: ''};
		writeSealed(output, [JSON.stringify({format, engine: engineFingerprint(), generation: randomUUID(), roots: [...roots].sort()})]);
		for (const [file, {size, mtimeMs, ctimeMs, ino, hash, articles, skipped, analysis}] of files) {
			const details: FileDetails = {texts: [], dates: []};
			const compact = articles.map(({article: {text, ...article}, dates}) => {
				details.texts.push(text);
				details.dates.push(dates.map(compactDate));
				articleIds.push(article.id);
				return article;
			});
			writeSealed(output, [JSON.stringify([file, {size, mtimeMs, ctimeMs, ino, hash, articles: compact, skipped}])]);
			writeSealed(output, [`${detailsPrefix.toString()}${JSON.stringify(details)}]`]);
			if (analysis instanceof Uint8Array) writeSealed(output, [analysisPrefix, analysis, ']']);
		}
	} catch (error) {
		failed(error);
	}
	return {
		finish(snapshot) {
			if (!output) return;
			if (!snapshot) return abandon();
			try {
				writeSealed(output, snapshotLine(snapshot, articleIds));
				closeSync(output.descriptor);
				output = undefined;
				renameSync(temporary, target);
			} catch (error) {
				failed(error);
			}
		},
	};
}

/** What tells a file changed without reading it. */
export type FileStatus = Omit<FileStamp, 'hash'>;

/** A file's status now, or null when it cannot be read. */
export function fileStatus(file: string): FileStatus | null {
	try {
		const {size, mtimeMs, ctimeMs, ino} = statSync(file);
		return {size, mtimeMs, ctimeMs, ino};
	} catch (error) {
		// Read again, which says why it cannot be.
		cacheDebug(file, error);
		return null;
	}
}

/**
 * Size, modification and change times and inode all unchanged: the file is taken as unchanged
 * without reading it, as git's index does.
 */
export const sameStatus = (now: FileStatus, then: FileStatus) => now.size === then.size && now.mtimeMs === then.mtimeMs && now.ctimeMs === then.ctimeMs && now.ino === then.ino;
