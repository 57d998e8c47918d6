import path from 'node:path';
import {readAliasFile} from './entities/alias-file.js';
import type {EntityDefinition} from './entities/definitions.js';
import type {CachedArticle} from './index-cache/codec.js';
import {cachedEntityMarks, type ModelSnapshot} from './index-cache/snapshot-codec.js';
import {indexCorpus, type IndexOptions} from './index-corpus.js';
import {findArticleFiles, openablePath, type ArticleFile} from './article-files.js';
import {pushAll} from './collections.js';
import {lazyField} from './lazy.js';
import {inTurns} from './stepwise.js';
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
	for (const file of found.aliasFiles) {
		const result = await readAliasFile(openablePath(file));
		if ('reason' in result) skipped.push({path: file.display, reason: result.reason});
		else pushAll(aliases, result.definitions);
	}
	return {files: found.files, skipped, aliases, roots: paths.map((given) => path.resolve(given))};
}

/** Reads files and folders and builds their timeline. Throws MissingPathError for a path that does not exist. */
export async function loadTimeline(paths: string[], options: LoadOptions = {}): Promise<TimelineModel> {
	const {files, skipped, aliases, roots} = await corpusFiles(paths);
	const index = await indexCorpus(files, roots, aliases, options);
	for (const entry of index.entries) pushAll(skipped, entry.skipped);
	for (const entry of skipped) options.warn?.(`${entry.path}: ${entry.reason}`);
	if (index.snapshot) {
		// Nothing changed since the last start: the merged events and entities are taken as built,
		// and the date expressions (for the source view and --json) listed when first asked for.
		const cached = index.entries.flatMap((entry) => entry.articles);
		const articles = cached.map((item) => item.article);
		// One article's dates and marks without the corpus-wide lists: they come from its own line.
		const entityMarksOf = cachedEntityMarks(index.snapshot.entities);
		if (entityMarksOf) registerArticleParts(articles, {datesOf: (place) => cached[place]?.dates ?? [], entityMarksOf});
		// Fields in the order of the model's JSON: articles, dates, events, entities, skipped.
		return Object.assign(withDates({articles}, cached), index.snapshot, {skipped});
	}
	// Loaded only when something changed: a start from the snapshot needs no merging and no country names.
	const {assembleTimelineSteps} = await import('./assemble.js');
	let snapshot: ModelSnapshot | null = null;
	try {
		// Merged in turns of the event loop: an interface reading its corpus again goes on taking keys.
		const model = await inTurns(assembleTimelineSteps((await index.analyzed()).flat(), skipped, aliases));
		snapshot = {events: model.events, entities: model.entities};
		return model;
	} finally {
		// A cache begun and not finished is removed, not left half written.
		index.save(snapshot);
	}
}
