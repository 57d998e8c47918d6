/**
 * A corpus read again while dateline runs (`--watch`, `r`). The first load is any start's; the
 * next one keeps every file's articles with their merging inputs, and what the merge made of them
 * (merge-memo.ts). From then on a load reads only the files added or changed since, and merges
 * again taking from the last merge what unchanged articles and events gave: the model is the one
 * a start from scratch would build, at a fraction of the work.
 */
import {lstatSync, readdirSync} from 'node:fs';
import path from 'node:path';
import type {AnalyzedArticle} from './analyze.js';
import {articleExtensions, namedArticleFile, stripExtension, type ArticleFile, type FileStamp} from './article-files.js';
import {getOrAdd, pushAll} from './collections.js';
import type {EntityDefinition} from './entities/definitions.js';
import {analyzedArticles} from './index-cache/codec.js';
import {openCacheFolder} from './index-cache/location.js';
import {errorReason} from './error-reason.js';
import type {ModelSnapshot} from './index-cache/snapshot-codec.js';
import {indexCorpus, keepsIds, stillCurrent} from './index-corpus.js';
import type {MergeMemo} from './merge-memo.js';
import type {Article, Skipped, TimelineModel} from './model.js';
import {inTurnsUnless, nextTurn} from './stepwise.js';
import type {LoadedArticle} from './load.js';
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
 * removed (quick-update.ts) while the whole merge runs, which begins once the promise it returns
 * is kept (the interface drew the model; without one, at the next turn); `superseded()`, asked
 * between turns of the event loop, gives the merge up (the update then resolves null) for a
 * newer update, which reads what this one would have.
 */
export type UpdateOptions = LiveLoadOptions & {shown?: (model: TimelineModel) => Promise<void> | void; superseded?: () => boolean};

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
 * What a watcher named, as told without listing the corpus: the files new or changed, read, by
 * path; the files gone or changed as they were last read; whether a file gone was one that only
 * an update given up had read (shown in its quick model, never merged).
 */
type NamedChanges = {read: Map<string, {file: ArticleFile; read: ReadArticleFile}>; before: ReadArticleFile[]; goneUnmerged: boolean};

/** Whether another article file in the folder of `file` has its path but for the extension: a listing then gives both other ids. */
function sharesStem(file: string): boolean {
	const stem = path.basename(stripExtension(file));
	const names = readdirSync(path.dirname(file));
	return names.some((name) => name !== path.basename(file) && stripExtension(name) === stem && articleExtensions.has(path.extname(name).toLowerCase()));
}

/**
 * The files a watcher named, when each is an article file that can be told without listing the
 * corpus (namedArticleFile) or a file gone: each new or changed one read (or taken from `earlier`
 * when it did not change since), with the id a listing gives it; else undefined.
 */
async function namedChanges(paths: string[], kept: Kept, named: ReadonlySet<string>, earlier: ReadonlyMap<string, ReadArticleFile>): Promise<NamedChanges | undefined> {
	const changes: NamedChanges = {read: new Map(), before: [], goneUnmerged: false};
	for (const name of named) {
		const last = kept.files.get(name);
		if (!lstatSync(name, {throwIfNoEntry: false})) {
			if (last) changes.before.push(last);
			// A folder gone takes the files below it, which only a listing tells.
			else if ([...kept.files.keys()].some((file) => file.startsWith(name + path.sep))) return undefined;
			else changes.goneUnmerged = true;
			continue;
		}
		const file = namedArticleFile(paths, name);
		if (!file || sharesStem(name)) return undefined;
		if (last && (await stillCurrent(last, file))) continue;
		if (last) changes.before.push(last);
		const readBefore = earlier.get(name);
		const read = (readBefore && (await stillCurrent(readBefore, file))?.entry) ?? (await readAgain(file, kept.aliases));
		changes.read.set(name, {file, read});
	}
	return changes;
}

/** One article of each language of `model`, most common language first, as a file's article is read with that language declared. */
export function oneOfEachLanguage(model: TimelineModel): LoadedArticle[] {
	const languages = new Map<string, {article: Article; count: number}>();
	for (const article of model.articles) getOrAdd(languages, article.language, () => ({article, count: 0})).count++;
	return [...languages.values()]
		.sort((a, b) => b.count - a.count)
		.map(({article: {id, path: articlePath, text, title, language, published}}) => ({id, path: articlePath, text, title, language, ...(published ? {published} : {})}));
}

/**
 * Makes ready, a step at each turn of the event loop, what the first file read while watching
 * needs: the modules that read it and make the quick model, and the analysis of each language of
 * `model` (oneOfEachLanguage analyzed again); `stale()` stops it.
 */
async function prepareReading(model: TimelineModel, aliases: EntityDefinition[], stale: () => boolean): Promise<void> {
	const [{prepareAnalysis}] = await Promise.all([import('./index-file.js'), import('./quick-update.js')]);
	for (const article of oneOfEachLanguage(model)) {
		await nextTurn();
		if (stale()) return;
		prepareAnalysis(article, aliases);
	}
}

/** The ids of the articles of files as they were last read. */
const articleIdsOf = (files: ReadArticleFile[]): Set<string> => new Set(files.flatMap((file) => file.articles.map(({article}) => article.id)));

/** Kept once the interface drew a quick model it was given (`shown`'s promise), or at the next turn when it says nothing. */
const drawn = (shown: Promise<void> | void): Promise<void> => (shown instanceof Promise ? shown : nextTurn());

/** `paths` read as `loadTimeline` reads them, with `base` options and those of each load. */
export function liveCorpus(paths: string[], base: LoadOptions = {}, writeDelay = cacheWriteDelay): LiveCorpus {
	let kept: Kept | undefined;
	let loads = 0;
	let writing: {timer: NodeJS.Timeout; done: Promise<void>; settle: () => void} | undefined;
	// The files named since the last load that was not given up (null: one asked for every file's status); a load given up leaves them to the next.
	let unsettled: Set<string> | null = new Set();
	// The files the last update read before listing the corpus: a later update given them again takes those not changed since.
	let readEarly = new Map<string, ReadArticleFile>();
	// Whether reading files was made ready (prepareReading) after the first update that keeps what the next ones take from.
	let prepared = false;
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
		// Files added, changed or removed, as the watcher named them: their quick model is shown before the corpus is listed again.
		const early = shown && kept && changed && changed.size > 0 ? await namedChanges(paths, kept, changed, readEarly) : undefined;
		if (early) readEarly = new Map([...early.read].map(([name, {read}]) => [name, read]));
		if (early && kept) {
			const {quickChange} = await import('./quick-update.js');
			const after = [...early.read.values()].map(({read}) => read);
			const skippedBefore = new Set(early.before.flatMap((file) => file.skipped));
			const skipped = [...kept.model.skipped.filter((entry) => !skippedBefore.has(entry)), ...after.flatMap((file) => file.skipped)];
			const removed = articleIdsOf(early.before);
			// Only files never merged gone: the last merge's model is the corpus as it is now.
			const quick = early.goneUnmerged && removed.size === 0 && after.length === 0 ? kept.model : quickChange(kept.model, kept.memo, removed, after.flatMap((file) => file.articles), kept.aliases, skipped);
			if (quick) {
				// The interface draws it before the corpus is listed.
				await drawn(shown!(quick));
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
				const named = early?.read.get(file.absolute);
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
			const removed = articleIdsOf([...removedFiles, ...changedBefore]);
			const {quickChange} = await import('./quick-update.js');
			const quick = quickChange(previous.model, memo, removed, [...added, ...changedAfter].flatMap((file) => file.articles), aliases, skipped);
			if (quick) {
				// The interface draws it before the merge takes its first turn.
				await drawn(shown(quick));
			}
		}
		let snapshot: ModelSnapshot | null = null;
		try {
			const model = await inTurnsUnless(assembleTimelineSteps(read.flatMap((file) => file.articles), skipped, aliases, memo), superseded);
			if (!model) return null;
			unsettled = new Set();
			snapshot = {events: model.events, entities: model.entities};
			kept = {aliasKey, aliases, files: byPath, memo, skippedKey, model};
			if (shown && !prepared) {
				prepared = true;
				const load = loads;
				prepareReading(model, aliases, () => loads !== load).catch((error: unknown) => given.warn?.(`preparing to read files: ${errorReason(error)}`));
			}
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
