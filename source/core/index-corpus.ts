import {readFile} from 'node:fs/promises';
import {availableParallelism} from 'node:os';
import {sharedDateValues} from './dates/calendar.js';
import type {EntityDefinition} from './entities/definitions.js';
import type {AnalyzedArticle} from './analyze.js';
import {analyzedArticles, lostDetails, readAnalysis, type CachedFile} from './index-cache/codec.js';
import type {ModelSnapshot} from './index-cache/snapshot-codec.js';
import {cacheDebug} from './index-cache/debug.js';
import {nextTurn} from './stepwise.js';
import {fileStatus, sameStatus} from './index-cache/fingerprint.js';
import {openCacheFolder} from './index-cache/location.js';
import {readIndexCache, startIndexCache, type CacheWriting} from './index-cache/store.js';
import {keepStartFile} from './index-cache/start-file.js';
import type {DateBasis, Skipped, TimelineModel} from './model.js';
import {getOrAdd, sharedStrings} from './collections.js';
import {byteSlabs} from './byte-slabs.js';
import type {WorkerBatch} from './index-worker.js';
import {startWorker} from './start-worker.js';
import type {Worker} from 'node:worker_threads';
import {contentHash, itemStem, type ArticleFile, type FileStamp} from './article-files.js';

/** Files done of all files, and the articles those files held. */
export type IndexProgress = {done: number; total: number; articles: number};

export type IndexOptions = {
	/** Use and update the index cache (default true). */
	cache?: boolean;
	/**
	 * Check the cache's lines of article texts and dates when an article is first read rather than
	 * at the start (see readIndexCache): for a start that shows only a few articles.
	 */
	textsCheckedWhenRead?: boolean;
	/** Called after each file read or taken from the cache. */
	onProgress?: (progress: IndexProgress) => void;
	/** The fewest files to read that make a worker thread worth starting, for each (default 1,000). */
	filesPerWorker?: number;
	/**
	 * Called at most once a run, with one line, when the cache cannot be used or written: the
	 * run goes on without it.
	 */
	onCacheProblem?: (message: string) => void;
};

/**
 * A worker thread pays for its start and for warming up a JIT of its own: over its first few
 * hundred articles it reads several times slower than a warmed-up thread. With fewer files than
 * this for each, reading in one thread is faster.
 */
const filesPerWorker = 1000;
/** Each basis of a date, as one string. */
const bases: Record<DateBasis, DateBasis> = {explicit: 'explicit', relative: 'relative', published: 'published'};
/** Files whose merging inputs are read between two turns of the event loop. */
const filesBetweenTurns = 200;
const batchSize = 25;

/**
 * A worker's young generation, in MB. V8 grows each isolate's young generation to a few tens of
 * megabytes, and the workers run while the main thread holds every file read so far: that is the
 * peak of the reading phase. What a worker makes for a file dies young or goes back to the main
 * thread, so a small young generation costs it little.
 */
export const workerYoungGenerationMb = 12;

/** A worker thread of the indexer, with a small young generation. */
export const startIndexWorker = (aliases: EntityDefinition[]): Worker => startWorker('index-worker', {workerData: {aliases}, resourceLimits: {maxYoungGenerationSizeMb: workerYoungGenerationMb}});

async function indexInWorkers(pending: Array<{index: number; file: ArticleFile}>, count: number, aliases: EntityDefinition[], done: (index: number, entry: CachedFile) => void): Promise<void> {
	const queue = [...pending];
	await Promise.all(
		Array.from({length: count}, () => {
			const worker = startIndexWorker(aliases);
			let inFlight = 0;
			const next = () => {
				if (queue.length > 0) {
					worker.postMessage(queue.splice(0, batchSize) satisfies WorkerBatch);
					inFlight++;
				} else if (inFlight === 0) worker.postMessage(null);
			};
			return new Promise<void>((resolve, reject) => {
				worker.on('message', (results: Array<{index: number; entry: CachedFile}>) => {
					inFlight--;
					for (const {index, entry} of results) done(index, entry);
					next();
				});
				worker.on('error', reject);
				worker.on('exit', () => resolve());
				// Two batches in flight: a worker goes on with the next while its results travel back.
				next();
				next();
			});
		}),
	);
}

/**
 * A cached entry, unless its articles' ids are no longer the file's: a file added since can make
 * an unchanged one's id repeat (`x.md` under a second given folder, `c.json` beside `c#1.md`).
 */
export function keepsIds<T extends KeptFile>(cached: T | undefined, file: ArticleFile): T | undefined {
	return cached?.articles.every(({article}) => article.id === file.idStem || itemStem(article.id) === file.idStem) ? cached : undefined;
}

/** What is kept of a file read before: its stamp and its articles. */
type KeptFile = FileStamp & {articles: Array<{article: {id: string}}>};

/**
 * What was kept of a file, when the file has not changed since: its size and time are the same,
 * or else its content (touched but not changed: a copy, a checkout), when it comes with the
 * file's status now (`restamped`). Undefined when the file must be read again.
 */
export async function stillCurrent<T extends KeptFile>(kept: T | undefined, file: ArticleFile): Promise<{entry: T; restamped: boolean} | undefined> {
	const cached = keepsIds(kept, file);
	const stamp = cached ? fileStatus(file.absolute) : null;
	if (!cached || !stamp) return undefined;
	if (sameStatus(stamp, cached)) return {entry: cached, restamped: false};
	if (stamp.size !== cached.size) return undefined;
	const hash = await readFile(file.absolute).then(contentHash, (error: unknown) => {
		// Read again, which says why it cannot be.
		cacheDebug(file.absolute, error);
		return '';
	});
	return hash === cached.hash ? {entry: {...cached, ...stamp}, restamped: true} : undefined;
}

export type CorpusIndex = {
	/** Every file's entry, in file order. */
	entries: CachedFile[];
	/**
	 * Every file's articles with the inputs for merging, in file order; files whose cached inputs are
	 * damaged are read again. When the cache must change, its files' lines are written here. From
	 * then on `entries` keep each file's stamp and what was skipped, not its articles.
	 */
	analyzed: () => Promise<AnalyzedArticle[][]>;
	/** The corpus-wide part of the model as last built, when no file changed since. */
	snapshot: ModelSnapshot | undefined;
	/** Finishes writing the cache with the corpus-wide part of the model built from these entries; null abandons it. */
	save: (snapshot: ModelSnapshot | null) => void;
	/**
	 * When the snapshot was taken from the cache: writes the start file of this cache file, unless
	 * it is there (start-file.ts), with what finding the files and reading alias files skipped.
	 */
	keepStart: (corpusSkipped: Skipped[], model: TimelineModel) => void;
};

/**
 * Every file's index entry, in file order: from the cache when its size and time, or else its
 * content, are unchanged; read and analyzed otherwise, on worker threads when there are many.
 */
export async function indexCorpus(files: ArticleFile[], roots: string[], aliases: EntityDefinition[], options: IndexOptions = {}): Promise<CorpusIndex> {
	const aliasKey = JSON.stringify(aliases);
	let warned = false;
	const warn = (message: string) => {
		if (!warned) options.onCacheProblem?.(message);
		warned = true;
	};
	const location = (options.cache ?? true) ? openCacheFolder() : null;
	if (location && 'unusable' in location) warn(location.unusable);
	const folder = location && 'folder' in location ? location.folder : null;
	const cache = folder ? readIndexCache(folder, roots, aliasKey, options.textsCheckedWhenRead) : null;
	const entries = new Array<CachedFile | undefined>(files.length);
	const pending: Array<{index: number; file: ArticleFile}> = [];
	let changed = cache?.changed ?? false;
	let done = 0;
	let articles = 0;
	const report = () => options.onProgress?.({done, total: files.length, articles});

	for (const [index, file] of files.entries()) {
		const current = await stillCurrent(cache?.files.get(file.absolute), file);
		if (!current) {
			pending.push({index, file});
			continue;
		}
		entries[index] = current.entry;
		changed ||= current.restamped;
		done++;
		articles += current.entry.articles.length;
	}
	report();

	const share = sharedDateValues();
	const days = new Map<string, string>();
	const store = (index: number, entry: CachedFile, copied = false) => {
		for (const item of entry.articles) {
			const {article} = item;
			const {id} = article;
			// The model keeps every article: one string for each publication day, and the text as the title of an article whose whole text is its title.
			if (article.published !== null) article.published = getOrAdd(days, article.published, () => article.published!);
			if (article.title === article.text) article.title = article.text;
			// An entry from a worker thread is a copy: its dates are made again, as objects of one shape with the one string of
			// each basis (a copy keeps every string apart, and fields out of its objects). Dates get the article's id and shared values.
			if (copied) item.dates = item.dates.map(({start, end, text, value, basis}) => ({article: id, start, end, text, value: share(value), basis: bases[basis]}));
			else {
				for (const date of item.dates) {
					date.article = id;
					date.value = share(date.value);
				}
			}
		}
		entries[index] = entry;
		done++;
		articles += entry.articles.length;
		report();
	};
	// Analyses made in this thread for a run without a cache, kept as they are: nothing to write.
	const kept = new Map<number, AnalyzedArticle[]>();
	const workers = Math.min(availableParallelism(), Math.floor(pending.length / (options.filesPerWorker ?? filesPerWorker)));
	if (workers >= 2) {
		// A worker's bytes go back to its memory at once (byte-slabs.ts); in this block, the last slab is let go with the copies in it.
		const inSlab = byteSlabs();
		await indexInWorkers(pending, workers, aliases, (index, entry) => {
			if (entry.analysis instanceof Uint8Array) entry.analysis = inSlab(entry.analysis);
			store(index, entry, true);
		});
	} else if (pending.length > 0) {
		// Loaded only when a file must be read: a start from the cache needs no parser or detector.
		const {indexFile, indexFileUncached} = await import('./index-file.js');
		for (const {index, file} of pending) {
			if (folder) {
				store(index, await indexFile(file, aliases));
				continue;
			}
			const {entry, analyzed} = await indexFileUncached(file, aliases);
			if (analyzed) kept.set(index, analyzed);
			store(index, entry);
		}
	}

	// The same array, every place now filled: the closures below keep this scope, and a copy would leave `entries` holding every file's merging inputs while merging.
	const result = entries as CachedFile[];
	// A file that is gone, or new, changes what the cache must hold.
	const unchanged = cache !== null && !changed && pending.length === 0 && cache.files.size === files.length;
	let writing: CacheWriting | undefined;
	const analyzed = async () => {
		const found: AnalyzedArticle[][] = [];
		const sameString = sharedStrings();
		// The folder of the cache these entries are written to, if any: without one, a file's bytes go as soon as they are parsed.
		const writeTo = folder && cache && !(unchanged && cache.snapshot) ? folder : null;
		for (const [index, entry] of result.entries()) {
			// Reading a large corpus's merging inputs takes seconds: an interface reloading it goes on taking keys between files.
			if (index % filesBetweenTurns === filesBetweenTurns - 1) await nextTurn();
			const here = kept.get(index);
			if (here) {
				kept.delete(index);
				found.push(here);
				continue;
			}
			const {analysis} = entry;
			const bytes = analysis instanceof Uint8Array ? analysis : analysis ? readAnalysis(analysis) : undefined;
			const articles = analyzedArticles(entry, bytes, !(analysis instanceof Uint8Array), sameString);
			if (articles && !lostDetails(entry)) {
				result[index] = {...entry, analysis: writeTo ? bytes : undefined};
				found.push(articles);
			} else {
				const {indexFile} = await import('./index-file.js');
				const fresh = await indexFile(files[index]!, aliases);
				result[index] = fresh;
				found.push(analyzedArticles(fresh, fresh.analysis instanceof Uint8Array ? fresh.analysis : undefined, false, sameString) ?? []);
			}
		}
		if (writeTo) writing = startIndexCache(writeTo, roots, aliasKey, new Map(files.map((file, index) => [file.absolute, result[index]!])), warn);
		// Parsed and written: the bytes are not needed again, nor the articles, which the analyzed ones hold (and the cache's writer its own entries).
		for (const [index, entry] of result.entries()) result[index] = {...entry, articles: [], analysis: undefined};
		return found;
	};
	return {
		entries: result,
		analyzed,
		snapshot: unchanged ? cache.snapshot : undefined,
		save: (snapshot) => writing?.finish(snapshot),
		keepStart: (corpusSkipped, model) => {
			if (folder && unchanged && cache.written) keepStartFile(folder, roots, aliasKey, files.map((file, index) => ({key: file.absolute, entry: result[index]!})), cache.written, corpusSkipped, model);
		},
	};
}
