/**
 * The model read one article, one event or one entity at a time. A model taken from the cache
 * holds each article's text and dates in its file's line of the cache, read when first asked for:
 * what walks the corpus-wide lists (`model.dates`, every entity's mentions) to show one article
 * reads every line of the cache. What the interface, search and export show of one article goes
 * through here, and reads that article's line only.
 */
import {getOrAdd, pushTo} from './collections.js';
import type {Article, DateExpression, Entity, EntityKind, Span, TimelineEvent, TimelineModel} from './model.js';

/** A date or an entity's name in an article's text. */
export type ArticleMark = Span & {kind: 'date' | EntityKind};

/**
 * What a model built from the cache knows of each of its articles without the corpus-wide lists:
 * its dates, by the article's place in `model.articles`, and its entity mentions as marks, by its id.
 */
export type ArticleParts = {
	datesOf(place: number): DateExpression[];
	entityMarksOf(id: string): ArticleMark[];
};

export type ModelAccess = {
	articleById(id: string): Article | undefined;
	eventById(id: string): TimelineEvent | undefined;
	/** The article's date expressions, in text order. */
	datesOf(article: Article): DateExpression[];
	/** The article's dates and entity mentions, by start (a longer mark first among those that start together). */
	marksOf(article: Article): ArticleMark[];
	/** The events the entity takes part in, each once, in the model's order; ids of no event of the model left out. */
	eventsOf(entity: Entity): TimelineEvent[];
};

/**
 * Parts registered by the articles list they belong to: a model derived from another (curated,
 * narrowed to key events) has other events but the same articles, and the same parts.
 */
const registered = new WeakMap<readonly Article[], ArticleParts>();

export function registerArticleParts(articles: readonly Article[], parts: ArticleParts): void {
	registered.set(articles, parts);
}

/** Parts of a model built in memory: its corpus-wide lists grouped by article, once. */
function groupedParts(model: TimelineModel): ArticleParts {
	let dates: Map<string, DateExpression[]> | undefined;
	let marks: Map<string, ArticleMark[]> | undefined;
	return {
		datesOf(place) {
			if (!dates) {
				dates = new Map();
				for (const date of model.dates) pushTo(dates, date.article, date);
			}
			return dates.get(model.articles[place]?.id ?? '') ?? [];
		},
		entityMarksOf(id) {
			if (!marks) {
				marks = new Map();
				for (const {kind, mentions} of model.entities) for (const {article, start, end} of mentions) pushTo(marks, article, {start, end, kind});
			}
			return marks.get(id) ?? [];
		},
	};
}

const byStart = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

const accesses = new WeakMap<TimelineModel, ModelAccess>();

/** The access of a model, made once for it. */
export function modelAccess(model: TimelineModel): ModelAccess {
	return getOrAdd(accesses, model, () => {
		const parts = registered.get(model.articles) ?? groupedParts(model);
		const places = new Map(model.articles.map((article, index) => [article.id, index]));
		const eventPlaces = new Map(model.events.map((event, index) => [event.id, index]));
		const datesOf = (article: Article) => parts.datesOf(places.get(article.id) ?? -1);
		return {
			articleById: (id) => model.articles[places.get(id) ?? -1],
			eventById: (id) => model.events[eventPlaces.get(id) ?? -1],
			datesOf,
			marksOf(article) {
				const marks: ArticleMark[] = datesOf(article).map(({start, end}) => ({start, end, kind: 'date'}));
				for (const mark of parts.entityMarksOf(article.id)) marks.push(mark);
				return marks.sort(byStart);
			},
			eventsOf(entity) {
				const places = new Set(entity.events.flatMap((id) => eventPlaces.get(id) ?? []));
				return [...places].sort((a, b) => a - b).map((place) => model.events[place]!);
			},
		};
	});
}
