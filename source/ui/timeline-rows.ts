/** The timeline as rows: events in chronological order under group headers, for a zoom and a filter. */
import {filterEvents, type EventFilter} from '../core/event-filter.js';
import {shownEvents} from '../core/export/view.js';
import {keyEvents} from '../core/key-events.js';
import type {DateValue, TimelineEvent, TimelineModel} from '../core/model.js';
import {getOrAdd} from '../core/collections.js';
import {clipLine, textWidth} from './cell-width.js';

export type Zoom = 'day' | 'month' | 'year';

export const zooms: readonly Zoom[] = ['day', 'month', 'year'];

export type TimelineRow =
	| {type: 'group'; key: string; label: string; count: number}
	| {
			type: 'event';
			event: TimelineEvent;
			index: number;
			/** What of the event's date its group heading does not say: "" under its own day, "…25" for a range to the 25th. */
			date: string;
			/** The languages of its sources, as "en ar", or the first of them and how many more. */
			languages: string;
	  };

export type TimelineView = {
	events: TimelineEvent[];
	rows: TimelineRow[];
	/** The row of each event, by event index. */
	rowOfEvent: number[];
	/** The event index that starts each group. */
	groupStarts: number[];
	/** The widest of each column over the whole timeline, so the columns stay put while scrolling. */
	dateWidth: number;
	countWidth: number;
	languagesWidth: number;
};

const undatedKey = '\uffff';

function groupKey(date: DateValue | null, zoom: Zoom): string {
	if (!date) {
		return undatedKey;
	}
	const length = zoom === 'year' ? 4 : zoom === 'month' ? 7 : 10;
	return date.start.slice(0, length);
}

// Formatting a date is slow next to everything else here, and a corpus has few distinct groups.
const groupLabels = new Map<string, string>();

function groupLabel(key: string): string {
	let label = groupLabels.get(key);
	if (label === undefined) groupLabels.set(key, (label = formatGroupLabel(key)));
	return label;
}

/** A group's heading: its key and the date in words ("2022-05-19 · Thursday 19 May", "2022-05 · May 2022"). */
export function formatGroupLabel(key: string): string {
	if (key === undatedKey) {
		return 'Undated';
	}
	const [year, month, day] = key.split('-').map(Number);
	if (year === undefined || month === undefined) {
		return key;
	}
	const date = new Date(Date.UTC(year, month - 1, day ?? 1));
	const monthName = monthNames[date.getUTCMonth()];
	return `${key} · ${day === undefined ? `${monthName} ${date.getUTCFullYear()}` : `${weekdayNames[date.getUTCDay()]} ${date.getUTCDate()} ${monthName}`}`;
}

// As Intl.DateTimeFormat('en-GB') writes them: making one reads ICU's locale data before the first frame.
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The date as its group's heading leaves it to say: the part finer than the group, and a range's end as far as it differs from its start. */
function rowDate(date: DateValue | null, key: string): string {
	if (!date) return '';
	const start = date.start === key ? '' : date.start.startsWith(`${key}-`) ? date.start.slice(key.length + 1) : date.start;
	if (!date.end) return start;
	const shared = date.end.length === 10 && date.end.slice(0, 7) === date.start.slice(0, 7) ? 8 : date.end.slice(0, 4) === date.start.slice(0, 4) ? 5 : 0;
	return `${start}…${date.end.slice(shared)}`;
}

/** The languages column at its widest: a few codes, then how many more. */
const languagesRoom = 11;

function languagesLabel(languages: readonly string[]): string {
	let label = languages.join(' ');
	for (let shown = languages.length - 1; textWidth(label) > languagesRoom && shown > 0; shown--) {
		label = `${languages.slice(0, shown).join(' ')} +${languages.length - shown}`;
	}
	return label;
}

const languagesByModel = new WeakMap<TimelineModel, Map<string, string>>();

function languageOf(model: TimelineModel): (article: string) => string {
	let languages = languagesByModel.get(model);
	if (!languages) languagesByModel.set(model, (languages = new Map(model.articles.map((article) => [article.id, article.language]))));
	const found = languages;
	return (article) => found.get(article) ?? '?';
}

const eventsInOrder = new WeakMap<TimelineModel, TimelineEvent[]>();

/**
 * The events a filter shows, in timeline order: what an export of the same filter holds. With
 * `only`, just those of them (a text filter's).
 */
export function filteredEvents(model: TimelineModel, filter: EventFilter, only: ReadonlySet<string> | null = null): TimelineEvent[] {
	// Sorted once a model.
	const sorted = getOrAdd(eventsInOrder, model, () => shownEvents(model, null));
	const events = filterEvents(model, sorted, filter);
	return only === null ? events : events.filter((event) => only.has(event.id));
}

/** The timeline for a filter and a zoom (rows of filteredEvents); with `keyLimit`, only the that many most salient of them. */
export function buildTimeline(model: TimelineModel, filter: EventFilter, zoom: Zoom, keyLimit: number | null = null, only: ReadonlySet<string> | null = null): TimelineView {
	return timelineRows(model, filteredEvents(model, filter, only), zoom, keyLimit);
}

/**
 * The rows of `shown` (events in timeline order) for a zoom; with `keyLimit`, only the that many
 * most salient of them (the key events of what the filters show, not of the whole corpus).
 */
export function timelineRows(model: TimelineModel, shown: TimelineEvent[], zoom: Zoom, keyLimit: number | null = null): TimelineView {
	const events = keyLimit === null ? shown : keyEvents(shown, keyLimit);
	const rows: TimelineRow[] = [];
	const rowOfEvent: number[] = [];
	const groupStarts: number[] = [];
	let currentKey: string | null = null;
	let header: Extract<TimelineRow, {type: 'group'}> | null = null;
	const language = languageOf(model);
	// Events share a few sets of languages: each label is made and measured once.
	const labels = new Map<string, {label: string; width: number}>();
	let dateWidth = 0;
	let countWidth = 0;
	let languagesWidth = 0;
	events.forEach((event, index) => {
		const key = groupKey(event.date, zoom);
		if (key !== currentKey || !header) {
			currentKey = key;
			header = {type: 'group', key, label: groupLabel(key), count: 0};
			rows.push(header);
			groupStarts.push(index);
		}
		header.count++;
		rowOfEvent.push(rows.length);
		const date = rowDate(event.date, key);
		const codes = event.sources.length === 1 ? language(event.sources[0]!) : [...new Set(event.sources.map(language))].join(' ');
		let languages = labels.get(codes);
		if (!languages) {
			const label = languagesLabel(codes.split(' '));
			labels.set(codes, (languages = {label, width: textWidth(label)}));
		}
		// ISO dates and "…": one cell a character.
		dateWidth = Math.max(dateWidth, date.length);
		countWidth = Math.max(countWidth, String(event.sources.length).length);
		languagesWidth = Math.max(languagesWidth, languages.width);
		rows.push({type: 'event', event, index, date, languages: languages.label});
	});
	return {events, rows, rowOfEvent, groupStarts, dateWidth, countWidth, languagesWidth};
}

/**
 * An event row in columns for a list `width` cells wide, after the two cells of the marker: the
 * date (when any row has one), the title cut to the room the others leave, and the sources and
 * languages, aligned down the list. The title is in logical order and `padding` cells short.
 */
export function eventColumns(row: Extract<TimelineRow, {type: 'event'}>, view: TimelineView, width: number): {date: string; title: string; padding: number; meta: string} {
	const date = view.dateWidth > 0 ? `${row.date}${' '.repeat(view.dateWidth - textWidth(row.date))} ` : '';
	const meta = ` ${String(row.event.sources.length).padStart(view.countWidth)} src ${row.languages}${' '.repeat(view.languagesWidth - textWidth(row.languages))}`;
	const room = Math.max(0, width - 2 - date.length - meta.length);
	const title = clipLine(row.event.title, room);
	return {date, title, padding: Math.max(0, room - textWidth(title)), meta};
}
