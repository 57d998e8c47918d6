/**
 * The engine under evaluation, through the same code path as `dateline --json`: each document
 * becomes an article (metadata checked by the loader's own `readMetadata`), and the whole set
 * goes through `buildTimeline` at once, as a folder of articles would.
 */
import type {LoadedArticle} from '../../source/core/load.js';
import {readMetadata} from '../../source/core/metadata.js';
import {buildTimeline} from '../../source/core/build-timeline.js';
import type {TimelineModel} from '../../source/core/model.js';
import type {EvalDocument, FoundMention, PredictedDate} from './scoring.js';

export type EnginePredictions = {
	dates: Map<string, PredictedDate[]>;
	mentions: Map<string, FoundMention[]>;
};

/** The article the engine is given for a document: `published` is the dct, `language` the set's. */
export function articleFor(document: Pick<EvalDocument, 'id' | 'dct' | 'language' | 'text'>, setName: string): LoadedArticle {
	const result = readMetadata({id: document.id, published: document.dct, language: document.language});
	if ('reason' in result) throw new Error(`${setName} ${document.id}: ${result.reason}`);
	return {...result.metadata, id: document.id, path: `${setName}/${document.id}`, text: document.text};
}

/** The model `dateline --json` gives for the documents as one folder of articles. */
export const engineModel = (documents: Array<Pick<EvalDocument, 'id' | 'dct' | 'language' | 'text'>>, setName: string): TimelineModel =>
	buildTimeline({articles: documents.map((document) => articleFor(document, setName))});

export function enginePredictions(documents: EvalDocument[], setName: string): EnginePredictions {
	return predictionsOf(engineModel(documents, setName), documents);
}

/** The model's date expressions and entity mentions, per document (an article's id is its document's). */
export function predictionsOf(model: TimelineModel, documents: EvalDocument[]): EnginePredictions {
	const dates = new Map<string, PredictedDate[]>(documents.map((document) => [document.id, []]));
	for (const date of model.dates) {
		dates.get(date.article)?.push({
			start: date.start,
			end: date.end,
			text: date.text,
			value: date.value ? {start: date.value.start, precision: date.value.precision} : null,
		});
	}
	const mentions = new Map<string, FoundMention[]>(documents.map((document) => [document.id, []]));
	for (const entity of model.entities) {
		// MEANTIME scores people, places and organizations; its products (PRO) are no kind scored here.
		const {kind} = entity;
		if (kind === 'product') continue;
		for (const mention of entity.mentions) {
			mentions.get(mention.article)?.push({start: mention.start, end: mention.end, kind, entity: entity.name});
		}
	}
	return {dates, mentions};
}
