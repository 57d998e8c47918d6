import {getOrAdd} from '../collections.js';
import type {DateValue, Precision} from '../model.js';

/** Calendar arithmetic on plain year/month/day numbers, in UTC so that no time zone enters. */
export type CalendarDay = {year: number; month: number; day: number};

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function formatDate(day: CalendarDay, precision: Precision): string {
	const year = pad(day.year, 4);
	if (precision === 'year') return year;
	if (precision === 'month') return `${year}-${pad(day.month)}`;
	return `${year}-${pad(day.month)}-${pad(day.day)}`;
}

export function parseIsoDay(value: string): CalendarDay {
	const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
	return {year, month, day};
}

/** A day as a UTC Date; setUTCFullYear, because Date.UTC takes the years 0–99 for 1900–1999. */
function utcDate(day: CalendarDay, days = 0, hours = 0): Date {
	const date = new Date(Date.UTC(2000, 0, 1, hours));
	date.setUTCFullYear(day.year, day.month - 1, day.day + days);
	return date;
}

const dayMs = 86_400_000;

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` day (a missing month or day is the first) as days since 1970-01-01, in UTC. */
export function dayNumber(value: string): number {
	return utcDate(parseIsoDay(value)).getTime() / dayMs;
}

/** Whether a value's days are years 0000–9999: a date computed past them is no calendar date a timeline can show or sort. */
export const withinCalendar = (value: DateValue) => /^\d{4}(?:-|$)/.test(value.start) && (value.end === null || /^\d{4}(?:-|$)/.test(value.end));

export function addDays(day: CalendarDay, days: number): CalendarDay {
	const date = utcDate(day, days);
	return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()};
}

/** Noon UTC of a day: the reference instant handed to chrono-node together with `timezone: 0`. */
export function noonUtc(day: CalendarDay): Date {
	return utcDate(day, 0, 12);
}

/** Coarser to finer: a year, a month, a day. */
export const precisionOrder: Record<Precision, number> = {year: 0, month: 1, day: 2};

export function compareValues(a: DateValue | null, b: DateValue | null): number {
	if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
	if (a.start !== b.start) return a.start < b.start ? -1 : 1;
	if (a.precision !== b.precision) return precisionOrder[a.precision] - precisionOrder[b.precision];
	return (a.end ?? '') < (b.end ?? '') ? -1 : (a.end ?? '') > (b.end ?? '') ? 1 : 0;
}

export const sameValue = (a: DateValue | null, b: DateValue | null) => compareValues(a, b) === 0;

/** A date value as the timeline shows it: `2025-05-16`, `2025-05`, `2025`, ranges as `2025-05-23…2025-05-25`. */
export function displayDate(value: DateValue | null): string {
	if (value === null) return 'undated';
	return value.end ? `${value.start}…${value.end}` : value.start;
}

/**
 * One object per distinct date value: a corpus repeats the same few thousand days hundreds of
 * thousands of times, and a large model runs short of memory with a copy for each.
 */
export function sharedDateValues(): (value: DateValue | null) => DateValue | null {
	const pool = new Map<string, DateValue>();
	return (value) => {
		if (!value) return value;
		return getOrAdd(pool, `${value.start}/${value.end ?? ''}/${value.precision}`, () => value);
	};
}
