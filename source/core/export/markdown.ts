/**
 * The timeline as a Markdown brief to paste into a story or a chat: a heading per day (month,
 * year, as the timeline is grouped), a bullet per event with its people, places and sources as
 * links. Article text is backslash-escaped, so it can neither make a link, an image, emphasis or
 * HTML, nor start a heading or a list.
 */
import {pushAll} from '../collections.js';
import {displayDate} from '../dates/calendar.js';
import type {DateValue, Precision} from '../model.js';
import {sourceLabel, webLink} from './source-line.js';
import type {ExportEvent, ExportView} from './view.js';

/** Text whose Markdown and HTML characters are shown as written. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>&|~!#]/g, '\\$&');
}

/** A url as a link destination: the characters that end one or start markup are percent-encoded. */
const linkDestination = (url: string) => url.replace(/[()<> ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

const headingLength: Record<Precision, number> = {day: 10, month: 7, year: 4};

/** The heading an event goes under at a zoom: its day, month or year (a month's event stays under its month when the zoom is by day). */
function headingOf(date: DateValue | null, zoom: Precision): string {
	return date === null ? 'Undated' : date.start.slice(0, headingLength[zoom]);
}

function bullet(event: ExportEvent): string[] {
	const range = event.date?.end ? ` (${displayDate(event.date)})` : '';
	const lines = [`- ${escapeMarkdown(event.title)}${range}`];
	if (event.note !== undefined) lines.push(`  - Note: ${escapeMarkdown(event.note)}`);
	if (event.people.length > 0) lines.push(`  - People: ${escapeMarkdown(event.people.join(', '))}`);
	if (event.places.length > 0) lines.push(`  - Places: ${escapeMarkdown(event.places.join(', '))}`);
	const sources = event.sources.map((source) => {
		const label = escapeMarkdown(sourceLabel(source));
		const link = webLink(source);
		return link ? `[${label}](${linkDestination(link)})` : label;
	});
	if (sources.length > 0) lines.push(`  - Sources: ${sources.join(', ')}`);
	return lines;
}

export function markdownBrief(view: ExportView): string {
	const lines = [`# ${escapeMarkdown(view.title)}`];
	let heading: string | null = null;
	for (const event of view.events) {
		const next = headingOf(event.date, view.zoom);
		if (next !== heading) {
			heading = next;
			lines.push('', `## ${heading}`, '');
		}
		pushAll(lines, bullet(event));
	}
	return `${lines.join('\n')}\n`;
}
