import {displayDate} from './dates/calendar.js';
import type {TimelineModel} from './model.js';
import {terminalLine} from './terminal-text.js';

/** The timeline as text for a pipe, as `git log --oneline` prints history: one event a line, `date<TAB>title<TAB>sources`. */
export function plainTimeline(model: TimelineModel): string {
	return model.events.map((event) => `${displayDate(event.date)}\t${terminalLine(event.title)}\t${event.sources.map(terminalLine).join(', ')}\n`).join('');
}
