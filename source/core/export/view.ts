/**
 * What every export is made from: the events the user sees (the timeline's filter applied), each
 * with its full title and its sources resolved to articles. Pure: the formatters in this folder
 * turn it into text and never look at the model themselves.
 */
import {compareValues} from '../dates/calendar.js';
import type {Article, DateValue, Precision, TimelineEvent, TimelineModel} from '../model.js';
import {terminalLine} from '../terminal-text.js';
import {modelAccess} from '../model-access.js';

/** What TimelineJS groups events by (its rows): the language of the first source, a person, a place or an outlet. */
export const exportGroupings = ['language', 'person', 'place', 'outlet'] as const;
export type ExportGrouping = (typeof exportGroupings)[number];

export type ExportSource = Pick<Article, 'id' | 'title' | 'outlet' | 'url' | 'published' | 'language'>;

export type ExportEvent = {
	id: string;
	/** Null for an undated event. */
	date: DateValue | null;
	/** The whole sentence (or article title) the timeline's title was cut from, on one line. */
	title: string;
	/** The user's note (curation), on one line; absent without one. */
	note?: string;
	people: string[];
	places: string[];
	sources: ExportSource[];
	/** Its group for the chosen grouping, or null when it has none (no person, no outlet). */
	group: string | null;
};

export type ExportView = {
	/** A heading for the whole export: the filter, else the story's most reported names. */
	title: string;
	/** How the interface groups the events: day, month or year. */
	zoom: Precision;
	events: ExportEvent[];
};

export type ExportOptions = {
	/** The name of the entity the timeline is filtered to, as the interface's filter holds it. */
	filter?: string | null;
	zoom?: Precision;
	grouping?: ExportGrouping;
};

/** The events of the timeline as the interface lists them: in date order, only the filter entity's when there is one. */
export function shownEvents(model: TimelineModel, filter: string | null): TimelineEvent[] {
	const entity = filter === null ? undefined : model.entities.find(({name}) => name === filter);
	// An entity's events in the model's order, then sorted: the order of the whole timeline, filtered.
	const events = filter === null ? model.events : entity ? modelAccess(model).eventsOf(entity) : [];
	return [...events].sort((a, b) => compareValues(a.date, b.date));
}

/**
 * The title of an event whole. The model cuts titles for the screen ("…" at a word boundary);
 * the cut title is the start of the sentence of one of its mentions (or of its article's title
 * for an event at a publication date), and that sentence is the full title.
 */
export function fullTitle(event: TimelineEvent, articleById: (id: string) => Article | undefined): string {
	const title = terminalLine(event.title);
	if (!title.endsWith('…')) return title;
	const start = title.slice(0, -1);
	const candidates =
		event.basis === 'published'
			? event.sources.map((id) => articleById(id)?.title ?? '')
			: event.mentions.map(({article, sentence}) => articleById(article)?.text.slice(sentence.start, sentence.end) ?? '');
	for (const candidate of candidates) {
		const line = terminalLine(candidate);
		if (line.startsWith(start)) return line;
	}
	return title;
}

/** The group of each event: its first source's language or outlet, or the one of its people (places) named in most of the events. */
function groupsOf(events: TimelineEvent[], sources: ExportSource[][], grouping: ExportGrouping): (string | null)[] {
	if (grouping === 'language' || grouping === 'outlet') return sources.map((list) => list[0]?.[grouping] ?? null);
	const names = (event: TimelineEvent) => (grouping === 'person' ? event.people : event.places);
	const counts = new Map<string, number>();
	for (const event of events) for (const name of names(event)) counts.set(name, (counts.get(name) ?? 0) + 1);
	return events.map((event) => {
		let best: string | null = null;
		// The most told; of equally told names, the first in name order.
		for (const name of names(event)) if (best === null || counts.get(name)! > counts.get(best)! || (counts.get(name) === counts.get(best) && name < best)) best = name;
		return best;
	});
}

/** A title for the whole export: the filter, else the three names most events tell of. */
function viewTitle(model: TimelineModel, filter: string | null, events: TimelineEvent[]): string {
	if (filter !== null) return terminalLine(filter);
	const shown = new Set(events.map((event) => event.id));
	const named = model.entities
		.map((entity) => ({name: entity.name, count: entity.events.filter((id) => shown.has(id)).length}))
		.filter((entity) => entity.count > 0)
		.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
		.slice(0, 3);
	return named.length > 0 ? named.map((entity) => terminalLine(entity.name)).join(', ') : 'Timeline';
}

export function exportView(model: TimelineModel, options: ExportOptions = {}): ExportView {
	const filter = options.filter ?? null;
	const {articleById} = modelAccess(model);
	const events = shownEvents(model, filter);
	const sources = events.map((event) =>
		event.sources.flatMap((id): ExportSource[] => {
			const article = articleById(id);
			if (!article) return [];
			const {title, outlet, url, published, language} = article;
			return [{id, title: terminalLine(title), outlet: outlet === null ? null : terminalLine(outlet), url: url === null ? null : terminalLine(url), published, language}];
		}),
	);
	const groups = groupsOf(events, sources, options.grouping ?? 'language');
	return {
		title: viewTitle(model, filter, events),
		zoom: options.zoom ?? 'day',
		events: events.map((event, index) => ({
			id: event.id,
			date: event.date,
			title: fullTitle(event, articleById),
			...(event.note === undefined ? {} : {note: terminalLine(event.note)}),
			people: event.people.map(terminalLine),
			places: event.places.map(terminalLine),
			sources: sources[index]!,
			group: groups[index] ?? null,
		})),
	};
}
