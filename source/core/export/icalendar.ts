/**
 * The timeline as an iCalendar file (RFC 5545) through ical.js, which escapes text values and
 * folds lines: one all-day event per dated event. A range spans its days (DTEND is the day after
 * its last, as the standard counts); an event known only to its month or year is an all-day event
 * on its first day, "(month)" or "(year)" in its summary. UIDs come from the event's id, which the
 * engine makes from its first sentence and date, so a calendar imported again updates its events
 * instead of doubling them.
 */
import ICAL from 'ical.js';
import {addDays, displayDate, formatDate, parseIsoDay, type CalendarDay} from '../dates/calendar.js';
import type {DateValue} from '../model.js';
import {sourceLabel} from './source-line.js';
import type {ExportEvent, ExportView} from './view.js';

// ical.js folds a line after 75 octets and puts a space before the rest: a folded line would be
// 76 octets. RFC 5545 allows 75 with the space.
ICAL.foldLength = 74;

const dateValue = (day: CalendarDay) => ICAL.Time.fromDateString(formatDate(day, 'day'));

/** First day and the day after the last. */
function days(date: DateValue): {start: CalendarDay; end: CalendarDay} {
	const start = parseIsoDay(date.start);
	const last = date.precision === 'day' && date.end ? parseIsoDay(date.end) : start;
	return {start, end: addDays(last, 1)};
}

function summary(event: ExportEvent & {date: DateValue}): string {
	const {date} = event;
	if (date.precision === 'day') return event.title;
	return `${event.title} (${date.precision}${date.end ? ` ${displayDate(date)}` : ''})`;
}

function description(event: ExportEvent): string {
	const lines: string[] = [];
	if (event.note !== undefined) lines.push(`Note: ${event.note}`);
	if (event.people.length > 0) lines.push(`People: ${event.people.join(', ')}`);
	if (event.places.length > 0) lines.push(`Places: ${event.places.join(', ')}`);
	for (const source of event.sources) lines.push(`${sourceLabel(source)}${source.url ? ` ${source.url}` : ''}`);
	return lines.join('\n');
}

/**
 * DTSTAMP (when the calendar data was made) is the latest publication day of the sources, not the
 * clock: the same corpus gives the same file.
 */
function stampOf(view: ExportView): ICAL.Time {
	const published = view.events.flatMap((event) => event.sources.flatMap((source) => source.published ?? []));
	const latest = published.reduce((a, b) => (a > b ? a : b), '1970-01-01');
	return ICAL.Time.fromDateTimeString(`${latest}T00:00:00Z`);
}

/** The dated events of the view as a VCALENDAR; undated events have no day to stand on and are left out. */
export function iCalendar(view: ExportView): string {
	const calendar = new ICAL.Component('vcalendar');
	calendar.addPropertyWithValue('version', '2.0');
	calendar.addPropertyWithValue('prodid', '-//dateline//timeline export//EN');
	calendar.addPropertyWithValue('calscale', 'GREGORIAN');
	// An X- property has no value type of its own: as text, it is escaped as a summary is.
	const name = new ICAL.Property('x-wr-calname');
	name.resetType('text');
	name.setValue(view.title);
	calendar.addProperty(name);
	const stamp = stampOf(view);
	for (const event of view.events) {
		if (event.date === null) continue;
		const dated = {...event, date: event.date};
		const {start, end} = days(event.date);
		const entry = new ICAL.Component('vevent');
		entry.addPropertyWithValue('uid', `${event.id}@dateline`);
		entry.addPropertyWithValue('dtstamp', stamp);
		entry.addPropertyWithValue('dtstart', dateValue(start));
		entry.addPropertyWithValue('dtend', dateValue(end));
		entry.addPropertyWithValue('summary', summary(dated));
		const text = description(event);
		if (text !== '') entry.addPropertyWithValue('description', text);
		calendar.addSubcomponent(entry);
	}
	return `${calendar.toString()}\r\n`;
}
