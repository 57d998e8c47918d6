/**
 * Clusters that terminals draw wider than string-width measures them (flags, joined and toned
 * emoji, Indic conjuncts) never push a row past the edge: every line of every frame fits the
 * terminal by the most generous measure, each visible code point on its own.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {renderToString} from 'ink';
import stringWidth from 'string-width';
import {App} from '../source/ui/app.js';
import {buildModel, day} from './helpers/fixture.js';
import {drive, keys, lines, withSettings} from './helpers/ink.js';

const risky = '🇦🇦🇦 🇺🇦 👨🏻‍💻 क्षि नमस्ते 👍🏽 ❤️ 🏳️‍🌈 1️⃣ ';
const sentence = `Talks on May 16 ${risky.repeat(6)}ended.`;

function riskyModel() {
	const text = `${sentence}\n${risky.repeat(20)}\n${'क्षि'.repeat(90)}\n${'👨🏻‍💻'.repeat(60)}`;
	return buildModel({
		articles: [{id: 'a', title: `Title ${risky.repeat(8)}`, outlet: `Outlet ${risky}`, language: 'hi', published: '2025-05-16', text}],
		events: [{id: 'e', date: day('2025-05-16'), title: `Event ${risky.repeat(8)}`, people: [`Person ${risky}`], mentions: [{article: 'a', sentence, date: 'May 16'}]}],
	});
}

/** Every code point with a width counted on its own, a regional indicator as two cells. */
function generousWidth(line: string): number {
	let width = 0;
	for (const char of line) {
		const code = char.codePointAt(0)!;
		width += code >= 0x1f1e6 && code <= 0x1f1ff ? 2 : stringWidth(char);
	}
	return width;
}

function assertFits(frame: string, width: number, where: string): void {
	for (const line of lines(frame)) {
		assert.ok(generousWidth(line) <= width, `${where}: ${generousWidth(line)} cells in ${width}: ${line}`);
	}
}

for (const width of [80, 100]) {
	test(`every frame fits ${width} columns, whatever clusters the text holds`, async () => {
		const driver = await drive(riskyModel(), {width, height: 30});
		try {
			assertFits(driver.frame(), width, 'timeline and detail');
			assertFits(await driver.press(keys.enter), width, 'sources');
			const article = await driver.press(keys.enter);
			assert.match(article, /AAA UA 👨💻/);
			assertFits(article, width, 'source text');
			assertFits(await driver.press('G'), width, 'source text, end');
			await driver.press('q');
			await driver.press('q');
			await driver.press('/');
			assertFits(await driver.type('event'), width, 'search');
		} finally {
			driver.unmount();
		}
	});
}

test('side by side, both panes fit 140 columns', () => {
	const frame = renderToString(withSettings(<App model={riskyModel()} width={140} height={30} />), {columns: 140});
	assertFits(frame, 140, 'side by side');
});
