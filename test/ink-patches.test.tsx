import assert from 'node:assert/strict';
import test from 'node:test';
import type {ReactElement} from 'react';

// Colours on, as in a terminal, before Ink (and its chalk) are loaded: frames hold escape codes.
process.env.FORCE_COLOR = '3';
const {Box, Text, Transform} = await import('ink');
const {render} = await import('ink-testing-library');
const {Output} = await import('../source/ui/ink-output.js');
const {frameCaches, InkChangedError, patchInk, unpatchedDraw} = await import('../source/ui/ink-patches.js');

const nextFrame = () => new Promise((resolve) => setImmediate(resolve));

test('the installed Ink has what the patch relies on, and draws with the patched Output', () => {
	// Throws InkChangedError when an update of Ink renames or removes it.
	const caches = patchInk();
	assert.equal(patchInk(), caches, 'patched once');
});

test('a frame draws again only the rows that changed', async () => {
	const caches = patchInk();
	const rows = (selected: number) => (
		<Box flexDirection="column">
			{['first', 'second', 'third'].map((label, index) => (
				<Text key={label} bold={index === selected}>
					{index === selected ? '›' : ' '} {label}
				</Text>
			))}
		</Box>
	);
	const app = render(rows(0));
	await nextFrame();
	const [hits, misses] = [caches.hits, caches.misses];
	app.rerender(rows(1));
	await nextFrame();
	assert.equal(app.lastFrame(), '  first\n\u001b[1m› second\u001b[22m\n  third');
	// "first" and "second" change: two rows and their two lines made anew; "third" is the row it was.
	assert.equal(caches.misses - misses, 4);
	assert.equal(caches.hits - hits, 1);
	app.unmount();
});

test('frames drawn row by row are the frames Ink draws', async () => {
	patchInk();
	const inkDraw = unpatchedDraw();
	assert.ok(inkDraw);
	const prototype = (Output as {prototype: {get(this: unknown): {output: string; height: number}}}).prototype;
	const patchedDraw = prototype.get;
	const compared: string[] = [];
	prototype.get = function () {
		const drawn = patchedDraw.call(this);
		assert.deepEqual(drawn, inkDraw.call(this));
		compared.push(drawn.output);
		return drawn;
	};
	try {
		const frame = (step: number): ReactElement => (
			<Box flexDirection="column" width={40} height={9}>
				<Text inverse>{` title ${step} `.padEnd(40)}</Text>
				<Box flexDirection="row">
					<Box width={12} flexDirection="column">
						<Text color="green" wrap="truncate-end">
							{'a long line that is cut at the edge'}
						</Text>
						<Text>{'wide 中文 and 👍🏽\nsecond line'}</Text>
					</Box>
					<Text dimColor>{'│\n│\n│'}</Text>
					<Box flexDirection="column" marginLeft={step % 3}>
						<Text>
							<Text bold>{step % 2 ? 'bold ' : 'plain '}</Text>
							<Text color="red" backgroundColor="blue">
								red on blue
							</Text>{' '}
							تاريخ الخبر
						</Text>
						<Text wrap="wrap">{'words that wrap onto the lines below them in the box '.repeat(1 + (step % 2))}</Text>
					</Box>
				</Box>
				<Transform transform={(line, index) => `${index}:${line}`}>
					<Text>{'numbered\nlines'}</Text>
				</Transform>
				<Text>{step > 2 ? '' : 'status\nand lines past the foot of the frame\nthat are cut'}</Text>
			</Box>
		);
		const app = render(frame(0));
		for (let step = 1; step < 6; step++) {
			await nextFrame();
			app.rerender(frame(step));
		}
		await nextFrame();
		app.unmount();
	} finally {
		prototype.get = patchedDraw;
	}
	assert.ok(compared.length >= 6, 'every frame compared');
	assert.ok(compared.some((output) => output.includes('\u001b[31m')), 'with colours');
});

test('writes that start above a frame or run past its foot are cut as Ink cuts them', () => {
	patchInk();
	const inkDraw = unpatchedDraw();
	assert.ok(inkDraw);
	type Drawing = {write(x: number, y: number, text: string, options: {transformers: ((line: string, index: number) => string)[]}): void; get(): {output: string}};
	const output = new (Output as new (options: {width: number; height: number}) => Drawing)({width: 12, height: 3});
	output.write(0, -1, 'above\nthe top', {transformers: []});
	output.write(2, 1, 'past\nthe\nfoot', {transformers: [(line, index) => `${index}${line}`]});
	output.write(20, 0, 'right of the edge', {transformers: []});
	const drawn = output.get();
	// Ink keeps what is written right of the edge, after the blank cells: the same here.
	assert.equal(drawn.output, '            right of the edge\n  0past\n  1the');
	assert.deepEqual(drawn, inkDraw.call(output));
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
	class OtherOperations {
		caches = {getStyledChars: () => [], getStringWidth: () => 0, getWidestLine: () => 0};
		operations: unknown[] = [];
		write(x: number, y: number, text: string) {
			this.operations.push({kind: 'text', x, y, text});
		}
		get() {
			return this.caches.getStyledChars();
		}
	}
	assert.throws(() => patchInk(OtherOperations), (error: unknown) => error instanceof InkChangedError && /Output\.operations/.test(error.message));
	assert.throws(() => patchInk(null), InkChangedError);
});
