import {getOrAdd} from './collections.js';
import {dayNumber} from './dates/calendar.js';
import type {TimelineEvent} from './model.js';

/** The width of a histogram's bins. */
export type HistogramUnit = 'day' | 'week' | 'month';

/** One bin: its first and last day (`YYYY-MM-DD`), the distinct sources of its events, and its events. */
export type HistogramBin = {start: string; end: string; sources: number; events: number};

export type Histogram = {unit: HistogramUnit; bins: HistogramBin[]};

const dayMs = 86_400_000;

const dayString = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);

/** The first day of the bin holding `day`: itself, its week's Monday, or its month's first. */
function binStart(day: number, unit: HistogramUnit): number {
	if (unit === 'day') return day;
	// 1970-01-01 was a Thursday: Mondays are the days 4 past a multiple of seven.
	if (unit === 'week') return day - ((((day - 4) % 7) + 7) % 7);
	const date = new Date(day * dayMs);
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / dayMs;
}

/** The first day of the bin after the one starting at `start`. */
function nextBin(start: number, unit: HistogramUnit): number {
	if (unit === 'day') return start + 1;
	if (unit === 'week') return start + 7;
	const date = new Date(start * dayMs);
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / dayMs;
}

/** Days a span may cover and still be drawn by day, or by week; longer spans go by month. */
const longestByDay = 92;
const longestByWeek = 731;

/**
 * How many sources tell of each day, week or month of the corpus's span: every bin from the
 * first to the last event placed on a day (a month too when counting by month), empty bins
 * included, so the bins draw the coverage as it was. Without `unit`, days for a span of up to
 * three months, weeks up to two years, months beyond. An event counts at its date's start.
 */
export function coverageHistogram(events: TimelineEvent[], unit?: HistogramUnit): Histogram {
	const counted = (event: TimelineEvent, by: HistogramUnit) => event.date !== null && (event.date.precision === 'day' || (by === 'month' && event.date.precision === 'month'));
	// Each date once: tens of thousands of events fall on a few hundred days.
	const dayNumbers = new Map<string, number>();
	const dayOf = ({date}: TimelineEvent) => getOrAdd(dayNumbers, date!.start, () => dayNumber(date!.start));
	const days = events.filter((event) => counted(event, unit ?? 'day')).map(dayOf);
	if (days.length === 0) return {unit: unit ?? 'day', bins: []};
	const span = days.reduce((high, day) => Math.max(high, day), -Infinity) - days.reduce((low, day) => Math.min(low, day), Infinity) + 1;
	const by = unit ?? (span <= longestByDay ? 'day' : span <= longestByWeek ? 'week' : 'month');
	const bins = new Map<number, {sources: Set<string>; events: number}>();
	let first = Infinity;
	let last = -Infinity;
	const binStarts = new Map<number, number>();
	for (const event of events) {
		if (!counted(event, by)) continue;
		const day = dayOf(event);
		const start = getOrAdd(binStarts, day, () => binStart(day, by));
		[first, last] = [Math.min(first, start), Math.max(last, start)];
		const bin = bins.get(start) ?? {sources: new Set<string>(), events: 0};
		for (const source of event.sources) bin.sources.add(source);
		bin.events++;
		bins.set(start, bin);
	}
	const result: HistogramBin[] = [];
	for (let start = first; start <= last; start = nextBin(start, by)) {
		const bin = bins.get(start);
		result.push({start: dayString(start), end: dayString(nextBin(start, by) - 1), sources: bin?.sources.size ?? 0, events: bin?.events ?? 0});
	}
	return {unit: by, bins: result};
}

/** The histogram as text for scripts: one bin a line, `start<TAB>end<TAB>sources<TAB>events`. */
export const histogramText = ({bins}: Histogram): string => bins.map((bin) => `${bin.start}\t${bin.end}\t${bin.sources}\t${bin.events}\n`).join('');
