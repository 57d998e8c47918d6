import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dateRangeText, eventFacts, filterEvents, noEventFilter, outletsNamed, parseDateBound, parseDateRange, withEventFilter, type EventFilter} from '../source/core/event-filter.js';
import {withKeyEvents} from '../source/core/key-events.js';
import type {TimelineModel} from '../source/core/model.js';
import {storyModel} from './helpers/fixture.js';

const ids = (model: TimelineModel, filter: Partial<EventFilter>) => filterEvents(model, model.events, {...noEventFilter, ...filter}).map((event) => event.id);

test('a date range keeps the events with a day in it, at any precision of either', () => {
	const model = storyModel();
	// e-year is 2025, e-month 2025-05, e-exchange 2025-05-23…25; the undated event is never in a range.
	assert.deepEqual(ids(model, {from: '2025-05-17', to: '2025-05-23'}), ['e-year', 'e-month', 'e-call', 'e-exchange']);
	assert.deepEqual(ids(model, {from: '2025-05-24'}), ['e-year', 'e-month', 'e-exchange', 'e-round2']);
	assert.deepEqual(ids(model, {to: '2025-05-16'}), ['e-year', 'e-month', 'e-talks']);
	assert.deepEqual(ids(model, {from: '2025-06', to: '2025-06'}), ['e-year', 'e-round2']);
	assert.deepEqual(ids(model, {from: '2024', to: '2024'}), []);
	// The last day of a month is in it, in a leap year too.
	const leap = {...model, events: model.events.map((event) => (event.id === 'e-call' ? {...event, date: {start: '2024-02-29', end: null, precision: 'day' as const}} : event))};
	assert.deepEqual(ids(leap, {from: '2024-02', to: '2024-02'}), ['e-call']);
});

test('language, outlet (words of its name, any case) and a minimum of sources each narrow; together they all must hold', () => {
	const model = storyModel();
	assert.deepEqual(ids(model, {language: 'de'}), ['e-call']);
	assert.deepEqual(ids(model, {language: 'ar'}), ['e-round2']);
	assert.deepEqual(ids(model, {outlet: 'bbc'}), ['e-round2']);
	assert.deepEqual(ids(model, {outlet: 'BBC  ARABIC'}), ['e-round2']);
	assert.deepEqual(ids(model, {outlet: 'arab'}), [], 'whole words only');
	assert.deepEqual(ids(model, {minSources: 2}), ['e-talks', 'e-round2']);
	assert.deepEqual(ids(model, {minSources: 2, language: 'en', outlet: 'cnn'}), ['e-talks']);
	assert.deepEqual(ids(model, {entity: 'Volodymyr Zelensky', minSources: 2, from: '2025-06-01'}), ['e-round2']);
	assert.equal(filterEvents(model, model.events, noEventFilter).length, model.events.length);
});

test('facts are worked out once a model; the corpus languages come most written first', () => {
	const model = storyModel();
	const facts = eventFacts(model);
	assert.equal(eventFacts(model), facts);
	assert.deepEqual(facts.languages, ['en', 'ar', 'de']);
	assert.deepEqual(facts.outlets.map((outlet) => outlet.name), ['CNN', 'BBC Arabic', 'Zamin']);
	assert.equal(facts.maxSources, 2);
	assert.deepEqual([...outletsNamed(facts, 'zamin')], [2]);
	assert.deepEqual([...outletsNamed(facts, '  ')], []);
});

test('dates and ranges as typed; bad ones say why', () => {
	assert.equal(parseDateBound('2025-05-31'), '2025-05-31');
	assert.equal(parseDateBound(' 2025 '), '2025');
	assert.equal(parseDateBound('2025-02-29'), null);
	assert.equal(parseDateBound('2024-02-29'), '2024-02-29');
	assert.equal(parseDateBound('2025-13'), null);
	assert.equal(parseDateBound('May 2025'), null);
	assert.deepEqual(parseDateRange('2025-05'), {from: '2025-05', to: '2025-05'});
	assert.deepEqual(parseDateRange('2025-05-01..2025-05-31'), {from: '2025-05-01', to: '2025-05-31'});
	assert.deepEqual(parseDateRange('2025-05-01…2025-06'), {from: '2025-05-01', to: '2025-06'});
	assert.deepEqual(parseDateRange('2025-05..'), {from: '2025-05', to: null});
	assert.deepEqual(parseDateRange('..2025'), {from: null, to: '2025'});
	assert.equal(parseDateRange('2025-06..2025-05'), '2025-06 is after 2025-05');
	assert.match(String(parseDateRange('..')), /is not a date or range/);
	assert.match(String(parseDateRange('yesterday')), /"yesterday" is not a date or range/);
	assert.equal(dateRangeText({from: '2025-05', to: '2025-05'}), '2025-05');
	assert.equal(dateRangeText({from: '2025-05-01', to: null}), '2025-05-01..');
});

test('a filtered model keeps the entities to its events; key events are of what the filter keeps', () => {
	const model = storyModel();
	const german = withEventFilter(model, {...noEventFilter, language: 'de'});
	assert.deepEqual(german.events.map((event) => event.id), ['e-call']);
	assert.deepEqual(german.entities.find((entity) => entity.name === 'Volodymyr Zelensky')?.events, ['e-call']);
	assert.equal(withEventFilter(model, noEventFilter), model);
	// An entity's sentences follow its events: those of the events the filter removed go too.
	const zelensky = model.entities.find((entity) => entity.name === 'Volodymyr Zelensky')!;
	const own = model.events.filter((event) => zelensky.events.includes(event.id)).flatMap((event) => event.mentions);
	zelensky.sentences = own.map(({article, sentence}) => ({article, start: sentence.start, end: sentence.end}));
	assert.ok(zelensky.sentences.length > 1);
	const call = model.events.find((event) => event.id === 'e-call')!.mentions[0]!;
	assert.deepEqual(withEventFilter(model, {...noEventFilter, language: 'de'}).entities.find((entity) => entity === zelensky || entity.name === zelensky.name)?.sentences, [
		{article: call.article, start: call.sentence.start, end: call.sentence.end},
	]);
	const salient = {...model, events: model.events.map((event, index) => ({...event, salience: index}))};
	assert.deepEqual(withKeyEvents(withEventFilter(salient, {...noEventFilter, minSources: 2}), 1).events.map((event) => event.id), ['e-round2']);
});
