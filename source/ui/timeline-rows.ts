/** The timeline as rows: events in chronological order under group headers, for a zoom and a filter. */
import {displayDate} from '../core/dates/calendar.js';
import {shownEvents} from '../core/export/view.js';
import {keyEvents} from '../core/key-events.js';
import type {DateValue, TimelineEvent, TimelineModel} from '../core/model.js';

export type Zoom = 'day' | 'month' | 'year';

export const zooms: readonly Zoom[] = ['day', 'month', 'year'];

export type TimelineRow =
	| {type: 'group'; key: string; label: string; count: number}
	| {type: 'event'; event: TimelineEvent; index: number};

export type TimelineView = {
	events: TimelineEvent[];
	rows: TimelineRow[];
	/** The row of each event, by event index. */
	rowOfEvent: number[];
	/** The event index that starts each group. */
	groupStarts: number[];
	/** The widest date label, so the date column does not shift while scrolling. */
	dateWidth: number;
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

function formatGroupLabel(key: string): string {
	if (key === undatedKey) {
		return 'Undated';
	}
	const [year, month, day] = key.split('-').map(Number);
	if (year === undefined || month === undefined) {
		return key;
	}
	const date = new Date(Date.UTC(year, month - 1, day ?? 1));
	return `${key} · ${(day === undefined ? monthLabel : dayLabel).format(date)}`;
}

// Made once: toLocaleDateString builds a new formatter on every call.
const monthLabel = new Intl.DateTimeFormat('en-GB', {month: 'long', year: 'numeric', timeZone: 'UTC'});
const dayLabel = new Intl.DateTimeFormat('en-GB', {weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC'});

/**
 * The timeline for a filter and a zoom; with `only`, just those of its events (a text filter's);
 * with `keyLimit`, only the that many most salient of the filtered events (the key events of
 * what the filters show, not of the whole corpus).
 */
export function buildTimeline(model: TimelineModel, filter: string | null, zoom: Zoom, keyLimit: number | null = null, only: ReadonlySet<string> | null = null): TimelineView {
	// What an export of the same filter holds, in the same order.
	let events = shownEvents(model, filter);
	if (only !== null) events = events.filter((event) => only.has(event.id));
	if (keyLimit !== null) events = keyEvents(events, keyLimit);
	const rows: TimelineRow[] = [];
	const rowOfEvent: number[] = [];
	const groupStarts: number[] = [];
	let currentKey: string | null = null;
	let header: Extract<TimelineRow, {type: 'group'}> | null = null;
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
		rows.push({type: 'event', event, index});
	});
	const dateWidth = events.reduce((widest, event) => Math.max(widest, displayDate(event.date).length), 0);
	return {events, rows, rowOfEvent, groupStarts, dateWidth};
}
