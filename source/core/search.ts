/**
 * Search over what a reader looks for: people, places and organizations (every alias in every
 * script) and event titles, matched fuzzily by fuse.js, and the words of the events' sentences and
 * the articles' text (full-text.ts). Results of every kind are ranked together by relevance.
 */
import Fuse from 'fuse.js';
import type {Article, DateValue, EntityKind, TimelineEvent, TimelineModel} from './model.js';
import {foldForMatching} from './entities/fold.js';
import {noTextMatches, searchText, textIndexSteps, type TextIndex} from './full-text.js';
import {stepwise, type Stepwise} from './stepwise.js';

/**
 * `text` is the query itself, found in the events' sentences: choosing it filters the timeline to
 * those events. `article` is an article whose text has the query: choosing it opens the article there.
 */
export type SearchKind = EntityKind | 'event' | 'text' | 'article';

/** Inclusive [start, end] character ranges in `matched`, as fuse.js reports them. */
export type MatchRange = readonly [number, number];

export type SearchHit = {
	kind: SearchKind;
	/** The entity name, the event or article id, or the query of a text hit. */
	ref: string;
	/** What a result row shows: the entity name, the event title or the query. */
	label: string;
	/** The alias or title that matched; equals `label` unless an alias matched. */
	matched: string;
	indices: readonly MatchRange[];
	/** For an event found through an entity: that entity's name. */
	via: string | null;
	/** How many events the entity has, or whose sentences match the text (for events: 1). */
	events: number;
	/** An event's date and how many articles report it (null and 0 for the other kinds). */
	date: DateValue | null;
	sources: number;
	/** An article's outlet, publication date and language. */
	article?: Pick<Article, 'outlet' | 'published' | 'language'>;
	/** Higher first; comparable across kinds within one result. */
	relevance: number;
};

export type SearchResult = {
	query: string;
	/** Best first, each entity, event and text once. */
	hits: SearchHit[];
	/** Every event the query finds, directly or through a matching entity: what n/N step through. */
	eventIds: string[];
	/** The article text is still being indexed: these are the names and titles found. */
	textPending?: true;
};

type Entry = {
	kind: Exclude<SearchKind, 'text'>;
	ref: string;
	label: string;
	text: string;
	events: number;
};

export type SearchIndex = {
	entries: Entry[];
	/** Character pair (pairCode) → the entries whose text contains it: narrows a query to a few candidates before fuse.js ranks them. */
	pairs: Map<number, Uint32Array>;
	entityEvents: Map<string, string[]>;
	/** The model's events, in timeline order, and each one's place there by id. */
	events: readonly TimelineEvent[];
	eventOrder: Map<string, number>;
	articles: readonly Article[];
	/** The full-text index of the events' sentences and the articles' text: built when first asked for, at once or a slice at a time. */
	text: Stepwise<TextIndex>;
	/**
	 * How many of the query's pairs each entry shares, and the entries counted: kept between
	 * queries (all zero between two), as a query's own lists of the index's length were most of
	 * what a query left to the collector.
	 */
	shared: {counts: Uint16Array; touched: Uint32Array};
};

/** Of hits equally relevant, which kind comes first. */
const kindOrder: SearchKind[] = ['text', 'person', 'place', 'organization', 'product', 'event', 'article'];
const maxHits = 100;
// Enough candidates to fill the list after aliases of one entity are merged.
const candidateLimit = 400;

/**
 * Work between two steps of `searchIndexSteps`, in characters of the entries' texts, entries made
 * and pair positions packed: a step holds the thread about a millisecond, so a key typed while
 * the index is built waits no longer than that (whole titles of events are long).
 */
const workPerStep = 5000;

/**
 * The search index a step at a time (see Stepwise): its character pairs take long for a large
 * corpus. `textIndex` builds its full-text part, a step at a time here unless told otherwise.
 */
export function* searchIndexSteps(model: TimelineModel, textIndex = (of: TimelineModel) => stepwise(() => textIndexSteps(of))): Generator<void, SearchIndex, void> {
	let work = 0;
	/** Whether this step has done its share of the work: then the caller yields. */
	const stepDone = (done: number) => {
		work += done;
		if (work < workPerStep) return false;
		work = 0;
		return true;
	};
	const entries: Entry[] = [];
	const entityEvents = new Map<string, string[]>();
	for (const entity of model.entities) {
		entityEvents.set(entity.name, entity.events);
		const texts = new Set([entity.name, ...entity.aliases]);
		for (const text of texts) {
			entries.push({kind: entity.kind, ref: entity.name, label: entity.name, text, events: entity.events.length});
		}
		if (stepDone(texts.size)) yield;
	}
	const eventOrder = new Map<string, number>();
	for (const [index, event] of model.events.entries()) {
		eventOrder.set(event.id, index);
		entries.push({kind: 'event', ref: event.id, label: event.title, text: event.title, events: 1});
		if (stepDone(1)) yield;
	}
	// Each pair's entries in two passes, counted and then written into a list of that length:
	// lists grown one entry at a time were garbage for the collector to copy while keys wait.
	const folded: string[] = [];
	const lists = new Map<number, {entries: Uint32Array; filled: number; last: number}>();
	for (const [position, entry] of entries.entries()) {
		const text = foldForMatching(entry.text);
		folded.push(text);
		for (let at = 0; at + 1 < text.length; at++) {
			const pair = pairCode(text, at);
			const list = lists.get(pair);
			if (list === undefined) lists.set(pair, {entries: new Uint32Array(0), filled: 1, last: position});
			// Positions come in order: a pair the entry has twice is counted once.
			else if (list.last !== position) {
				list.last = position;
				list.filled++;
			}
		}
		if (stepDone(text.length)) yield;
	}
	const pairs = new Map<number, Uint32Array>();
	for (const [pair, list] of lists) {
		pairs.set(pair, (list.entries = new Uint32Array(list.filled)));
		list.filled = 0;
		list.last = -1;
		// Making a typed array costs about as much as reading a few characters.
		if (stepDone(8)) yield;
	}
	for (const [position, text] of folded.entries()) {
		for (let at = 0; at + 1 < text.length; at++) {
			const list = lists.get(pairCode(text, at))!;
			if (list.last !== position) {
				list.last = position;
				list.entries[list.filled++] = position;
			}
		}
		if (stepDone(text.length)) yield;
	}
	const text = textIndex(model);
	const shared = {counts: new Uint16Array(entries.length), touched: new Uint32Array(entries.length)};
	return {entries, pairs, entityEvents, events: model.events, eventOrder, articles: model.articles, text, shared};
}

/** The search index at once; the full-text part is built at the first search of text. */
export const buildSearchIndex = (model: TimelineModel): SearchIndex => stepwise(() => searchIndexSteps(model)).finish();

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

/** The pair of UTF-16 units at `at` of a folded text as one number: no string made for each of the index's millions. */
const pairCode = (folded: string, at: number) => folded.charCodeAt(at) * 0x10000 + folded.charCodeAt(at + 1);

/** The distinct pairs of adjacent characters of a text ("zel", → "ze", "el"), as pairCode gives them. */
function characterPairs(text: string): Set<number> {
	// Lower case without accents, so that pairs match as fuse.js's ignoreDiacritics does.
	const folded = foldForMatching(text);
	const pairs = new Set<number>();
	for (let at = 0; at + 1 < folded.length; at++) pairs.add(pairCode(folded, at));
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
	const {counts, touched} = index.shared;
	let touchedCount = 0;
	for (const pair of pairs) {
		const positions = index.pairs.get(pair);
		if (positions === undefined) continue;
		// Indexed: an iterator over lists of tens of thousands made an object for each position.
		for (let at = 0; at < positions.length; at++) {
			const position = positions[at]!;
			if (counts[position] === 0) touched[touchedCount++] = position;
			counts[position]!++;
		}
	}
	const needed = Math.max(1, Math.ceil(pairs.length * sharedPairs));
	// Most shared first, then in index order. Entries are grouped by how many pairs they share:
	// a query of common letters touches tens of thousands, and only the groups that fill the
	// candidates are sorted (sorting them all took most of a long query's time).
	const byShared: number[][] = Array.from({length: pairs.length + 1}, () => []);
	for (let at = 0; at < touchedCount; at++) {
		const position = touched[at]!;
		if (counts[position]! >= needed) byShared[counts[position]!]!.push(position);
		counts[position] = 0;
	}
	const chosen: Entry[] = [];
	for (let shared = pairs.length; shared >= needed && chosen.length < candidatesPerQuery; shared--) {
		for (const position of Uint32Array.from(byShared[shared]!).sort()) {
			if (chosen.length === candidatesPerQuery) break;
			chosen.push(index.entries[position]!);
		}
	}
	return chosen;
}

/**
 * How relevant a name or title is that fuse.js scored `score` (0 best): more where the query starts
 * a word of it, more again for a name (what a reader looks for most), most for a name or
 * spelling that is the query.
 */
function nameRelevance(entry: Entry, query: string, score: number): number {
	const text = foldForMatching(entry.text);
	const at = text.indexOf(query);
	let relevance = 1 - score;
	if (at >= 0 && (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!))) {
		relevance += 0.2;
		if (!/[\p{L}\p{N}]/u.test(text[at + query.length] ?? ' ')) relevance += 0.1;
		if (at === 0) relevance += 0.05;
		if (entry.kind !== 'event') relevance += text === query ? 0.3 : 0.1;
	}
	return relevance;
}

/** The text row: above every title, below a name that starts with the query's word. */
const textRelevance = {exact: 1.4, partial: 0.9};
/** An event found only through its sentences (the `rank`-th most salient of `count`): below the text row, below names and titles that match well. */
const sentenceRelevance = (rank: number, count: number) => 0.8 - (0.4 * rank) / count;
/** An article whose text has the words: below the events whose sentences have them. */
const articleRelevance = (rank: number, count: number) => 0.5 - (0.2 * rank) / count;
/** An event found only through a matching entity ranks below that entity. */
const viaEntityShare = 0.5;

function eventHit(event: TimelineEvent, relevance: number, via: string | null, indices: readonly MatchRange[] = []): SearchHit {
	return {kind: 'event', ref: event.id, label: event.title, matched: event.title, indices, via, events: 1, date: event.date, sources: event.sources.length, relevance};
}

/**
 * What the index finds for `query`, best first. With `waitForText` false a full-text index still
 * being built is not finished for it: the result has the names and titles, and says so.
 */
export function search(index: SearchIndex, query: string, {waitForText = true}: {waitForText?: boolean} = {}): SearchResult {
	const trimmed = query.trim();
	if (trimmed === '') {
		return {query, hits: [], eventIds: []};
	}
	const folded = foldForMatching(trimmed);
	const best = new Map<string, SearchHit>();
	const keep = (hit: SearchHit) => {
		const key = `${hit.kind}\u0000${hit.ref}`;
		const previous = best.get(key);
		if (!previous || previous.relevance < hit.relevance) best.set(key, hit);
	};
	const fuse = new Fuse(candidates(index, trimmed), fuseOptions);
	for (const result of fuse.search(trimmed, {limit: candidateLimit})) {
		const entry = result.item;
		const relevance = nameRelevance(entry, folded, result.score ?? 1);
		const indices = result.matches?.[0]?.indices ?? [];
		if (entry.kind === 'event') {
			keep(eventHit(index.events[index.eventOrder.get(entry.ref)!]!, relevance, null, indices));
			continue;
		}
		keep({kind: entry.kind, ref: entry.ref, label: entry.label, matched: entry.text, indices, via: null, events: entry.events, date: null, sources: 0, relevance});
	}
	// Every event found, marked at its place: a common word finds most of the corpus.
	const found = new Uint8Array(index.events.length);
	for (const hit of best.values()) if (hit.kind === 'event') found[index.eventOrder.get(hit.ref)!] = 1;

	// Events reached through a matching person or place. A place named in thousands of events gives
	// them all to n/N, and rows only as far as the list has room.
	const entities = [...best.values()].filter((hit) => hit.kind === 'person' || hit.kind === 'place' || hit.kind === 'organization' || hit.kind === 'product');
	for (const hit of entities) {
		for (const eventId of index.entityEvents.get(hit.ref) ?? []) {
			const place = index.eventOrder.get(eventId);
			if (place === undefined || found[place]) continue;
			found[place] = 1;
			if (best.size < maxHits) keep(eventHit(index.events[place]!, hit.relevance * viaEntityShare, hit.label));
		}
	}

	// The words of the sentences and articles, after the entities: the list has room for their events first.
	const textIndex = waitForText ? index.text.finish() : index.text.built();
	const text = textIndex ? searchText(textIndex, trimmed) : noTextMatches;
	if (text.events.length > 0) {
		keep({kind: 'text', ref: trimmed, label: trimmed, matched: trimmed, indices: [], via: null, events: text.events.length, date: null, sources: 0, relevance: text.exact ? textRelevance.exact : textRelevance.partial});
	}
	for (const place of text.events) found[place] = 1;
	text.ranked.forEach((place, rank) => keep(eventHit(index.events[place]!, sentenceRelevance(rank, text.ranked.length), null)));
	text.articles.slice(0, maxHits).forEach((place, rank) => {
		const {id, title, outlet, published, language} = index.articles[place]!;
		keep({kind: 'article', ref: id, label: title, matched: title, indices: [], via: null, events: 0, date: null, sources: 0, article: {outlet, published, language}, relevance: articleRelevance(rank, text.articles.length)});
	});
	const hits = [...best.values()].sort((a, b) => b.relevance - a.relevance || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || b.events - a.events).slice(0, maxHits);
	const eventIds: string[] = [];
	found.forEach((mark, place) => {
		if (mark) eventIds.push(index.events[place]!.id);
	});
	return textIndex ? {query, hits, eventIds} : {query, hits, eventIds, textPending: true};
}

