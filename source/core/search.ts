/**
 * Fuzzy search over what a reader looks for: people, places and organizations (every alias
 * in every script) and event titles. The index holds only these short strings, never article
 * text, so building and querying it stays fast for large corpora.
 */
import Fuse from 'fuse.js';
import type {EntityKind, TimelineEvent, TimelineModel} from './model.js';
import {pushTo} from './collections.js';

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
	entries: Entry[];
	/** Character pair → the entries whose text contains it: narrows a query to a few candidates before fuse.js ranks them. */
	pairs: Map<string, Uint32Array>;
	entityEvents: Map<string, string[]>;
	/** The model's events, in timeline order, and each one's place there by id. */
	events: readonly TimelineEvent[];
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
	const eventOrder = new Map<string, number>();
	model.events.forEach((event, index) => {
		eventOrder.set(event.id, index);
		entries.push({kind: 'event', ref: event.id, label: event.title, text: event.title, events: 1});
	});
	const lists = new Map<string, number[]>();
	entries.forEach((entry, position) => {
		for (const pair of characterPairs(entry.text)) pushTo(lists, pair, position);
	});
	const pairs = new Map([...lists].map(([pair, list]) => [pair, Uint32Array.from(list)]));
	return {entries, pairs, entityEvents, events: model.events, eventOrder};
}

const fuseOptions = {
	keys: ['text'],
	includeScore: true,
	includeMatches: true,
	ignoreLocation: true,
	ignoreDiacritics: true,
	// Transposed, dropped and substituted letters ("zelenksy", "Zensky", "Selenskyj") stay within reach.
	threshold: 0.4,
	minMatchCharLength: 2,
};

/** Lower case without accents, so that pairs match as fuse.js's ignoreDiacritics does. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The distinct pairs of adjacent characters of a text ("zel", → "ze", "el"). */
function characterPairs(text: string): Set<string> {
	const folded = fold(text);
	const pairs = new Set<string>();
	for (let index = 0; index + 1 < folded.length; index++) pairs.add(folded.slice(index, index + 2));
	return pairs;
}

/** How many candidates fuse.js ranks for one query. */
const candidatesPerQuery = 300;
/** Share of the query's character pairs a candidate must have: a typo changes two or three of them. */
const sharedPairs = 0.4;

/**
 * The entries that share enough character pairs with the query, most shared first. Ranking
 * every one of tens of thousands of titles with fuse.js would take far longer than a keystroke.
 */
function candidates(index: SearchIndex, query: string): Entry[] {
	const pairs = [...characterPairs(query)];
	if (pairs.length === 0) return index.entries.filter((entry) => entry.kind !== 'event');
	const counts = new Uint16Array(index.entries.length);
	const touched: number[] = [];
	for (const pair of pairs) {
		for (const position of index.pairs.get(pair) ?? []) {
			if (counts[position] === 0) touched.push(position);
			counts[position]!++;
		}
	}
	const needed = Math.max(1, Math.ceil(pairs.length * sharedPairs));
	// Most shared first, then in index order. Entries are grouped by how many pairs they share:
	// a query of common letters touches tens of thousands, and only the groups that fill the
	// candidates are sorted (sorting them all took most of a long query's time).
	const byShared: number[][] = Array.from({length: pairs.length + 1}, () => []);
	for (const position of touched) if (counts[position]! >= needed) byShared[counts[position]!]!.push(position);
	const chosen: Entry[] = [];
	for (let shared = pairs.length; shared >= needed && chosen.length < candidatesPerQuery; shared--) {
		for (const position of Uint32Array.from(byShared[shared]!).sort()) {
			if (chosen.length === candidatesPerQuery) break;
			chosen.push(index.entries[position]!);
		}
	}
	return chosen;
}

export function search(index: SearchIndex, query: string): SearchResult {
	const trimmed = query.trim();
	if (trimmed === '') {
		return {query, groups: [], eventIds: []};
	}
	const best = new Map<string, SearchHit>();
	const fuse = new Fuse(candidates(index, trimmed), fuseOptions);
	for (const result of fuse.search(trimmed, {limit: candidateLimit})) {
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

	// Events reached through a matching person or place, after the events whose titles match. A
	// place named in thousands of events gives them all to n/N, and rows only to fill its group.
	const direct = new Set(hits.filter((hit) => hit.kind === 'event').map((hit) => hit.ref));
	const viaRows = maxHitsPerGroup - direct.size;
	const viaEntity: SearchHit[] = [];
	for (const hit of hits) {
		if (hit.kind === 'event') {
			continue;
		}
		for (const eventId of index.entityEvents.get(hit.ref) ?? []) {
			const place = index.eventOrder.get(eventId);
			if (direct.has(eventId) || place === undefined) {
				continue;
			}
			direct.add(eventId);
			if (viaEntity.length >= viaRows) continue;
			const {title} = index.events[place]!;
			viaEntity.push({kind: 'event', ref: eventId, label: title, matched: title, indices: [], via: hit.label, events: 1, score: hit.score});
		}
	}
	const all = [...hits, ...viaEntity];
	const groups = groupOrder
		.map((kind) => ({kind, hits: all.filter((hit) => hit.kind === kind).slice(0, maxHitsPerGroup)}))
		.filter((group) => group.hits.length > 0);
	// Sorted as numbers, not by looking up two ids for every comparison.
	const places = Uint32Array.from(direct, (eventId) => index.eventOrder.get(eventId)!).sort();
	const eventIds = Array.from(places, (place) => index.events[place]!.id);
	return {query, groups, eventIds};
}

/** The hits in the order a result list shows them. */
export function flattenHits(result: SearchResult): SearchHit[] {
	return result.groups.flatMap((group) => group.hits);
}
