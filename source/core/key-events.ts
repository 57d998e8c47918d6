import type {TimelineEvent, TimelineModel} from './model.js';
import {withFields} from './lazy.js';

const bySalience = (a: TimelineEvent, b: TimelineEvent) => b.salience - a.salience;

/**
 * The `n` most salient of `events`, in the order they are given (timeline order), and every event
 * the user pinned. Ties go to the earlier event, so the same events always give the same key events.
 */
export function keyEvents(events: TimelineEvent[], n: number): TimelineEvent[] {
	if (n >= events.length) return events;
	const order = new Map(events.map((event, index) => [event, index]));
	const chosen = new Set([...events].sort((a, b) => bySalience(a, b) || order.get(a)! - order.get(b)!).slice(0, Math.max(n, 0)));
	return events.filter((event) => chosen.has(event) || event.pinned);
}

/**
 * Days ranked by how salient they are, the most salient first: a day is as salient as the sum of
 * its events' salience (a day on which several things happened, or one thing told in several
 * ways, weighs more). Only events placed on one day count; ties go to the earlier day.
 */
export function salientDays(events: TimelineEvent[]): Array<{day: string; salience: number}> {
	const days = new Map<string, number>();
	for (const {date, salience} of events) {
		if (date?.precision === 'day' && !date.end) days.set(date.start, (days.get(date.start) ?? 0) + salience);
	}
	return [...days]
		.map(([day, salience]) => ({day, salience}))
		.sort((a, b) => b.salience - a.salience || (a.day < b.day ? -1 : 1));
}

/**
 * The model with only its `n` most salient events (keyEvents); each entity lists only the events
 * kept, so every event id in it names an event of the model.
 */
export function withKeyEvents<Model extends Pick<TimelineModel, 'events' | 'entities'>>(model: Model, n: number): Model {
	const events = keyEvents(model.events, n);
	if (events === model.events) return model;
	const kept = new Set(events.map((event) => event.id));
	return withFields(model as Model, {events, entities: model.entities.map((entity) => withFields(entity, {events: entity.events.filter((id) => kept.has(id))}))} as Partial<Model>);
}
