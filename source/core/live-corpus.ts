/**
 * A corpus read again while dateline runs (`--watch`, `r`). The first load is any start's; the
 * next one keeps every file's articles with their merging inputs, and what the merge made of them
 * (merge-memo.ts). From then on a load reads only the files added or changed since, and merges
 * again taking from the last merge what unchanged articles and events gave: the model is the one
 * a start from scratch would build, at a fraction of the work.
 */
import type {AnalyzedArticle} from './analyze.js';
import type {ArticleFile, FileStamp} from './article-files.js';
import {pushAll} from './collections.js';
import type {EntityDefinition} from './entities/definitions.js';
import {analyzedArticles} from './index-cache/codec.js';
import type {ModelSnapshot} from './index-cache/snapshot-codec.js';
import {indexCorpus, stillCurrent} from './index-corpus.js';
import {mergeMemo, type MergeMemo} from './merge-memo.js';
import type {Skipped, TimelineModel} from './model.js';
import {inTurns} from './stepwise.js';
import {corpusFiles, loadTimeline, type LoadOptions} from './timeline.js';

/** A file as it was last read: its stamp, its articles with their merging inputs, and what of it was skipped. */
export type ReadArticleFile = FileStamp & {articles: AnalyzedArticle[]; skipped: Skipped[]};

/** What a load keeps for the next: every file by its absolute path, for one set of alias definitions. */
type Kept = {aliasKey: string; files: Map<string, ReadArticleFile>; memo: MergeMemo};

export type LiveCorpus = {
	/** The corpus's model as it is now. */
	load(options?: LoadOptions): Promise<TimelineModel>;
};

/** A file read and analyzed again. */
async function readAgain(file: ArticleFile, aliases: EntityDefinition[]): Promise<ReadArticleFile> {
	const {indexFileUncached} = await import('./index-file.js');
	const {entry, analyzed} = await indexFileUncached(file, aliases);
	const {size, mtimeMs, ctimeMs, ino, hash, skipped} = entry;
	const articles = analyzed ?? (entry.analysis instanceof Uint8Array ? analyzedArticles(entry, entry.analysis, false) : null) ?? [];
	return {size, mtimeMs, ctimeMs, ino, hash, articles, skipped};
}

/** `paths` read as `loadTimeline` reads them, with `base` options and those of each load. */
export function liveCorpus(paths: string[], base: LoadOptions = {}): LiveCorpus {
	let kept: Kept | undefined;
	let loads = 0;
	return {
		async load(options = {}) {
			const given = {...base, ...options};
			// The start reads what it must show, and no more: a corpus never changed keeps nothing.
			if (loads++ === 0) return loadTimeline(paths, given);
			// Loaded only for a second load: a start needs no merging when nothing changed (timeline.ts).
			const {assembleTimelineSteps} = await import('./assemble.js');
			const {files, skipped, aliases, roots} = await corpusFiles(paths);
			const aliasKey = JSON.stringify(aliases);
			let read: ReadArticleFile[];
			let save: ((snapshot: ModelSnapshot | null) => void) | undefined;
			if (kept?.aliasKey === aliasKey) {
				read = [];
				for (const file of files) read.push((await stillCurrent(kept.files.get(file.absolute), file))?.entry ?? (await readAgain(file, aliases)));
			} else {
				// Read as a start reads, from the cache and writing it.
				const index = await indexCorpus(files, roots, aliases, given);
				const lists = await index.analyzed();
				read = index.entries.map(({size, mtimeMs, ctimeMs, ino, hash, skipped}, at) => ({size, mtimeMs, ctimeMs, ino, hash, articles: lists[at]!, skipped}));
				save = index.save;
			}
			const memo = kept?.aliasKey === aliasKey ? kept.memo : mergeMemo();
			kept = {aliasKey, files: new Map(files.map((file, at) => [file.absolute, read[at]!])), memo};
			for (const file of read) pushAll(skipped, file.skipped);
			for (const entry of skipped) given.warn?.(`${entry.path}: ${entry.reason}`);
			let snapshot: ModelSnapshot | null = null;
			try {
				const model = await inTurns(assembleTimelineSteps(read.flatMap((file) => file.articles), skipped, aliases, memo));
				snapshot = {events: model.events, entities: model.entities};
				return model;
			} finally {
				save?.(snapshot);
			}
		},
	};
}
