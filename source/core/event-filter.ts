/**
 * Narrowing a timeline to the events a user asks for: of an entity, within a date range,
 * reported in a language or by an outlet, by at least so many sources. What each event is asked
 * (its days, its sources' languages and outlets) is worked out once a model, so that changing a
 * filter is one pass over the events. Pure: no clock, no time zone.
 */
import {getOrAdd} from './collections.js';
import {addDays, formatDate, parseIsoDay} from './dates/calendar.js';
import {foldForMatching} from './entities/fold.js';
import {lazyField, withFields} from './lazy.js';
import type {DateValue, Entity, TimelineEvent, TimelineModel} from './model.js';

export type EventFilter = {
	/** The name of a person, place or organization: only its events. */
	entity: string | null;
	/** The first day shown, at any precision (`2025`, `2025-05`, `2025-05-01`): `2025-05` from its first day. */
	from: string | null;
	/** The last day shown, at any precision: `2025-05` up to its last day. */
	to: string | null;
	/** A language code: events with a source in that language. */
	language: string | null;
	/** An outlet's name, or words of it, in any case: events with a source from such an outlet. */
	outlet: string | null;
	/** Events with at least this many sources; 1 keeps every event. */
	minSources: number;
};

export const noEventFilter: EventFilter = {entity: null, from: null, to: null, language: null, outlet: null, minSources: 1};

/** What the filters ask of one event. */
type Facts = {
	/** Its first and last day, `YYYY-MM-DD`; null when undated. */
	first: string | null;
	last: string | null;
	languages: readonly string[];
	/** Its sources' outlets, as indexes into EventFacts.outlets. */
	outlets: readonly number[];
	/** Source articles. */
	sources: number;
};

export type EventFacts = {
	of(event: TimelineEvent): Facts;
	/** Every outlet named by an article, as first spelt, with its folded form. */
	outlets: readonly {name: string; folded: string}[];
	/** The corpus's languages, the most written first (then by code). */
	languages: readonly string[];
	/** The most sources any event has. */
	maxSources: number;
};

const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value. */
function firstDay(value: string): string {
	return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** The last day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value. */
function lastDay(value: string): string {
	if (value.length === 4) return `${value}-12-31`;
	if (value.length !== 7) return value;
	const {year, month} = parseIsoDay(value);
	// The day before the first of the next month: addDays carries month 13 into the next year.
	return formatDate(addDays({year, month: month + 1, day: 1}, -1), 'day');
}

/** `text` as a date of the calendar at any precision (`2025`, `2025-05`, `2025-05-01`), or null. */
export function parseDateBound(text: string): string | null {
	const match = datePattern.exec(text.trim());
	if (!match) return null;
	const [value, , month, day] = match;
	if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return null;
	if (day !== undefined && (Number(day) < 1 || day > lastDay(value!.slice(0, 7)).slice(8))) return null;
	return value!;
}

export type DateRange = Pick<EventFilter, 'from' | 'to'>;

/** Why a range is not one, or null: it ends before it starts. */
export function rangeProblem({from, to}: DateRange): string | null {
	return from !== null && to !== null && firstDay(from) > lastDay(to) ? `${from} is after ${to}` : null;
}

/**
 * A date range as typed: `2025-05-01..2025-05-31`, `2025-05` (that month), `2025-05..` (from it
 * on), `..2025-05-31` (up to it); `…` for `..` too. A string says why it is not a range.
 */
export function parseDateRange(text: string): DateRange | string {
	const parts = text.trim().split(/\.\.|…/u);
	if (parts.length > 2 || text.trim() === '') return `"${text}" is not a date or range (2025-05, 2025-05-01..2025-05-31)`;
	const [start = '', end = start] = parts;
	const from = start.trim() === '' ? null : parseDateBound(start);
	const to = end.trim() === '' ? null : parseDateBound(end);
	if ((from === null && start.trim() !== '') || (to === null && end.trim() !== '') || (from === null && to === null)) {
		return `"${text}" is not a date or range (2025-05, 2025-05-01..2025-05-31)`;
	}
	const range = {from, to};
	return rangeProblem(range) ?? range;
}

/** A range as the status line and the prompt show it: `2025-05`, `2025-05-01..2025-05-31`, `2025-05..`. */
export function dateRangeText({from, to}: DateRange): string {
	return from !== null && from === to ? from : `${from ?? ''}..${to ?? ''}`;
}

const factsByModel = new WeakMap<TimelineModel, EventFacts>();

/** What the filters ask of each event of `model`, worked out at the first call for a model. */
export function eventFacts(model: TimelineModel): EventFacts {
	return getOrAdd(factsByModel, model, computeFacts);
}

/** One array for equal lists of values. */
function sharing<T extends string | number>(): (values: T[]) => readonly T[] {
	const shared = new Map<string, readonly T[]>();
	return (values) => getOrAdd(shared, values.join(' '), () => values);
}

function computeFacts(model: TimelineModel): EventFacts {
	const outlets: {name: string; folded: string}[] = [];
	// By folded name, and by name as written: a corpus spells its few outlets the same thousands of times.
	const outletIndex = new Map<string, number>();
	const outletOf = new Map<string, number>();
	const languageCounts = new Map<string, number>();
	const ofArticle = new Map<string, {language: string; outlet: number | null}>();
	for (const article of model.articles) {
		languageCounts.set(article.language, (languageCounts.get(article.language) ?? 0) + 1);
		const name = article.outlet?.trim() ?? '';
		const outlet =
			name === ''
				? null
				: getOrAdd(outletOf, name, () => {
						const folded = foldForMatching(name);
						return getOrAdd(outletIndex, folded, () => outlets.push({name, folded}) - 1);
					});
		ofArticle.set(article.id, {language: article.language, outlet});
	}
	// Events share a few date values and sets of languages and outlets: each is made once.
	const days = new Map<string, {first: string; last: string}>();
	const spanOf = ({start, end}: DateValue) => getOrAdd(days, `${start}/${end ?? ''}`, () => ({first: firstDay(start), last: lastDay(end ?? start)}));
	const shareLanguages = sharing<string>();
	const shareOutlets = sharing<number>();
	const byEvent = new Map<TimelineEvent, Facts>();
	let maxSources = 1;
	for (const event of model.events) {
		const span = event.date && spanOf(event.date);
		const languages: string[] = [];
		const sourceOutlets: number[] = [];
		for (const id of event.sources) {
			const article = ofArticle.get(id);
			if (!article) continue;
			if (!languages.includes(article.language)) languages.push(article.language);
			if (article.outlet !== null && !sourceOutlets.includes(article.outlet)) sourceOutlets.push(article.outlet);
		}
		// An event's sources are distinct articles, as the timeline counts them.
		const sources = event.sources.length;
		maxSources = Math.max(maxSources, sources);
		byEvent.set(event, {first: span?.first ?? null, last: span?.last ?? null, languages: shareLanguages(languages.sort()), outlets: shareOutlets(sourceOutlets.sort((a, b) => a - b)), sources});
	}
	const languages = [...languageCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code]) => code);
	const none: Facts = {first: null, last: null, languages: [], outlets: [], sources: 0};
	return {of: (event) => byEvent.get(event) ?? none, outlets, languages, maxSources};
}

/** The outlets `query` names: its folded words are the whole name, or whole words of it ("reuters" names "CNN (with Reuters)"). */
export function outletsNamed(facts: EventFacts, query: string): Set<number> {
	const wanted = foldForMatching(query.trim().replace(/\s+/gu, ' '));
	const named = new Set<number>();
	if (wanted === '') return named;
	const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const words = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'u');
	facts.outlets.forEach(({folded}, index) => {
		if (words.test(folded)) named.add(index);
	});
	return named;
}

/** Whether the filter leaves out any event. */
export function isFiltering(filter: EventFilter): boolean {
	return filter.entity !== null || filter.from !== null || filter.to !== null || filter.language !== null || filter.outlet !== null || filter.minSources > 1;
}

/** The events of `model` among `events` (any order, kept) that pass `filter`. */
export function filterEvents(model: TimelineModel, events: readonly TimelineEvent[], filter: EventFilter): TimelineEvent[] {
	if (!isFiltering(filter)) return [...events];
	const entityEvents = filter.entity === null ? null : new Set(model.entities.find((entity) => entity.name === filter.entity)?.events ?? []);
	const needsFacts = filter.from !== null || filter.to !== null || filter.language !== null || filter.outlet !== null || filter.minSources > 1;
	const facts = needsFacts ? eventFacts(model) : null;
	const outlets = facts && filter.outlet !== null ? outletsNamed(facts, filter.outlet) : null;
	const from = filter.from === null ? null : firstDay(filter.from);
	const to = filter.to === null ? null : lastDay(filter.to);
	return events.filter((event) => {
		if (entityEvents && !entityEvents.has(event.id)) return false;
		if (!facts) return true;
		const fact = facts.of(event);
		// An event is in the range when any of its days is.
		if (from !== null && (fact.last === null || fact.last < from)) return false;
		if (to !== null && (fact.first === null || fact.first > to)) return false;
		if (filter.language !== null && !fact.languages.includes(filter.language)) return false;
		if (outlets && !fact.outlets.some((outlet) => outlets.has(outlet))) return false;
		return fact.sources >= filter.minSources;
	});
}

/** The sentences (`article/start`) that `events` hold. */
function sentencesHeld(events: readonly TimelineEvent[]): Set<string> {
	const held = new Set<string>();
	for (const event of events) for (const {article, sentence} of event.mentions) held.add(`${article}/${sentence.start}`);
	return held;
}

/** An entity's sentences in the events kept, found when first read. */
const withKeptSentences = lazyField<Entity, 'sentences', {of: Entity; held: () => Set<string>}>('sentences', ({of, held}) =>
	(of.sentences ?? []).filter(({article, start}) => held().has(`${article}/${start}`)),
);

/** The model with only `events`; each entity lists only the events (and sentences) kept, so every event id in it names an event of the model. */
export function withOnlyEvents<Model extends Pick<TimelineModel, 'events' | 'entities'>>(model: Model, events: TimelineEvent[]): Model {
	if (events.length === model.events.length) return model;
	const kept = new Set(events.map((event) => event.id));
	let held: Set<string> | undefined;
	const heldOnce = () => (held ??= sentencesHeld(events));
	// Copies that leave lazy fields unread: a spread would read every article's dates and every entity's mentions.
	const entities = model.entities.map((entity) => {
		const copy = withFields(entity, {events: entity.events.filter((id) => kept.has(id))});
		return 'sentences' in entity ? withKeptSentences(copy, {of: entity, held: heldOnce}) : copy;
	});
	return withFields(model as Model, {events, entities} as Partial<Model>);
}

/** The model with only the events that pass `filter`. */
export function withEventFilter(model: TimelineModel, filter: EventFilter): TimelineModel {
	return withOnlyEvents(model, filterEvents(model, model.events, filter));
}
