import {closeSync, openSync, readFileSync, readSync, renameSync, rmSync} from 'node:fs';
import {shownEvents} from '../export/view.js';
import {coverageHistogram, type Histogram} from '../histogram.js';
import {keyEventLimit, keyEventsFrom, keyEvents as keyEventsOf} from '../key-events.js';
import type {Article, Skipped, TimelineEvent, TimelineModel} from '../model.js';
import {inSlices, stepwise} from '../stepwise.js';
import {pushAll} from '../collections.js';
import {expandArticle, expandFile, type CachedArticle, type CachedFile, type CompactArticle, type CompactFile} from './codec.js';
import {cacheDebug, parseBytes} from './debug.js';
import {engineFingerprint} from './fingerprint.js';
import {cacheFile, startFile} from './location.js';
import {isCompactFile, isCompactSnapshot, isSkippedList} from './shapes.js';
import {expandSnapshotSteps, readMentions, type CompactEntity, type CompactEvent, type CompactSnapshot, type ModelSnapshot} from './snapshot-codec.js';
import {holdOpen, linePieces, openCacheFile, sealOf, sealedParts, writeSealed, type CacheSlice, type OpenCacheFile} from './sealed-lines.js';
import type {CacheLines} from './store.js';

/**
 * A start file: what the interface needs of a corpus whose cache holds a snapshot, read before
 * any file of the corpus is found or checked. It holds, in a few sealed lines, a preview of a
 * large corpus (the key events of its first frame, their sources and the whole model's counts and
 * coverage: start-preview.ts), then the cache file's entries, with where each file's line of texts
 * and dates is in the cache file (which stays where they are read from), and its snapshot. Entries
 * and the snapshot's events and entities are written a hundred to a line: the whole model is read
 * after the first frame a line at a time, between keys (readStartSteps), and a line of all of them
 * would be one parse too long for that. Whether the corpus still is what it holds is checked after
 * the first frame (timeline.ts); a start file of another generation than the cache file it names
 * is not used.
 */

const format = 'dateline-start/3';

/** Entries, events or entities in one line of a start file. */
const itemsPerLine = 100;

/** Files whose entries are expanded in one step of reading a start file. */
const filesPerStep = 100;

/** What a start file gives: the cache's entries in file order with their paths, its snapshot, and what the corpus skipped outside its files. */
export type StartFile = {
	files: Array<{key: string; entry: CachedFile}>;
	snapshot: ModelSnapshot;
	/** What finding the files and reading the alias files skipped, in their order. */
	corpusSkipped: Skipped[];
	/** The alias definitions the cache was built with (the cache file's key). */
	aliasKey: string;
};

const prefixes = {preview: '["#preview",', skipped: '["#skipped",'};

/** The tags of the lines of entries (each with its files' lines of texts and dates), events and entities, in the order they are written. */
const tags = ['#files', '#events', '#entities'] as const;
type ChunkLine = ['#files', Array<[string, CompactFile]>, Array<[number, number, string, string]>] | ['#events', CompactEvent[]] | ['#entities', CompactEntity[]];

/** The preview's line: the whole model's counts, skipped files and coverage, the key events, and each of their sources with where its text is. */
type PreviewLine = {
	files: number;
	articles: number;
	events: number;
	coverage: Histogram;
	skipped: Skipped[];
	keyEvents: TimelineEvent[];
	sources: Array<[article: CompactArticle, start: number, end: number, previous: string, seal: string, index: number, articles: number]>;
};

type StartHeader = {format?: unknown; engine?: unknown; generation?: unknown; roots?: unknown; aliasKey?: unknown};

const sameRoots = (given: unknown, roots: string[]) => JSON.stringify(given) === JSON.stringify([...roots].sort());

/** The header of the start file of these roots, if there is one. */
function startHeader(path: string): StartHeader | undefined {
	const descriptor = openCacheFile(path);
	if (descriptor === undefined) return undefined;
	try {
		const header = firstLines(descriptor, 1, path)?.[0];
		return header && ((parseBytes(header, `${path}: header`) as StartHeader | null | undefined) ?? undefined);
	} catch (error) {
		cacheDebug(path, error);
		return undefined;
	} finally {
		closeSync(descriptor);
	}
}

/**
 * Writes the start file of a cache file whose snapshot was just read, unless the one there is of
 * that cache file already: once after each new cache file. Copies the cache file's lines, checked
 * against their seals, as ASCII (asciiJson). A start file that cannot be written is left out: the
 * next start reads the cache file as before.
 */
export function keepStartFile(folder: string, roots: string[], aliasKey: string, files: Array<{key: string; entry: CachedFile}>, written: CacheLines, corpusSkipped: Skipped[], model: TimelineModel): void {
	const target = startFile(folder, roots);
	const header = startHeader(target);
	if (header?.format === format && header.generation === written.generation && header.engine === engineFingerprint()) return;
	const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
	let descriptor: number | undefined;
	try {
		descriptor = openSync(temporary, 'wx', 0o600);
		const output = {descriptor, previous: ''};
		const line = (slice: CacheSlice | undefined) => {
			if (!slice) throw new Error('an entry has no line of its own');
			return linePieces(slice);
		};
		writeSealed(output, asciiJson([JSON.stringify({format, engine: engineFingerprint(), generation: written.generation, roots: [...roots].sort(), aliasKey})]));
		writeSealed(output, asciiJson([`${prefixes.preview}${JSON.stringify(previewLine(model, files))}]`]));
		writeSealed(output, asciiJson([`${prefixes.skipped}${JSON.stringify(corpusSkipped)}]`]));
		for (const some of inLines(files)) {
			const details = some.map(({entry}) => {
				const slice = entry.details?.slice;
				if (!slice) throw new Error('an entry has no line of texts and dates');
				return [slice.start, slice.end, slice.previous, slice.seal];
			});
			writeSealed(
				output,
				asciiJson(
					(function* () {
						yield `["${tags[0]}",[`;
						for (const [index, {entry}] of some.entries()) {
							if (index > 0) yield ',';
							yield* line(entry.line);
						}
						yield `],${JSON.stringify(details)}]`;
					})(),
				),
			);
		}
		const snapshot = Buffer.concat(Array.from(line(written.snapshot), (piece) => Buffer.from(piece)));
		for (const [index, items] of snapshotItems(snapshot).entries()) {
			// A line's items are one run of the snapshot line, with the commas between them.
			for (const some of inLines(items)) writeSealed(output, asciiJson([`["${tags[index + 1]}",[`, some.length > 0 ? snapshot.subarray(some[0]![0], some.at(-1)![1]) : '', ']]']));
		}
		// Base64 in JSON: ASCII already.
		writeSealed(output, line(written.mentions));
		closeSync(descriptor);
		descriptor = undefined;
		renameSync(temporary, target);
	} catch (error) {
		cacheDebug(`${target}: not written`, error);
		if (descriptor !== undefined) closeSync(descriptor);
		rmSync(temporary, {force: true});
	}
}

/** A list in the parts written a line each: one line at least, for an empty list. */
function inLines<T>(items: T[]): T[][] {
	const lines: T[][] = [];
	for (let start = 0; start === 0 || start < items.length; start += itemsPerLine) lines.push(items.slice(start, start + itemsPerLine));
	return lines;
}

const bytes = {quote: 0x22, backslash: 0x5c, comma: 0x2c, bracket: 0x5b, brace: 0x7b, closingBracket: 0x5d, closingBrace: 0x7d};

/** Where the JSON string that opens at `start` ends (its closing quote, after no escaping backslash), or -1. */
function stringEnd(body: Buffer, start: number): number {
	for (let at = body.indexOf(bytes.quote, start + 1); at >= 0; at = body.indexOf(bytes.quote, at + 1)) {
		let backslashes = 0;
		while (body[at - 1 - backslashes] === bytes.backslash) backslashes++;
		if (backslashes % 2 === 0) return at;
	}
	return -1;
}

/**
 * Where each event and each entity is in the cache file's snapshot line,
 * `["#model",{"events":[…],"entities":[…]}]`: the items of the two lists found by their commas
 * outside strings, not parsed, to be copied a hundred to a line of the start file.
 */
function snapshotItems(body: Buffer): [events: Array<[number, number]>, entities: Array<[number, number]>] {
	const listDepth = 3;
	const lists: Array<Array<[number, number]>> = [];
	let depth = 0;
	let from = 0;
	for (let at = 0; at < body.length; at++) {
		const byte = body[at]!;
		if (byte === bytes.quote) {
			at = stringEnd(body, at);
			if (at < 0) break;
		} else if (byte === bytes.bracket || byte === bytes.brace) {
			depth++;
			if (depth === listDepth) {
				lists.push([]);
				from = at + 1;
			}
		} else if (byte === bytes.closingBracket || byte === bytes.closingBrace) {
			if (depth === listDepth && at > from) lists.at(-1)!.push([from, at]);
			depth--;
		} else if (byte === bytes.comma && depth === listDepth) {
			lists.at(-1)!.push([from, at]);
			from = at + 1;
		}
	}
	if (lists.length !== 2 || depth !== 0) throw new Error('the snapshot line is not of the shape written');
	return lists as [Array<[number, number]>, Array<[number, number]>];
}

/**
 * JSON text with every character beyond ASCII written as its `\u` escape. A start decodes each
 * line of the start file into a string for JSON.parse: one character beyond Latin-1 anywhere in a
 * line (a title in Arabic) makes the whole line's string two bytes a character, decoded and parsed
 * the slow way; a line of ASCII is one byte a character, and only the strings that hold such
 * characters are two bytes a character once parsed.
 */
function* asciiJson(parts: Iterable<string | Uint8Array>): Generator<string> {
	const decoder = new TextDecoder();
	const escaped = (text: string) => text.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
	for (const part of parts) yield escaped(typeof part === 'string' ? part : decoder.decode(part, {stream: true}));
	yield escaped(decoder.decode());
}

/** The preview of a model that opens on its key events, or null for one that opens on all of them. */
function previewLine(model: TimelineModel, files: Array<{entry: CachedFile}>): PreviewLine | null {
	if (model.events.length <= keyEventsFrom) return null;
	const keyEvents = keyEventsOf(shownEvents(model, null), keyEventLimit);
	const wanted = new Set(keyEvents.flatMap((event) => event.sources));
	const sources: PreviewLine['sources'] = [];
	for (const {entry} of files) {
		const slice = entry.details?.slice;
		entry.articles.forEach(({article}, index) => {
			if (!slice || !wanted.has(article.id)) return;
			// Its fields but the text, which is read from the cache file: Object.keys reads no lazy field.
			const compact = Object.fromEntries(Object.keys(article).flatMap((key) => (key === 'text' ? [] : [[key, article[key as keyof Article]]]))) as CompactArticle;
			sources.push([compact, slice.start, slice.end, slice.previous, slice.seal, index, entry.articles.length]);
		});
	}
	return {files: files.length, articles: model.articles.length, events: model.events.length, coverage: coverageHistogram(model.events), skipped: model.skipped, keyEvents, sources};
}

/**
 * The lines of a start file, each checked against its seal, a step a line; undefined when one
 * does not hold. Read whole, in one buffer the lines are views of: megabytes, all needed.
 */
function* sealedLines(descriptor: number, path: string): Generator<void, Buffer[] | undefined> {
	const whole = readFileSync(descriptor);
	let previous = '';
	const bodies: Buffer[] = [];
	for (let start = 0; start < whole.length; ) {
		yield;
		const newline = whole.indexOf(10, start);
		const end = newline < 0 ? whole.length : newline;
		const parts = sealedParts(whole.subarray(start, end));
		if (!parts || sealOf(previous, parts.body) !== parts.seal) {
			cacheDebug(`${path}: a seal does not hold; not used`);
			return undefined;
		}
		previous = parts.seal;
		bodies.push(parts.body);
		start = end + 1;
	}
	return bodies;
}

/** The value after a line's prefix (the line ends in `]`), or undefined. */
function valueAfter(body: Buffer, prefix: string, what: string): unknown {
	if (!body.subarray(0, prefix.length).equals(Buffer.from(prefix)) || body.at(-1) !== 0x5d) return undefined;
	return parseBytes(body.subarray(prefix.length - (prefix.endsWith('[') ? 1 : 0), -1), what);
}

const isDetailsSlice = (value: unknown): value is [number, number, string, string] =>
	Array.isArray(value) && value.length === 4 && Number.isInteger(value[0]) && Number.isInteger(value[1]) && typeof value[2] === 'string' && typeof value[3] === 'string';

/** The cache file a start file names, open, when it is of the start file's generation. */
function openGeneration(path: string, generation: unknown): OpenCacheFile | undefined {
	const descriptor = openCacheFile(path);
	if (descriptor === undefined) return undefined;
	try {
		// Its first line only: the cache file is a hundred megabytes for a large corpus.
		const header = firstLines(descriptor, 1, path)?.[0];
		if (header && (parseBytes(header, `${path}: header`) as {generation?: unknown} | undefined)?.generation === generation) return {descriptor, path};
		cacheDebug(`${path}: of another generation than its start file`);
	} catch (error) {
		cacheDebug(path, error);
	}
	closeSync(descriptor);
	return undefined;
}

/** A line of entries, events or entities of the shape written. */
function isChunkLine(value: unknown): value is ChunkLine {
	if (!Array.isArray(value)) return false;
	const [tag, items, details] = value as unknown[];
	if (!Array.isArray(items)) return false;
	if (tag === '#files') return value.length === 3 && Array.isArray(details) && items.length === details.length && details.every(isDetailsSlice) && items.every((file) => Array.isArray(file) && typeof file[0] === 'string' && isCompactFile(file[1]));
	return value.length === 2 && ((tag === '#events' && isCompactSnapshot({events: items, entities: []})) || (tag === '#entities' && isCompactSnapshot({events: [], entities: items})));
}

/**
 * The start file of these roots, with its cache file open for the texts and dates; undefined when
 * there is none, or it is damaged, of another engine, or of another cache file than the one there.
 */
export const readStartFile = (folder: string, roots: string[]): StartFile | undefined => stepwise(() => readStartSteps(folder, roots)).finish();

/** `readStartFile` a line, or a slice of its files, at a time (see Stepwise): an interface reads it between keys. */
export function* readStartSteps(folder: string, roots: string[]): Generator<void, StartFile | undefined, void> {
	const path = startFile(folder, roots);
	const descriptor = openCacheFile(path);
	if (descriptor === undefined) return undefined;
	let bodies;
	try {
		bodies = yield* sealedLines(descriptor, path);
	} catch (error) {
		cacheDebug(path, error);
	} finally {
		closeSync(descriptor);
	}
	const header = bodies?.[0] && currentHeader(bodies[0], path, roots);
	if (!bodies || !header) return undefined;
	const notUsed = (why: string) => {
		cacheDebug(`${path}: ${why}; not used`);
		return undefined;
	};
	// The header, the preview, the skipped files, the lines of entries, events and entities, the mentions.
	if (bodies.length < 4 + tags.length) return notUsed('not of the lines written');
	const {aliasKey, generation} = header;
	const corpusSkipped = valueAfter(bodies[2]!, prefixes.skipped, `${path}: skipped`);
	if (!isSkippedList(corpusSkipped)) return notUsed('not of the shape written');
	const files: Array<[string, CompactFile]> = [];
	const details: Array<[number, number, string, string]> = [];
	const snapshot: CompactSnapshot = {events: [], entities: []};
	const seen = new Set<string>();
	for (const body of bodies.slice(3, -1)) {
		yield;
		const line = parseBytes(body, `${path}: a line of the model`);
		// Each kind of line in one run, in the order written.
		if (!isChunkLine(line) || (!seen.has(line[0]) && tags.slice(tags.indexOf(line[0]) + 1).some((tag) => seen.has(tag)))) return notUsed('not of the shape written');
		seen.add(line[0]);
		if (line[0] === '#files') {
			pushAll(files, line[1]);
			pushAll(details, line[2]);
		} else if (line[0] === '#events') pushAll(snapshot.events, line[1]);
		else pushAll(snapshot.entities, line[1]);
	}
	yield;
	const mentions = readMentions(bodies.at(-1)!);
	if (seen.size !== tags.length || !mentions) return notUsed('not of the shape written');
	const cache = openGeneration(cacheFile(folder, roots, aliasKey), generation);
	if (!cache) return undefined;
	const entries: StartFile['files'] = [];
	yield* inSlices(files.length, filesPerStep, (from, to) => {
		for (let index = from; index < to; index++) {
			const [key, compact] = files[index]!;
			const [start, end, previous, seal] = details[index]!;
			entries.push({key, entry: expandFile(compact, {file: cache, start, end, previous, seal})});
		}
	});
	const articleIds = entries.flatMap(({entry}) => entry.articles.map(({article}) => article.id));
	const expanded = yield* expandSnapshotSteps(snapshot, mentions, articleIds);
	if (!expanded) {
		closeSync(cache.descriptor);
		return undefined;
	}
	holdOpen(cache);
	return {files: entries, snapshot: expanded, corpusSkipped, aliasKey};
}

/** The first `count` lines of a file, each checked against its seal, read no further than they go; undefined when a seal does not hold. */
function firstLines(descriptor: number, count: number, path: string): Buffer[] | undefined {
	let bytes = Buffer.alloc(0);
	const ends: number[] = [];
	for (let chunk = Buffer.allocUnsafe(1 << 16); ends.length < count; chunk = Buffer.allocUnsafe(chunk.length * 2)) {
		const read = readSync(descriptor, chunk, 0, chunk.length, bytes.length);
		if (read === 0) return undefined;
		const from = bytes.length;
		bytes = Buffer.concat([bytes, chunk.subarray(0, read)]);
		for (let at = bytes.indexOf(10, from); at >= 0 && ends.length < count; at = bytes.indexOf(10, at + 1)) ends.push(at);
	}
	let previous = '';
	return ends.map((end, index) => {
		const parts = sealedParts(bytes.subarray(index === 0 ? 0 : ends[index - 1]! + 1, end));
		if (!parts || sealOf(previous, parts.body) !== parts.seal) throw new Error(`${path}: a seal does not hold`);
		previous = parts.seal;
		return parts.body;
	});
}

/** A start file's header when it is of this engine and these roots, or undefined. */
function currentHeader(body: Buffer, path: string, roots: string[]): {aliasKey: string; generation: string} | undefined {
	const header = parseBytes(body, `${path}: header`) as StartHeader | null | undefined;
	const {aliasKey, generation} = header ?? {};
	if (header?.format === format && header.engine === engineFingerprint() && sameRoots(header.roots, roots) && typeof aliasKey === 'string' && typeof generation === 'string') return {aliasKey, generation};
	cacheDebug(`${path}: of another format, engine or corpus; not used`);
	return undefined;
}

const isPreviewEvent = (value: unknown): boolean => {
	const event = value as Partial<Record<keyof TimelineEvent, unknown>> | null;
	return typeof event === 'object' && event !== null && typeof event.id === 'string' && typeof event.title === 'string' && typeof event.salience === 'number' && isStrings(event.sources) && isStrings(event.people) && isStrings(event.places) && Array.isArray(event.mentions) && typeof event.date === 'object';
};
const isStrings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isSource = (value: unknown) => Array.isArray(value) && value.length === 7 && isCompactFile({size: 0, mtimeMs: 0, ctimeMs: 0, ino: 0, hash: '', articles: [value[0]], skipped: []}) && isDetailsSlice(value.slice(1, 5)) && Number.isInteger(value[5]) && Number.isInteger(value[6]);

/** A preview line of the shape written: a sealed line of another shape is not shown. */
function isPreviewLine(value: unknown): value is PreviewLine {
	const line = value as Partial<Record<keyof PreviewLine, unknown>> | null;
	return typeof line === 'object' && line !== null && Number.isInteger(line.files) && Number.isInteger(line.articles) && Number.isInteger(line.events) && isSkippedList(line.skipped) && Array.isArray(line.keyEvents) && line.keyEvents.every(isPreviewEvent) && Array.isArray(line.sources) && line.sources.every(isSource) && typeof line.coverage === 'object' && line.coverage !== null && Array.isArray((line.coverage as Histogram).bins);
}

/**
 * The preview of the start file of these roots (start-preview.ts), read from its first lines only,
 * with its cache file open for the texts of its sources; undefined when there is none to use.
 */
export function readStartPreview(folder: string, roots: string[]): {preview: Omit<PreviewLine, 'sources'> & {sources: CachedArticle[]}} | undefined {
	const path = startFile(folder, roots);
	const descriptor = openCacheFile(path);
	if (descriptor === undefined) return undefined;
	let lines;
	try {
		lines = firstLines(descriptor, 2, path);
	} catch (error) {
		cacheDebug(path, error);
	} finally {
		closeSync(descriptor);
	}
	const header = lines && currentHeader(lines[0]!, path, roots);
	const line = lines && header && valueAfter(lines[1]!, prefixes.preview, `${path}: preview`);
	if (!header || !isPreviewLine(line)) return undefined;
	const cache = openGeneration(cacheFile(folder, roots, header.aliasKey), header.generation);
	if (!cache) return undefined;
	holdOpen(cache);
	const sources = line.sources.map(([article, start, end, previous, seal, index, articles]) => expandArticle(article, {file: cache, start, end, previous, seal}, index, articles));
	return {preview: {...line, sources}};
}
