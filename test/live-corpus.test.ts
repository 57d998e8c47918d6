/**
 * A corpus that changes while the interface runs: the model swap after a reload (`r`, --watch)
 * as a reducer action, what the title bar says changed, the skipped files screen, and the watcher.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import type {TimelineModel} from '../source/core/model.js';
import {corpusChange} from '../source/ui/corpus-change.js';
import {createEnvironment, type NavEnv} from '../source/ui/environment.js';
import {initialState, reduce, selectedEvent, skippedHeight, timelineOf, type Action, type NavState} from '../source/ui/navigation.js';
import {watchCorpus} from '../source/ui/use-corpus-watch.js';
import {watchedChanges} from '../source/ui/watched-changes.js';
import type {Reload} from '../source/ui/use-reload.js';
import {largeModel, storyModel} from './helpers/fixture.js';
import {drive} from './helpers/ink.js';
import {tempFolder} from './helpers/temp-folder.js';

const size = {width: 100, height: 30};
const envOf = (model: TimelineModel) => createEnvironment(model, size, true);
const run = (actions: Action[], env: NavEnv, state: NavState = initialState) => actions.reduce((current, action) => reduce(current, action, env), state);
const key = (name: string): Action => ({type: 'key', name, input: name, ctrl: false, meta: false});
const moves = (count: number): Action[] => Array.from({length: count}, () => ({type: 'move', delta: 1}));

/** `model` without the events and articles numbered by `drop` (largeModel's e<n> and a<n>). */
function without(model: TimelineModel, drop: (index: number) => boolean): TimelineModel {
	const number = (id: string) => Number(id.slice(1));
	return {...model, events: model.events.filter((event) => !drop(number(event.id))), articles: model.articles.filter((article) => !drop(number(article.id)))};
}

/** The selected event's line on the screen: its row below the first row shown. */
const screenLine = (state: NavState, env: NavEnv) => (timelineOf(state, env).rowOfEvent[state.cursor] ?? 0) - state.listTop;

test('a reload keeps the selected event selected, on the same screen line, when events arrive before it', () => {
	const full = largeModel(100);
	const before = envOf(without(full, (index) => index < 10));
	// Up from the bottom line, so that the line is one the reload has to keep.
	const state = run([...moves(40), {type: 'move', delta: -1}, {type: 'move', delta: -1}], before);
	assert.equal(selectedEvent(state, before)?.id, 'e48');
	const after = envOf(full);
	const swapped = reduce(state, {type: 'reloaded', env: after}, before);
	assert.equal(selectedEvent(swapped, after)?.id, 'e48');
	assert.equal(screenLine(swapped, after), screenLine(state, before));
	assert.equal(swapped.change, '+10 articles');
});

test('when the selected event is gone, the event nearest its date is selected', () => {
	const full = largeModel(20);
	const before = envOf(full);
	const state = run(moves(10), before);
	const after = envOf(without(full, (index) => index >= 6 && index <= 10));
	const swapped = reduce(state, {type: 'reloaded', env: after}, before);
	assert.equal(selectedEvent(swapped, after)?.id, 'e11');
	assert.equal(swapped.change, '−5 articles');
});

test('a reload keeps the sources screen of an event still there, and leaves an article that is gone', () => {
	const full = largeModel(20);
	const before = envOf(full);
	const reading = run([...moves(5), {type: 'enter'}, {type: 'enter'}], before);
	assert.equal(reading.screen, 'article');
	const gone = envOf(without(full, (index) => index === 5));
	assert.equal(reduce(reading, {type: 'reloaded', env: gone}, before).screen, 'timeline');
	const sources = run([...moves(5), {type: 'enter'}], before);
	const kept = envOf(without(full, (index) => index === 2));
	assert.equal(reduce(sources, {type: 'reloaded', env: kept}, before).screen, 'sources');
});

test('reloads asked for while the help or the search is open leave them open', () => {
	const env = envOf(storyModel());
	const searching = run([{type: 'search-open'}, {type: 'search-type', text: 'putin'}, {type: 'reload'}], env);
	assert.equal(searching.reloadRequests, 1);
	assert.equal(searching.search?.prompt.text, 'putin');
	const helped = run([{type: 'help'}, {type: 'reload'}], env);
	assert.equal(helped.help, true);
	// The search's results came from the old model: they are asked for again.
	const swapped = reduce(searching, {type: 'reloaded', env: envOf(storyModel())}, env);
	assert.equal(swapped.search?.prompt.text, 'putin');
	assert.equal(swapped.search?.result, null);
});

test('r asks for a reload; what changed is shown until the next key', () => {
	const story = storyModel();
	const env = envOf(story);
	assert.equal(run([key('r'), key('r')], env).reloadRequests, 2);
	const edited = {...story, articles: story.articles.map((article, index) => (index === 0 ? {...article, text: `${article.text} More.`} : article))};
	const swapped = reduce(initialState, {type: 'reloaded', env: envOf(edited)}, env);
	assert.equal(swapped.change, '1 changed');
	assert.equal(reduce(swapped, key('j'), env).change, null);
	assert.equal(reduce(swapped, {type: 'change-seen'}, env).change, null);
	// A reload of the watcher's that changed nothing says nothing; one asked for with r says so.
	assert.equal(run([{type: 'reload', watcher: true}, {type: 'reloaded', env}], env).change, null);
	assert.equal(run([key('r'), {type: 'reload', watcher: true}, {type: 'reloaded', env}], env).change, 'no change');
});

test('what a reload changed, in the words of the title bar', () => {
	const story = storyModel();
	const [first, second, ...rest] = story.articles;
	assert.ok(first && second);
	assert.equal(corpusChange(story, story), 'no change');
	const next = {...story, articles: [{...first, title: 'Retitled'}, ...rest, {...second, id: 'new'}]};
	assert.equal(corpusChange(story, next), '+1 article, −1 article, 1 changed');
});

test('! lists the skipped files; the list scrolls by lines and Esc or q goes back', () => {
	const skipped = Array.from({length: 40}, (_, index) => ({path: `corpus/bad-${index}.md`, reason: 'not UTF-8'}));
	const env = envOf({...storyModel(), skipped});
	const open = run([key('!')], env);
	assert.equal(open.screen, 'skipped');
	assert.equal(run([key('j'), key('j')], env, open).skippedTop, 2);
	// Two lines a file: its path, then the reason.
	assert.equal(run([key('G')], env, open).skippedTop, 80 - skippedHeight(env));
	assert.equal(run([key('G'), key('g')], env, open).skippedTop, 0);
	assert.equal(run([key('escape')], env, open).screen, 'timeline');
	assert.equal(run([key('q')], env, open).quit, false);
	assert.equal(run([key('!')], envOf(storyModel())).notice, 'no file was skipped');
	// A reload that reads every file leaves the emptied list.
	assert.equal(reduce(open, {type: 'reloaded', env: envOf(storyModel())}, env).screen, 'timeline');
	assert.equal(reduce(open, {type: 'reloaded', env}, env).screen, 'skipped');
});

test('the watcher reports an article file written into a watched folder', async () => {
	const corpus = tempFolder({'one.md': '# One\n\nOn 3 May 2025 it began.\n'});
	let resolveChange: () => void = () => {};
	const changed = new Promise<void>((resolve) => {
		resolveChange = resolve;
	});
	let named: string[] | null = [];
	const watch = watchCorpus(
		[corpus.root],
		(files) => {
			named = files;
			resolveChange();
		},
		(reason) => assert.fail(reason),
	);
	try {
		await watch.ready;
		writeFileSync(path.join(corpus.root, 'two.md'), '# Two\n\nOn 4 May 2025 it went on.\n');
		await changed;
		assert.deepEqual(named, [path.join(corpus.root, 'two.md')]);
	} finally {
		await watch.close();
		corpus.cleanup();
	}
});

test('a load only the watcher asked for is told the files it named; one asked for otherwise checks every file', () => {
	const changes = watchedChanges();
	changes.seen(['x.md']);
	assert.equal(changes.take(1), undefined, 'the first load checks every file');
	changes.seen(['a.md']);
	changes.seen(['b/c.md']);
	assert.deepEqual(changes.take(3), new Set([path.resolve('a.md'), path.resolve('b/c.md')]));
	// r pressed beside a change the watcher named: three requests since, two of them the watcher's.
	changes.seen(['a.md']);
	changes.seen(['d.md']);
	assert.equal(changes.take(6), undefined);
	changes.seen(null);
	assert.equal(changes.take(7), undefined, 'a change the watcher could not name');
	changes.seen(['e.md']);
	assert.deepEqual(changes.take(8), new Set([path.resolve('e.md')]));
	// The watcher's request not yet counted by the reducer: it counts as another's at the next load.
	changes.seen(['f.md']);
	assert.deepEqual(changes.take(8), new Set([path.resolve('f.md')]));
	assert.equal(changes.take(9), undefined);
});

test('the app tells a load the watcher asked for which files it named, and r checks every file', async () => {
	const corpus = tempFolder({'one.md': '# One\n\nOn 3 May 2025 it began.\n'});
	// Each load's files, as the next of `loads` resolves.
	const waiting: Array<(changed: string[] | undefined) => void> = [];
	const loads = Array.from({length: 3}, () => new Promise<string[] | undefined>((resolve) => waiting.push(resolve)));
	const reload = async (changed?: ReadonlySet<string>) => {
		waiting.shift()?.(changed && [...changed]);
		return storyModel();
	};
	const driver = await drive(storyModel(), {reload, watch: [corpus.root], curation: {curation: {steps: []}, save: null}});
	try {
		assert.equal(await loads[0], undefined, 'the load the watch begins with checks every file');
		writeFileSync(path.join(corpus.root, 'two.md'), '# Two\n\nOn 4 May 2025 it went on.\n');
		assert.deepEqual(await loads[1], [path.join(corpus.root, 'two.md')]);
		await driver.press('r');
		assert.equal(await loads[2], undefined);
	} finally {
		driver.unmount();
		corpus.cleanup();
	}
});

test('a reload shows the quick model it is given at once, then its own; a newer reload gives up the one behind a model shown', async () => {
	const full = largeModel(12);
	const start = without(full, (index) => index >= 10);
	const quick = without(full, (index) => index === 11);
	let calls = 0;
	const reload: Reload = async (_changed, progress) => {
		if (++calls > 1) return full;
		progress?.shown(quick);
		// The merge behind the quick model, in turns, until a newer reload supersedes it.
		while (!progress?.superseded()) await new Promise((resolve) => setImmediate(resolve));
		return null;
	};
	const driver = await drive(start, {reload});
	try {
		await driver.press('r');
		const shown = await driver.waitFor((frame) => frame.includes('11 articles · 11 events'), 'the quick model');
		assert.match(shown, /\+1 article/);
		await driver.press('r');
		await driver.waitFor((frame) => frame.includes('12 articles · 12 events'), 'the newer reload\'s model');
		assert.equal(calls, 2);
	} finally {
		driver.unmount();
	}
});

test('the promise of a quick model shown is kept once the frame has it: the merge behind it waits for the frame', async () => {
	const full = largeModel(12);
	const quick = without(full, (index) => index === 11);
	let frameWhenDrawn = '';
	let frame = () => '';
	const reload: Reload = async (_changed, progress) => {
		await progress?.shown(quick);
		frameWhenDrawn = frame();
		return full;
	};
	const driver = await drive(without(full, (index) => index >= 10), {reload});
	frame = driver.frame;
	try {
		await driver.press('r');
		await driver.waitFor((current) => current.includes('12 articles · 12 events'), 'the whole model');
		assert.match(frameWhenDrawn, /11 articles · 11 events/);
	} finally {
		driver.unmount();
	}
});
