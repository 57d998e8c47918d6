/**
 * A start from the start file shows the timeline before the corpus's files are checked: the title
 * bar says so while they are, and a change found loads the corpus again, as `r` does.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {TimelineModel} from '../source/core/model.js';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {loadTimeline, startTimeline} from '../source/core/timeline.js';
import {previewOf} from '../source/core/start-preview.js';
import {TerminalApp} from '../source/ui/run-interface.js';
import {drive, selectedEvent, withSettings} from './helpers/ink.js';
import {largeCorpus} from './helpers/large-corpus.js';
import {tempFolder} from './helpers/temp-folder.js';

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
	await waitUntil(() => asked.count === 1, 'the check to start');
	// Keys work while the files are checked.
	assert.match(await driver.press('j'), /› .*Talks in Geneva/);
	answer(true);
	await driver.waitFor((frame) => !frame.includes('checking'), 'the check to end');
	assert.equal(reloads, 0);
	assert.match(driver.frame(), /› .*Talks in Geneva/);
	driver.unmount();
});

test('a change found by the check loads the corpus again and shows it, the selection kept', async () => {
	const {check, asked, answer} = pendingCheck(2);
	const driver = await drive(modelOf('Istanbul', 'Geneva'), {startCheck: check, reload: async () => modelOf('Istanbul', 'Geneva', 'Rome')});
	await driver.press('j');
	await waitUntil(() => asked.count === 1, 'the check to start');
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
	await waitUntil(() => driver.frame().includes('reload failed: corpus: no such file or folder'), 'the reload to fail');
	driver.unmount();
});

/** A large corpus indexed into a temporary cache, and its start from the start file. */
async function startedLarge() {
	const {root, cleanup} = tempFolder(largeCorpus(170));
	const cacheHome = mkdtempSync(path.join(tmpdir(), 'dateline-cache-'));
	process.env.XDG_CACHE_HOME = cacheHome;
	await loadTimeline([root]);
	const whole = await loadTimeline([root]);
	const start = startTimeline([root]);
	assert.ok(start && previewOf(start.first), 'a start on a preview');
	return {
		start,
		whole,
		cleanup: () => {
			cleanup();
			rmSync(cacheHome, {recursive: true, force: true});
		},
	};
}

/** A frame without the check's note in the title bar, and the room it took. */
const withoutCheckNote = (frame: string) => frame.replace(/checking \d+ files… · /, '').replaceAll(/ {2,}/g, '  ');

test("a preview's first frame is the whole model's; a move is answered on it as on the whole model, other keys wait for the whole model", async () => {
	const {start, whole, cleanup} = await startedLarge();
	try {
		const {check} = pendingCheck(start.files);
		const previewed = await drive(start.first, {startCheck: check, height: 30});
		const shown = await drive(whole, {height: 30});
		assert.match(previewed.frame(), /checking 170 files… · /);
		assert.match(shown.frame(), new RegExp(`key events \\(50 of ${whole.events.length}\\)`));
		assert.equal(withoutCheckNote(previewed.frame()), withoutCheckNote(shown.frame()));
		assert.equal(withoutCheckNote(await previewed.press('j')), withoutCheckNote(await shown.press('j')), 'a move on the preview, as on the whole model');
		const before = previewed.frame();
		assert.notEqual(await shown.press('K'), withoutCheckNote(before));
		assert.equal(await previewed.press('K'), before, 'another key waits while the model is a preview');
		assert.equal(await previewed.press('j'), before, 'and a move after it, in the order typed');
		previewed.unmount();
		shown.unmount();
	} finally {
		cleanup();
	}
});

test('after its first frame a start on a preview reads the whole model, takes the keys typed meanwhile, then checks the files', async () => {
	const {start, whole, cleanup} = await startedLarge();
	try {
		const {check, asked, answer} = pendingCheck(start.files);
		const options = {color: false, reorderBidi: true, mouse: false, corpusPaths: [], reload: async () => whole, startCheck: {...check, wholeInTurns: start.wholeInTurns}};
		const instance = render(withSettings(<TerminalApp model={start.first} options={options} />));
		const frame = () => instance.lastFrame() ?? '';
		const reference = await drive(whole, {height: 24});
		const second = selectedEvent(await reference.press('j'));
		reference.unmount();
		instance.stdin.write('j');
		await waitUntil(() => asked.count === 1, 'the check, once the whole model is shown');
		assert.equal(selectedEvent(frame()), second, 'the key typed on the preview moved the selection');
		assert.match(frame(), /checking 170 files…/);
		answer(true);
		await waitUntil(() => !frame().includes('checking'), 'the check to end');
		instance.unmount();
	} finally {
		cleanup();
	}
});

/** Polls until `check` passes: the files are checked once the keys have rested a moment. */
async function waitUntil(check: () => boolean, what: string): Promise<void> {
	const deadline = Date.now() + 10_000;
	while (!check() && Date.now() < deadline) await new Promise<void>((resolve) => setTimeout(resolve, 5));
	assert.ok(check(), `timed out waiting for ${what}`);
}
