/** What the frame holds at a given size: counts in words, and lines never cut mid-sentence. */
import {test} from 'node:test';
import {renderToString} from 'ink';
import assert from 'node:assert/strict';
import {buildModel, day, storyModel} from './helpers/fixture.js';
import {drive, keys, lines} from './helpers/ink.js';
import {textWidth} from '../source/ui/cell-width.js';
import {helpGap, helpLayout, helpRows} from '../source/ui/help-layout.js';
import {keyTable} from '../source/ui/key-table.js';
import {computePanes} from '../source/ui/panes.js';
import {StatusLine} from '../source/ui/status-line.js';
import {buildTimeline, eventColumns, formatGroupLabel} from '../source/ui/timeline-rows.js';
import {noEventFilter} from '../source/core/event-filter.js';

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
		const bodyHeight = computePanes(width, height).bodyHeight;
		const rows = helpRows(bodyHeight);
		const {columnWidth, pages} = helpLayout(width, bodyHeight);
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

/** Events that push every column to its widest: a long title, a range over a new year, 123 sources in six languages. */
function wideModel() {
	const languages = ['en', 'ar', 'de', 'fr', 'es', 'ru'];
	const articles = Array.from({length: 123}, (_, index) => ({id: `s${index}`, title: `Source ${index}`, language: languages[index % languages.length]!, published: '2025-01-02', text: `Talks went on in Geneva (${index}).`}));
	const title = `${'A very long title about the talks in Geneva '.repeat(5)}end`;
	return buildModel({
		articles,
		events: [
			{id: 'wide', date: {start: '2024-12-30', end: '2025-01-02', precision: 'day'}, title, mentions: articles.map((article) => ({article: article.id, sentence: article.text}))},
			{id: 'short', date: day('2025-01-03'), title: 'Short', mentions: [{article: 's0', sentence: articles[0]!.text}]},
		],
	});
}

test('at 120 columns and wider an event title shows at least 70 characters; counts and languages stay in their columns', () => {
	const view = buildTimeline(wideModel(), noEventFilter, 'day');
	const [wide, short] = view.rows.filter((row) => row.type === 'event');
	assert.ok(wide && short);
	assert.equal(wide.date, '…2025-01-02');
	assert.equal(wide.languages, 'en ar de +3');
	for (const width of [120, 130, 159, 160, 200, 300]) {
		const listWidth = computePanes(width, 40).listWidth;
		const long = eventColumns(wide, view, listWidth);
		assert.ok(textWidth(long.title) >= 70, `${width} columns: ${textWidth(long.title)} characters of the title`);
		const other = eventColumns(short, view, listWidth);
		// Every part the same width in both rows: the count and the languages start at the same column.
		assert.equal(long.date.length, other.date.length);
		assert.equal(textWidth(long.title) + long.padding, textWidth(other.title) + other.padding);
		assert.equal(long.meta.length, other.meta.length);
		assert.equal(2 + long.date.length + textWidth(long.title) + long.padding + long.meta.length, listWidth);
		assert.match(other.meta, /^ {3}1 src en {9}$/);
	}
});

test('under month and year headings a row gives the day, or the month and day', () => {
	const model = storyModel();
	const labels = (zoom: 'day' | 'month' | 'year') =>
		buildTimeline(model, noEventFilter, zoom).rows.flatMap((row) => (row.type === 'event' ? [`${row.date}|${row.event.title}`] : []));
	assert.deepEqual(labels('day').slice(0, 5), ['|The war may end', '|Tense talks in May', '|Talks in Istanbul agree a prisoner exchange', '|Lawrow und Rubio besprechen die Verhandlungen', '…25|Prisoner exchange']);
	assert.deepEqual(labels('month').slice(1, 6), ['|Tense talks in May', '16|Talks in Istanbul agree a prisoner exchange', '17|Lawrow und Rubio besprechen die Verhandlungen', '23…25|Prisoner exchange', '02|Second round of talks in Istanbul']);
	assert.deepEqual(labels('year').slice(1, 6), ['05|Tense talks in May', '05-16|Talks in Istanbul agree a prisoner exchange', '05-17|Lawrow und Rubio besprechen die Verhandlungen', '05-23…25|Prisoner exchange', '06-02|Second round of talks in Istanbul']);
	assert.equal(labels('day').at(-1), '|A summit nobody has dated');
});

test('group headings name the day and the month as en-GB dates in UTC do, every day of a leap year and around', () => {
	const inWords = new Intl.DateTimeFormat('en-GB', {weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC'});
	const monthInWords = new Intl.DateTimeFormat('en-GB', {month: 'long', year: 'numeric', timeZone: 'UTC'});
	for (let time = Date.UTC(2023, 11, 1); time <= Date.UTC(2025, 0, 31); time += 86_400_000) {
		const key = new Date(time).toISOString().slice(0, 10);
		assert.equal(formatGroupLabel(key), `${key} · ${inWords.format(time)}`);
		assert.equal(formatGroupLabel(key.slice(0, 7)), `${key.slice(0, 7)} · ${monthInWords.format(time)}`);
	}
	assert.equal(formatGroupLabel('2022-05-19'), '2022-05-19 · Thursday 19 May');
});

test('Tab focus is visible: the selection bar leaves the list, and the rule by the detail pane turns heavy', async () => {
	for (const [width, rule] of [[100, '━'], [170, '┃']] as const) {
		const driver = await drive(storyModel(), {width, color: true});
		try {
			assert.ok(!driver.frame().includes(rule));
			const focused = await driver.press(keys.tab);
			assert.ok(focused.includes(rule), `${width} columns: ${rule}`);
			assert.ok(!(await driver.press(keys.tab)).includes(rule));
		} finally {
			driver.unmount();
		}
	}
});

test('a notice comes first in the status line: a url to copy shows whole, the keys give way, the position stays', () => {
	const notice = 'xdg-open could not open it (exit status 3) · copy: https://example.org/talks?a=1&b=2';
	const line = renderToString(<StatusLine width={100} message={notice} position="1/7" keys="Enter sources  q quit  / search  ? help" />, {columns: 100});
	assert.ok(line.startsWith(notice), line);
	assert.match(line, / 1\/7/);
	const short = renderToString(<StatusLine width={100} message="all events" position="1/7" keys="Enter sources  q quit  / search  ? help" />, {columns: 100});
	assert.match(short, /^all events +1\/7 {2}Enter sources {2}q quit {2}\/ search {2}\? help$/);
});

test('at 80 columns the list of filters (f) keeps the chosen one and its keys in sight', async () => {
	const driver = await drive(storyModel(), {width: 80, height: 24});
	try {
		await driver.press('/');
		await driver.type('zensky');
		await driver.waitFor((frame) => (frame.includes('found') && !frame.includes('reading the article text')), 'the results');
		await driver.press(keys.enter);
		await driver.press('L');
		await driver.press('s');
		await driver.press('d');
		await driver.type('2025-05..2025-06');
		await driver.press(keys.enter);
		await driver.press('f');
		const chosen = (frame: string) => lines(frame).at(-1) ?? '';
		assert.match(chosen(driver.frame()), /^Remove: … .*dates 2025-05\.\.2025-06 +← → choose +Enter remove +Esc close$/);
		for (let step = 0; step < 3; step++) await driver.press(keys.left);
		assert.match(chosen(driver.frame()), /^Remove: filter: Volodymyr Zelensky.* +← → choose +Enter remove +Esc close$/);
		assert.ok(textWidth(chosen(driver.frame())) <= 80);
	} finally {
		driver.unmount();
	}
});
