/**
 * What the interface does with text of any size is bounded by what it shows: a title of
 * megabytes is laid out as far as it fits, and laid-out articles are let go by size.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {renderToString} from 'ink';
import {detailLines, paragraphLines} from '../source/ui/content.js';
import {App} from '../source/ui/app.js';
import {createEnvironment, layoutBudget, recentCache} from '../source/ui/environment.js';
import {buildModel, day} from './helpers/fixture.js';
import {drive, keys, lines, withSettings} from './helpers/ink.js';

const sentence = 'It happened on May 16.';
const hugeTitle = `Huge title ${'word '.repeat(1_900_000)}end`;

function hugeTitleModel() {
	return buildModel({
		articles: [{id: 'a', title: hugeTitle, language: 'en', published: '2025-05-16', text: `${sentence} More text.`}],
		events: [{id: 'e', date: day('2025-05-16'), title: hugeTitle, mentions: [{article: 'a', sentence}]}],
	});
}

test('a 9.5 MB title, selected: the detail pane shows its first lines', () => {
	const model = hugeTitleModel();
	const detail = detailLines(model.events[0]!, () => model.articles[0], 40, true);
	const titleLines = detail.filter((line) => line.tone === 'heading').length - 1;
	assert.equal(titleLines, paragraphLines);
	// Side by side, the detail pane is narrow: the most lines a whole title would take.
	const frame = renderToString(withSettings(<App model={model} width={170} height={30} />), {columns: 170});
	assert.match(lines(frame)[2] ?? '', /│Huge title word word/);
	assert.ok(lines(frame).length <= 29);
});

test('a 9.5 MB title, selected: the title bar and the sources screen show its start, cut', async () => {
	const driver = await drive(hugeTitleModel(), {width: 100, height: 30});
	try {
		const frame = await driver.press(keys.enter);
		assert.match(lines(frame)[0] ?? '', /^ 2025-05-16 {2}Huge title word[ a-z]*… +sources$/);
		assert.match(lines(frame)[1] ?? '', /^› unknown outlet · en · 2025-05-16 — Huge title word[ a-z]*…$/);
		const article = await driver.press(keys.enter);
		assert.match(lines(article)[1] ?? '', /^Huge title word[ a-z]*…$/);
	} finally {
		driver.unmount();
	}
});

test('laid-out articles are let go by size: their text stays within the layout budget', () => {
	const paragraph = `${'Text of a long article. '.repeat(40)}\n`;
	const articles = Array.from({length: 5}, (_, index) => ({id: `a${index}`, title: `A${index}`, language: 'en', published: '2025-05-16', text: paragraph.repeat(Math.ceil(layoutBudget / 4.5 / paragraph.length))}));
	const size = articles[0]!.text.length;
	const env = createEnvironment(buildModel({articles, events: []}), {width: 100, height: 30}, true);
	const kept: number[] = [];
	for (const article of articles) {
		assert.ok(env.article(article.id)?.lines.length);
		kept.push(env.articleLayouts.cost);
	}
	// Four fit; the fifth lets the first go.
	assert.deepEqual(kept, [size, 2 * size, 3 * size, 4 * size, 4 * size]);
	assert.ok(env.articleLayouts.cost <= layoutBudget);
});

test('the value asked for last is kept even when it alone costs more than the budget', () => {
	let computed = 0;
	const cache = recentCache(10, (key) => (computed++, key), (key) => key.length);
	for (const key of ['aaaa', 'bbbb', 'cccc']) cache.get(key);
	assert.equal(cache.cost, 8);
	assert.equal(cache.get('x'.repeat(12)), 'x'.repeat(12));
	assert.equal(cache.cost, 12);
	cache.get('x'.repeat(12));
	assert.equal(computed, 4, 'kept, not computed again');
	cache.get('dd');
	assert.equal(cache.cost, 2);
});
