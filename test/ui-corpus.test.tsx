/**
 * The done-when of the interface, on the bundled corpus: the timeline in order, "zensky" to
 * Zelensky's events across languages, an Arabic source read, back out and quit.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {loadTimeline} from '../source/core/timeline.js';
import {drive, keys, lines, selectedEvent, selectedLine, type Driver} from './helpers/ink.js';

const corpus = fileURLToPath(new URL('../corpus', import.meta.url));
const model = await loadTimeline([corpus], {cache: false});

async function selectDate(driver: Driver, date: string): Promise<void> {
	await driver.press('g');
	for (let step = 0; step < model.events.length && !selectedEvent(driver.frame()).endsWith(` ${date}`); step++) {
		await driver.press('j');
	}
	assert.ok(selectedEvent(driver.frame()).endsWith(` ${date}`), `no event on ${date}`);
}

test('moving through the timeline shows 2025-05-16, 2025-05-23…2025-05-25 and 2025-06-02 in order', async () => {
	const driver = await drive(model, {height: 40});
	const seen: string[] = [];
	for (let step = 0; step < model.events.length; step++) {
		const date = / (\S+)$/.exec(selectedEvent(driver.frame()))?.[1];
		if (date && !seen.includes(date)) {
			seen.push(date);
		}
		await driver.press('j');
	}
	const wanted = ['2025-05-16', '2025-05-23…2025-05-25', '2025-06-02'];
	const positions = wanted.map((date) => seen.indexOf(date));
	assert.ok(positions.every((position) => position >= 0), `seen ${seen.join(' ')}`);
	assert.deepEqual([...positions].sort((a, b) => a - b), positions);
	driver.unmount();
});

test('"zensky" finds Zelensky; choosing him filters the timeline to his events across languages', async () => {
	const driver = await drive(model, {height: 40});
	await driver.press('/');
	await driver.type('zensky');
	const results = await driver.waitFor((frame) => (frame.includes('found') && !frame.includes('reading the article text')));
	assert.match(selectedLine(results), /› person +Volodymyr Zelensky/);
	const frame = await driver.press(keys.enter);
	assert.match(frame, /filter: Volodymyr Zelensky \(person\)/);
	const zelensky = model.entities.find((entity) => entity.name === 'Volodymyr Zelensky');
	assert.ok(zelensky);
	const rows = lines(frame).filter((line) => /^[›• ] .* \d+ src /.test(line));
	assert.equal(rows.length, zelensky.events.length);
	const languages = new Set(rows.flatMap((row) => / src ([a-z ]+)$/.exec(row)?.[1]?.split(' ') ?? []));
	assert.ok(languages.has('en') && languages.has('ar'), `languages ${[...languages].join()}`);
	driver.unmount();
});

test('an event\'s Arabic source opens and reads; back and quit', async () => {
	const driver = await drive(model, {height: 40});
	await selectDate(driver, '2025-06-02');
	await driver.press(keys.enter);
	while (!/› BBC Arabic · ar/.test(selectedLine(driver.frame()))) {
		const before = driver.frame();
		await driver.press('j');
		assert.notEqual(driver.frame(), before, 'the Arabic source is listed');
	}
	const article = await driver.press(keys.enter);
	assert.match(article, /BBC Arabic · 2025-05-30 · ar/);
	// The sentence that led here is marked; Arabic is in display order (its first word at the line end).
	assert.ok(lines(article).some((line) => line.startsWith('▌') && line.trimEnd().endsWith('لوقت')));
	await driver.press(']');
	assert.match(driver.frame(), /mark 1\//);
	await driver.press(keys.pageDown);
	await driver.press('q');
	await driver.press('q');
	assert.match(driver.frame(), /grouped by day/);
	await driver.press('q');
	await driver.waitFor(() => driver.quit.count === 1, 'the app to quit');
	driver.unmount();
});
