import {computePanes} from '../source/ui/panes.js';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {renderToString} from 'ink';
import {App} from '../source/ui/app.js';
import {detailLines, detailSources, sourceSentences} from '../source/ui/content.js';
import {keyTable} from '../source/ui/key-table.js';
import {buildModel, day, largeModel, storyModel} from './helpers/fixture.js';
import {drive, keys, lines, selectedLine, withSettings} from './helpers/ink.js';

test('timeline: day headers, ISO dates, ranges, sources and languages; undated at the end', async () => {
	const driver = await drive(storyModel());
	const frame = driver.frame();
	const shown = lines(frame);
	assert.match(frame, /── 2025-05-16 · Friday 16 May \(1\)/);
	// A row's date says what its heading does not: nothing under its own day, a range's end.
	assert.match(frame, /^ {2}…25 Prisoner exchange +1 src en$/m);
	assert.match(frame, /^ {6}Second round of talks in Istanbul +2 src en ar$/m);
	const order = ['── 2025 (1)', '── 2025-05 · May 2025', '── 2025-05-16', '── 2025-05-17', '── 2025-05-23', '── 2025-06-02', '── Undated (1)'].map((heading) =>
		shown.findIndex((line) => line.startsWith(heading)),
	);
	assert.ok(order.every((index, position) => index > 0 && (position === 0 || index > (order[position - 1] ?? 0))), `order ${order.join()}`);
	assert.match(shown[(order.at(-1) ?? 0) + 1] ?? '', /^ {6}A summit nobody has dated /);
	// The sources and languages stay in their columns.
	const columns = new Set(shown.filter((line) => / src /.test(line)).map((line) => line.indexOf(' src ')));
	assert.equal(columns.size, 1);
	driver.unmount();
});

test('detail pane: sentences from every source, people, places and the sources', async () => {
	const driver = await drive(storyModel(), {height: 40});
	await driver.press('G');
	await driver.press('k');
	const frame = driver.frame();
	assert.match(frame, /People: Vladimir Putin, Volodymyr Zelensky/);
	assert.match(frame, /Places: Istanbul/);
	assert.match(frame, /Sources \(2\):/);
	assert.match(frame, /Zamin · en · 2025-05-29 — Second round set for June 2/);
	assert.match(frame, /BBC Arabic · ar · 2025-05-30 — /);
	assert.match(frame, /The second round of talks is set for June 2 in Istanbul\./);
	// The Arabic sentence, in display order: its first word is at the right end of its line.
	assert.match(frame, /لوقت\s*$/m);
	driver.unmount();
});

test('detail pane: an event with hundreds of sources tells the first ones and points to the sources screen', () => {
	const ids = Array.from({length: 300}, (_, index) => `a${String(index).padStart(3, '0')}`);
	const model = buildModel({
		articles: ids.map((id) => ({id, title: `Report ${id}`, published: '2025-05-16', language: 'en', text: `Talks resumed in Istanbul (${id}).`})),
		events: [{id: 'e1', date: day('2025-05-16'), title: 'Talks resumed in Istanbul', mentions: ids.map((id) => ({article: id, sentence: `Talks resumed in Istanbul (${id}).`}))}],
	});
	const articles = new Map(model.articles.map((article) => [article.id, article]));
	const read: string[] = [];
	const lines = detailLines(model.events[0]!, (id) => (read.push(id), articles.get(id)), 60, true);
	const text = lines.map((line) => line.runs.map((run) => run.text).join('')).join('\n');
	assert.match(text, /Sources \(300\):/);
	assert.match(text, /Report a011/);
	assert.doesNotMatch(text, /Report a012/);
	assert.match(text, /… and 288 more: Enter lists every source/);
	assert.equal(read.length, detailSources, 'only the sources shown are looked up (and their texts read)');
});

test('detail pane at its top: the first rows of an event with many sources, as laid out in full, without reading the sources below them', () => {
	const ids = Array.from({length: 30}, (_, index) => `a${String(index).padStart(2, '0')}`);
	const model = buildModel({
		articles: ids.map((id) => ({id, title: `Report ${id}`, published: '2025-05-16', language: 'en', text: `Talks resumed in Istanbul (${id}).`})),
		events: [{id: 'e1', date: day('2025-05-16'), title: 'Talks resumed in Istanbul', mentions: ids.map((id) => ({article: id, sentence: `Talks resumed in Istanbul (${id}).`}))}],
	});
	const articles = new Map(model.articles.map((article) => [article.id, article]));
	const whole = detailLines(model.events[0]!, (id) => articles.get(id), 60, true);
	const read: string[] = [];
	const top = detailLines(model.events[0]!, (id) => (read.push(id), articles.get(id)), 60, true, 10);
	assert.ok(top.length >= 10 && top.length < whole.length, `${top.length} of ${whole.length} lines`);
	assert.deepEqual(top, whole.slice(0, top.length));
	assert.ok(read.length > 0 && read.length < detailSources, `${read.length} sources read`);
});

test('a source sentence broken over lines keeps its date marked on the date', () => {
	const article = {id: 'a', path: 'a.md', title: 'A', outlet: null, url: null, published: '2024-05-06', language: 'en', text: 'He said  that\n  on   5 May 2024 it happened.'};
	const sentence = {start: 0, end: article.text.length};
	const date = {start: article.text.indexOf('5 May 2024'), end: article.text.indexOf('5 May 2024') + '5 May 2024'.length};
	const event = {id: 'e', date: day('2024-05-05'), basis: 'text' as const, title: 'It happened', salience: 0, people: [], places: [], sources: ['a'], mentions: [{article: 'a', sentence, date}]};
	const runs = sourceSentences(article, event, 80, true).flatMap((line) => line.runs);
	assert.deepEqual(
		runs.filter((run) => run.kinds.includes('date')).map((run) => run.text.trim()),
		['5 May 2024'],
	);
});

test('status line: position, filter and main keys, named by the key table', async () => {
	const driver = await drive(storyModel());
	assert.match(driver.frame(), /all events +1\/7 +Enter sources +q quit +\/ search +\? help +z zoom/);
	await driver.press('j');
	assert.match(driver.frame(), /2\/7/);
	assert.match(await driver.press(keys.enter), /source 1\/\d+ +Enter read +q back +o open +\? help/);
	assert.match(await driver.press(keys.enter), /line 1\/\d+ +q back +o open +\? help +\] \[ marks/);
	driver.unmount();
});

test('search pane: results of every kind ranked together, each with its kind, updating as the user types', async () => {
	const driver = await drive(storyModel());
	await driver.press('/');
	await driver.type('zelenksy');
	const frame = await driver.waitFor((current) => current.includes('found') && !current.includes('reading the article text'));
	assert.match(frame, /^Search: zelenksy$/m);
	assert.match(frame, /^› person +Volodymyr Zelensky \(Zelensky\) {2}3 events/m);
	assert.match(frame, /^ {2}event +Second round of talks in Istanbul {2}2025-06-02 · 2 sources · via Volodymyr Zelensky/m);
	await driver.type('zzzz');
	await driver.waitFor((current) => current.includes('nothing found'));
	driver.unmount();
});

test('search pane: words the sentences say find a text row with its events, above the titles that say them', async () => {
	const driver = await drive(storyModel());
	await driver.press('/');
	await driver.type('prisoners');
	// The article text is indexed in slices between keystrokes: its row comes in once it is.
	const frame = await driver.waitFor((current) => current.includes('in the sentences of'));
	assert.doesNotMatch(frame, /reading the article text/);
	assert.match(frame, /^› text +"prisoners" {2}in the sentences of 2 events/m);
	assert.match(frame, /^ {2}event +Prisoner exchange {2}2025-05-23…2025-05-25 · 1 source/m);
	driver.unmount();
});

test('source view: header, marked sentence, and Arabic in display order', async () => {
	const driver = await drive(storyModel());
	await driver.press('G');
	await driver.press('k');
	await driver.press(keys.enter);
	await driver.press('j');
	const frame = await driver.press(keys.enter);
	const shown = lines(frame);
	assert.match(shown[1] ?? '', /لوبنطسا ىلإ اًدفو لسرتس ايسور/);
	assert.match(shown[2] ?? '', /BBC Arabic · 2025-05-30 · ar · corpus\/arabic\.md/);
	const sentence = shown.filter((line) => line.startsWith('▌'));
	assert.ok(sentence.length >= 2, 'both mentions of the event are marked');
	assert.ok(shown.some((line) => line.trimEnd().endsWith('لوقت')), 'the first line ends with the first word');
	assert.match(frame, /line 1\/\d+/);
	driver.unmount();
});

test('source view without reordering keeps logical order for terminals that reorder themselves', async () => {
	const driver = await drive(storyModel(), {reorderBidi: false});
	await driver.press('G');
	await driver.press('k');
	await driver.press(keys.enter);
	await driver.press('j');
	const frame = await driver.press(keys.enter);
	assert.match(frame, /▌ تقول روسيا/);
	driver.unmount();
});

test('search pane: moving back up a long result list moves the cursor, not the list', async () => {
	const driver = await drive(largeModel(300), {height: 30});
	await driver.press('/');
	await driver.type('event number');
	await driver.waitFor((frame) => /› text +"event number"/.test(frame), 'the results');
	for (let step = 0; step < 29; step++) await driver.press(keys.down);
	const bottom = lines(driver.frame()).findIndex((line) => line.startsWith('›'));
	for (let step = 0; step < 3; step++) await driver.press(keys.up);
	const frame = driver.frame();
	assert.equal(lines(frame).findIndex((line) => line.startsWith('›')), bottom - 3, 'the cursor went up three rows in a list that stood still');
	driver.unmount();
});

test('help overlay lists every binding of the key table', async () => {
	const driver = await drive(storyModel());
	let frame = await driver.press('?');
	// Its pages, one after another.
	for (let page = 2; frame.includes(`Page ${page - 1}/`) && !frame.includes(`Page ${page - 1}/${page - 1}`); page++) {
		frame += await driver.press(' ');
	}
	for (const binding of keyTable) {
		assert.ok(frame.includes(binding.help), `help for ${binding.label}`);
		assert.ok(frame.includes(binding.label), binding.label);
	}
	driver.unmount();
});

test('below 80×24 a one-line message replaces the layout', async () => {
	for (const [width, height] of [
		[79, 30],
		[100, 23],
	] as const) {
		const driver = await drive(storyModel(), {width, height});
		const frame = driver.frame();
		assert.equal(lines(frame).length, 1);
		assert.match(frame, /dateline needs 80×24 or more/);
		driver.unmount();
	}
});

test('a frame is never as tall as the terminal, on any screen', async () => {
	for (const height of [24, 31, 50]) {
		const driver = await drive(storyModel(), {height, width: 80});
		const check = (frame: string) => assert.ok(lines(frame).length <= height - 1, `${lines(frame).length} lines at height ${height}`);
		check(driver.frame());
		check(await driver.press('?'));
		await driver.press('q');
		await driver.press('/');
		check(await driver.type('istanbul'));
		await driver.press(keys.escape);
		check(await driver.press(keys.enter));
		check(await driver.press(keys.enter));
		driver.unmount();
	}
});

test('windowing: 10,000 events render only the rows that fit', async () => {
	// Speed is for the benchmark; what keeps a frame cheap is that it holds only what fits.
	const driver = await drive(largeModel(10_000), {height: 30});
	assert.ok(lines(driver.frame()).length <= 29);
	// Every event, not the key events a corpus this large opens on.
	await driver.press('K');
	await driver.press('G');
	await driver.press('k');
	await driver.press(keys.pageUp);
	// From the next to last event, a page up moves one event less than the list has rows.
	assert.match(selectedLine(driver.frame()), new RegExp(`Event number ${9998 - (computePanes(100, 30).listHeight - 1)} `));
	assert.ok(lines(driver.frame()).length <= 29);
	assert.doesNotMatch(driver.frame(), /Event number 9000 /);
	driver.unmount();
});

test('side by side from 160 columns; below, the timeline keeps the whole width', () => {
	const frame = renderToString(withSettings(<App model={storyModel()} width={170} height={30} />), {columns: 170});
	// The coverage strip (two rows) over the list; the detail pane beside both.
	assert.match(lines(frame)[1] ?? '', /^[ ▁▂▃▄▅▆▇█]+│2025$/);
	assert.match(lines(frame)[3] ?? '', /^── 2025 \(1\) +│placed by a date in the text$/);
	assert.match(lines(frame)[4] ?? '', /^› +The war may end +1 src en +│Sources \(1\):$/);
	const narrower = renderToString(withSettings(<App model={storyModel()} width={159} height={30} />), {columns: 159});
	assert.ok(!narrower.includes('│'), 'below 160 columns the detail pane is below the timeline');
	assert.ok(lines(frame).length <= 29);
});

test('article text and metadata cannot reach the terminal as control sequences', async () => {
	const hostile = 'Sneaky \u001b]0;pwned\u0007 text \u001b[2J with \u009b31m and \u202eevil.';
	const model = buildModel({
		articles: [{id: 'x', title: 'Title \u001b[31mred\u001b[0m', outlet: 'Out\u0007let', published: '2025-01-02', language: 'en', text: hostile}],
		events: [{id: 'e', date: day('2025-01-02'), title: 'Event \u001b]52;c;aGk=\u0007 title', mentions: [{article: 'x', sentence: hostile}]}],
	});
	const driver = await drive(model);
	const frames = [driver.frame(), await driver.press(keys.enter), await driver.press(keys.enter)];
	for (const frame of frames) {
		// eslint-disable-next-line no-control-regex -- asserting their absence
		assert.doesNotMatch(frame, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
	}
	assert.match(frames[2] ?? '', /Sneaky/);
	driver.unmount();
});
