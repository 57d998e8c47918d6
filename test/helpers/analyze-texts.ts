import type {LoadedArticle} from '../../source/core/load.js';
import type {Entity, TimelineModel} from '../../source/core/model.js';
import {buildTimeline, type TimelineInput} from '../../source/core/build-timeline.js';

/** Builds a model from inline articles: `[id, text, metadata]`. */
export function modelOf(articles: Array<[string, string, Partial<LoadedArticle>?]>, aliases: TimelineInput['aliases'] = []): TimelineModel {
	return buildTimeline({articles: articles.map(([id, text, metadata]) => ({id, path: `${id}.md`, text, ...metadata})), aliases});
}

/** The canonical entity a surface form was resolved to, by the text of a mention. */
export function entityMentioned(model: TimelineModel, surface: string): Entity | undefined {
	return model.entities.find((entity) =>
		entity.mentions.some((mention) => {
			const article = model.articles.find((candidate) => candidate.id === mention.article)!;
			return article.text.slice(mention.start, mention.end) === surface;
		}),
	);
}
