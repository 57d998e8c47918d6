import {createElement} from 'react';
import {renderToString, Text} from 'ink';
import {Output} from './ink-output.js';

/**
 * Every change dateline makes to Ink's internals, found by name. Ink does not promise these
 * names: when an update renames or removes one, `patchInk` throws instead of silently drawing
 * frames the slow way (test/ink-patches.test.tsx patches the installed Ink to catch that).
 */
export class InkChangedError extends Error {
	constructor(what: string) {
		super(`ink changed: ${what}; source/ui/ink-patches.ts needs updating`);
	}
}

/** The per-frame caches Ink's Output keeps, as Output.get() asks them. */
type OutputCaches = {
	getStyledChars(line: string): unknown[];
	getStringWidth(text: string): number;
	getWidestLine(text: string): number;
};
type Transformer = (line: string, index: number) => string;
type Operation = {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]} | {type: string};
type Drawn = {output: string; height: number};
type OutputInstance = {width: number; height: number; operations: Operation[]; caches: OutputCaches; write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void};
type OutputClass = {new (options: {width: number; height: number}): OutputInstance; prototype: {get(this: OutputInstance): Drawn}};

const cacheMethods = ['getStyledChars', 'getStringWidth', 'getWidestLine'] as const;

/** Ink's Output class, checked to hold what the patch relies on. */
function outputClass(output: unknown): OutputClass {
	if (typeof output !== 'function') throw new InkChangedError('ink/build/output.js has no default export class Output');
	const candidate = output as OutputClass;
	if (typeof candidate.prototype.get !== 'function' || !/this\.caches\.getStyledChars\(/.test(String(candidate.prototype.get))) {
		throw new InkChangedError('Output.get() no longer draws lines through this.caches.getStyledChars()');
	}
	const sample = new candidate({width: 2, height: 1});
	const missing = cacheMethods.filter((method) => typeof sample.caches?.[method] !== 'function');
	if (missing.length > 0) throw new InkChangedError(`Output's caches have no ${missing.join(', ')}`);
	const transformers: Transformer[] = [];
	sample.write?.(1, 0, 'x', {transformers});
	const [written] = Array.isArray(sample.operations) ? sample.operations : [];
	if (!written || written.type !== 'write' || !('text' in written) || written.x !== 1 || written.y !== 0 || written.text !== 'x' || written.transformers !== transformers) {
		throw new InkChangedError('Output.write() no longer records {type: "write", x, y, text, transformers} in Output.operations');
	}
	return candidate;
}

/** Distinct widths kept before starting afresh: a frame has a few hundred distinct characters. */
const widthsKept = 10_000;

/**
 * What Output.get() made of a frame, kept for the next one. Ink makes its caches anew for every
 * frame, so it cut every line written into styled characters, measured every character and
 * joined every row of cells into text again, though a key that moves the cursor changes a few
 * rows of a frame. A row drawn from the same writes as in the frame before is reused whole; a
 * line's styled characters and a row's text are kept for the next frame only (two frames' worth
 * at most), widths of characters until there are many. Output reads cells and never changes
 * them, so frames can share them.
 */
export type FrameCaches = {
	/** The caches one frame draws with; `endFrame` lets go of the lines and rows not drawn again. */
	forFrame(inkCaches: OutputCaches): OutputCaches;
	/** The row drawn from these writes in this frame or the one before, else what `draw` makes of them. */
	row(key: string, draw: () => string): string;
	endFrame(): void;
	/** Rows and lines found in a previous frame, and those made anew, since the caches were made. */
	readonly hits: number;
	readonly misses: number;
};

/** Values kept for the frame being drawn and the one before it. */
function twoFrames<T>() {
	let previous = new Map<string, T>();
	let current = new Map<string, T>();
	return {
		get(key: string, make: () => T): [T, boolean] {
			let value = current.get(key) ?? previous.get(key);
			const found = value !== undefined;
			value ??= make();
			current.set(key, value);
			return [value, found];
		},
		endFrame() {
			previous = current;
			current = new Map();
		},
	};
}

export function frameCaches(): FrameCaches {
	const styled = twoFrames<unknown[]>();
	const rows = twoFrames<string>();
	let widths = new Map<string, number>();
	let hits = 0;
	let misses = 0;
	const count = <T>([value, found]: [T, boolean]): T => {
		if (found) hits++;
		else misses++;
		return value;
	};
	return {
		forFrame(inkCaches) {
			if (widths.size > widthsKept) widths = new Map();
			return {
				getStyledChars: (line) => count(styled.get(line, () => inkCaches.getStyledChars(line))),
				getStringWidth(text) {
					let width = widths.get(text);
					if (width === undefined) widths.set(text, (width = inkCaches.getStringWidth(text)));
					return width;
				},
				getWidestLine: (text) => inkCaches.getWidestLine(text),
			};
		},
		row: (key, draw) => count(rows.get(key, draw)),
		endFrame() {
			styled.endFrame();
			rows.endFrame();
		},
		get hits() {
			return hits;
		},
		get misses() {
			return misses;
		},
	};
}

type Piece = {x: number; line: string};

/** What a row is drawn from: the width, and each piece with its length, so no two rows written differently share a key. */
const rowKey = (width: number, row: Piece[]) => `${width}|${row.map(({x, line}) => `${x},${line.length},${line}`).join('')}`;

/**
 * The frame as Ink's Output.get() draws it, one row at a time: each row is what Ink draws of the
 * pieces of lines written onto it alone (rows do not touch one another), made by Ink's own
 * get() on an Output one row high, or the same row of the frame before.
 */
function drawByRows(frame: OutputInstance, output: OutputClass, draw: (this: OutputInstance) => Drawn, caches: FrameCaches): Drawn {
	const pieces: Piece[][] = Array.from({length: frame.height}, () => []);
	for (const operation of frame.operations) {
		if (!('text' in operation)) continue;
		const {x, y, text, transformers} = operation;
		// As Ink does: a write starting outside the frame draws nothing, one running past its foot is cut.
		if (pieces[y] === undefined) continue;
		const lines = text.split('\n');
		for (let index = 0; index < lines.length && y + index < frame.height; index++) {
			let line = lines[index]!;
			for (const transformer of transformers) line = transformer(line, index);
			pieces[y + index]!.push({x, line});
		}
	}
	const rows = pieces.map((row) => {
		if (row.length === 0) return '';
		return caches.row(rowKey(frame.width, row), () => {
			const single = new output({width: frame.width, height: 1});
			single.caches = frame.caches;
			for (const {x, line} of row) single.write(x, 0, line, {transformers: []});
			return draw.call(single).output;
		});
	});
	return {output: rows.join('\n'), height: frame.height};
}

const patched = new WeakMap<OutputClass, FrameCaches>();
const originalDraws = new WeakMap<OutputClass, (this: OutputInstance) => Drawn>();

/**
 * Ink's Output drawing with what it made of the frame before (see FrameCaches). Checks that Ink
 * still has what the patch relies on, and that the Output patched is the one Ink draws with (a
 * bundle could hold another copy). Patches once; returns the caches. `inkOutput` is replaced in
 * tests.
 */
export function patchInk(inkOutput: unknown = Output): FrameCaches {
	const known = patched.get(inkOutput as OutputClass);
	if (known) return known;
	const output = outputClass(inkOutput);
	const caches = frameCaches();
	const draw = output.prototype.get;
	output.prototype.get = function (this: OutputInstance) {
		this.caches = caches.forFrame(this.caches);
		try {
			// Clipping (a Box with overflow hidden) is left to Ink: dateline's frames have none.
			return this.operations.every((operation) => operation.type === 'write') ? drawByRows(this, output, draw, caches) : draw.call(this);
		} finally {
			caches.endFrame();
		}
	};
	patched.set(output, caches);
	originalDraws.set(output, draw);
	const before = caches.misses + caches.hits;
	renderToString(createElement(Text, null, 'dateline'));
	if (caches.misses + caches.hits === before) throw new InkChangedError('ink draws with another Output than ink/build/output.js');
	return caches;
}

/** Ink's own Output.get(), as it was before the patch: for tests that compare frames. */
export function unpatchedDraw(inkOutput: unknown = Output): ((this: unknown) => Drawn) | undefined {
	return originalDraws.get(inkOutput as OutputClass) as ((this: unknown) => Drawn) | undefined;
}
