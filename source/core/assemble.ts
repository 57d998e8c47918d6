import type {AnalyzedArticle} from './analyze.js';
import {entityDefinitions} from './entities/alias-file.js';
import {countryDefinitions} from './entities/countries.js';
import type {EntityDefinition} from './entities/definitions.js';
import {resolveEntities} from './entities/resolve.js';
import {buildEvents, type NamedMention} from './events.js';
import type {Entity, Skipped, TimelineModel} from './model.js';

/** The corpus-wide stages over analyzed articles: canonical entities, merged events, the model. */
export function assembleTimeline(analyzed: AnalyzedArticle[], skipped: Skipped[], aliases: EntityDefinition[] = []): TimelineModel {
	const resolved = resolveEntities(
		analyzed.map((item) => item.mentions),
		[...entityDefinitions(aliases), ...countryDefinitions('*')],
	);
	const named: NamedMention[] = [];
	for (const {name, kind, mentions} of resolved) for (const {article, start, end} of mentions) named.push({article, start, end, name, kind});
	const {events, namesByEvent} = buildEvents(
		analyzed.map(({article, sentences, repeated}) => ({
			id: article.id,
			title: article.title,
			published: article.published,
			text: article.text,
			sentences: repeated.length > 0 ? sentences.filter((sentence) => !repeated.includes(sentence.start)) : sentences,
		})),
		analyzed.flatMap((item) => item.dates),
		named,
	);
	const eventsByEntity = new Map<string, string[]>();
	for (const event of events) {
		for (const name of namesByEvent.get(event.id) ?? []) {
			const list = eventsByEntity.get(name);
			if (list) list.push(event.id);
			else eventsByEntity.set(name, [event.id]);
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
