/**
 * A start from the start file shows the timeline before the corpus's files are checked: the title
 * bar says so while they are, and a change found loads the corpus again, as `r` does.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {TimelineModel} from '../source/core/model.js';
import {drive} from './helpers/ink.js';

const article = (id: string) => ({id, path: `${id}.md`, title: id, outlet: 'Outlet', url: null, published: '2025-05-16', language: 'en', text: `The delegations met in ${id}.`});
const event = (id: string, day: string, title: string) => ({
	id,
	date: {start: day, end: null, precision: 'day' as const},
	basis: 'text' as const,
	title,
	salience: 1,
	people: [],
	places: [],
	sources: [id],
	mentions: [{article: id, sentence: {start: 0, end: 26}, date: null}],
});
const modelOf = (...names: string[]): TimelineModel => ({
	articles: names.map(article),
	dates: [],
	events: names.map((name, index) => event(name, `2025-05-${16 + index}`, `Talks in ${name}`)),
	entities: [],
	skipped: [],
});

/** A check that answers when told to. */
function pendingCheck(files: number) {
	let answer: (unchanged: boolean) => void = () => undefined;
	const asked = {count: 0};
	const check = {
		files,
		unchanged: () => {
			asked.count++;
			return new Promise<boolean>((resolve) => (answer = resolve));
		},
	};
	return {check, asked, answer: (unchanged: boolean) => answer(unchanged)};
}

test('while the files are checked the title bar says so; unchanged, the timeline stays and nothing is read again', async () => {
	const {check, asked, answer} = pendingCheck(2);
	let reloads = 0;
	const driver = await drive(modelOf('Istanbul', 'Geneva'), {
		startCheck: check,
		reload: async () => {
			reloads++;
			return modelOf('Istanbul', 'Geneva');
		},
	});
	assert.match(driver.frame(), /checking 2 files…/);
	assert.match(driver.frame(), /Talks in Istanbul/);
	await driver.waitFor(() => asked.count === 1, 'the check to start');
	// Keys work while the files are checked.
	assert.match(await driver.press('j'), /› .*Talks in Geneva/);
	answer(true);
	await driver.waitFor((frame) => !frame.includes('checking'), 'the check to end');
	assert.equal(reloads, 0);
	assert.match(driver.frame(), /› .*Talks in Geneva/);
	driver.unmount();
});

test('a change found by the check loads the corpus again and shows it, the selection kept', async () => {
	const {check, answer} = pendingCheck(2);
	const driver = await drive(modelOf('Istanbul', 'Geneva'), {startCheck: check, reload: async () => modelOf('Istanbul', 'Geneva', 'Rome')});
	await driver.press('j');
	answer(false);
	const frame = await driver.waitFor((current) => current.includes('Talks in Rome'), 'the corpus read again');
	assert.match(frame, /3 events/);
	assert.match(frame, /› .*Talks in Geneva/);
	assert.doesNotMatch(frame, /checking/);
	driver.unmount();
});

test('a check that fails loads the corpus again, which says why', async () => {
	const driver = await drive(modelOf('Istanbul'), {
		startCheck: {files: 1, unchanged: async () => Promise.reject(new Error('gone'))},
		reload: async () => Promise.reject(new Error('corpus: no such file or folder')),
	});
	await driver.waitFor((frame) => frame.includes('reload failed: corpus: no such file or folder'), 'the reload to fail');
	driver.unmount();
});
