import assert from 'node:assert/strict';
import {test} from 'node:test';
import {readFileSync} from 'node:fs';
import {resolveAnnotations} from '../scripts/eval/bundled-gold.js';
import {pairMisses, scoreEntityTimelines, timelineFalsePositives, timelineMisses} from '../scripts/eval/entity-timelines.js';
import {bundledGoldFile, checkOffsets} from '../scripts/eval/datasets.js';
import {
	calendarPrecision,
	dateMetrics,
	goldDates,
	overlaps,
	scoreDates,
	scoreEntities,
	type EvalDocument,
	type FoundMention,
	type GoldEntity,
	type PredictedDate,
	type Timex,
} from '../scripts/eval/scoring.js';

/** Spans are found by searching the text, so the examples read as sentences. */
function at(text: string, part: string, nth = 0): {start: number; end: number} {
	let start = -1;
	for (let index = 0; index <= nth; index++) start = text.indexOf(part, start + 1);
	assert.notEqual(start, -1, `"${part}" not in the text`);
	return {start, end: start + part.length};
}

function timex(text: string, part: string, value: string, extra: Partial<Timex> = {}): Timex {
	return {...at(text, part), text: part, type: 'DATE', value, ...extra};
}

function predicted(text: string, part: string, value: PredictedDate['value']): PredictedDate {
	return {...at(text, part), text: part, value};
}

const text = 'March 01, 2008 Boeing lost the deal on Friday. It had won in May 2007 and may appeal next year for two years.';

function document(extra: Partial<EvalDocument> = {}): EvalDocument {
	return {
		id: 'doc',
		text,
		dct: '2008-03-01',
		language: 'en',
		timexes: [
			timex(text, 'March 01, 2008', '2008-03-01', {dct: true}),
			timex(text, 'Friday', '2008-02-29'),
			timex(text, 'May 2007', '2007-05'),
			timex(text, 'next year', '2009'),
			timex(text, 'two years', 'P2Y', {type: 'DURATION'}),
		],
		...extra,
	};
}

test('calendar values and their precision', () => {
	assert.equal(calendarPrecision('2008'), 'year');
	assert.equal(calendarPrecision('2008-03'), 'month');
	assert.equal(calendarPrecision('2008-03-01'), 'day');
	for (const value of ['P2Y', 'PRESENT_REF', '2008-W12', '2008-03-01T10:00', '19', '2008-SU']) assert.equal(calendarPrecision(value), null);
});

test('overlap needs a shared character', () => {
	assert.equal(overlaps({start: 0, end: 5}, {start: 4, end: 9}), true);
	assert.equal(overlaps({start: 0, end: 5}, {start: 5, end: 9}), false);
	assert.equal(overlaps({start: 3, end: 4}, {start: 0, end: 9}), true);
});

test('gold dates leave out the creation-time tag and durations', () => {
	assert.deepEqual(
		goldDates(document()).map((gold) => gold.text),
		['Friday', 'May 2007', 'next year'],
	);
});

test('precision counts overlap with any timex, the dct tag and durations included', () => {
	const score = scoreDates(document(), [
		predicted(text, 'March 01, 2008', {start: '2008-03-01', precision: 'day'}),
		predicted(text, 'two years', null),
		predicted(text, 'may', {start: '2008-05', precision: 'month'}),
	]);
	assert.equal(score.counts.predicted, 3);
	assert.equal(score.counts.correct, 2);
	assert.deepEqual(
		score.falsePositives.map((prediction) => prediction.text),
		['may'],
	);
});

test('value recall needs the exact start value at the same precision', () => {
	const score = scoreDates(document(), [
		// Right day.
		predicted(text, 'on Friday', {start: '2008-02-29', precision: 'day'}),
		// Same month, but as a day: not the gold value.
		predicted(text, 'May 2007', {start: '2007-05-01', precision: 'day'}),
		// Overlapping, wrong year.
		predicted(text, 'next', {start: '2008', precision: 'year'}),
	]);
	assert.deepEqual(score.counts, {predicted: 3, correct: 3, gold: 3, found: 3, valueFound: 1});
	assert.deepEqual(
		score.wrongValues.map(({gold}) => gold.text),
		['May 2007', 'next year'],
	);
	const metrics = dateMetrics(score.counts);
	assert.equal(metrics.precision, 1);
	assert.equal(metrics.valueRecall, 1 / 3);
});

test('several overlapping predictions: any one with the right value counts', () => {
	const score = scoreDates(document(), [
		predicted(text, 'May', {start: '2008-05', precision: 'month'}),
		predicted(text, 'May 2007', {start: '2007-05', precision: 'month'}),
	]);
	assert.equal(score.counts.found, 1);
	assert.equal(score.counts.valueFound, 1);
});

test('a miss is a gold date no prediction overlaps', () => {
	const score = scoreDates(document(), []);
	assert.deepEqual(score.counts, {predicted: 0, correct: 0, gold: 3, found: 0, valueFound: 0});
	assert.equal(score.misses.length, 3);
	assert.deepEqual(dateMetrics(score.counts), {precision: null, recall: 0, valueRecall: 0});
});

test('annotatedEnd cuts gold dates and predictions at their start', () => {
	const end = at(text, 'It had').start;
	const cut = document({annotatedEnd: end});
	assert.deepEqual(
		goldDates(cut).map((gold) => gold.text),
		['Friday'],
	);
	const score = scoreDates(cut, [
		predicted(text, 'Friday', {start: '2008-02-29', precision: 'day'}),
		// Past annotatedEnd: neither counted nor a false positive.
		predicted(text, 'appeal', {start: '2008-03-02', precision: 'day'}),
	]);
	assert.deepEqual(score.counts, {predicted: 1, correct: 1, gold: 1, found: 1, valueFound: 1});
});

const people = 'Apple CEO Steve Jobs spoke in Cupertino. Jobs said Tim Cook and Cook would stay. Later, Jobs left.';

function entity(part: string, type: string, instance: string | null, nth = 0, syntactic = 'NAM'): GoldEntity {
	return {...at(people, part, nth), text: part, type, syntactic, instance};
}

function found(part: string, kind: FoundMention['kind'], name: string, nth = 0): FoundMention {
	return {...at(people, part, nth), kind, entity: name};
}

function peopleDocument(): EvalDocument {
	return {
		id: 'people',
		text: people,
		dct: null,
		language: 'en',
		annotatedEnd: at(people, 'Later').start,
		timexes: [],
		entities: [
			entity('Apple', 'ORG', 'apple'),
			entity('Steve Jobs', 'PER', 'jobs'),
			entity('Cupertino', 'LOC', 'cupertino'),
			entity('Jobs', 'PER', 'jobs', 1),
			entity('Tim Cook', 'PER', 'cook'),
			entity('Cook', 'PER', 'cook', 1),
			entity('Apple CEO', 'PER', 'jobs', 0, 'NOM'),
			// After annotatedEnd: not gold.
			entity('Jobs', 'PER', 'jobs', 2),
		],
	};
}

test('people, places and organizations: same kind and overlap, proper names only, before annotatedEnd', () => {
	const score = scoreEntities(peopleDocument(), [
		found('Steve Jobs', 'person', 'Steve Jobs'),
		found('Jobs', 'person', 'Steve Jobs', 1),
		found('Cupertino', 'person', 'Cupertino'),
		found('Apple', 'organization', 'Apple'),
		found('Apple CEO', 'organization', 'Apple CEO'),
		found('Tim Cook', 'person', 'Tim Cook'),
		found('Cook', 'person', 'Cook', 1),
		found('Jobs', 'person', 'Steve Jobs', 2),
	]);
	assert.deepEqual(score.person, {predicted: 5, correct: 4, gold: 4, found: 4});
	assert.deepEqual(score.place, {predicted: 0, correct: 0, gold: 1, found: 0});
	// "Apple CEO" overlaps the gold "Apple": both count as correct organizations.
	assert.deepEqual(score.organization, {predicted: 2, correct: 2, gold: 1, found: 1});
	assert.deepEqual(
		score.misses.map((miss) => miss.text),
		['Cupertino'],
	);
	assert.deepEqual(
		score.falsePositives.map((mention) => mention.entity),
		['Cupertino'],
	);
	// Cook landed on two canonical entities; Jobs and Apple on one each.
	assert.equal(score.instances, 3);
	assert.equal(score.split, 1);
	assert.deepEqual(score.splits, [{instance: 'cook', entities: ['Tim Cook', 'Cook'], mentions: ['Tim Cook', 'Cook']}]);
});

test('a long gold mention lands on the engine mention that overlaps it most, not on every name inside', () => {
	const text = 'Joe Leonard, Chairman of AirTran Airways, spoke.';
	const document: EvalDocument = {
		id: 'long',
		text,
		dct: null,
		language: 'en',
		timexes: [],
		entities: [{start: 0, end: at(text, 'Airways').end, text: text.slice(0, at(text, 'Airways').end), type: 'PER', syntactic: 'NAM', instance: 'leonard'}],
	};
	const score = scoreEntities(document, [
		{...at(text, 'Joe Leonard'), kind: 'person', entity: 'Joe Leonard'},
		{...at(text, 'AirTran Airways'), kind: 'organization', entity: 'AirTran Airways'},
		{...at(text, 'AirTran'), kind: 'person', entity: 'AirTran'},
	]);
	assert.equal(score.instances, 1);
	assert.equal(score.split, 0);
});

test('bundled annotations resolve to unique offsets and refuse ambiguity', () => {
	const body = 'On Friday they met. On Friday they left.';
	const [second] = resolveAnnotations('x', body, [{text: 'Friday', context: 'On Friday they left', type: 'DATE', value: '2025-05-16'}]);
	assert.equal(second?.start, body.lastIndexOf('Friday'));
	assert.throws(() => resolveAnnotations('x', body, [{text: 'Friday', type: 'DATE', value: '2025-05-16'}]), /occurs 2 times/);
	assert.throws(() => resolveAnnotations('x', body, [{text: 'Monday', type: 'DATE', value: '2025-05-19'}]), /occurs 0 times/);
});

test('every timex of the bundled gold file is the text at its offsets', () => {
	const documents = readFileSync(bundledGoldFile, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as EvalDocument);
	assert.equal(documents.length, 5);
	for (const document of documents) assert.deepEqual(checkOffsets(document), []);
});

/** A model event told by the sentences `held` (article, [start, end]), as the SemEval scoring reads it. */
const modelEvent = (id: string, start: string, precision: 'day' | 'month', held: Array<[string, [number, number]]>) => ({
	id,
	date: {start, end: null, precision},
	basis: 'text' as const,
	title: '',
	salience: 0,
	people: [],
	places: [],
	sources: [...new Set(held.map(([article]) => article))],
	mentions: held.map(([article, [start, end]]) => ({article, sentence: {start, end}, date: null})),
});

test('SemEval details: each missed gold item of a target says why', () => {
	const text = 'Rubio met Fidan. They agreed. Fidan left. Putin spoke.';
	const sentences: Record<string, [number, number]> = {'0': [0, 16], '1': [17, 29], '2': [30, 41], '3': [42, 54]};
	const corpus = {
		name: 'tiny',
		articles: [{id: 'a', title: '', published: '2020-01-02', text, sentences}],
		timelines: {
			Rubio: [{date: '2020-01-01', mentions: [['a', 0], ['a', 1], ['a', 2], ['a', 3]] as Array<[string, number]>}],
			Lavrov: [{date: '2020-01-01', mentions: [['a', 0]] as Array<[string, number]>}],
		},
	};
	const event = (id: string, start: string, sentence: [number, number]) => modelEvent(id, start, 'day', [['a', sentence]]);
	const model = {
		articles: [],
		dates: [],
		skipped: [],
		events: [event('e1', '2020-01-01', sentences['0']!), event('e2', '2019-12-31', sentences['2']!), event('e3', '2020-01-01', sentences['3']!)],
		entities: [{name: 'Marco Rubio', kind: 'person' as const, aliases: ['Rubio'], events: ['e1', 'e2'], mentions: []}],
	};
	assert.deepEqual(
		timelineMisses(corpus, model).map(({target, sentence, kind, placedAt}) => [target, sentence, kind, placedAt]),
		[
			['Rubio', 1, 'not placed', []],
			['Rubio', 2, 'other date', ['2019-12-31']],
			['Rubio', 3, 'other event', ['2020-01-01']],
			['Lavrov', 0, 'no entity', ['2020-01-01']],
		],
	);
});

test('SemEval details: each missed cross-document pair says why, with the events holding each side', () => {
	const texts = {a: 'Jobs introduced iPhone 4. Jobs left.', b: 'Jobs showed iPhone 4. It sold. Jobs came back.', c: 'In June Jobs showed it. Jobs spoke.'};
	const sentencesOf: Record<string, Record<string, [number, number]>> = {a: {'0': [0, 25], '1': [26, 36]}, b: {'0': [0, 21], '1': [22, 30], '2': [31, 46]}, c: {'0': [0, 23], '1': [24, 35]}};
	const corpus = {
		name: 'tiny',
		articles: Object.entries(texts).map(([id, text]) => ({id, title: '', published: '2010-06-08', text, sentences: sentencesOf[id]!})),
		timelines: {
			'Steve Jobs': [
				{date: '2010-06-07', mentions: [['a', 0], ['b', 0], ['b', 1], ['c', 0]] as Array<[string, number]>},
				{date: '2010-06-09', mentions: [['a', 1], ['b', 2], ['c', 1]] as Array<[string, number]>},
			],
		},
	};
	const event = (id: string, start: string, precision: 'day' | 'month', held: Array<[string, string]>) => modelEvent(id, start, precision, held.map(([article, sentence]) => [article, sentencesOf[article]![sentence]!]));
	const model = {
		articles: [],
		dates: [],
		skipped: [],
		events: [
			event('e1', '2010-06-07', 'day', [['a', '0'], ['b', '0']]),
			event('e2', '2010-06', 'month', [['c', '0']]),
			event('e3', '2010-06-09', 'day', [['a', '1']]),
			event('e4', '2010-06-09', 'day', [['b', '2']]),
			event('e5', '2010-06-10', 'day', [['c', '1']]),
		],
		entities: [],
	};
	const misses = pairMisses(corpus, model).map(({kind, sides}) => [kind, ...sides.map(({article, sentence, events}) => `${article}/${sentence}@${events.map((held) => held.id).join(',')}`)]);
	assert.deepEqual(misses, [
		['not placed', 'a/0@e1', 'b/1@'],
		['containing dates', 'a/0@e1', 'c/0@e2'],
		['containing dates', 'b/0@e1', 'c/0@e2'],
		['not placed', 'b/1@', 'c/0@e2'],
		['same date apart', 'a/1@e3', 'b/2@e4'],
		['other dates', 'a/1@e3', 'c/1@e5'],
		['other dates', 'b/2@e4', 'c/1@e5'],
	]);
});

test('SemEval details: each false item of a target says why', () => {
	const text = 'Rubio met Fidan. They agreed. Fidan left. Rubio spoke.';
	const sentences: Record<string, [number, number]> = {'0': [0, 16], '1': [17, 29], '2': [30, 41], '3': [42, 54]};
	const corpus = {
		name: 'tiny',
		articles: [{id: 'a', title: '', published: '2020-01-02', text, sentences}],
		timelines: {Rubio: [{date: '2020-01-01', mentions: [['a', 0], ['a', 1]] as Array<[string, number]>}]},
	};
	const event = (id: string, start: string, ids: string[]) => modelEvent(id, start, 'day', ids.map((id) => ['a', sentences[id]!]));
	const model = {
		articles: [],
		dates: [],
		skipped: [],
		events: [event('e1', '2020-01-01', ['0', '2']), event('e2', '2019-12-31', ['1', '3'])],
		entities: [{name: 'Marco Rubio', kind: 'person' as const, aliases: ['Rubio'], events: ['e1', 'e2'], mentions: [{article: 'a', start: 0, end: 5}, {article: 'a', start: 42, end: 47}]}],
	};
	const {wrong, targets} = timelineFalsePositives(corpus, model);
	assert.deepEqual(
		wrong.map(({sentence, date, kind, goldDates}) => [sentence, date, kind, goldDates]),
		[
			['2', '2020-01-01', 'through event', []],
			['1', '2019-12-31', 'other date', ['2020-01-01']],
			['3', '2019-12-31', 'names target', []],
		],
	);
	assert.deepEqual(targets, [{target: 'Rubio', gold: 2, predicted: 4, correct: 1}]);
});

test('SemEval: of an entity that lists its sentences, only those of its events are its items; without them, every sentence', () => {
	const text = 'Rubio met Fidan. They agreed. Fidan left. Rubio spoke.';
	const sentences: Record<string, [number, number]> = {'0': [0, 16], '1': [17, 29], '2': [30, 41], '3': [42, 54]};
	const corpus = {
		name: 'tiny',
		articles: [{id: 'a', title: '', published: '2020-01-02', text, sentences}],
		timelines: {Rubio: [{date: '2020-01-01', mentions: [['a', 0], ['a', 3]] as Array<[string, number]>}]},
	};
	const rubio = {name: 'Marco Rubio', kind: 'person' as const, aliases: ['Rubio'], events: ['e1'], mentions: [{article: 'a', start: 0, end: 5}, {article: 'a', start: 42, end: 47}]};
	const model = (entity: typeof rubio & {sentences?: Array<{article: string; start: number; end: number}>}) => ({
		articles: [],
		dates: [],
		skipped: [],
		events: [modelEvent('e1', '2020-01-01', 'day', Object.values(sentences).map((span) => ['a', span]))],
		entities: [entity],
	});
	const own = [sentences['0']!, sentences['3']!].map(([start, end]) => ({article: 'a', start, end}));
	assert.deepEqual(scoreEntityTimelines(corpus, model({...rubio, sentences: own})), {predicted: 2, correct: 2, gold: 2, found: 2, pairs: 0, pairsFound: 0});
	assert.deepEqual(timelineFalsePositives(corpus, model({...rubio, sentences: own})).wrong, []);
	assert.deepEqual(scoreEntityTimelines(corpus, model(rubio)), {predicted: 4, correct: 2, gold: 2, found: 2, pairs: 0, pairsFound: 0});
	// A gold sentence of its event that it takes no part in is held by the event for others only.
	const without = {...rubio, sentences: own.slice(0, 1)};
	assert.deepEqual(
		timelineMisses(corpus, model(without)).map(({sentence, kind}) => [sentence, kind]),
		[[3, 'other event']],
	);
});
