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
type OutputInstance = {caches: OutputCaches};
type OutputClass = {new (options: {width: number; height: number}): OutputInstance; prototype: {get(this: OutputInstance): unknown}};

const cacheMethods = ['getStyledChars', 'getStringWidth', 'getWidestLine'] as const;

/** Ink's Output class, checked to hold what the patch replaces. */
function outputClass(output: unknown): OutputClass {
	if (typeof output !== 'function') throw new InkChangedError('ink/build/output.js has no default export class Output');
	const candidate = output as OutputClass;
	if (typeof candidate.prototype.get !== 'function' || !/this\.caches\.getStyledChars\(/.test(String(candidate.prototype.get))) {
		throw new InkChangedError('Output.get() no longer draws lines through this.caches.getStyledChars()');
	}
	const {caches} = new candidate({width: 1, height: 1});
	const missing = cacheMethods.filter((method) => typeof caches?.[method] !== 'function');
	if (missing.length > 0) throw new InkChangedError(`Output's caches have no ${missing.join(', ')}`);
	return candidate;
}

/** Distinct widths kept before starting afresh: a frame has a few hundred distinct characters. */
const widthsKept = 10_000;

/**
 * Caches for Output.get() that outlive a frame. Ink makes them anew for every frame, so it cuts
 * every line written into styled characters and measures every character again, though a key
 * that moves the cursor changes a few lines of a frame. A line's styled characters are kept for
 * the next frame (two frames' worth of lines at most); widths of characters are kept until there
 * are many. The cells are read, never changed, by Output, so frames can share them.
 */
export type FrameCaches = {
	/** The caches one frame draws with; `endFrame` lets go of the lines not drawn again. */
	forFrame(inkCaches: OutputCaches): OutputCaches;
	endFrame(): void;
	/** Lines found in a previous frame, and lines cut anew, since the caches were made. */
	readonly hits: number;
	readonly misses: number;
};

export function frameCaches(): FrameCaches {
	let previous = new Map<string, unknown[]>();
	let current = new Map<string, unknown[]>();
	let widths = new Map<string, number>();
	let hits = 0;
	let misses = 0;
	return {
		forFrame(inkCaches) {
			if (widths.size > widthsKept) widths = new Map();
			return {
				getStyledChars(line) {
					let chars = current.get(line) ?? previous.get(line);
					if (chars === undefined) {
						misses++;
						chars = inkCaches.getStyledChars(line);
					} else hits++;
					current.set(line, chars);
					return chars;
				},
				getStringWidth(text) {
					let width = widths.get(text);
					if (width === undefined) widths.set(text, (width = inkCaches.getStringWidth(text)));
					return width;
				},
				getWidestLine: (text) => inkCaches.getWidestLine(text),
			};
		},
		endFrame() {
			previous = current;
			current = new Map();
		},
		get hits() {
			return hits;
		},
		get misses() {
			return misses;
		},
	};
}

const patched = new WeakMap<OutputClass, FrameCaches>();

/**
 * Ink's Output with caches kept from one frame to the next (see frameCaches). Checks that Ink
 * still has what the patch replaces, and that the Output patched is the one Ink draws with (a
 * bundle could hold another copy). Patches once; returns the caches. `inkOutput` is replaced in tests.
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
			return draw.call(this);
		} finally {
			caches.endFrame();
		}
	};
	patched.set(output, caches);
	const before = caches.misses + caches.hits;
	renderToString(createElement(Text, null, 'dateline'));
	if (caches.misses + caches.hits === before) throw new InkChangedError('ink draws with another Output than ink/build/output.js');
	return caches;
}
