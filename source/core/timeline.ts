import {existsSync} from 'node:fs';
import path from 'node:path';
import type {EntityDefinition} from './entities/definitions.js';
import type {CachedArticle, CachedFile} from './index-cache/codec.js';
import {openCacheFolder} from './index-cache/location.js';
import {readStartPreview, readStartSteps, type StartFile} from './index-cache/start-file.js';
import {registerPreview} from './start-preview.js';
import {cachedEntityMarks, type ModelSnapshot} from './index-cache/snapshot-codec.js';
import {indexCorpus, stillCurrent, type IndexOptions} from './index-corpus.js';
import {findArticleFiles, openablePath, type ArticleFile} from './article-files.js';
import {pushAll} from './collections.js';
import {lazyField} from './lazy.js';
import {builtInTurns, inTurns, nextTurn, stepwise} from './stepwise.js';
import {registerArticleParts} from './model-access.js';
import type {Skipped, TimelineModel} from './model.js';

export type LoadOptions = IndexOptions & {
	/** Called with one line for every file that is skipped. */
	warn?: (line: string) => void;
};

const withDates = lazyField<Pick<TimelineModel, 'articles' | 'dates'>, 'dates', CachedArticle[]>('dates', (cached) => cached.flatMap((item) => item.dates));

/** The article files under `paths` (files and folders), the entity definitions of the alias files beside them, and what of both is skipped. */
export async function corpusFiles(paths: string[]): Promise<{files: ArticleFile[]; skipped: Skipped[]; aliases: EntityDefinition[]; roots: string[]}> {
	const found = await findArticleFiles(paths);
	const skipped = [...found.skipped];
	const aliases: EntityDefinition[] = [];
	// Loaded where a corpus has alias files: most have none.
	if (found.aliasFiles.length > 0) {
		const {readAliasFile} = await import('./entities/alias-file.js');
		for (const file of found.aliasFiles) {
			const result = await readAliasFile(openablePath(file));
			if ('reason' in result) skipped.push({path: file.display, reason: result.reason});
			else pushAll(aliases, result.definitions);
		}
	}
	return {files: found.files, skipped, aliases, roots: paths.map((given) => path.resolve(given))};
}

/**
 * The model of cached entries whose snapshot was taken as built, nothing having changed since:
 * the date expressions (for the source view and --json) are listed when first asked for.
 */
function cachedModel(entries: CachedFile[], snapshot: ModelSnapshot, skipped: Skipped[]): TimelineModel {
	const cached = entries.flatMap((entry) => entry.articles);
	const articles = cached.map((item) => item.article);
	// One article's dates and marks without the corpus-wide lists: they come from its own line.
	const entityMarksOf = cachedEntityMarks(snapshot.entities);
	if (entityMarksOf) registerArticleParts(articles, {datesOf: (place) => cached[place]?.dates ?? [], entityMarksOf});
	// Fields in the order of the model's JSON: articles, dates, events, entities, skipped.
	return Object.assign(withDates({articles}, cached), snapshot, {skipped});
}

/** Reads files and folders and builds their timeline. Throws MissingPathError for a path that does not exist. */
export async function loadTimeline(paths: string[], options: LoadOptions = {}): Promise<TimelineModel> {
	const {files, skipped, aliases, roots} = await corpusFiles(paths);
	const corpusSkipped = [...skipped];
	const index = await indexCorpus(files, roots, aliases, options);
	// Not a loop here: this frame lives on while merging, and its loop variable would keep the last entry as it was before
	// its merging inputs were read, with their bytes (for one large file of many articles, tens of megabytes).
	pushAll(skipped, index.entries.flatMap((entry) => entry.skipped));
	for (const entry of skipped) options.warn?.(`${entry.path}: ${entry.reason}`);
	if (index.snapshot) {
		const model = cachedModel(index.entries, index.snapshot, skipped);
		index.keepStart(corpusSkipped, model);
		return model;
	}
	// Loaded only when something changed: a start from the snapshot needs no merging and no country names.
	const {assembleTimelineSteps} = await import('./assemble.js');
	let snapshot: ModelSnapshot | null = null;
	try {
		// Merged in turns of the event loop: an interface reading its corpus again goes on taking keys.
		const lists = await index.analyzed();
		const analyzed = lists.flat();
		// Emptied: this frame lives on while merging, and with `lists` every article's merging inputs, which merging lets go once it has taken them.
		lists.length = 0;
		const model = await inTurns(assembleTimelineSteps(analyzed, skipped, aliases));
		snapshot = {events: model.events, entities: model.entities};
		return model;
	} finally {
		// A cache begun and not finished is removed, not left half written.
		index.save(snapshot);
	}
}

/** A start from the start file: what to show first, the whole model, and how to tell that the corpus still gives it. */
export type TimelineStart = {
	/** A preview of a large corpus (start-preview.ts), or else the whole model. */
	first: TimelineModel;
	/** The article files the model was built from. */
	files: number;
	/** The whole model, read from the start file at the first call (`first` when it is not a preview); null when the start file cannot give it. */
	whole: () => TimelineModel | null;
	/** `whole`, read in turns of the event loop: an interface showing a preview takes keys and draws frames meanwhile. */
	wholeInTurns: () => Promise<TimelineModel | null>;
	/**
	 * Whether the corpus still is what the model was built from: its files found again and each
	 * one's status compared, in turns of the event loop. Rejects as loadTimeline would.
	 */
	unchanged: () => Promise<boolean>;
};

/** How long reading the whole model runs before the event loop turns: a key waits for this and one step at most. */
const wholeReadTurn = 8;

/** Files whose status is compared between two turns of the event loop. */
const filesBetweenTurns = 500;

/** Whether the corpus's files are still those of the start file, each with its status or its content then. */
async function startUnchanged(paths: string[], start: StartFile): Promise<boolean> {
	const corpus = await corpusFiles(paths);
	if (JSON.stringify(corpus.aliases) !== start.aliasKey || JSON.stringify(corpus.skipped) !== JSON.stringify(start.corpusSkipped) || corpus.files.length !== start.files.length) return false;
	for (const [index, file] of corpus.files.entries()) {
		if (index % filesBetweenTurns === filesBetweenTurns - 1) await nextTurn();
		const {key, entry} = start.files[index]!;
		// A file touched but not changed (a copy, a checkout) is still the one the start file holds.
		const current = key === file.absolute ? await stillCurrent(entry, file) : undefined;
		if (!current || entry.articles.some(({article}) => article.path !== file.display)) return false;
	}
	return true;
}

/** The whole model of a start file. */
function startModel(start: StartFile): TimelineModel {
	const skipped = [...start.corpusSkipped];
	for (const {entry} of start.files) pushAll(skipped, entry.skipped);
	return cachedModel(
		start.files.map(({entry}) => entry),
		start.snapshot,
		skipped,
	);
}

/**
 * The timeline as the index cache last held it, from its start file (index-cache/start-file.ts),
 * before any file of the corpus is found: a preview of a large corpus from the file's first lines,
 * or else the whole model. Null when there is no start file to use, and the corpus must be loaded.
 * Whether the files changed since is for the caller to ask, once it has shown the model.
 */
export function startTimeline(paths: string[]): TimelineStart | null {
	// A missing path is loadTimeline's error to give.
	if (!paths.every((given) => existsSync(given))) return null;
	const location = openCacheFolder();
	if (!('folder' in location)) return null;
	const {folder} = location;
	const roots = paths.map((given) => path.resolve(given));
	// One reading, which a call of `whole` finishes wherever reading in turns has got to.
	const read = stepwise(function* () {
		const start = yield* readStartSteps(folder, roots);
		if (!start) return null;
		yield;
		return {start, model: startModel(start)};
	});
	const whole = () => read.finish()?.model ?? null;
	const wholeInTurns = async () => (await builtInTurns(read, () => false, wholeReadTurn))?.model ?? null;
	const unchanged = async () => {
		const done = read.finish();
		return done ? startUnchanged(paths, done.start) : false;
	};
	const preview = readStartPreview(folder, roots)?.preview;
	if (preview) {
		const {sources, keyEvents, skipped, ...totals} = preview;
		const articles = sources.map(({article}) => article);
		const first = registerPreview(Object.assign(withDates({articles}, sources), {events: keyEvents, entities: [], skipped}), totals);
		return {first, files: preview.files, whole, wholeInTurns, unchanged};
	}
	const done = read.finish();
	return done && {first: done.model, files: done.start.files.length, whole, wholeInTurns, unchanged};
}
