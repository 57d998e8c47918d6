import assert from 'node:assert/strict';
import test from 'node:test';
import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import {frameCaches, InkChangedError, patchInk} from '../source/ui/ink-patches.js';

test('the installed Ink has what the patch replaces, and draws with the patched Output', () => {
	// Throws InkChangedError when an update of Ink renames or removes it.
	const caches = patchInk();
	assert.equal(patchInk(), caches, 'patched once');
});

test('a frame cuts only the lines the frame before did not draw', async () => {
	const caches = patchInk();
	const rows = (selected: number) => (
		<Box flexDirection="column">
			{['first', 'second', 'third'].map((label, index) => (
				<Text key={label}>
					{index === selected ? '›' : ' '} {label}
				</Text>
			))}
		</Box>
	);
	const app = render(rows(0));
	await new Promise((resolve) => setImmediate(resolve));
	const [hits, misses] = [caches.hits, caches.misses];
	app.rerender(rows(1));
	await new Promise((resolve) => setImmediate(resolve));
	assert.equal(app.lastFrame(), '  first\n› second\n  third');
	// "first" loses the marker and "second" gains it: two lines cut anew, "third" drawn as before.
	assert.equal(caches.misses - misses, 2);
	assert.equal(caches.hits - hits, 1);
	app.unmount();
});

test('frame caches keep lines for the next frame only', () => {
	const cut: string[] = [];
	const ink = {getStyledChars: (line: string) => (cut.push(line), [line]), getStringWidth: (text: string) => text.length, getWidestLine: (text: string) => text.length};
	const caches = frameCaches();
	caches.forFrame(ink).getStyledChars('a');
	caches.endFrame();
	caches.forFrame(ink).getStyledChars('b');
	caches.endFrame();
	const frame = caches.forFrame(ink);
	frame.getStyledChars('b');
	frame.getStyledChars('a');
	assert.deepEqual(cut, ['a', 'b', 'a'], '"b" from the frame before, "a" two frames old cut again');
});

test('patchInk says which part of Ink changed instead of drawing the slow way', () => {
	class NoCaches {
		get() {
			return {output: '', height: 0};
		}
	}
	assert.throws(() => patchInk(NoCaches), (error: unknown) => error instanceof InkChangedError && /getStyledChars/.test(error.message));
	class OtherCaches {
		caches = {};
		get() {
			return this.caches && (this.caches as {getStyledChars(line: string): string}).getStyledChars('x');
		}
	}
	assert.throws(() => patchInk(OtherCaches), (error: unknown) => error instanceof InkChangedError && /caches have no getStyledChars, getStringWidth, getWidestLine/.test(error.message));
	assert.throws(() => patchInk(null), InkChangedError);
});
