import {randomUUID} from 'node:crypto';
import {closeSync, existsSync, openSync, readdirSync, renameSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import {errorReason} from '../error-reason.js';
import {analysisPrefix, detailsPrefix, expandFile, compactDate, type CachedFile, type CompactFile, type FileDetails} from './codec.js';
import {expandSnapshot, mentionsLine, mentionsPrefix, readMentions, snapshotKey, snapshotLine, type CompactSnapshot, type ModelSnapshot, type SnapshotMentions} from './snapshot-codec.js';
import {cacheDebug, parseBytes} from './debug.js';
import {engineFingerprint} from './fingerprint.js';
import {cacheFile} from './location.js';
import {isCompactFile, isCompactSnapshot} from './shapes.js';
import {inTurns, stepwise} from '../stepwise.js';
import {holdOpen, linesOf, openCacheFile, sealOf, sealedLineSteps, sealedParts, startsWith, writeSealed, type CacheSlice, type OpenCacheFile, type SealedFile} from './sealed-lines.js';

/**
 * The cache file as a whole: read into entries at a start, written whole beside it and renamed into
 * place, and what older versions and killed runs left in the folder removed.
 */

export type IndexCache = {
	/** Absolute file path → what its last reading gave. */
	files: Map<string, CachedFile>;
	snapshot?: ModelSnapshot;
	/** Written back only when something changed. */
	changed: boolean;
	/** Of a cache whose snapshot was read: its generation and where its last two lines are, which a start file copies (start-file.ts). */
	written?: CacheLines;
};

/** A cache file's generation, and where its snapshot's lines are in it. */
export type CacheLines = {generation: string; snapshot: CacheSlice; mentions: CacheSlice};

const format = 'dateline-index/12';

function parseLine(line: Buffer, what: string): [unknown, unknown] {
	const value = parseBytes(line, what);
	return Array.isArray(value) ? [value[0], value[1]] : [undefined, undefined];
}

/** What the first line of a cache file says of it; roots: the corpus paths it was written for. */
type CacheHeader = {format?: unknown; engine?: unknown; generation?: unknown; roots?: unknown; aliasKey?: unknown};

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
 * with its article texts and dates and a line with its merging inputs, and last the snapshot and
 * its mentions.
 * Read line by line, a cache of a large corpus never has to be one string in memory, and a
 * truncated file loses only its tail. Lines of texts, dates and merging inputs are only located
 * here, not read: the file stays open for them while an entry refers to it.
 *
 * `textsCheckedWhenRead`: lines of texts and dates are not hashed here either, only when an
 * article's text or dates are first read (the interface's start, which shows a few of them). One
 * that turns out damaged then shows its articles empty, and the cache file is removed, so that
 * the next start reads those files again. Without it, a damaged one is found here and its file
 * read again at once: output that shows every article never shows one empty.
 */
export function readIndexCache(folder: string, roots: string[], aliasKey: string, textsCheckedWhenRead = false): IndexCache {
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
		let mentions: SnapshotMentions | undefined;
		const slices: Partial<Pick<CacheLines, 'snapshot' | 'mentions'>> = {};
		// An entry waits for its texts line; then its merging inputs may follow.
		let waiting: {key: string; entry: CompactFile; line: CacheSlice} | undefined;
		let previous: CachedFile | undefined;
		let previousSeal = seal;
		for (const {offset, bytes} of lines) {
			if (bytes.length === 0) continue;
			const parts = sealedParts(bytes);
			const after = previousSeal;
			previousSeal = parts?.seal ?? '';
			// Merging inputs are checked against their seal when read (readAnalysis): a start with
			// nothing changed never reads them, and need not hash what is most of the file.
			if (parts && previous && startsWith(bytes, analysisPrefix)) {
				previous.analysis = {file, start: offset, end: offset + parts.body.length, previous: after, seal: parts.seal};
				previous = undefined;
				continue;
			}
			const sliceOf = ({body, seal}: {body: Buffer; seal: string}): CacheSlice => ({file, start: offset, end: offset + body.length, previous: after, seal});
			// Texts and dates may be checked against their seal when read, as merging inputs are.
			const unchecked = textsCheckedWhenRead && parts && waiting && startsWith(bytes, detailsPrefix);
			const line = parts && (unchecked || sealOf(after, parts.body) === parts.seal) ? parts : undefined;
			if (!line) cacheDebug(`${cachePath}: line at byte ${offset}: its seal does not hold; what it held is read again`);
			if (line && waiting && startsWith(bytes, detailsPrefix)) {
				files.set(waiting.key, (previous = expandFile(waiting.entry, sliceOf(line), waiting.line)));
				for (const article of waiting.entry.articles) articleIds.push(article.id);
				waiting = undefined;
				continue;
			}
			if (waiting) complete = false;
			waiting = previous = undefined;
			if (line && startsWith(bytes, mentionsPrefix)) {
				mentions = readMentions(line.body);
				slices.mentions = sliceOf(line);
				continue;
			}
			const [key, entry] = line ? parseLine(line.body, `${cachePath}: line at byte ${offset}`) : [];
			if (key === snapshotKey && isCompactSnapshot(entry)) {
				snapshot = entry;
				slices.snapshot = sliceOf(line!);
			} else if (typeof key === 'string' && isCompactFile(entry)) waiting = {key, entry, line: sliceOf(line!)};
			else {
				if (line) cacheDebug(`${cachePath}: line at byte ${offset}: not of the shape written; what it held is read again`);
				complete = false;
			}
		}
		if (waiting || [...files.values()].some((entry) => entry.analysis === undefined)) complete = false;
		const expanded = complete && snapshot && mentions ? expandSnapshot(snapshot, mentions, articleIds) : undefined;
		const written = expanded && slices.snapshot && slices.mentions ? {generation: header.generation, snapshot: slices.snapshot, mentions: slices.mentions} : undefined;
		result = complete ? {files, changed: false, snapshot: expanded, written} : {files, changed: true};
		return result;
	} catch (error) {
		cacheDebug(cachePath, error);
		return empty;
	} finally {
		// Kept open only for the lines of the entries found, as long as they can be asked for.
		if (result.files.size === 0) closeSync(descriptor);
		else holdOpen(file);
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
				(/^[0-9a-f]{24}(?:\.start)?\.jsonl$/.test(entry.name) && file !== writing && ofVanishedCorpus(file));
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
	const writing = openIndexCache(folder, roots, aliasKey, warn);
	for (const [file, entry] of files) writing.add(file, entry);
	return writing;
}

/** A cache file written a file at a time (`add` in file order) and its model in turns of the event loop, for a writer that goes on taking keys. */
export type CacheWriter = CacheWriting & {add: (file: string, entry: CachedFile) => void; finishInTurns: (snapshot: ModelSnapshot) => Promise<void>};

/** Starts writing the cache as `startIndexCache` does, with no file yet. */
export function openIndexCache(folder: string, roots: string[], aliasKey: string, warn: (message: string) => void): CacheWriter {
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
	} catch (error) {
		failed(error);
	}
	/** The model's lines, and the file put in place; whether it is (inTurns needs a result). */
	function* finishing(snapshot: ModelSnapshot | null): Generator<void, boolean, void> {
		if (!output) return false;
		if (!snapshot) {
			abandon();
			return false;
		}
		try {
			yield* sealedLineSteps(output, snapshotLine(snapshot, articleIds));
			yield* sealedLineSteps(output, mentionsLine(snapshot, articleIds));
			closeSync(output.descriptor);
			output = undefined;
			renameSync(temporary, target);
			return true;
		} catch (error) {
			failed(error);
			return false;
		}
	}
	return {
		add(file, {size, mtimeMs, ctimeMs, ino, hash, articles, skipped, analysis}) {
			if (!output) return;
			try {
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
			} catch (error) {
				failed(error);
			}
		},
		finish: (snapshot) => {
			stepwise(() => finishing(snapshot)).finish();
		},
		finishInTurns: async (snapshot) => {
			await inTurns(finishing(snapshot));
		},
	};
}
