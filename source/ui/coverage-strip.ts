/**
 * The coverage strip above the timeline: how many sources tell of each day, week or month of the
 * corpus's span, as block characters in one row, and a row below that marks where the key events
 * and the selected event fall. Characters alone carry it, so it reads without colour.
 */
import type {Histogram} from '../core/histogram.js';
import type {TimelineEvent} from '../core/model.js';

const levels = ' ▁▂▃▄▅▆▇█';
export const selectedMark = '▲';
export const keyMark = '•';

export type CoverageStrip = {bars: string; marks: string};

/** The bins each column of `width` stands for: stretched when there are fewer bins than columns. */
function binsOfColumn(column: number, bins: number, width: number): [number, number] {
	const first = Math.floor((column * bins) / width);
	return [first, Math.max(first + 1, Math.floor(((column + 1) * bins) / width))];
}

/** The column of `day` (`YYYY-MM-DD`) in a strip of `width`, or -1 outside the histogram's span. */
export function columnOfDay(histogram: Histogram, day: string, width: number): number {
	const {bins} = histogram;
	if (bins.length === 0 || day < bins[0]!.start || day > bins[bins.length - 1]!.end) return -1;
	// Bins are in order and contiguous: a binary search finds the one holding the day.
	let low = 0;
	let high = bins.length - 1;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (bins[middle]!.end < day) low = middle + 1;
		else high = middle;
	}
	return Math.min(width - 1, Math.floor((low * width) / bins.length));
}

/** The first day of a date's start as `YYYY-MM-DD` (a month or year starts on its first day). */
const firstDay = (start: string): string => (start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start.slice(0, 10));

/** The strip for `histogram` in `width` columns, marking the key events' and the selected event's days. */
export function coverageStrip(histogram: Histogram, width: number, keyEvents: readonly TimelineEvent[], selected: TimelineEvent | undefined): CoverageStrip {
	const {bins} = histogram;
	if (bins.length === 0 || width <= 0) return {bars: '', marks: ''};
	const totals: number[] = [];
	for (let column = 0; column < width; column++) {
		const [first, end] = binsOfColumn(column, bins.length, width);
		let sources = 0;
		for (let bin = first; bin < end && bin < bins.length; bin++) sources += bins[bin]!.sources;
		totals.push(sources);
	}
	let highest = 0;
	for (const total of totals) highest = Math.max(highest, total);
	// Any coverage shows at least the lowest block; none is a blank.
	const bars = totals.map((total) => levels[total === 0 ? 0 : Math.max(1, Math.round((total / highest) * (levels.length - 1)))]).join('');
	const marks = Array.from({length: width}, () => ' ');
	const place = (event: TimelineEvent | undefined, mark: string) => {
		const column = event?.date ? columnOfDay(histogram, firstDay(event.date.start), width) : -1;
		if (column >= 0) marks[column] = mark;
	};
	for (const event of keyEvents) place(event, keyMark);
	place(selected, selectedMark);
	return {bars, marks: marks.join('')};
}
