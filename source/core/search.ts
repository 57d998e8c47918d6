/**
 * Fuzzy search over what a reader looks for: people, places and organizations (every alias
 * in every script) and event titles. The index holds only these short strings, never article
 * text, so building and querying it stays fast for large corpora.
 */
import Fuse from 'fuse.js';
import type {EntityKind, TimelineModel} from './model.js';

export type SearchKind = EntityKind | 'event';

/** Inclusive [start, end] character ranges in `matched`, as fuse.js reports them. */
export type MatchRange = readonly [number, number];

export type SearchHit = {
	kind: SearchKind;
	/** The entity name, or the event id. */
	ref: string;
	/** What a result row shows: the entity name or the event title. */
	label: string;
	/** The alias or title that matched; equals `label` unless an alias matched. */
	matched: string;
	indices: readonly MatchRange[];
	/** For an event found through an entity: that entity's name. */
	via: string | null;
	/** How many events the entity has (for events: 1). */
	events: number;
	score: number;
};

export type SearchGroup = {
	kind: SearchKind;
	hits: SearchHit[];
};

export type SearchResult = {
	query: string;
	groups: SearchGroup[];
	/** Every event the query finds, directly or through a matching entity: what n/N step through. */
	eventIds: string[];
};

type Entry = {
	kind: SearchKind;
	ref: string;
	label: string;
	text: string;
	events: number;
};

export type SearchIndex = {
	fuse: Fuse<Entry>;
	entityEvents: Map<string, string[]>;
	eventTitles: Map<string, string>;
	eventOrder: Map<string, number>;
};

const groupOrder: SearchKind[] = ['person', 'place', 'organization', 'event'];
const maxHitsPerGroup = 30;
// Enough candidates to fill every group after aliases of one entity are merged.
const candidateLimit = 400;

export function buildSearchIndex(model: TimelineModel): SearchIndex {
	const entries: Entry[] = [];
	const entityEvents = new Map<string, string[]>();
	for (const entity of model.entities) {
		entityEvents.set(entity.name, entity.events);
		const texts = new Set([entity.name, ...entity.aliases]);
		for (const text of texts) {
			entries.push({kind: entity.kind, ref: entity.name, label: entity.name, text, events: entity.events.length});
		}
	}
	const eventTitles = new Map<string, string>();
	const eventOrder = new Map<string, number>();
	model.events.forEach((event, index) => {
		eventTitles.set(event.id, event.title);
		eventOrder.set(event.id, index);
		entries.push({kind: 'event', ref: event.id, label: event.title, text: event.title, events: 1});
	});
	const fuse = new Fuse(entries, {
		keys: ['text'],
		includeScore: true,
		includeMatches: true,
		ignoreLocation: true,
		ignoreDiacritics: true,
		// Transposed, dropped and substituted letters ("zelenksy", "Zensky", "Selenskyj") stay within reach.
		threshold: 0.4,
		minMatchCharLength: 2,
	});
	return {fuse, entityEvents, eventTitles, eventOrder};
}

export function search(index: SearchIndex, query: string): SearchResult {
	const trimmed = query.trim();
	if (trimmed === '') {
		return {query, groups: [], eventIds: []};
	}
	const best = new Map<string, SearchHit>();
	for (const result of index.fuse.search(trimmed, {limit: candidateLimit})) {
		const entry = result.item;
		const key = `${entry.kind}\u0000${entry.ref}`;
		const score = result.score ?? 1;
		const previous = best.get(key);
		if (previous && previous.score <= score) {
			continue;
		}
		best.set(key, {
			kind: entry.kind,
			ref: entry.ref,
			label: entry.label,
			matched: entry.text,
			indices: result.matches?.[0]?.indices ?? [],
			via: null,
			events: entry.events,
			score,
		});
	}
	const hits = [...best.values()].sort((a, b) => a.score - b.score);

	// Events reached through a matching person or place, after the events whose titles match.
	const direct = new Set(hits.filter((hit) => hit.kind === 'event').map((hit) => hit.ref));
	const viaEntity: SearchHit[] = [];
	for (const hit of hits) {
		if (hit.kind === 'event') {
			continue;
		}
		for (const eventId of index.entityEvents.get(hit.ref) ?? []) {
			const title = index.eventTitles.get(eventId);
			if (title === undefined || direct.has(eventId)) {
				continue;
			}
			direct.add(eventId);
			viaEntity.push({kind: 'event', ref: eventId, label: title, matched: title, indices: [], via: hit.label, events: 1, score: hit.score});
		}
	}
	const all = [...hits, ...viaEntity];
	const groups = groupOrder
		.map((kind) => ({kind, hits: all.filter((hit) => hit.kind === kind).slice(0, maxHitsPerGroup)}))
		.filter((group) => group.hits.length > 0);
	const eventIds = [...direct].sort((a, b) => (index.eventOrder.get(a) ?? 0) - (index.eventOrder.get(b) ?? 0));
	return {query, groups, eventIds};
}

/** The hits in the order a result list shows them. */
export function flattenHits(result: SearchResult): SearchHit[] {
	return result.groups.flatMap((group) => group.hits);
}
