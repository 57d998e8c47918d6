/** What the frame holds at a given size: counts in words, and lines never cut mid-sentence. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {buildModel, day, storyModel} from './helpers/fixture.js';
import {drive, lines} from './helpers/ink.js';
import {textWidth} from '../source/ui/cell-width.js';
import {helpGap, helpLayout} from '../source/ui/help-layout.js';
import {keyTable} from '../source/ui/key-table.js';
import {computePanes} from '../source/ui/panes.js';

const single = buildModel({
	articles: [{id: 'a', title: 'Talks', language: 'en', published: '2025-05-16', text: 'Talks resumed in Istanbul on Friday.'}],
	events: [{id: 'e', date: day('2025-05-16'), title: 'Talks resumed in Istanbul', mentions: [{article: 'a', sentence: 'Talks resumed in Istanbul on Friday.'}]}],
});

test('the title bar counts in words: one article, one event; several articles, several events', async () => {
	const one = await drive({...single, skipped: [{path: 'x.md', reason: 'not UTF-8'}]});
	assert.match(lines(one.frame())[0] ?? '', /dateline · 1 article · 1 event · 1 skipped \(!\)/);
	one.unmount();
	const story = await drive(storyModel());
	assert.match(lines(story.frame())[0] ?? '', /dateline · \d+ articles · \d+ events /);
	story.unmount();
});

/** Every sentence of `text`, whitespace squeezed, to compare with what was laid out. */
const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the help is laid out whole at 80×24 and wider: no line wider than its column, every help text complete', () => {
	for (const [width, height] of [[80, 24], [100, 30], [120, 40], [200, 50]] as const) {
		const rows = computePanes(width, height).bodyHeight - 1;
		const {columnWidth, pages} = helpLayout(width, rows);
		const text = pages.flatMap((columns) => columns.flatMap((column) => column.map((line) => line.text)));
		for (const columns of pages) {
			assert.ok(columns.length * columnWidth + (columns.length - 1) * helpGap <= width, `${width}: columns fit`);
			for (const column of columns) {
				assert.ok(column.length <= rows, `${width}×${height}: a column of ${column.length} lines in ${rows}`);
				for (const line of column) assert.ok(textWidth(line.text) <= columnWidth, `${width}: "${line.text}" is wider than ${columnWidth}`);
			}
		}
		// The lines in order, joined: each binding's help is there whole, after its label.
		const joined = squeezed(text.join('\n'));
		for (const binding of keyTable) assert.ok(joined.includes(squeezed(`${binding.label} ${binding.help}`)), `${width}: ${binding.label} ${binding.help}`);
	}
});

test('at 80×24 the help is never cut: each page fits the frame, and its last line says how to page', async () => {
	const driver = await drive(storyModel(), {width: 80, height: 24});
	try {
		let frame = await driver.press('?');
		const pages = Number(/Page 1\/(\d+)/.exec(frame)?.[1]);
		assert.ok(pages >= 2, frame);
		for (let page = 1; page <= pages; page++) {
			assert.ok(lines(frame).length <= 23);
			assert.ok(lines(frame).every((line) => textWidth(line) <= 80 && !line.endsWith('…')), frame);
			assert.match(frame, new RegExp(`Page ${page}/${pages} · Space, PgDn: next page · PgUp: previous · other keys close`));
			frame = await driver.press(' ');
		}
	} finally {
		driver.unmount();
	}
});

test('below the minimum size the message wraps at spaces: whole at 70×20, and at 79×30 one line', async () => {
	for (const [width, height, count] of [[70, 20, 2], [79, 30, 1], [40, 10, 2]] as const) {
		const driver = await drive(storyModel(), {width, height});
		const frame = driver.frame();
		assert.equal(lines(frame).length, count, frame);
		assert.ok(lines(frame).every((line) => textWidth(line) <= width));
		assert.equal(squeezed(frame), `dateline needs 80×24 or more (now ${width}×${height}); enlarge the window or press q`);
		driver.unmount();
	}
});
