/**
 * What navigation needs to know beyond its own state: the model, the pane sizes and the derived
 * views (timeline rows, laid-out articles, detail text), each computed once and cached. The
 * timeline rows and the lookups by id do not depend on the size: a resize lays out text again,
 * and nothing that grows with the corpus.
 */
import type {EventFilter} from '../core/event-filter.js';
import {coverageHistogram, type Histogram} from '../core/histogram.js';
import {keyEventLimit, keyEventsFrom} from '../core/key-events.js';
import {previewOf} from '../core/start-preview.js';
import type {Article, TimelineEvent, TimelineModel} from '../core/model.js';
import {modelAccess, type ModelAccess} from '../core/model-access.js';
import {searchIndexSteps, type SearchIndex} from '../core/search.js';
import {stepwise, type Stepwise} from '../core/stepwise.js';
import {searchText} from '../core/full-text.js';
import {offThreadFrom, textIndexOffThread} from '../core/full-text-off-thread.js';
import {articleView, detailLines, type ArticleView, type ScreenLine} from './content.js';
import {computePanes, type Panes} from './panes.js';
import {filteredEvents, timelineRows, type TimelineView, type Zoom} from './timeline-rows.js';

/** Every filter of the timeline: the core's, and a query whose words the events' sentences say. */
export type TimelineFilters = EventFilter & {text: string | null};

export type NavEnv = {
	model: TimelineModel;
	panes: Panes;
	/** Lines of article text the source view shows (below its header). */
	articleHeight: number;
	articleWidth: number;
	/** Rows of the source list in the sources screen. */
	sourcesHeight: number;
	/** Rows of results in the search pane (below the query, the status and a blank line). */
	searchHeight: number;
	/** The timeline for filters and a zoom: every event they leave, or only the key events of those. */
	timeline(filters: TimelineFilters, zoom: Zoom, keyOnly: boolean): TimelineView;
	/** The events the filters leave, in timeline order (key or not): what the timeline is made of, without its rows. */
	shown(filters: TimelineFilters): TimelineEvent[];
	/** Sources per day, week or month of what the filters show (every event, key or not). */
	coverage(filters: TimelineFilters): Histogram;
	/** The search index of the model, built at the first search, at once or a slice at a time. */
	search: Stepwise<SearchIndex>;
	/** A large corpus opens on its key events; a small one on all of them. */
	opensOnKeyEvents: boolean;
	articleById(id: string): Article | undefined;
	eventById(id: string): TimelineEvent | undefined;
	article(id: string): ArticleView | null;
	/** The laid-out articles kept for going back to. */
	articleLayouts: RecentCache<ArticleView | null>;
	detail(event: TimelineEvent): ScreenLine[];
	/**
	 * The detail lines the pane shows scrolled to `top`: all of them, or, for an event whose
	 * detail is not laid out yet and the pane at its top, the first rows only (a start's first frame).
	 */
	detailShown(event: TimelineEvent, top: number): ScreenLine[];
};

export {keyEventLimit};

/** Lines of the source view above the article text: title, outlet line, rule. */
export const articleHeaderHeight = 3;

/** Values computed for the keys asked for last, and what they cost together. */
export type RecentCache<T> = {
	get(key: string): T;
	/** Whether the value of `key` is kept, without computing it. */
	has(key: string): boolean;
	/** The cost of the values kept; at most the budget, unless the last value alone is more. */
	readonly cost: number;
	readonly budget: number;
};

/**
 * `compute` for the keys asked for last, as many as `budget` holds by `cost` (one each unless
 * told): what the user goes back to is kept, the rest let go, the last one always kept. A
 * laid-out article holds an object per character and an event's detail a few hundred lines:
 * kept for every one visited, reading a large corpus would grow without bound.
 */
export function recentCache<T>(budget: number, compute: (key: string) => T, costOf: (value: T) => number = () => 1): RecentCache<T> {
	const cache = new Map<string, {value: T; cost: number}>();
	let cost = 0;
	return {
		get(key) {
			let entry = cache.get(key);
			// A Map keeps insertion order: the first key is the one asked for longest ago.
			if (entry) cache.delete(key);
			else {
				const value = compute(key);
				entry = {value, cost: costOf(value)};
				cost += entry.cost;
			}
			cache.set(key, entry);
			for (const [oldest, {cost: freed}] of cache) {
				if (cost <= budget || oldest === key) break;
				cache.delete(oldest);
				cost -= freed;
			}
			return entry.value;
		},
		has: (key) => cache.has(key),
		get cost() {
			return cost;
		},
		budget,
	};
}

/**
 * Characters of article text kept laid out: the article being read whatever its size, and the
 * ones read before it as far as they fit. Layout costs an object per character.
 */
export const layoutBudget = 2_000_000;

/** The filters with their fields in one order, whatever object they came in: equal filters make one cache key. */
function canonical({entity, text, from, to, language, outlet, minSources}: TimelineFilters): TimelineFilters {
	return {entity, text, from, to, language, outlet, minSources};
}

/** What depends on the model alone: built once a model, kept when the terminal is resized. */
export type ModelIndex = Pick<NavEnv, 'timeline' | 'shown' | 'coverage' | 'search'> & {
	/** Articles and events by id, and what one article shows, read from that article alone. */
	access: ModelAccess;
};

export function indexModel(model: TimelineModel): ModelIndex {
	// A large corpus's full text is indexed by a worker thread: keys typed meanwhile wait for no slice of it.
	const search = stepwise(() => searchIndexSteps(model, model.articles.length >= offThreadFrom ? textIndexOffThread : undefined));
	// The words searched once a query: every combination of other filters with that text needs its events.
	const textMatches = recentCache(4, (query) => new Set(Array.from(searchText(search.finish().text.finish(), query).events, (place) => model.events[place]!.id)));
	const textEvents = (query: string | null) => (query === null ? null : textMatches.get(query));
	// Filtering and laying out rows are cached apart: a filter's count and coverage need no rows.
	const shownEvents = recentCache(16, (key) => {
		const filters = JSON.parse(key) as TimelineFilters;
		return filteredEvents(model, filters, textEvents(filters.text));
	});
	const shown = (filters: TimelineFilters) => shownEvents.get(JSON.stringify(canonical(filters)));
	const timelines = recentCache(16, (key) => {
		const [zoom, keyOnly, filters] = JSON.parse(key) as [Zoom, boolean, TimelineFilters];
		return timelineRows(model, shown(filters), zoom, keyOnly ? keyEventLimit : null);
	});
	const timeline = (filters: TimelineFilters, zoom: Zoom, keyOnly: boolean) => timelines.get(JSON.stringify([zoom, keyOnly, canonical(filters)]));
	// A preview's frames show the whole model's coverage; its keys but moves wait for the whole model.
	const preview = previewOf(model);
	const coverages = recentCache(16, (key) => preview?.coverage ?? coverageHistogram(shown(JSON.parse(key) as TimelineFilters)));
	return {
		access: modelAccess(model),
		timeline,
		shown,
		coverage: (filters) => coverages.get(JSON.stringify(canonical(filters))),
		search,
	};
}

/** The environment for a terminal size; `index` is the model's, shared by every size. */
export function createEnvironment(model: TimelineModel, size: {width: number; height: number}, reorderBidi: boolean, index = indexModel(model)): NavEnv {
	const panes = computePanes(size.width, size.height);
	const articleWidth = Math.max(10, panes.width - 2);
	const {articleById, eventById} = index.access;
	const views = recentCache(
		layoutBudget,
		(id) => {
			const article = articleById(id);
			return article ? articleView(model, article, articleWidth, reorderBidi) : null;
		},
		(view) => view?.article.text.length ?? 0,
	);
	const detailsOf = (rows?: number) => (id: string) => {
		const event = eventById(id);
		return event ? detailLines(event, articleById, panes.detailWidth, reorderBidi, rows) : [];
	};
	const details = recentCache(256, detailsOf());
	const detailTops = recentCache(2, detailsOf(panes.detailHeight));
	return {
		model,
		panes,
		articleHeight: Math.max(1, panes.bodyHeight - articleHeaderHeight),
		articleWidth,
		sourcesHeight: Math.max(3, Math.floor((panes.bodyHeight - 2) / 2)),
		searchHeight: Math.max(0, panes.bodyHeight - 3),
		timeline: index.timeline,
		shown: index.shown,
		coverage: index.coverage,
		search: index.search,
		opensOnKeyEvents: (previewOf(model)?.events ?? model.events.length) > keyEventsFrom,
		articleById,
		eventById,
		article: (id) => views.get(id),
		articleLayouts: views,
		detail: (event) => details.get(event.id),
		detailShown: (event, top) => (top > 0 || details.has(event.id) ? details : detailTops).get(event.id),
	};
}
