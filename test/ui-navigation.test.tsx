import {test} from 'node:test';
import assert from 'node:assert/strict';
import {buildSearchIndex, search} from '../source/core/search.js';
import {createEnvironment, indexModel, keyEventLimit} from '../source/ui/environment.js';
import {filtersOf, initialState, keyAction, reduce, selectedEvent, startState, timelineOf, type Action, type NavState} from '../source/ui/navigation.js';
import {buildModel, day, largeModel, storyModel} from './helpers/fixture.js';
import {noEventFilter} from '../source/core/event-filter.js';

const story = storyModel();
const env = createEnvironment(story, {width: 100, height: 30}, true);

function run(actions: Action[], state: NavState = initialState, environment = env): NavState {
	return actions.reduce((current, action) => reduce(current, action, environment), state);
}

const selectedId = (state: NavState, environment = env) => selectedEvent(state, environment)?.id;
const key = (name: string, input = name): Extract<Action, {type: 'key'}> => ({type: 'key', name, input, ctrl: false, meta: false});

test('events are in chronological order, undated last', () => {
	const ids = timelineOf(initialState, env).events.map((event) => event.id);
	assert.deepEqual(ids, ['e-year', 'e-month', 'e-talks', 'e-call', 'e-exchange', 'e-round2', 'e-undated']);
});

test('moving stops at both ends', () => {
	assert.equal(selectedId(run([{type: 'move', delta: -1}])), 'e-year');
	assert.equal(selectedId(run([{type: 'move', delta: 1}, {type: 'move', delta: 1}])), 'e-talks');
	assert.equal(selectedId(run([{type: 'edge', to: 'last'}, {type: 'move', delta: 1}])), 'e-undated');
	assert.equal(selectedId(run([{type: 'edge', to: 'last'}, {type: 'edge', to: 'first'}])), 'e-year');
});

test('pages and half pages move by the list height', () => {
	const big = largeModel(500);
	const bigEnv = createEnvironment(big, {width: 100, height: 30}, true);
	const page = bigEnv.panes.listHeight - 1;
	const half = Math.floor(bigEnv.panes.listHeight / 2);
	assert.equal(run([{type: 'page', direction: 1, half: false}], initialState, bigEnv).cursor, page);
	assert.equal(run([{type: 'page', direction: 1, half: true}], initialState, bigEnv).cursor, half);
	assert.equal(run([{type: 'page', direction: 1, half: false}, {type: 'page', direction: -1, half: true}], initialState, bigEnv).cursor, page - half);
});

test('the list scrolls so the selected event and its header stay in view', () => {
	const big = largeModel(500);
	const bigEnv = createEnvironment(big, {width: 100, height: 30}, true);
	let state = initialState;
	for (let step = 0; step < 300; step++) {
		state = reduce(state, {type: 'move', delta: 1}, bigEnv);
		const row = timelineOf(state, bigEnv).rowOfEvent[state.cursor] ?? 0;
		assert.ok(row >= state.listTop && row < state.listTop + bigEnv.panes.listHeight, `row ${row} top ${state.listTop}`);
		assert.ok(row - 1 >= state.listTop, 'the day header above is shown too');
	}
	state = reduce(state, {type: 'edge', to: 'first'}, bigEnv);
	assert.equal(state.listTop, 0);
});

test('[ and ] go to the previous and next group', () => {
	let state = run([{type: 'group', direction: 1}]);
	assert.equal(selectedId(state), 'e-month');
	state = run([{type: 'group', direction: 1}, {type: 'group', direction: 1}, {type: 'group', direction: 1}], state);
	assert.equal(selectedId(state), 'e-exchange');
	state = run([{type: 'group', direction: -1}], state);
	assert.equal(selectedId(state), 'e-call');
});

test('zoom cycles day, month, year and keeps the selected event', () => {
	let state = run([{type: 'edge', to: 'last'}, {type: 'move', delta: -1}]);
	state = run([{type: 'zoom'}], state);
	assert.equal(state.zoom, 'month');
	assert.equal(selectedId(state), 'e-round2');
	const monthGroups = timelineOf(state, env).rows.filter((row) => row.type === 'group').map((row) => row.type === 'group' && row.key);
	assert.deepEqual(monthGroups, ['2025', '2025-05', '2025-06', '\uffff']);
	state = run([{type: 'zoom'}], state);
	assert.equal(state.zoom, 'year');
	state = run([{type: 'zoom'}], state);
	assert.equal(state.zoom, 'day');
});

test('Enter drills from event to sources to article; back and q climb out; q at the top quits', () => {
	let state = run([{type: 'edge', to: 'last'}, {type: 'move', delta: -1}, {type: 'enter'}]);
	assert.equal(state.screen, 'sources');
	state = run([{type: 'move', delta: 1}, {type: 'enter'}], state);
	assert.equal(state.screen, 'article');
	assert.equal(state.article?.id, 'arabic');
	assert.equal(state.article?.eventId, 'e-round2');
	state = run([{type: 'back'}], state);
	assert.equal(state.screen, 'sources');
	state = run([{type: 'quit-or-back'}], state);
	assert.equal(state.screen, 'timeline');
	assert.equal(state.quit, false);
	assert.equal(run([{type: 'quit-or-back'}], state).quit, true);
	assert.equal(run([{type: 'quit'}], run([{type: 'enter'}, {type: 'enter'}])).quit, true);
});

test('the source view opens scrolled to the sentence that led there', () => {
	const big = largeModel(1);
	const article = big.articles[0];
	assert.ok(article);
	// A long article whose sentence sits far down.
	const filler = 'Filler line that is not the sentence.\n'.repeat(200);
	article.text = filler + article.text + '\n' + filler;
	const mention = big.events[0]?.mentions[0];
	assert.ok(mention);
	mention.sentence = {start: mention.sentence.start + filler.length, end: mention.sentence.end + filler.length};
	const bigEnv = createEnvironment(big, {width: 100, height: 30}, true);
	const state = run([{type: 'enter'}, {type: 'enter'}], initialState, bigEnv);
	assert.equal(state.article?.top, 198);
});

test('] and [ jump between highlights and scroll them into view', () => {
	let state = run([{type: 'move', delta: 1}, {type: 'move', delta: 1}, {type: 'enter'}, {type: 'enter'}]);
	assert.equal(state.article?.id, 'istanbul');
	const highlights = env.article('istanbul')?.highlights ?? [];
	assert.ok(highlights.length >= 4);
	state = run([{type: 'highlight', direction: 1}], state);
	assert.equal(state.article?.highlight, 0);
	state = run([{type: 'highlight', direction: 1}, {type: 'highlight', direction: 1}], state);
	assert.equal(state.article?.highlight, 2);
	state = run([{type: 'highlight', direction: -1}], state);
	assert.equal(state.article?.highlight, 1);
	const first = run([{type: 'highlight', direction: -1}, {type: 'highlight', direction: -1}], state);
	assert.equal(first.article?.highlight, 0);
	assert.equal(first.notice, 'no earlier highlight');
});

test('Tab moves the focus to the detail pane, where movement scrolls it', () => {
	let state = run([{type: 'edge', to: 'last'}, {type: 'move', delta: -1}, {type: 'focus'}]);
	assert.equal(state.focus, 'detail');
	const small = createEnvironment(story, {width: 100, height: 24}, true);
	state = run([{type: 'move', delta: 1}, {type: 'move', delta: 1}], state, small);
	assert.equal(state.detailTop, 2);
	assert.equal(state.cursor, 5, 'the selection stays');
	state = run([{type: 'focus'}], state, small);
	assert.equal(state.focus, 'list');
});

test('choosing a person filters the timeline to their events; Esc clears the filter', () => {
	const index = buildSearchIndex(story);
	let state = run([{type: 'search-open'}, {type: 'search-type', text: 'zensky'}]);
	assert.equal(state.search?.prompt.text, 'zensky');
	state = run([{type: 'search-results', result: search(index, 'zensky')}, {type: 'search-choose'}], state);
	assert.equal(state.search, null);
	assert.deepEqual(state.filter, {name: 'Volodymyr Zelensky', kind: 'person'});
	assert.deepEqual(
		timelineOf(state, env).events.map((event) => event.id),
		['e-talks', 'e-call', 'e-round2'],
	);
	state = run([{type: 'back'}], state);
	assert.equal(state.filter, null);
});

test('results for an older query are ignored', () => {
	const index = buildSearchIndex(story);
	const state = run([{type: 'search-open'}, {type: 'search-type', text: 'put'}, {type: 'search-type', text: 'in'}, {type: 'search-results', result: search(index, 'put')}]);
	assert.equal(state.search?.result, null);
});

test('choosing an event jumps to it; n and N step through the active search', () => {
	const index = buildSearchIndex(story);
	let state = run([{type: 'search-open'}, {type: 'search-type', text: 'Putin'}, {type: 'search-results', result: search(index, 'Putin')}]);
	// Person first, then its events: move down to the first event.
	state = run([{type: 'search-move', delta: 1}, {type: 'search-choose'}], state);
	assert.equal(state.filter, null);
	assert.equal(selectedId(state), 'e-talks');
	state = run([{type: 'match', direction: 1}], state);
	assert.equal(selectedId(state), 'e-round2');
	state = run([{type: 'match', direction: 1}], state);
	assert.equal(selectedId(state), 'e-talks', 'wraps around');
	state = run([{type: 'match', direction: -1}], state);
	assert.equal(selectedId(state), 'e-round2');
});

test('n without a search says so', () => {
	assert.match(run([{type: 'match', direction: 1}]).notice ?? '', /no active search/);
});

test('keys resolve through the key table against the state they arrive in', () => {
	assert.deepEqual(keyAction(initialState, key('j'), env), {type: 'move', delta: 1});
	const searching = run([{type: 'search-open'}]);
	// In the search pane, letters are typed, not commands.
	assert.deepEqual(keyAction(searching, key('q'), env), {type: 'search-type', text: 'q'});
	assert.deepEqual(keyAction(searching, key('j'), env), {type: 'search-type', text: 'j'});
	assert.equal(keyAction(searching, {type: 'key', name: 'ctrl+x', input: 'x', ctrl: true, meta: false}, env), null);
	const helping = run([{type: 'help'}]);
	assert.deepEqual(keyAction(helping, key('j'), env), {type: 'back'});
	assert.equal(run([key('/'), key('z'), key('e')]).search?.prompt.text, 'ze', 'a key typed right after / goes into the query');
});

test('below the minimum size only quitting works', () => {
	const tiny = createEnvironment(story, {width: 60, height: 20}, true);
	assert.equal(keyAction(initialState, key('j'), tiny), null);
	assert.deepEqual(keyAction(initialState, key('q'), tiny), {type: 'quit'});
});

test('o asks for the current article; the app reports back', () => {
	let state = run([{type: 'open'}]);
	assert.equal(state.openRequest, 'june');
	state = run([{type: 'opened', notice: 'opened june'}], state);
	assert.equal(state.openRequest, null);
	assert.equal(state.notice, 'opened june');
	state = run([{type: 'edge', to: 'last'}, {type: 'move', delta: -1}, {type: 'enter'}, {type: 'move', delta: 1}, {type: 'open'}], state);
	assert.equal(state.openRequest, 'arabic');
});

test('a resize lays out text again but keeps the timeline rows and lookups of the model', () => {
	const index = indexModel(story);
	const wide = createEnvironment(story, {width: 110, height: 40}, true, index);
	const narrow = createEnvironment(story, {width: 80, height: 24}, true, index);
	const all = {...noEventFilter, text: null};
	assert.equal(narrow.timeline(all, 'day', false), wide.timeline({...all}, 'day', false), 'the same rows, not built again');
	assert.equal(narrow.eventById('e-talks'), wide.eventById('e-talks'));
	assert.notEqual(narrow.panes.width, wide.panes.width);
	const event = wide.eventById('e-talks')!;
	assert.ok(narrow.detail(event).length > wide.detail(event).length, 'detail text wrapped again for the narrower pane');
});

test('details are kept for the ones visited last, not for every one', () => {
	const big = largeModel(400);
	const environment = createEnvironment(big, {width: 100, height: 30}, true);
	const [first, ...others] = big.events;
	const detail = environment.detail(first!);
	assert.equal(environment.detail(first!), detail, 'kept while recent');
	for (const event of others) environment.detail(event);
	assert.notEqual(environment.detail(first!), detail, 'let go after hundreds of others');
	assert.deepEqual(environment.detail(first!), detail, 'and laid out the same again');
	// Laid-out articles are let go by the size of their text: test/ui-bounds.test.tsx.
});

test('the sources list and the search results keep their scroll while the cursor moves inside the window', () => {
	const articles = Array.from({length: 40}, (_, index) => ({id: `s${index}`, title: `Source ${index}`, published: '2025-05-16', language: 'en', text: `Talks in Istanbul, report ${index}.`}));
	const model = buildModel({articles, events: [{id: 'e', date: day('2025-05-16'), title: 'Talks in Istanbul', mentions: articles.map((article) => ({article: article.id, sentence: article.text}))}]});
	const environment = createEnvironment(model, {width: 100, height: 30}, true);
	const down = (count: number): Action[] => Array.from({length: count}, () => ({type: 'move', delta: 1}) as const);
	let state = run([{type: 'enter'}, ...down(20)], initialState, environment);
	assert.equal(state.sourceCursor, 20);
	const top = state.sourceTop;
	assert.equal(top, 20 - environment.sourcesHeight + 1, 'scrolled just enough to show the cursor');
	state = run([{type: 'move', delta: -1}], state, environment);
	assert.equal(state.sourceTop, top, 'moving up inside the window does not scroll');

	const index = buildSearchIndex(largeModel(300));
	const bigEnv = createEnvironment(largeModel(300), {width: 100, height: 30}, true);
	const moves = (delta: 1 | -1, count: number): Action[] => Array.from({length: count}, () => ({type: 'search-move', delta}) as const);
	let searching = run([{type: 'search-open'}, {type: 'search-type', text: 'event number'}, {type: 'search-results', result: search(index, 'event number')}, ...moves(1, 29)], initialState, bigEnv);
	const scrolled = searching.search!.top;
	assert.ok(scrolled > 0, 'scrolled to show the 30th result');
	searching = run(moves(-1, 3), searching, bigEnv);
	assert.equal(searching.search!.top, scrolled, 'moving up inside the window does not scroll');
	searching = run(moves(-1, 26), searching, bigEnv);
	assert.equal(searching.search!.top, 0, 'back at the first result, the heading shows again');
});

test('the search history keeps chosen queries once each, newest last, and ↑ over an empty list steps back', () => {
	const index = buildSearchIndex(story);
	const choose = (query: string, state: NavState) =>
		run([{type: 'search-open'}, {type: 'search-edit', edit: 'kill-line'}, {type: 'search-type', text: query}, {type: 'search-results', result: search(index, query)}, {type: 'search-choose'}], state);
	let state = choose('putin', initialState);
	state = choose('istanbul', state);
	state = choose('putin', state);
	assert.deepEqual(state.searchHistory, ['istanbul', 'putin']);
	state = run([{type: 'search-open'}, {type: 'search-edit', edit: 'kill-line'}, {type: 'search-move', delta: -1}], state);
	assert.deepEqual(state.search?.prompt, {text: 'putin', caret: 5, selected: true});
	state = run([{type: 'search-history', direction: -1}, {type: 'search-history', direction: -1}], state);
	assert.equal(state.search?.prompt.text, 'istanbul', 'stops at the oldest');
	state = run([{type: 'search-history', direction: 1}, {type: 'search-history', direction: 1}], state);
	assert.equal(state.search?.prompt.text, '', 'past the newest: a query of its own again');
});

test('a large corpus opens on its key events; K shows all and back, keeping the selection; filters compose', () => {
	// Event n has salience n: the key events are the last fifty.
	const big = largeModel(200, (index) => index);
	const bigEnv = createEnvironment(big, {width: 100, height: 30}, true);
	const opened = startState(bigEnv);
	assert.equal(opened.keyEvents, true);
	const keyIds = timelineOf(opened, bigEnv).events.map((event) => event.id);
	assert.equal(keyIds.length, keyEventLimit);
	assert.deepEqual([keyIds[0], keyIds.at(-1)], ['e150', 'e199'], 'the most salient, in date order');
	let state = run([{type: 'move', delta: 1}], opened, bigEnv);
	assert.equal(selectedId(state, bigEnv), 'e151');
	state = run([{type: 'key-events'}], state, bigEnv);
	assert.equal(timelineOf(state, bigEnv).events.length, 200);
	assert.equal(selectedId(state, bigEnv), 'e151', 'the selected event stays selected');
	state = run([{type: 'key-events'}], state, bigEnv);
	assert.equal(timelineOf(state, bigEnv).events.length, keyEventLimit);
	assert.equal(startState(env).keyEvents, false, 'a small corpus opens on every event');
	// Key events of what a filter shows: the fifty most salient of the even-numbered events.
	const even = {...big, entities: [{name: 'Even', kind: 'person' as const, aliases: [], mentions: [], events: big.events.filter((_, index) => index % 2 === 0).map((event) => event.id)}]};
	const evenEnv = createEnvironment(even, {width: 100, height: 30}, true);
	const filtered = run([{type: 'search-open'}, {type: 'search-type', text: 'Even'}, {type: 'search-results', result: search(buildSearchIndex(even), 'Even')}, {type: 'search-choose'}], startState(evenEnv), evenEnv);
	const filteredIds = timelineOf(filtered, evenEnv).events.map((event) => event.id);
	assert.deepEqual([filteredIds.length, filteredIds[0], filteredIds.at(-1)], [50, 'e100', 'e198']);
});

const ids = (state: NavState, environment = env) => timelineOf(state, environment).events.map((event) => event.id);
const typed = (text: string): Action[] => [...text].map((char) => ({type: 'prompt-type', text: char}));

test('a date range typed at d narrows the timeline; the selected event stays, or the one nearest its date', () => {
	let state = run([{type: 'move', delta: 1}, {type: 'move', delta: 1}]);
	assert.equal(selectedId(state), 'e-talks');
	state = run([{type: 'filter-prompt', kind: 'dates'}, ...typed('2025-05-16..2025-05-17'), {type: 'search-choose'}], state);
	assert.equal(state.prompt, null);
	assert.deepEqual(ids(state), ['e-year', 'e-month', 'e-talks', 'e-call']);
	assert.equal(selectedId(state), 'e-talks');
	assert.deepEqual(state.filterOrder, ['dates']);
	// The talks of the 16th are left out: the call of the 17th is the nearest after them.
	state = run([{type: 'filter-prompt', kind: 'dates'}, ...typed('2025-05-17..'), {type: 'search-choose'}], state);
	assert.deepEqual(state.facets, {...state.facets, from: '2025-05-17', to: null});
	assert.equal(selectedId(state), 'e-call');
	// A range that is none is said; the filter stays as it was.
	const refused = run([{type: 'filter-prompt', kind: 'dates'}, ...typed('2025-06..2025-05'), {type: 'search-choose'}], state);
	assert.equal(refused.notice, 'dates: 2025-06 is after 2025-05');
	assert.deepEqual(refused.facets, state.facets);
	// Esc in the prompt cancels; an empty line removes the range.
	assert.deepEqual(run([{type: 'filter-prompt', kind: 'dates'}, {type: 'back'}], state).facets, state.facets);
	const cleared = run([{type: 'filter-prompt', kind: 'dates'}, {type: 'search-edit', edit: 'backspace'}, {type: 'search-choose'}], state);
	assert.deepEqual(cleared.filterOrder, []);
	assert.equal(ids(cleared).length, 7);
});

test('the filters compose; f lists them and removes the chosen one, Esc the newest', () => {
	let state = run([
		{type: 'filter-cycle', kind: 'language'},
		{type: 'filter-prompt', kind: 'outlet'},
		...typed('zamin'),
		{type: 'search-choose'},
		{type: 'filter-cycle', kind: 'sources'},
	]);
	assert.deepEqual(state.filterOrder, ['language', 'outlet', 'sources']);
	assert.deepEqual(ids(state), ['e-talks', 'e-round2'], 'English, from Zamin, two sources or more');
	// The list opens on the newest; ← twice chooses the oldest: the language goes, the others stay.
	state = run([{type: 'filter-list'}], state);
	assert.equal(state.filterChoice, 2);
	assert.equal(keyAction(state, key('left'), env)?.type, 'filter-choose', 'the list takes the keys');
	state = run([{type: 'filter-choose', delta: -1}, {type: 'filter-choose', delta: -1}, {type: 'filter-choose', delta: -1}, {type: 'filter-remove'}], state);
	assert.equal(state.filterChoice, null);
	assert.deepEqual(state.filterOrder, ['outlet', 'sources']);
	assert.equal(state.facets.language, null);
	assert.deepEqual(ids(state), ['e-talks', 'e-round2']);
	state = run([{type: 'back'}], state);
	assert.deepEqual(state.filterOrder, ['outlet']);
	assert.deepEqual(ids(state), ['e-year', 'e-month', 'e-talks', 'e-round2', 'e-undated']);
	// An outlet no article has is said, and sets nothing.
	const unknown = run([{type: 'filter-prompt', kind: 'outlet'}, ...typed('Le Monde'), {type: 'search-choose'}], state);
	assert.equal(unknown.notice, 'no article from an outlet named "Le Monde"');
	assert.equal(unknown.facets.outlet, 'zamin');
	assert.equal(run([{type: 'back'}, {type: 'filter-list'}], state).notice, 'no filter to remove');
});

test('a start opens with the filters of the command line, in a set order, removable as any other; a reload keeps them', () => {
	const started = startState(env, {entity: {name: 'Volodymyr Zelensky', kind: 'person'}, filter: {...noEventFilter, entity: 'Volodymyr Zelensky', from: '2025-05-17', minSources: 2}});
	assert.deepEqual(started.filterOrder, ['entity', 'dates', 'sources']);
	assert.deepEqual(ids(started), ['e-round2']);
	const reloaded = run([{type: 'reloaded', env: createEnvironment(storyModel(), {width: 100, height: 30}, true)}], started);
	assert.deepEqual(reloaded.filterOrder, ['entity', 'dates', 'sources']);
	assert.deepEqual(ids(reloaded), ['e-round2']);
	const withoutSources = run([{type: 'back'}], started);
	assert.deepEqual(ids(withoutSources), ['e-call', 'e-round2']);
});

test('key events are those of what the filters show; the strip and the key-events count follow the filters', () => {
	// Event n has salience n and, from event 100 on, a source in German.
	const big = largeModel(200, (index) => index);
	const german = {...big, articles: big.articles.map((article, index) => (index >= 100 ? {...article, language: 'de'} : article))};
	const bigEnv = createEnvironment(german, {width: 100, height: 30}, true);
	const state = run([{type: 'filter-prompt', kind: 'dates'}, ...typed('2024-01..2024-02'), {type: 'search-choose'}], startState(bigEnv), bigEnv);
	const keyIds = ids(state, bigEnv);
	// January and February 2024 are events 0–59: the fifty most salient of them are 10–59.
	assert.deepEqual([keyIds.length, keyIds[0], keyIds.at(-1)], [keyEventLimit, 'e10', 'e59']);
	assert.equal(bigEnv.coverage(filtersOf(state)).bins.reduce((sum, bin) => sum + bin.events, 0), 60);
	const cycled = run([{type: 'filter-cycle', kind: 'language'}], startState(bigEnv), bigEnv);
	assert.equal(cycled.facets.language, 'de', 'as many German articles as English: de comes first by its code');
	assert.deepEqual(ids(cycled, bigEnv).slice(0, 1), ['e150']);
});
