import {analyzeArticle, type AnalyzedArticle} from './analyze.js';
import {mergeDefinitions, readAliasFile} from './entities/alias-file.js';
import {builtinEntities, type EntityDefinition} from './entities/definitions.js';
import {dictionaryFor} from './entities/dictionary.js';
import {resolveEntities} from './entities/resolve.js';
import {buildEvents, groupBy, type NamedMention} from './events.js';
import {loadArticles, type LoadedArticle} from './load.js';
import type {Entity, Skipped, TimelineModel} from './model.js';

export type TimelineInput = {
	articles: LoadedArticle[];
	skipped?: Skipped[];
	/** Extra entity definitions (a corpus's alias files). */
	aliases?: EntityDefinition[];
};

/** The corpus-wide stages over analyzed articles: canonical entities, merged events, the model. */
export function assembleTimeline(analyzed: AnalyzedArticle[], skipped: Skipped[]): TimelineModel {
	const resolved = resolveEntities(analyzed.map((item) => item.mentions));
	const named: NamedMention[] = resolved.flatMap((entity) => entity.mentions.map((mention) => ({...mention, name: entity.name, kind: entity.kind})));
	const events = buildEvents(
		analyzed.map(({article, sentences}) => ({id: article.id, title: article.title, published: article.published, text: article.text, sentences})),
		analyzed.flatMap((item) => item.dates),
		named,
	);
	const namedByArticle = groupBy(named, (mention) => mention.article);
	const eventsByEntity = new Map<string, string[]>();
	for (const event of events) {
		const names = new Set<string>();
		for (const mention of event.mentions) {
			for (const entity of namedByArticle.get(mention.article) ?? []) {
				if (entity.article === mention.article && entity.start >= mention.sentence.start && entity.end <= mention.sentence.end) names.add(entity.name);
			}
		}
		for (const name of [...names, ...event.people, ...event.places]) {
			const list = eventsByEntity.get(name) ?? [];
			if (!list.includes(event.id)) list.push(event.id);
			eventsByEntity.set(name, list);
		}
	}
	const entities: Entity[] = resolved.map((entity) => ({
		name: entity.name,
		kind: entity.kind,
		aliases: [...entity.aliases].filter((alias) => alias !== entity.name),
		events: eventsByEntity.get(entity.name) ?? [],
		mentions: entity.mentions,
	}));
	return {articles: analyzed.map((item) => item.article), dates: analyzed.flatMap((item) => item.dates), events, entities, skipped};
}

/** The whole engine over articles already in memory: same articles in, same model out. */
export function buildTimeline({articles, skipped = [], aliases = []}: TimelineInput): TimelineModel {
	const definitions = aliases.length > 0 ? mergeDefinitions(builtinEntities, aliases) : builtinEntities;
	const cacheKey = aliases.length > 0 ? JSON.stringify(aliases) : 'builtin';
	const analyzed = articles.map((article) => analyzeArticle(article, (language) => dictionaryFor(language, definitions, cacheKey)));
	return assembleTimeline(analyzed, skipped);
}

export type LoadOptions = {
	/** Called with one line for every file that is skipped. */
	warn?: (line: string) => void;
};

/** Reads files and folders and builds their timeline. Throws MissingPathError for a path that does not exist. */
export async function loadTimeline(paths: string[], options: LoadOptions = {}): Promise<TimelineModel> {
	const loaded = await loadArticles(paths);
	const skipped = [...loaded.skipped];
	const aliases: EntityDefinition[] = [];
	for (const file of loaded.aliasFiles) {
		const result = await readAliasFile(file);
		if ('reason' in result) skipped.push({path: file, reason: result.reason});
		else aliases.push(...result.definitions);
	}
	for (const entry of skipped) options.warn?.(`${entry.path}: ${entry.reason}`);
	return buildTimeline({articles: loaded.articles, skipped, aliases});
}
