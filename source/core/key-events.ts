import {withOnlyEvents} from './event-filter.js';
import type {TimelineEvent, TimelineModel} from './model.js';

/** How many events the interface's key-events view shows: a timeline one reads in a few screens. */
export const keyEventLimit = 50;
/** From how many events a corpus opens on its key events in the interface. */
export const keyEventsFrom = 3 * keyEventLimit;

/**
 * Events the most salient first, the order in which they become key events as their number
 * grows. Ties go to the earlier event, so the same events always give the same key events.
 */
function bySalience(events: TimelineEvent[]): TimelineEvent[] {
	const order = new Map(events.map((event, index) => [event, index]));
	return [...events].sort((a, b) => b.salience - a.salience || order.get(a)! - order.get(b)!);
}

/**
 * The `n` most salient of `events`, in the order they are given (timeline order), and every event
 * the user pinned. The same as the first `n` of bySalience, found without sorting the events: the
 * interface asks at its start and at every change of filter, of tens of thousands of events.
 */
export function keyEvents(events: TimelineEvent[], n: number): TimelineEvent[] {
	if (n >= events.length) return events;
	if (n <= 0) return events.filter((event) => event.pinned);
	// The n-th highest salience: every event above it is chosen, and the earliest of those at it.
	const saliences = Float64Array.from(events, (event) => event.salience).sort();
	const threshold = saliences[events.length - n]!;
	let atThreshold = n - events.reduce((above, event) => above + (event.salience > threshold ? 1 : 0), 0);
	return events.filter((event) => event.salience > threshold || (event.salience === threshold && atThreshold-- > 0) || event.pinned);
}

/**
 * The days the key events show, in the order they first appear among them as their number grows,
 * each with the salience of its most salient event: the key dates of the story as the key events
 * view gives them. Only events placed on one day count.
 */
export function salientDays(events: TimelineEvent[]): Array<{day: string; salience: number}> {
	const days = new Map<string, number>();
	for (const {date, salience} of bySalience(events)) {
		if (date?.precision === 'day' && !date.end && !days.has(date.start)) days.set(date.start, salience);
	}
	return [...days].map(([day, salience]) => ({day, salience}));
}

/**
 * The model with only its `n` most salient events (keyEvents); each entity lists only the events
 * kept, so every event id in it names an event of the model.
 */
export function withKeyEvents<Model extends Pick<TimelineModel, 'events' | 'entities'>>(model: Model, n: number): Model {
	return withOnlyEvents(model, keyEvents(model.events, n));
}
