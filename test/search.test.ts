import {test} from 'node:test';
import assert from 'node:assert/strict';
import {buildSearchIndex, flattenHits, search} from '../source/core/search.js';
import {largeModel, storyModel} from './helpers/fixture.js';

const index = buildSearchIndex(storyModel());

function firstPerson(query: string): string | undefined {
	return search(index, query).groups.find((group) => group.kind === 'person')?.hits[0]?.ref;
}

test('typos and garbles of a name find the person', () => {
	for (const query of ['zelenksy', 'zensky', 'Zensky', 'Selenskyj', 'zelensky', 'زيلنسكي']) {
		assert.equal(firstPerson(query), 'Volodymyr Zelensky', query);
	}
});

test('an entity hit reports the alias that matched and where', () => {
	const hit = search(index, 'Selenskyj').groups[0]?.hits[0];
	assert.equal(hit?.label, 'Volodymyr Zelensky');
	assert.equal(hit?.matched, 'Selenskyj');
	assert.ok(hit.indices.length > 0);
	const [start, end] = hit.indices[0] ?? [0, -1];
	assert.ok(end >= start);
});

test('"Putin" finds the events of the Arabic article through the entity', () => {
	const result = search(index, 'Putin');
	assert.equal(result.groups[0]?.kind, 'person');
	assert.equal(result.groups[0]?.hits[0]?.ref, 'Vladimir Putin');
	const events = result.groups.find((group) => group.kind === 'event')?.hits ?? [];
	const round2 = events.find((hit) => hit.ref === 'e-round2');
	assert.equal(round2?.via, 'Vladimir Putin');
	assert.ok(result.eventIds.includes('e-round2'));
});

test('results are grouped by kind in a fixed order, each entity once', () => {
	const result = search(index, 'istanbul');
	const kinds = result.groups.map((group) => group.kind);
	assert.deepEqual(kinds, ['place', 'event']);
	const refs = flattenHits(result).map((hit) => `${hit.kind}:${hit.ref}`);
	assert.equal(new Set(refs).size, refs.length);
	// Titles that contain the word come before events reached only through the place.
	const events = result.groups[1]?.hits ?? [];
	assert.equal(events[0]?.via, null);
	assert.deepEqual(result.eventIds, ['e-talks', 'e-round2']);
});

test('an empty query finds nothing', () => {
	assert.deepEqual(search(index, '   ').groups, []);
});

test('among 10,000 titles alike the one that shares most with the query is found first', () => {
	// Every title shares the pairs of "number" with the query: only the candidates that share
	// the most reach fuse.js, and the exact title must be among them.
	const bigIndex = buildSearchIndex(largeModel(10_000));
	for (const [query, id] of [['number 4242', 'e4242'], ['numbr 9999', 'e9999'], ['event number 17', 'e17']] as const) {
		const events = search(bigIndex, query).groups.find((group) => group.kind === 'event');
		assert.equal(events?.hits[0]?.ref, id, query);
	}
});
