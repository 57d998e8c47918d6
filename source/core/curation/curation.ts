import type {TimelineEvent, TimelineModel} from '../model.js';
import {eventIdentity, identityKey, type EventIdentity} from './event-identity.js';

export type CurationStep =
	| {action: 'hide'; event: EventIdentity}
	| {action: 'pin'; event: EventIdentity}
	| {action: 'rename'; event: EventIdentity; title: string};

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

/** The model as the user curated it: hidden events gone (also from entities), titles replaced, pinned events marked. */
export function applyCuration(model: TimelineModel, curation: Curation): CurationResult {
	if (curation.steps.length === 0) return {model, unmatched: []};
	const texts = new Map(model.articles.map((article) => [article.id, article.text]));
	const byIdentity = new Map<string, TimelineEvent[]>();
	for (const event of model.events) {
		const key = identityKey(eventIdentity(event, texts));
		const same = byIdentity.get(key);
		if (same) same.push(event);
		else byIdentity.set(key, [event]);
	}
	const hidden = new Set<string>();
	const pinned = new Set<string>();
	const titles = new Map<string, string>();
	const unmatched: CurationStep[] = [];
	for (const step of curation.steps) {
		const events = byIdentity.get(identityKey(step.event));
		if (!events) {
			unmatched.push(step);
			continue;
		}
		for (const {id} of events) {
			if (step.action === 'hide') hidden.add(id);
			else if (step.action === 'pin') pinned.add(id);
			else titles.set(id, step.title);
		}
	}
	const events: TimelineEvent[] = model.events
		.filter((event) => !hidden.has(event.id))
		.map((event) => {
			const title = titles.get(event.id) ?? event.title;
			return pinned.has(event.id) ? {...event, title, pinned: true} : title === event.title ? event : {...event, title};
		});
	const entities = hidden.size === 0 ? model.entities : model.entities.map((entity) => ({...entity, events: entity.events.filter((id) => !hidden.has(id))}));
	return {model: {...model, events, entities}, unmatched};
}

/** One line naming an unmatched step for a warning. */
export function describeStep(step: CurationStep): string {
	const {date, sources} = step.event;
	const when = date ? (date.end ? `${date.start}..${date.end}` : date.start) : 'undated';
	const what = step.action === 'rename' ? `rename to "${step.title}"` : step.action;
	return `${what} of the event on ${when} from ${sources.join(', ')} (sentence ${step.event.sentence})`;
}
