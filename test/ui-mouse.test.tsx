/**
 * The mouse as the terminal reports it (SGR encoding), fed raw into the app: the wheel scrolls
 * the pane under the pointer, a click selects, and no report is ever taken for keys.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseMouse} from '../source/ui/mouse.js';
import {computePanes} from '../source/ui/panes.js';
import {storyModel} from './helpers/fixture.js';
import {drive, keys, lines, selectedLine} from './helpers/ink.js';

/** A report at a column and row counted from 1, as the terminal sends it. */
const click = (column: number, row: number) => `\u001b[<0;${column};${row}M`;
const release = (column: number, row: number) => `\u001b[<0;${column};${row}m`;
const wheelDown = (column: number, row: number) => `\u001b[<65;${column};${row}M`;
const wheelUp = (column: number, row: number) => `\u001b[<64;${column};${row}M`;

/** The terminal row (from 1) of the frame line that contains `text`. */
function rowOf(frame: string, text: string): number {
	const index = lines(frame).findIndex((line) => line.includes(text));
	assert.ok(index >= 0, `no line with ${text}`);
	return index + 1;
}

test('SGR reports are read as the wheel, a click, or nothing to do', () => {
	assert.deepEqual(parseMouse('[<0;12;5M'), {kind: 'click', column: 12, row: 5});
	assert.deepEqual(parseMouse('[<65;1;2M'), {kind: 'wheel', direction: 1, column: 1, row: 2});
	assert.deepEqual(parseMouse('[<64;1;2M'), {kind: 'wheel', direction: -1, column: 1, row: 2});
	// The wheel with Ctrl held, a release, the right button: not keys either.
	assert.deepEqual(parseMouse('[<81;1;2M'), {kind: 'wheel', direction: 1, column: 1, row: 2});
	assert.deepEqual(parseMouse('[<0;1;2m'), {kind: 'other'});
	assert.deepEqual(parseMouse('[<2;1;2M'), {kind: 'other'});
	assert.equal(parseMouse('['), null);
	assert.equal(parseMouse('[<0;1M'), null);
});

test('a click on a timeline row selects its event; on a day heading, the heading\'s first event', async () => {
	const driver = await drive(storyModel());
	try {
		await driver.press(click(10, rowOf(driver.frame(), 'Second round of talks in Istanbul')));
		assert.match(selectedLine(driver.frame()), /Second round of talks in Istanbul/);
		await driver.press(release(10, 5));
		assert.match(selectedLine(driver.frame()), /Second round of talks in Istanbul/, 'a release does nothing');
		await driver.press(click(3, rowOf(driver.frame(), '── 2025-05-17')));
		assert.match(selectedLine(driver.frame()), /Lawrow und Rubio/);
		// Below the list (the detail pane): nothing is selected.
		await driver.press(click(3, computePanes(100, 30).listHeight + 8));
		assert.match(selectedLine(driver.frame()), /Lawrow und Rubio/);
	} finally {
		driver.unmount();
	}
});

test('the wheel moves the timeline\'s selection over the list, and scrolls the detail pane under the pointer', async () => {
	const driver = await drive(storyModel());
	try {
		await driver.press(wheelDown(10, 5));
		await driver.press(wheelDown(10, 5));
		assert.match(selectedLine(driver.frame()), /Talks in Istanbul agree/);
		await driver.press(wheelUp(10, 5));
		assert.match(selectedLine(driver.frame()), /Tense talks in May/);
		// An event whose detail is taller than its pane.
		await driver.press(click(10, rowOf(driver.frame(), 'Second round of talks in Istanbul')));
		const panes = computePanes(100, 30);
		// Title bar, strip, list, rule: the detail pane starts below them.
		const detailRow = 1 + panes.stripHeight + panes.listHeight + 2;
		const before = lines(driver.frame())[detailRow - 1];
		await driver.press(wheelDown(10, detailRow + 1));
		assert.notEqual(lines(driver.frame())[detailRow - 1], before, 'the detail pane scrolled');
		assert.match(selectedLine(driver.frame()), /Second round of talks in Istanbul/, 'the selection stayed');
	} finally {
		driver.unmount();
	}
});

test('in the sources, a click selects a source; in a source text, the wheel scrolls three lines', async () => {
	const driver = await drive(storyModel());
	try {
		await driver.press('j');
		await driver.press('j');
		await driver.press(keys.enter);
		await driver.press(click(5, rowOf(driver.frame(), 'Zamin')));
		assert.match(driver.frame(), /source 2\/2/);
		await driver.press(keys.enter);
		const line = () => Number(/line (\d+)\//.exec(driver.frame())?.[1]);
		const top = line();
		await driver.press(wheelDown(5, 10));
		assert.equal(line(), Math.min(top + 3, line()), 'scrolled down, as far as the text goes');
		await driver.press(wheelUp(5, 10));
		assert.equal(line(), top);
	} finally {
		driver.unmount();
	}
});

test('mouse reports never type into the search prompt; in the help, the wheel turns the pages and nothing closes it', async () => {
	const driver = await drive(storyModel());
	try {
		await driver.press('/');
		await driver.type('ist');
		await driver.press(click(10, 5));
		await driver.press(wheelDown(10, 5));
		await driver.press(`${wheelUp(10, 5)}${release(10, 5)}`);
		await driver.type('an');
		await driver.waitFor((frame) => /^Search: istan$/m.test(frame) && frame.includes('Istanbul'), 'the results for "istan"');
		assert.doesNotMatch(driver.frame(), /\[<|;5M/);
		await driver.press(keys.escape);
		await driver.press(keys.escape);
		await driver.press('?');
		await driver.press(wheelDown(10, 5));
		assert.match(driver.frame(), /Page 2\//);
		await driver.press(wheelUp(10, 5));
		assert.match(driver.frame(), /Page 1\//);
		await driver.press(click(10, 5));
		assert.match(lines(driver.frame())[0] ?? '', /dateline · keys/);
	} finally {
		driver.unmount();
	}
});
