/** Curation in the rendered app beyond what each key does: what survives a narrowed view, what is reported, what is typed. */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Curation} from '../source/core/curation/curation.js';
import {eventIdentity} from '../source/core/curation/event-identity.js';
import {withKeyEvents} from '../source/core/key-events.js';
import type {TimelineModel} from '../source/core/model.js';
import {largeModel} from './helpers/fixture.js';
import {drive, keys, selectedLine} from './helpers/ink.js';

const identityOf = (model: TimelineModel, index: number) => eventIdentity(model.events[index]!, new Map(model.articles.map((article) => [article.id, article.text])));

const withDriver = async (model: TimelineModel, options: Parameters<typeof drive>[1], body: (driver: Awaited<ReturnType<typeof drive>>) => Promise<void>) => {
	const driver = await drive(model, options);
	try {
		await body(driver);
	} finally {
		driver.unmount();
	}
};

test('with --key-events N a pinned event outside the N most salient still shows: the cut comes after the curation', async () => {
	// Event 0 has the lowest salience: never among the 10 key events.
	const model = largeModel(100, (index) => index);
	const narrow = (curated: TimelineModel) => withKeyEvents(curated, 10);
	await withDriver(model, {curation: {curation: {steps: []}, save: null, narrow}}, async (driver) => {
		assert.match(driver.frame(), /10 events/);
		assert.doesNotMatch(driver.frame(), /Event number 0 /);
	});
	const pinned: Curation = {steps: [{action: 'pin', event: identityOf(model, 0)}]};
	await withDriver(model, {curation: {curation: pinned, save: null, narrow}}, async (driver) => {
		assert.match(driver.frame(), /11 events/);
		assert.match(selectedLine(driver.frame()), /Event number 0 /);
	});
});

test('steps of the file that match no event are counted in the title bar, and undoing them clears it', async () => {
	const model = largeModel(5);
	const gone = {...identityOf(model, 1), sentence: '000000000000'};
	const curation: Curation = {steps: [{action: 'hide', event: identityOf(model, 0)}, {action: 'pin', event: gone}]};
	await withDriver(model, {curation: {curation, save: async () => undefined}}, async (driver) => {
		assert.match(driver.frame(), /dateline · 5 articles · 4 events · 1 curation step matches no event/);
		await driver.press('u');
		await driver.waitFor((frame) => frame.includes('undid pin'), 'the notice');
		assert.doesNotMatch(driver.frame(), /matches no event/);
	});
	const two: Curation = {steps: [{action: 'pin', event: gone}, {action: 'hide', event: gone}]};
	await withDriver(model, {curation: {curation: two, save: null}}, async (driver) => {
		assert.match(driver.frame(), /2 curation steps match no event/);
	});
});

test('the prompt edits as the search does, and a long title scrolls so the caret stays in sight', async () => {
	const saved: Curation[] = [];
	await withDriver(largeModel(5), {curation: {curation: {steps: []}, save: async (curation) => void saved.push(curation)}}, async (driver) => {
		await driver.press('R');
		await driver.press(keys.end);
		await driver.type(' and more');
		await driver.press('\u0017');
		await driver.press(keys.backspace);
		assert.match(driver.frame(), /^Title: Event number 0 and /m);
		await driver.type('x'.repeat(120));
		assert.match(driver.frame(), /^Title: x+ {1,2}Enter save {2}Esc cancel/m);
		await driver.press(keys.escape);
		await driver.waitFor((frame) => frame.includes('rename cancelled'), 'the notice');
		// An empty title saves nothing.
		await driver.press('R');
		await driver.press('\u0015');
		await driver.press(keys.enter);
		await driver.waitFor((frame) => frame.includes('empty title: nothing saved'), 'the notice');
		assert.deepEqual(saved, []);
	});
});

test('a note is shown in the detail pane as text: no control sequence reaches the terminal', async () => {
	const model = largeModel(3);
	const curation: Curation = {steps: [{action: 'note', event: identityOf(model, 0), note: 'see \u001b[2J\u001b]0;owned\u0007 the minutes'}]};
	await withDriver(model, {curation: {curation, save: null}}, async (driver) => {
		assert.match(driver.frame(), /Note: see .*the minutes/);
		assert.ok(!driver.frame().includes('\u001b') && !driver.frame().includes('\u0007'), 'no escape or bell');
	});
});

test('a mark on an event hidden since is dropped: m then marks again', async () => {
	const saved: Curation[] = [];
	await withDriver(largeModel(5), {curation: {curation: {steps: []}, save: async (curation) => void saved.push(curation)}}, async (driver) => {
		await driver.press('m');
		await driver.press('H');
		await driver.waitFor((frame) => frame.includes('hidden'), 'the notice');
		await driver.press('j');
		assert.doesNotMatch(driver.frame(), /marked/);
		await driver.press('m');
		await driver.waitFor((frame) => frame.includes('marked: m on another event merges'), 'the mark');
		assert.deepEqual(saved.map((curation) => curation.steps.map((step) => step.action)), [['hide']]);
	});
});

test('R offers the whole title, not the one cut for a screen line', async () => {
	const model = largeModel(3);
	const cut = {...model, events: model.events.map((event, index) => (index === 0 ? {...event, title: 'Event number 0…'} : event))};
	await withDriver(cut, {curation: {curation: {steps: []}, save: null}}, async (driver) => {
		await driver.press('R');
		assert.match(driver.frame(), /^Title: Event number 0 happened on 2024-01-01\. +Enter save/m);
	});
});

test('a reload is curated once: the model its caller gets is the one the frame shows', async () => {
	const reloaded = largeModel(7);
	const narrowedSizes: number[] = [];
	const narrow = (curated: TimelineModel) => {
		narrowedSizes.push(curated.articles.length);
		return curated;
	};
	const reload = async () => reloaded;
	await withDriver(largeModel(5), {reload, curation: {curation: {steps: [{action: 'hide', event: identityOf(reloaded, 0)}]}, save: null, narrow}}, async (driver) => {
		await driver.press('r');
		await driver.waitFor((frame) => frame.includes('7 articles'), 'the reloaded model');
		assert.deepEqual(
			narrowedSizes.filter((size) => size === 7),
			[7],
		);
		assert.match(driver.frame(), /6 events/, 'the hidden event of the reloaded model is hidden');
	});
});
