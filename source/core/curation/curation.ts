import type {TimelineEvent, TimelineModel} from '../model.js';
import {articleTextsOf, eventIdentity, placeKey, type ArticleTexts, type EventIdentity} from './event-identity.js';
import {withFields} from '../lazy.js';

export type CurationStep =
	| {action: 'hide'; event: EventIdentity}
	| {action: 'pin'; event: EventIdentity}
	| {action: 'rename'; event: EventIdentity; title: string}
	| {action: 'note'; event: EventIdentity; note: string}
	/** The two events become one: `event`'s, with `with`'s sources and mentions too. */
	| {action: 'merge'; event: EventIdentity; with: EventIdentity}
	/** The mentions of article `source` leave the event and become an event of their own. */
	| {action: 'split'; event: EventIdentity; source: string};

export type CurationAction = CurationStep['action'];

/** The user's changes to a timeline, in the order made; the last one is what undo takes back. */
export type Curation = {steps: CurationStep[]};

export type CurationResult = {
	model: TimelineModel;
	/** Steps that name no event of this model: reported to the user, kept in the file. */
	unmatched: CurationStep[];
};

export const emptyCuration: Curation = {steps: []};

export function withStep(curation: Curation, step: CurationStep): Curation {
	return {steps: [...curation.steps, step]};
}

/** The curation without its last step. */
export function withoutLastStep(curation: Curation): Curation {
	return {steps: curation.steps.slice(0, -1)};
}

/**
 * One event from two: the one earlier in the timeline keeps its id, date and title (so the
 * earliest first mention leads), and gains the other's sources, mentions, people and places.
 */
function mergedEvent(first: TimelineEvent, second: TimelineEvent): TimelineEvent {
	const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
	const mentionKey = (mention: TimelineEvent['mentions'][number]) => `${mention.article}:${mention.sentence.start}`;
	const seen = new Set(first.mentions.map(mentionKey));
	return {
		...first,
		salience: Math.max(first.salience, second.salience),
		people: union(first.people, second.people),
		places: union(first.places, second.places),
		sources: union(first.sources, second.sources),
		mentions: [...first.mentions, ...second.mentions.filter((mention) => !seen.has(mentionKey(mention)))],
		...(first.pinned || second.pinned ? {pinned: true} : {}),
	};
}

/** The id of the event split out of `event` for article `source`: the same whatever the clock, so a step after it can name it. */
const splitEventId = (event: TimelineEvent, source: string) => `${event.id}~${source}`;

/** The event without article `source`, and the event made of that article's mentions; undefined unless the event has it and another source. */
export function splitEvent(event: TimelineEvent, source: string): [TimelineEvent, TimelineEvent] | undefined {
	if (event.sources.length < 2 || !event.sources.includes(source)) return undefined;
	const kept = {...event, sources: event.sources.filter((id) => id !== source), mentions: event.mentions.filter((mention) => mention.article !== source)};
	const out: TimelineEvent = {...event, id: splitEventId(event, source), sources: [source], mentions: event.mentions.filter((mention) => mention.article === source)};
	delete out.pinned;
	delete out.note;
	return [kept, out];
}

/**
 * The events as they stand after each step, looked up by identity. Steps apply in order: a step
 * after a merge or a split names the event that came of it.
 */
class Curating {
	private readonly events: Map<string, TimelineEvent>;
	private readonly keys = new Map<string, string>();
	private readonly byKey = new Map<string, Set<string>>();
	readonly hidden = new Set<string>();
	/** Event ids merged into another event, and the event they went into. */
	readonly mergedInto = new Map<string, string>();
	/** Events split out of an event: [its id, the new event]. */
	readonly splitOut: Array<[string, TimelineEvent]> = [];

	constructor(
		events: readonly TimelineEvent[],
		private readonly texts: ArticleTexts,
	) {
		this.events = new Map(events.map((event) => [event.id, event]));
		for (const event of events) this.index(event);
	}

	// Events are kept by date and sources alone: the sentence, which reads the article's text, is
	// compared only for the few events a step's date and sources find.
	private index(event: TimelineEvent): void {
		const key = placeKey(event);
		this.keys.set(event.id, key);
		const same = this.byKey.get(key);
		if (same) same.add(event.id);
		else this.byKey.set(key, new Set([event.id]));
	}

	private unindex(id: string): void {
		const key = this.keys.get(id);
		if (key === undefined) return;
		this.keys.delete(id);
		const same = this.byKey.get(key);
		same?.delete(id);
		if (same?.size === 0) this.byKey.delete(key);
	}

	/** Replaces an event by one that may have another identity (more or fewer sources). */
	set(event: TimelineEvent): void {
		this.unindex(event.id);
		this.events.set(event.id, event);
		this.index(event);
	}

	remove(id: string): void {
		this.unindex(id);
		this.events.delete(id);
	}

	find(identity: EventIdentity): TimelineEvent[] {
		const candidates = [...(this.byKey.get(placeKey(identity)) ?? [])].map((id) => this.events.get(id)!);
		return candidates.filter((event) => eventIdentity(event, this.texts).sentence === identity.sentence);
	}

	get(id: string): TimelineEvent | undefined {
		return this.events.get(id);
	}

	/** The events in timeline order: each split-out event right after the event it came from. */
	ordered(original: readonly TimelineEvent[], after: ReadonlyMap<string, TimelineEvent[]>): TimelineEvent[] {
		const result: TimelineEvent[] = [];
		const seen = new Set<string>();
		const visit = (id: string) => {
			if (seen.has(id)) return;
			seen.add(id);
			const event = this.events.get(id);
			if (event && !this.hidden.has(id)) result.push(event);
			for (const split of after.get(id) ?? []) visit(split.id);
		};
		for (const event of original) visit(event.id);
		return result;
	}
}

/** Applies one step; false when the step names no event (or no longer applies to it). */
function applyStep(state: Curating, step: CurationStep, order: (id: string) => number): boolean {
	const events = state.find(step.event);
	if (events.length === 0) return false;
	switch (step.action) {
		case 'hide':
			for (const {id} of events) state.hidden.add(id);
			return true;
		case 'pin':
			for (const event of events) state.set({...event, pinned: true});
			return true;
		case 'rename':
			for (const event of events) state.set({...event, title: step.title});
			return true;
		case 'note':
			for (const event of events) state.set({...event, note: step.note});
			return true;
		case 'merge': {
			const other = state.find(step.with)[0];
			const event = events[0]!;
			if (!other || other.id === event.id) return false;
			const [first, second] = order(event.id) <= order(other.id) ? [event, other] : [other, event];
			state.remove(second.id);
			state.set(mergedEvent(first, second));
			state.mergedInto.set(second.id, first.id);
			if (state.hidden.has(second.id)) state.hidden.add(first.id);
			return true;
		}
		case 'split': {
			const parts = splitEvent(events[0]!, step.source);
			if (!parts) return false;
			state.set(parts[0]);
			state.set(parts[1]);
			state.splitOut.push([parts[0].id, parts[1]]);
			return true;
		}
	}
}

/** The model as the user curated it: hidden events gone (also from entities), titles and notes replaced, pinned events marked, events merged and split. */
export function applyCuration(model: TimelineModel, curation: Curation): CurationResult {
	if (curation.steps.length === 0) return {model, unmatched: []};
	// An article's text is read only where a step's date and sources find its event.
	const state = new Curating(model.events, articleTextsOf(model));
	const positions = new Map(model.events.map((event, index) => [event.id, index]));
	// A split-out event stands where the event it came from stands.
	const order = (id: string): number => positions.get(id) ?? positions.get(id.slice(0, id.indexOf('~'))) ?? Number.MAX_SAFE_INTEGER;
	const unmatched = curation.steps.filter((step) => !applyStep(state, step, order));
	const splitsOf = new Map<string, TimelineEvent[]>();
	for (const [from, event] of state.splitOut) splitsOf.set(from, [...(splitsOf.get(from) ?? []), event]);
	const events = state.ordered(model.events, splitsOf);
	// The event an event went into, through every merge after it.
	const into = (id: string): string => {
		let to = id;
		for (let next = state.mergedInto.get(to); next !== undefined; next = state.mergedInto.get(to)) to = next;
		return to;
	};
	const entities = model.entities.map((entity) => {
		// An entity keeps the event its event went into, and gains each event split out of one of
		// its events for an article that names it.
		const ids = new Set<string>();
		const add = (id: string) => {
			if (ids.has(id)) return;
			ids.add(id);
			for (const split of splitsOf.get(id) ?? []) {
				if (entity.mentions.some((mention) => mention.article === split.sources[0])) add(into(split.id));
			}
		};
		for (const id of entity.events) add(into(id));
		const kept = [...ids].filter((id) => !state.hidden.has(id) && state.get(id) !== undefined);
		return kept.length === entity.events.length && kept.every((id, index) => id === entity.events[index]) ? entity : withFields(entity, {events: kept});
	});
	return {model: withFields(model, {events, entities}), unmatched};
}

/** One line naming a step for a warning. */
export function describeStep(step: CurationStep): string {
	const describe = ({date, sources, sentence}: EventIdentity) => {
		const when = date ? (date.end ? `${date.start}..${date.end}` : date.start) : 'undated';
		return `the event on ${when} from ${sources.join(', ')} (sentence ${sentence})`;
	};
	switch (step.action) {
		case 'rename':
			return `rename to "${step.title}" of ${describe(step.event)}`;
		case 'merge':
			return `merge of ${describe(step.event)} with ${describe(step.with)}`;
		case 'split':
			return `split of ${step.source} out of ${describe(step.event)}`;
		default:
			return `${step.action} of ${describe(step.event)}`;
	}
}
