/**
 * A corpus read again while dateline runs (`--watch`, `r`). The first load is any start's; the
 * next one keeps every file's articles with their merging inputs, and what the merge made of them
 * (merge-memo.ts). From then on a load reads only the files added or changed since, and merges
 * again taking from the last merge what unchanged articles and events gave: the model is the one
 * a start from scratch would build, at a fraction of the work.
 */
import type {AnalyzedArticle} from './analyze.js';
import {namedArticleFile, stripExtension, type ArticleFile, type FileStamp} from './article-files.js';
import {pushAll} from './collections.js';
import type {EntityDefinition} from './entities/definitions.js';
import {analyzedArticles} from './index-cache/codec.js';
import {openCacheFolder} from './index-cache/location.js';
import {errorReason} from './error-reason.js';
import type {ModelSnapshot} from './index-cache/snapshot-codec.js';
import {indexCorpus, keepsIds, stillCurrent} from './index-corpus.js';
import type {MergeMemo} from './merge-memo.js';
import type {Skipped, TimelineModel} from './model.js';
import {inTurnsUnless, nextTurn} from './stepwise.js';
import {corpusFiles, loadTimeline, type LoadOptions} from './timeline.js';

/** A file as it was last read: its stamp, its articles with their merging inputs, and what of it was skipped. */
export type ReadArticleFile = FileStamp & {articles: AnalyzedArticle[]; skipped: Skipped[]};

/** What a load keeps for the next: every file by its absolute path, for one set of alias definitions, what was skipped, and the model. */
type Kept = {aliasKey: string; aliases: EntityDefinition[]; files: Map<string, ReadArticleFile>; memo: MergeMemo; skippedKey: string; model: TimelineModel};

/**
 * `changed`: the absolute paths of the only files that may have changed since the last load, as
 * a watcher named them: the status of no other file read then is asked for again.
 */
export type LiveLoadOptions = LoadOptions & {changed?: ReadonlySet<string>};

/**
 * An update of a watched corpus: `shown` is given a quick model of the files added, changed or
 * removed (quick-update.ts) while the whole merge runs; `superseded()`, asked
 * between turns of the event loop, gives the merge up (the update then resolves null) for a
 * newer update, which reads what this one would have.
 */
export type UpdateOptions = LiveLoadOptions & {shown?: (model: TimelineModel) => void; superseded?: () => boolean};

export type LiveCorpus = {
	/** The corpus's model as it is now. */
	load(options?: LiveLoadOptions): Promise<TimelineModel>;
	/** `load`, with a quick model first and given up when superseded (UpdateOptions). */
	update(options: UpdateOptions): Promise<TimelineModel | null>;
	/** Resolves once the index cache holds the last load (at once when it is not to be written). */
	cacheWritten(): Promise<void>;
	/** Says that the start came from elsewhere (the start file): the next load is a reload, which keeps what the ones after it need. */
	startedElsewhere(): void;
};

/** How long after a load that read only changed files the cache is written, unless another load comes first. */
const cacheWriteDelay = 2000;
/** Files whose lines for the cache are made and written between two turns of the event loop. */
const filesBetweenTurns = 50;

/**
 * Writes the cache of a load that read only the changed files: every file's merging inputs are
 * encoded again and its lines written, a few files a turn of the event loop, then the model;
 * `stale()` says a load came since, which abandons it.
 */
async function writeCache(folder: string, roots: string[], aliasKey: string, files: Map<string, ReadArticleFile>, snapshot: ModelSnapshot, stale: () => boolean, warn: (message: string) => void): Promise<void> {
	const {toCachedFile} = await import('./index-cache/codec.js');
	const {openIndexCache} = await import('./index-cache/store.js');
	const writer = openIndexCache(folder, roots, aliasKey, warn);
	let count = 0;
	for (const [file, {articles, skipped, ...stamp}] of files) {
		if (++count % filesBetweenTurns === 0) {
			await nextTurn();
			if (stale()) return writer.finish(null);
		}
		writer.add(file, toCachedFile(stamp, articles, skipped));
	}
	await writer.finishInTurns(snapshot);
}

/** A file read and analyzed again. */
async function readAgain(file: ArticleFile, aliases: EntityDefinition[]): Promise<ReadArticleFile> {
	const {indexFileUncached} = await import('./index-file.js');
	const {entry, analyzed} = await indexFileUncached(file, aliases);
	const {size, mtimeMs, ctimeMs, ino, hash, skipped} = entry;
	const articles = analyzed ?? (entry.analysis instanceof Uint8Array ? analyzedArticles(entry, entry.analysis, false) : null) ?? [];
	return {size, mtimeMs, ctimeMs, ino, hash, articles, skipped};
}

/**
 * The files a watcher named, read, when each is an article file new to the corpus (not in `kept`)
 * that can be told without listing the corpus (namedArticleFile), with the id a listing gives it;
 * else undefined.
 */
async function namedAdded(paths: string[], kept: Kept, named: ReadonlySet<string>): Promise<Map<string, {file: ArticleFile; read: ReadArticleFile}> | undefined> {
	const stems = new Set<string>();
	for (const file of kept.files.keys()) stems.add(stripExtension(file));
	const added = new Map<string, {file: ArticleFile; read: ReadArticleFile}>();
	for (const name of named) {
		const file = kept.files.has(name) ? null : namedArticleFile(paths, name);
		// Another file of the same path but for the extension: both take ids that a listing gives.
		if (!file || stems.has(stripExtension(name))) return undefined;
		stems.add(stripExtension(name));
		added.set(name, {file, read: await readAgain(file, kept.aliases)});
	}
	return added;
}

/** `paths` read as `loadTimeline` reads them, with `base` options and those of each load. */
export function liveCorpus(paths: string[], base: LoadOptions = {}, writeDelay = cacheWriteDelay): LiveCorpus {
	let kept: Kept | undefined;
	let loads = 0;
	let writing: {timer: NodeJS.Timeout; done: Promise<void>; settle: () => void} | undefined;
	// The files named since the last load that was not given up (null: one asked for every file's status); a load given up leaves them to the next.
	let unsettled: Set<string> | null = new Set();
	/** Writes the cache once no load came for a while: a file being written in turns makes one load after another. */
	const writeLater = (roots: string[], aliasKey: string, files: Map<string, ReadArticleFile>, snapshot: ModelSnapshot, warn: (message: string) => void) => {
		const location = openCacheFolder();
		if (!('folder' in location)) return;
		const load = loads;
		let settle = () => {};
		const done = new Promise<void>((resolve) => (settle = resolve));
		const timer = setTimeout(() => {
			writeCache(location.folder, roots, aliasKey, files, snapshot, () => loads !== load, warn)
				.catch((error: unknown) => warn(`cache not written (${errorReason(error)}): the next start reads the changed files again`))
				.finally(settle);
		}, writeDelay);
		// A write still waiting never keeps dateline from quitting: the next start reads the changed files again.
		timer.unref();
		writing = {timer, done, settle};
	};
	const update = async ({changed: named, shown, superseded = () => false, ...options}: UpdateOptions): Promise<TimelineModel | null> => {
		const given = {...base, ...options};
		if (writing) {
			clearTimeout(writing.timer);
			writing.settle();
			writing = undefined;
		}
		if (named && unsettled) for (const file of named) unsettled.add(file);
		else unsettled = null;
		const changed = unsettled ?? undefined;
		// The start reads what it must show, and no more: a corpus never changed keeps nothing.
		if (loads++ === 0) {
			unsettled = new Set();
			return loadTimeline(paths, given);
		}
		// Files only added, as the watcher named them: their quick model is shown before the corpus is listed again.
		const early = shown && kept && changed && changed.size > 0 ? await namedAdded(paths, kept, changed) : undefined;
		if (early && kept) {
			const {quickUpdate} = await import('./quick-update.js');
			const added = [...early.values()].map(({read}) => read);
			const quick = quickUpdate(kept.model, kept.memo, added.flatMap((file) => file.articles), kept.aliases, [...kept.model.skipped, ...added.flatMap((file) => file.skipped)]);
			if (quick) {
				shown!(quick);
				// The interface draws it before the corpus is listed.
				await nextTurn();
				if (superseded()) return null;
			}
		}
		// Loaded only for a second load: a start needs no merging when nothing changed (timeline.ts).
		const {assembleTimelineSteps} = await import('./assemble.js');
		const {files, skipped, aliases, roots} = await corpusFiles(paths);
		const aliasKey = JSON.stringify(aliases);
		let read: ReadArticleFile[];
		let save: ((snapshot: ModelSnapshot | null) => void) | undefined;
		// Files new to the corpus.
		const added: ReadArticleFile[] = [];
		// Files the corpus had, read again: as last read, and now.
		const changedBefore: ReadArticleFile[] = [];
		const changedAfter: ReadArticleFile[] = [];
		if (kept?.aliasKey === aliasKey) {
			read = [];
			for (const file of files) {
				const last = kept.files.get(file.absolute);
				// A path that is not UTF-8 may be named otherwise by the watcher: its status is asked for.
				const unchanged = changed && !changed.has(file.absolute) && !file.rawPath ? keepsIds(last, file) : undefined;
				const current = unchanged ? {entry: unchanged} : await stillCurrent(last, file);
				const named = early?.get(file.absolute);
				const entry = current?.entry ?? (named?.file.idStem === file.idStem ? named.read : await readAgain(file, aliases));
				if (!current && last) {
					changedBefore.push(last);
					changedAfter.push(entry);
				}
				else if (!current) added.push(entry);
				read.push(entry);
			}
		} else {
			// Read as a start reads, from the cache and writing it.
			const index = await indexCorpus(files, roots, aliases, given);
			const lists = await index.analyzed();
			read = index.entries.map(({size, mtimeMs, ctimeMs, ino, hash, skipped}, at) => ({size, mtimeMs, ctimeMs, ino, hash, articles: lists[at]!, skipped}));
			save = index.save;
		}
		const previous = kept?.aliasKey === aliasKey ? kept : undefined;
		const byPath = new Map(files.map((file, at) => [file.absolute, read[at]!]));
		for (const file of read) pushAll(skipped, file.skipped);
		for (const entry of skipped) given.warn?.(`${entry.path}: ${entry.reason}`);
		const skippedKey = JSON.stringify(skipped);
		// The same files, none read again, and the same skipped: the same model.
		if (previous && !save && changedBefore.length === 0 && added.length === 0 && files.length === previous.files.size && skippedKey === previous.skippedKey) {
			kept = {...previous, files: byPath};
			unsettled = new Set();
			return previous.model;
		}
		// Loaded at the first merge: a start from the index cache draws its first frame without it.
		const memo = previous?.memo ?? (await import('./merge-memo.js')).mergeMemo();
		// Files added, changed or removed: a quick model of the change shows while the whole merge runs.
		const removedFiles = previous ? [...previous.files].flatMap(([file, last]) => (byPath.has(file) ? [] : [last])) : [];
		if (shown && !early && previous && !save && (added.length > 0 || changedBefore.length > 0 || removedFiles.length > 0)) {
			const removed = new Set([...removedFiles, ...changedBefore].flatMap((file) => file.articles.map(({article}) => article.id)));
			const {quickChange} = await import('./quick-update.js');
			const quick = quickChange(previous.model, memo, removed, [...added, ...changedAfter].flatMap((file) => file.articles), aliases, skipped);
			if (quick) {
				shown(quick);
				// The interface draws it before the merge takes its first turn.
				await nextTurn();
			}
		}
		let snapshot: ModelSnapshot | null = null;
		try {
			const model = await inTurnsUnless(assembleTimelineSteps(read.flatMap((file) => file.articles), skipped, aliases, memo), superseded);
			if (!model) return null;
			unsettled = new Set();
			snapshot = {events: model.events, entities: model.entities};
			kept = {aliasKey, aliases, files: byPath, memo, skippedKey, model};
			if (!save && (given.cache ?? true)) writeLater(roots, aliasKey, byPath, snapshot, (message) => given.onCacheProblem?.(message));
			return model;
		} finally {
			save?.(snapshot);
		}
	};
	return {
		update,
		load: async (options = {}) => (await update(options))!,
		cacheWritten: () => {
			// Awaited, the write keeps the process until it is done.
			writing?.timer?.ref();
			return writing?.done ?? Promise.resolve();
		},
		startedElsewhere: () => {
			loads = Math.max(loads, 1);
		},
	};
}
