/** The timeline as rows: events in chronological order under group headers, for a zoom and a filter. */
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

/** `2025-05-16`, `2025-05`, `2025`, or `2025-05-23…2025-05-25` for a range. */
export function formatDate(date: DateValue | null): string {
	if (!date) {
		return 'undated';
	}
	return date.end ? `${date.start}…${date.end}` : date.start;
}

const undatedKey = '\uffff';

function groupKey(date: DateValue | null, zoom: Zoom): string {
	if (!date) {
		return undatedKey;
	}
	const length = zoom === 'year' ? 4 : zoom === 'month' ? 7 : 10;
	return date.start.slice(0, length);
}

function groupLabel(key: string): string {
	if (key === undatedKey) {
		return 'Undated';
	}
	const [year, month, day] = key.split('-').map(Number);
	if (year === undefined || month === undefined) {
		return key;
	}
	const date = new Date(Date.UTC(year, month - 1, day ?? 1));
	const options: Intl.DateTimeFormatOptions =
		day === undefined ? {month: 'long', year: 'numeric', timeZone: 'UTC'} : {weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC'};
	return `${key} · ${date.toLocaleDateString('en-GB', options)}`;
}

/** Chronological: by start (a year before its months, a month before its days), then end; undated last. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
	if (!a.date || !b.date) {
		return (a.date ? 0 : 1) - (b.date ? 0 : 1);
	}
	if (a.date.start !== b.date.start) {
		return a.date.start < b.date.start ? -1 : 1;
	}
	const aEnd = a.date.end ?? a.date.start;
	const bEnd = b.date.end ?? b.date.start;
	return aEnd === bEnd ? 0 : aEnd < bEnd ? -1 : 1;
}

export function buildTimeline(model: TimelineModel, filter: string | null, zoom: Zoom): TimelineView {
	let events = [...model.events].sort(compareEvents);
	if (filter !== null) {
		const ids = new Set(model.entities.find((entity) => entity.name === filter)?.events ?? []);
		events = events.filter((event) => ids.has(event.id));
	}
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
	const dateWidth = events.reduce((widest, event) => Math.max(widest, formatDate(event.date).length), 0);
	return {events, rows, rowOfEvent, groupStarts, dateWidth};
}
