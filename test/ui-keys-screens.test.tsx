/**
 * Every key of a binding that several screens share, pressed on each of those screens, and
 * checked by what its command should do there (the position a scroll reaches, as the status
 * line says it and the screen shows it). The tests walk the key table, so a screen added to a
 * binding has a test here or a failing one; and the keys a kind of screen must have (scrolling,
 * editing a prompt, quitting) are listed apart, so a screen dropped from a binding fails too.
 * Keys bound to one screen alone are tested in ui-keys.test.tsx.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {TimelineModel} from '../source/core/model.js';
import {createEnvironment} from '../source/ui/environment.js';
import {keyTable, type Binding, type Context} from '../source/ui/key-table.js';
import {skippedHeight} from '../source/ui/navigation.js';
import {skippedLines} from '../source/ui/skipped-list.js';
import {buildModel, day, type ArticleSpec, type EventSpec} from './helpers/fixture.js';
import {drive, keys, lines, selectedLine, type Driver} from './helpers/ink.js';

const eventCount = 60;
const sourceCount = 40;
const articleLines = 200;
/** The lines of the long article that say "ceasefire": what `/` in it finds. */
const ceasefireLines = [50, 100, 150];

const dateOf = (index: number) => new Date(Date.UTC(2024, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
const sentenceOf = (index: number) => `Event number ${index} happened on ${dateOf(index)}.`;

/**
 * A timeline every screen of which scrolls: 60 events, the first with 40 sources, the first
 * source 200 lines long; 60 skipped files; a person in three events for n/N.
 */
function screensModel(): TimelineModel {
	const longText = Array.from({length: articleLines}, (_, index) => {
		const line = index + 1;
		if (line === 1) return `Line 1: ${sentenceOf(0)}`;
		return ceasefireLines.includes(line) ? `Line ${line} says the ceasefire held.` : `Line ${line} says little.`;
	}).join('\n');
	const articles: ArticleSpec[] = Array.from({length: sourceCount}, (_, index) => ({id: `s${index}`, title: `Report ${index}`, published: dateOf(0), language: 'en', text: index === 0 ? longText : sentenceOf(0)}));
	const events: EventSpec[] = [{id: 'e0', date: day(dateOf(0)), title: 'Event number 0', mentions: articles.map((article) => ({article: article.id, sentence: sentenceOf(0)}))}];
	for (let index = 1; index < eventCount; index++) {
		articles.push({id: `a${index}`, title: `Article ${index}`, published: dateOf(index), language: 'en', text: sentenceOf(index)});
		events.push({id: `e${index}`, date: day(dateOf(index)), title: `Event number ${index}`, mentions: [{article: `a${index}`, sentence: sentenceOf(index)}]});
	}
	const model = buildModel({articles, events, entities: [{name: 'Ada Lovelace', kind: 'person', events: ['e10', 'e20', 'e30']}]});
	return {...model, skipped: Array.from({length: 60}, (_, index) => ({path: `corpus/bad-${index}.md`, reason: `reason ${index}: not UTF-8`}))};
}

/** The model as a reload finds it after one more file was saved. */
function withOneMoreArticle(): TimelineModel {
	const model = screensModel();
	return {...model, articles: [...model.articles, {...model.articles[1]!, id: 'late', title: 'Late'}]};
}

const model = screensModel();
const env = createEnvironment(model, {width: 100, height: 30}, true);

/** The keys that get from the start to each screen, and what shows it was reached. */
const screens: Record<Context, {keys: string[]; shows: RegExp}> = {
	timeline: {keys: [], shows: /(^| )1\/60 /m},
	sources: {keys: ['enter'], shows: /source 1\/40/},
	article: {keys: ['enter', 'enter'], shows: /line 1\/200/},
	skipped: {keys: ['!'], shows: /line 1\/120/},
	search: {keys: ['/'], shows: /^Search:/m},
	find: {keys: ['enter', 'enter', '/'], shows: /^find: {3}line 1\/200/m},
	prompt: {keys: ['R'], shows: /^Title: Event number 0 /m},
	'filter-prompt': {keys: ['d'], shows: /^Dates \(2025-05, from\.\.to\): /m},
	help: {keys: ['?'], shows: /dateline · keys/},
	filters: {keys: ['L', 'f'], shows: /^Remove: /m},
};

/** Where Esc and q go back to from each screen below the timeline. */
const parents: Partial<Record<Context, Context>> = {sources: 'timeline', article: 'sources', skipped: 'timeline'};

type Scrolling = {
	/** The position the status line gives, from 1. */
	position: (frame: string) => number;
	/** The same position as the screen shows it: the selected row, or the first line of text. */
	shown: (frame: string) => number;
	/** Rows a page holds, and the last position. */
	page: number;
	last: number;
};

const statusNumber = (pattern: RegExp) => (frame: string) => Number(pattern.exec(lines(frame).at(-1) ?? '')?.[1] ?? Number.NaN);
const shownNumber = (pattern: RegExp, pick: (frame: string) => string) => (frame: string) => Number(pattern.exec(pick(frame))?.[1] ?? Number.NaN);
const textLines = skippedLines(model.skipped).length;

const scrolling: Partial<Record<Context, Scrolling>> = {
	timeline: {position: statusNumber(/ (\d+)\/60 /), shown: (frame) => shownNumber(/Event number (\d+)/, selectedLine)(frame) + 1, page: env.panes.listHeight, last: eventCount},
	sources: {position: statusNumber(/source (\d+)\/40/), shown: (frame) => shownNumber(/Report (\d+)/, selectedLine)(frame) + 1, page: env.sourcesHeight, last: sourceCount},
	// The first line of text, below the title, the outlet line and the rule.
	article: {position: statusNumber(/line (\d+)\/200/), shown: shownNumber(/Line (\d+)/, (frame) => lines(frame)[4] ?? ''), page: env.articleHeight, last: articleLines - env.articleHeight + 1},
	// The first line below the heading: a file's path, then its reason.
	skipped: {
		position: statusNumber(/line (\d+)\/120/),
		shown: (frame) => {
			const line = lines(frame)[2] ?? '';
			const file = /bad-(\d+)\.md|reason (\d+)/.exec(line);
			return file?.[1] ? 2 * Number(file[1]) + 1 : 2 * Number(file?.[2]) + 2;
		},
		page: skippedHeight(env),
		last: textLines - skippedHeight(env) + 1,
	},
};

/** The text of an open prompt, caret left out. */
const promptText: Partial<Record<Context, (frame: string) => string>> = {
	search: (frame) => /^Search: (.*)$/m.exec(frame)?.[1]?.trimEnd() ?? '',
	find: (frame) => /^find: (.*?) {2,}line \d/m.exec(frame)?.[1]?.trimEnd() ?? '',
	prompt: (frame) => /^Title: (.*?) {2,}Enter save/m.exec(frame)?.[1]?.trimEnd() ?? '',
	'filter-prompt': (frame) => /^Dates \(2025-05, from\.\.to\): (.*?) {2,}Enter apply/m.exec(frame)?.[1]?.trimEnd() ?? '',
};

/** The bytes a terminal sends for a key named as the key table names it. */
const inputs: Record<string, string> = {
	down: keys.down,
	up: keys.up,
	left: keys.left,
	right: keys.right,
	pagedown: keys.pageDown,
	pageup: keys.pageUp,
	home: keys.home,
	end: keys.end,
	enter: keys.enter,
	escape: keys.escape,
	tab: keys.tab,
	backspace: keys.backspace,
};
const input = (name: string) => inputs[name] ?? (name.startsWith('ctrl+') ? String.fromCodePoint(name.codePointAt(5)! - 96) : name);

/** Presses keys named as the key table names them, one frame each. */
async function pressAll(driver: Driver, names: readonly string[]): Promise<void> {
	for (const name of names) await driver.press(input(name));
}

type Check = (driver: Driver, context: Context, key: string) => Promise<void>;

/** Moves by the command and checks the position the status line says and the screen shows. */
const scrolls: Check = async (driver, context, key) => {
	const screen = scrolling[context];
	assert.ok(screen, `${context} does not scroll`);
	const binding = bindingOf(context, key);
	const {command} = binding;
	const fromLast = (command.type === 'move' && command.delta < 0) || (command.type === 'page' && command.direction < 0) || (command.type === 'edge' && command.to === 'first');
	if (fromLast) {
		await driver.press('G');
		assert.equal(screen.position(driver.frame()), screen.last, 'G goes to the last position');
	}
	const start = fromLast ? screen.last : 1;
	let expected: number;
	if (command.type === 'move') expected = start + command.delta;
	else if (command.type === 'page') expected = start + command.direction * (command.half ? Math.floor(screen.page / 2) : screen.page - 1);
	else expected = command.type === 'edge' && command.to === 'first' ? 1 : screen.last;
	const frame = await driver.press(input(key));
	assert.equal(screen.position(frame), expected, 'the position the status line says');
	assert.equal(screen.shown(frame), expected, 'the screen shows that position');
};

/** What pressing `key` should do on `context`, by the command it is bound to there. */
const checks: Partial<Record<Binding['command']['type'], Check>> = {
	move: scrolls,
	page: scrolls,
	edge: scrolls,
	back: async (driver, context, key) => {
		if (context === 'timeline') {
			await driver.press(keys.tab);
			assert.match(driver.frame(), /━━━/);
			assert.doesNotMatch(await driver.press(input(key)), /━━━/, 'the focus back on the timeline');
			return;
		}
		const parent = parents[context];
		if (parent) {
			assert.match(await driver.press(input(key)), screens[parent].shows);
			return;
		}
		const closed = await driver.press(input(key));
		if (context === 'prompt') assert.match(closed, /rename cancelled/);
		else if (context === 'filter-prompt') assert.match(closed, screens.timeline.shows, 'the timeline, unfiltered');
		else assert.match(closed, context === 'search' ? screens.timeline.shows : screens.article.shows);
		assert.doesNotMatch(closed, screens[context].shows);
	},
	'quit-or-back': async (driver, context, key) => {
		const parent = parents[context];
		await driver.press(input(key));
		if (parent) assert.match(driver.frame(), screens[parent].shows);
		else await driver.waitFor(() => driver.quit.count === 1, 'the app to quit');
		assert.equal(driver.quit.count, parent ? 0 : 1);
	},
	quit: async (driver, _context, key) => {
		await driver.press(input(key));
		await driver.waitFor(() => driver.quit.count === 1, 'the app to quit');
	},
	suspend: async (driver, context, key) => {
		await driver.press(input(key));
		await driver.waitFor(() => driver.suspended.count === 1, 'the suspend');
		assert.match(driver.frame(), screens[context].shows, 'the screen as it was');
	},
	open: async (driver, context, key) => {
		if (context === 'sources') await driver.press('j');
		await driver.press(input(key));
		if (context === 'skipped') {
			await driver.waitFor((frame) => frame.includes('nothing to open here'), 'the notice');
			assert.deepEqual(driver.opened, []);
			return;
		}
		const expected = context === 'sources' ? 's1' : 's0';
		await driver.waitFor((frame) => frame.includes(`opened ${expected}`), 'the opener');
		assert.deepEqual(driver.opened, [expected]);
	},
	help: async (driver, _context, key) => {
		assert.match(await driver.press(input(key)), screens.help.shows);
	},
	reload: async (driver, context, key) => {
		await driver.press(input(key));
		await driver.waitFor((frame) => (lines(frame)[0] ?? '').includes('+1 article'), 'the change in the title bar');
		assert.match(driver.frame(), screens[context].shows, 'on the same screen');
	},
	'search-open': async (driver, _context, key) => {
		assert.match(await driver.press(input(key)), screens.search.shows);
	},
	enter: async (driver, context, key) => {
		if (context === 'timeline') {
			assert.match(await driver.press(input(key)), screens.sources.shows);
			return;
		}
		await driver.press('j');
		const frame = await driver.press(input(key));
		assert.match(lines(frame)[1] ?? '', /^Report 1/, 'the selected source');
		assert.match(frame, /line 1\/1/);
	},
	match: async (driver, context, key) => {
		const forward = key === 'n';
		if (context === 'article') {
			await driver.press('/');
			await driver.type('ceasefire');
			assert.match(await driver.press(keys.enter), /match 1\/3/);
			if (!forward) await pressAll(driver, ['n', 'n']);
			const frame = await driver.press(input(key));
			assert.match(frame, /match 2\/3/);
			assert.match(frame, /Line 100 says the ceasefire held/);
			return;
		}
		await driver.press('/');
		await driver.type('lovelace');
		await driver.waitFor((frame) => (frame.includes('found') && !frame.includes('reading the article text')), 'the person found');
		assert.match(await driver.press(keys.enter), /filter: Ada Lovelace/);
		assert.match(await driver.press(keys.escape), / 11\/60 /, 'her first event kept selected, every event shown');
		// Backwards from her first event comes round to her last.
		const frame = await driver.press(input(key));
		assert.match(lines(frame).at(-1) ?? '', forward ? / 21\/60 / : / 31\/60 /);
		assert.match(selectedLine(frame), forward ? /Event number 20 / : /Event number 30 /);
	},
	'search-choose': async (driver, context, key) => {
		if (context === 'search') {
			await driver.type('lovelace');
			await driver.waitFor((frame) => (frame.includes('found') && !frame.includes('reading the article text')), 'the person found');
			assert.match(await driver.press(input(key)), /filter: Ada Lovelace \(person\)/);
		} else if (context === 'find') {
			await driver.type('ceasefire');
			const frame = await driver.press(input(key));
			assert.match(frame, /match 1\/3/);
			assert.match(frame, /Line 50 says the ceasefire held/);
		} else if (context === 'filter-prompt') {
			await driver.type('2024-01-11..2024-01-20');
			const frame = await driver.press(input(key));
			assert.match(frame, /dates 2024-01-11\.\.2024-01-20/);
			assert.match(selectedLine(frame), /Event number 10 /, 'the first event of the range');
		} else {
			await driver.type('Renamed event');
			await driver.press(input(key));
			await driver.waitFor((frame) => /^renamed/m.test(frame), 'the notice: saved');
			assert.match(selectedLine(driver.frame()), /Renamed event/);
		}
	},
	'search-edit': async (driver, context, key) => {
		const read = promptText[context];
		assert.ok(read, `${context} has no prompt`);
		await driver.type('abc def');
		assert.equal(read(driver.frame()), 'abc def');
		const {command} = bindingOf(context, key);
		const edits: Record<string, {keys: string[]; text: string}> = {
			backspace: {keys: [key], text: 'abc de'},
			left: {keys: [key, key, 'X'], text: 'abc dXef'},
			right: {keys: ['left', 'left', key, 'X'], text: 'abc deXf'},
			home: {keys: [key, 'X'], text: 'Xabc def'},
			end: {keys: ['left', 'left', key, 'X'], text: 'abc defX'},
			'kill-line': {keys: ['left', 'left', key], text: 'ef'},
			'kill-word': {keys: [key], text: 'abc'},
		};
		const edit = command.type === 'search-edit' ? edits[command.edit] : undefined;
		assert.ok(edit, `no check for ${JSON.stringify(command)}`);
		await pressAll(driver, edit.keys);
		assert.equal(read(driver.frame()), edit.text);
	},
};

function bindingOf(context: Context, key: string): Binding {
	const binding = keyTable.find((candidate) => candidate.contexts.includes(context) && candidate.keys.includes(key));
	assert.ok(binding, `${key} is not bound on ${context}`);
	return binding;
}

/**
 * The pairs walked: every screen of every shared binding, and the keys a user expects of a kind
 * of screen whatever the table says, so that a screen dropped from a binding fails here too.
 */
function pairs(): [Context, string][] {
	const walked = keyTable.filter((binding) => binding.contexts.length > 1).flatMap((binding) => binding.contexts.flatMap((context) => binding.keys.map((key): [Context, string] => [context, key])));
	const expected = (contexts: readonly Context[], names: readonly string[]) => contexts.flatMap((context) => names.map((key): [Context, string] => [context, key]));
	const all = [
		...walked,
		...expected(Object.keys(scrolling) as Context[], ['down', 'j', 'up', 'k', 'pagedown', 'pageup', 'ctrl+d', 'ctrl+u', 'g', 'home', 'G', 'end']),
		...expected(Object.keys(promptText) as Context[], ['enter', 'escape', 'backspace', 'left', 'right', 'ctrl+a', 'home', 'ctrl+e', 'end', 'ctrl+u', 'ctrl+w']),
		...expected(Object.keys(screens) as Context[], ['ctrl+c', 'ctrl+z']),
	];
	return [...new Map(all.map((pair) => [pair.join(' '), pair])).values()];
}

for (const [context, key] of pairs()) {
	const help = keyTable.find((binding) => binding.contexts.includes(context) && binding.keys.includes(key))?.help ?? 'unbound';
	test(`${key} on the ${context} screen: ${help}`, async () => {
		const {command} = bindingOf(context, key);
		const check = checks[command.type];
		assert.ok(check, `no check for ${command.type}`);
		const driver = await drive(model, {reload: async () => withOneMoreArticle(), curation: {curation: {steps: []}, save: async () => undefined}});
		try {
			await pressAll(driver, screens[context].keys);
			assert.match(driver.frame(), screens[context].shows, `the ${context} screen reached`);
			await check(driver, context, key);
		} finally {
			driver.unmount();
		}
	});
}
