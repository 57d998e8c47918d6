import {test} from 'node:test';
import assert from 'node:assert/strict';
import {buildSearchIndex, search, type SearchKind} from '../source/core/search.js';
import {buildModel, day, largeModel, storyModel} from './helpers/fixture.js';

const index = buildSearchIndex(storyModel());

function first(query: string, kind: SearchKind): string | undefined {
	return search(index, query).hits.find((hit) => hit.kind === kind)?.ref;
}

test('typos and garbles of a name find the person', () => {
	for (const query of ['zelenksy', 'zensky', 'Zensky', 'Selenskyj', 'zelensky', 'زيلنسكي']) {
		assert.equal(first(query, 'person'), 'Volodymyr Zelensky', query);
	}
});

test('an entity hit reports the alias that matched and where', () => {
	const hit = search(index, 'Selenskyj').hits[0];
	assert.equal(hit?.label, 'Volodymyr Zelensky');
	assert.equal(hit?.matched, 'Selenskyj');
	assert.ok(hit.indices.length > 0);
	const [start, end] = hit.indices[0] ?? [0, -1];
	assert.ok(end >= start);
});

test('"Putin" finds the events of the Arabic article through the entity', () => {
	const result = search(index, 'Putin');
	assert.equal(result.hits[0]?.kind, 'person');
	assert.equal(result.hits[0]?.ref, 'Vladimir Putin');
	assert.ok(result.eventIds.includes('e-round2'));
	// The events whose sentences say "Putin" (the Istanbul article does) or that are Putin's, each once.
	const events = result.hits.filter((hit) => hit.kind === 'event').map((hit) => hit.ref);
	assert.equal(new Set(events).size, events.length);
	assert.ok(events.includes('e-round2'));
});

test('results of every kind are ranked together, each once, an event with its date and sources', () => {
	const result = search(index, 'istanbul');
	assert.equal(result.hits[0]?.kind, 'place', 'the place named exactly so comes first');
	const refs = result.hits.map((hit) => `${hit.kind}:${hit.ref}`);
	assert.equal(new Set(refs).size, refs.length);
	for (let at = 1; at < result.hits.length; at++) assert.ok(result.hits[at - 1]!.relevance >= result.hits[at]!.relevance, 'best first');
	const talks = result.hits.find((hit) => hit.ref === 'e-talks');
	assert.deepEqual(talks?.date, day('2025-05-16'));
	assert.equal(talks?.sources, 2);
	assert.deepEqual(result.eventIds, ['e-talks', 'e-call', 'e-round2']);
});

test('words of the sentences find events in every language, folded as names are', () => {
	const model = buildModel({
		articles: [
			{id: 'en', title: 'Truce', published: '2025-03-01', language: 'en', text: 'Both sides agreed to a ceasefire in Détroit on Monday. Nothing else happened.'},
			{id: 'de', title: 'Waffenstillstand', published: '2025-03-02', language: 'de', text: 'Die Waffenruhe hält seit Montag.'},
			{id: 'ar', title: 'هدنة', published: '2025-03-03', language: 'ar', text: 'أعلن الطرفان وقف إطلاق النار يوم الاثنين.'},
		],
		events: [
			{id: 'e-en', date: day('2025-03-01'), title: 'Both sides agreed', mentions: [{article: 'en', sentence: 'Both sides agreed to a ceasefire in Détroit on Monday.'}]},
			{id: 'e-de', date: day('2025-03-02'), title: 'Die Lage', mentions: [{article: 'de', sentence: 'Die Waffenruhe hält seit Montag.'}]},
			{id: 'e-ar', date: day('2025-03-03'), title: 'أعلن الطرفان', mentions: [{article: 'ar', sentence: 'أعلن الطرفان وقف إطلاق النار يوم الاثنين.'}]},
		],
	});
	const textIndex = buildSearchIndex(model);
	const found = (query: string) => search(textIndex, query);
	for (const [query, event] of [['ceasefire', 'e-en'], ['CEASEFIRE', 'e-en'], ['detroit', 'e-en'], ['Waffenruhe', 'e-de'], ['waffenruhe', 'e-de'], ['ceasef', 'e-en'], ['اطلاق', 'e-ar'], ['وقف إطلاق النار', 'e-ar']] as const) {
		const result = found(query);
		assert.equal(result.hits[0]?.kind, 'text', query);
		assert.equal(result.hits[0]?.events, 1, query);
		assert.deepEqual(result.eventIds, [event], query);
		assert.ok(result.hits.some((hit) => hit.kind === 'event' && hit.ref === event), query);
	}
	assert.deepEqual(found('ceasefire Waffenruhe').eventIds, [], 'every word must match');
	// Words no event's sentence has: the article that says them, and no event.
	const outside = found('nothing else');
	assert.deepEqual(outside.hits.map((hit) => `${hit.kind}:${hit.ref}`), ['article:en']);
	assert.deepEqual(outside.eventIds, []);
});

test('"RIA" ranks the organization named so above a person whose name holds the letters', () => {
	const model = buildModel({
		articles: [{id: 'a', title: 'A', published: '2025-01-01', language: 'en', text: 'Maria Zakharova told RIA Novosti on Monday.'}],
		events: [{id: 'e', date: day('2025-01-01'), title: 'Zakharova speaks', mentions: [{article: 'a', sentence: 'Maria Zakharova told RIA Novosti on Monday.'}]}],
		entities: [
			{name: 'Maria Zakharova', kind: 'person', events: ['e', 'e', 'e']},
			{name: 'RIA Novosti', kind: 'organization', events: ['e']},
		],
	});
	const hits = search(buildSearchIndex(model), 'RIA').hits;
	const organization = hits.findIndex((hit) => hit.ref === 'RIA Novosti');
	const person = hits.findIndex((hit) => hit.ref === 'Maria Zakharova');
	assert.equal(organization, 0);
	assert.ok(person > organization);
});

test('a product is found by its name, listed as a product, and finds its events', () => {
	const model = buildModel({
		articles: [{id: 'a', title: 'A', published: '2010-06-07', language: 'en', text: 'Apple unveiled iPhone 4 on Monday.'}],
		events: [{id: 'e', date: day('2010-06-07'), title: 'Apple keynote', mentions: [{article: 'a', sentence: 'Apple unveiled iPhone 4 on Monday.'}]}],
		entities: [{name: 'iPhone 4', kind: 'product', events: ['e']}],
	});
	const hit = search(buildSearchIndex(model), 'iphone 4').hits.find((candidate) => candidate.ref === 'iPhone 4');
	assert.equal(hit?.kind, 'product');
	assert.equal(search(buildSearchIndex(model), 'iphone 4').hits.find((candidate) => candidate.kind === 'event')?.via, 'iPhone 4');
});

test('a query finds what it finds on an index fresh from the build, whatever was searched before on it', () => {
	const queries = ['istanbul', 'zelensky', 'Putin', 'prisoner exchange', 'ist', 'zelenksy', 'a'];
	const before = queries.map((query) => search(index, query));
	for (const [at, query] of queries.entries()) {
		assert.deepEqual(search(buildSearchIndex(storyModel()), query), before[at], query);
	}
});

test('an empty query finds nothing', () => {
	assert.deepEqual(search(index, '   ').hits, []);
});

test('among 10,000 titles alike the one that shares most with the query is found first', () => {
	// Every title shares the pairs of "number" with the query: only the candidates that share
	// the most reach fuse.js, and the exact title must be among them.
	const bigIndex = buildSearchIndex(largeModel(10_000));
	for (const [query, id] of [['number 4242', 'e4242'], ['numbr 9999', 'e9999'], ['event number 17', 'e17']] as const) {
		assert.equal(search(bigIndex, query).hits.find((hit) => hit.kind === 'event')?.ref, id, query);
	}
});

/** What a stepwise build gives, and how many steps it took. */
function runSteps<T>(stepper: Generator<void, T, void>): {built: T; steps: number} {
	let steps = 0;
	for (;;) {
		const step = stepper.next();
		if (step.done) return {built: step.value, steps};
		steps++;
	}
}

test('the names and titles index is built in steps of a bounded share of the titles, and is the one built at once', async () => {
	const {searchIndexSteps} = await import('../source/core/search.js');
	const model = largeModel(2000);
	const titles = model.events.reduce((sum, event) => sum + event.title.length, 0);
	const {built, steps} = runSteps(searchIndexSteps(model));
	// A key typed meanwhile waits for one step: a step reads no more than a few thousand characters of titles.
	assert.ok(steps >= titles / 5000, `${steps} steps for ${titles} characters`);
	const atOnce = buildSearchIndex(model);
	assert.deepEqual(built.entries, atOnce.entries);
	assert.deepEqual(built.pairs, atOnce.pairs);
	// Of 2000 titles alike, the one asked for comes first.
	assert.equal(search(built, 'event number 1').hits.find((hit) => hit.kind === 'event')?.ref, 'e1');
});

test('the full-text index built a slice at a time is the one built at once; until it is built a search finds names and titles and says so', async () => {
	const {buildTextIndex, textIndexSteps} = await import('../source/core/full-text.js');
	const model = largeModel(600);
	const {built, steps} = runSteps(textIndexSteps(model));
	assert.ok(steps > 5, 'several slices');
	assert.deepEqual(built, buildTextIndex(model));

	const fresh = buildSearchIndex(storyModel());
	// "prisoner" is in two events' titles, and in their sentences and the text of two articles.
	const early = search(fresh, 'prisoner', {waitForText: false});
	assert.equal(early.textPending, true);
	assert.deepEqual(early.hits.map((hit) => hit.kind), ['event', 'event'], 'the titles found, no text searched yet');
	assert.equal(fresh.text.built(), undefined, 'nor built for it');
	while (!fresh.text.advance(1));
	const later = search(fresh, 'prisoner', {waitForText: false});
	assert.equal(later.textPending, undefined);
	assert.equal(later.hits[0]?.kind, 'text');
	assert.deepEqual(later, search(index, 'prisoner'), 'once built, what a search that waits finds');
});
