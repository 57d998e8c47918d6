/**
 * What the merge keeps for every article of a large corpus is shared where it is the same: a
 * corpus of hundreds of thousands of short articles otherwise holds a copy of each per article.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {buildEvents, type EventArticle} from '../source/core/events.js';
import {featureKeys, sentenceFeatures, sentenceTokens} from '../source/core/event-similarity.js';

const undated = (id: string, text: string): EventArticle => ({
	id,
	title: text,
	published: '2025-05-16',
	language: 'en',
	text,
	sentences: [{start: 0, end: text.length}],
	dates: [],
	named: {mentions: [], entities: []},
});

test('articles published on the same day place their events at one date value', () => {
	const {events} = buildEvents([undated('a', 'Prices rose sharply in the markets.'), undated('b', 'Rain flooded several roads overnight.')]);
	assert.equal(events.length, 2);
	assert.deepEqual(events[0]!.date, {start: '2025-05-16', end: null, precision: 'day'});
	assert.equal(events[0]!.date, events[1]!.date);
});

test('sentences without names or numbers share one empty list of each', () => {
	const keys = featureKeys();
	const featuresOf = (text: string) => sentenceFeatures(keys, sentenceTokens(keys, text, {start: 0, end: text.length}, [], 'en'), [], 'en');
	const first = featuresOf('Prices rose sharply.');
	const second = featuresOf('Rain flooded several roads.');
	assert.equal(first.anchors.length, 0);
	assert.equal(first.anchors, second.anchors);
	assert.equal(first.names, second.names);
	// A sentence with a number has its own.
	assert.deepEqual(featuresOf('Prices rose 12 percent.').anchors.length, 1);
});
