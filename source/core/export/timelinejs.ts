/**
 * The timeline as TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html): a
 * title slide and one slide per dated event. TimelineJS shows headline and text as HTML, so
 * every piece of article text is escaped.
 */
import {titleFrom} from '../title.js';
import {parseIsoDay} from '../dates/calendar.js';
import type {DateValue, Precision} from '../model.js';
import {escapeHtml} from './html.js';
import {sourceLabel, webLink} from './source-line.js';
import type {ExportEvent, ExportView} from './view.js';

type SlideDate = {year: number; month?: number; day?: number};

type Slide = {
	start_date?: SlideDate;
	end_date?: SlideDate;
	text: {headline: string; text: string};
	group?: string;
	unique_id: string;
};

// Headlines are read on a slide and on the time axis: the start of the title, cut at a word.
const headlineLength = 80;

function slideDate(value: string, precision: Precision): SlideDate {
	const {year, month, day} = parseIsoDay(value);
	if (precision === 'year') return {year};
	if (precision === 'month') return {year, month};
	return {year, month, day};
}

function dates(date: DateValue): Pick<Slide, 'start_date' | 'end_date'> {
	const start = slideDate(date.start, date.precision);
	return date.end ? {start_date: start, end_date: slideDate(date.end, date.precision)} : {start_date: start};
}

function slideText(event: ExportEvent): string {
	const names = [
		['People', event.people],
		['Places', event.places],
	] as const;
	const sources = event.sources.map((source) => {
		const label = escapeHtml(sourceLabel(source));
		const link = webLink(source);
		return `<li>${link ? `<a href="${escapeHtml(link)}">${label}</a>` : label}</li>`;
	});
	return [
		`<p>${escapeHtml(event.title)}</p>`,
		event.note === undefined ? '' : `<p>Note: ${escapeHtml(event.note)}</p>`,
		...names.map(([label, list]) => (list.length > 0 ? `<p>${label}: ${escapeHtml(list.join(', '))}</p>` : '')),
		sources.length > 0 ? `<p>Sources:</p><ul>${sources.join('')}</ul>` : '',
	].join('');
}

/** The dated events of the view as a TimelineJS 3 document; TimelineJS has no place for undated events. */
export function timelineJs(view: ExportView): string {
	const dated = view.events.filter((event): event is ExportEvent & {date: DateValue} => event.date !== null);
	const outlets = new Set(dated.flatMap((event) => event.sources.map((source) => source.outlet ?? source.id)));
	const title: Slide = {
		text: {headline: escapeHtml(view.title), text: `<p>${dated.length} events from ${outlets.size} sources</p>`},
		unique_id: 'title',
	};
	const events: Slide[] = dated.map((event) => ({
		...dates(event.date),
		text: {headline: escapeHtml(titleFrom(event.title, {start: 0, end: event.title.length}, headlineLength)), text: slideText(event)},
		...(event.group === null ? {} : {group: escapeHtml(event.group)}),
		unique_id: `event-${event.id}`,
	}));
	return `${JSON.stringify({title, events}, null, '\t')}\n`;
}
