/**
 * Lays article text out for the terminal: wraps it to a width, marks highlighted spans and,
 * for terminals that do not reorder bidirectional text themselves, puts each wrapped line of
 * right-to-left text into visual order. The model stays in logical order; offsets in marks are
 * offsets into the original text.
 */
import bidiModule from 'bidi-js';
import {terminalMask} from '../core/terminal-text.js';
import {clusterAt, clusterWidth, safeCluster, textWidth} from './cell-width.js';
import {graphemes} from './graphemes.js';

export type MarkKind = 'current' | 'match' | 'date' | 'person' | 'place' | 'organization' | 'product' | 'sentence';

export type Mark = {start: number; end: number; kind: MarkKind};

export type Run = {
	text: string;
	/** The marks covering this run, most important first. */
	kinds: readonly MarkKind[];
};

/** A grapheme cluster in visual position, and the offset in the original text it came from. */
export type Piece = {text: string; at: number};

export type LayoutLine = {
	/** Offsets of the line in the original text. */
	start: number;
	end: number;
	/** Leading cells: right-to-left paragraphs are aligned to the right edge. */
	indent: number;
	pieces: Piece[];
};

const priority: readonly MarkKind[] = ['current', 'match', 'date', 'person', 'place', 'organization', 'product', 'sentence'];
const rightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
// bidi-js is CommonJS whose module.exports is the factory; its types describe an ES default export.
const bidiFactory = bidiModule as unknown as typeof bidiModule.default;
const bidi = bidiFactory();

/** Greedy word wrap of text[start, end) into [start, end) lines of at most `width` cells. */
function wrap(text: string, start: number, end: number, width: number): [number, number][] {
	const lines: [number, number][] = [];
	let lineStart = start;
	let used = 0;
	let lastSpace = -1;
	let index = start;
	while (index < end) {
		const cluster = clusterAt(text, index);
		const w = clusterWidth(cluster);
		if (cluster === ' ') {
			lastSpace = index;
		}
		if (used + w > width && index > lineStart && cluster !== ' ') {
			const breakAt = lastSpace > lineStart ? lastSpace : index;
			lines.push([lineStart, breakAt]);
			lineStart = breakAt;
			while (lineStart < end && text[lineStart] === ' ') {
				lineStart++;
			}
			lastSpace = -1;
			used = textWidth(text.slice(lineStart, index));
			continue;
		}
		used += w;
		index += cluster.length;
	}
	if (lineStart < end || lines.length === 0) {
		lines.push([lineStart, end]);
	}
	return lines.map(([from, to]) => {
		let trimmed = to;
		while (trimmed > from && text[trimmed - 1] === ' ') {
			trimmed--;
		}
		return [from, trimmed];
	});
}

// Characters that are a grapheme cluster each, whatever is next to them (no marks, joiners, jamo,
// flag halves or line ends; Latin letters, punctuation, quotes and dashes): a line of them needs no segmenter.
const ownClusters = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e]*$/;

/** The line's grapheme clusters in visual order, right-to-left runs reversed and mirrored. */
function visualPieces(paragraph: string, offset: number, from: number, to: number, levels: ReturnType<typeof bidi.getEmbeddingLevels> | null): Piece[] {
	const line = paragraph.slice(from, to);
	if (!levels && ownClusters.test(line)) {
		const pieces: Piece[] = [];
		for (let index = 0; index < line.length; index++) pieces.push({text: safeCluster(line.charAt(index)), at: offset + from + index});
		return pieces;
	}
	const segments = [...graphemes.segment(line)];
	const clusters: Piece[] = segments.map((segment) => ({text: safeCluster(segment.segment), at: from + segment.index}));
	if (!levels || from === to) {
		return clusters.map((piece) => ({...piece, at: piece.at + offset}));
	}
	const clusterAt = new Map<number, Piece>();
	const clusterOf: number[] = [];
	for (const [index, piece] of clusters.entries()) {
		clusterAt.set(piece.at, piece);
		for (let unit = 0; unit < segments[index]!.segment.length; unit++) {
			clusterOf[piece.at + unit - from] = piece.at;
		}
	}
	const mirrored = bidi.getMirroredCharactersMap(paragraph, levels.levels, from, to - 1);
	const order = bidi.getReorderedIndices(paragraph, levels, from, to - 1).slice(from, to);
	const pieces: Piece[] = [];
	const emitted = new Set<number>();
	// A reversed cluster is met at its last code unit; it is emitted whole, in logical order,
	// so combining marks stay on their base letter and surrogate pairs stay intact.
	for (const index of order) {
		const start = clusterOf[index - from] ?? index;
		if (emitted.has(start)) {
			continue;
		}
		emitted.add(start);
		const piece = clusterAt.get(start) ?? {text: paragraph[index] ?? '', at: index};
		const mirror = piece.text.length === 1 ? mirrored.get(start) : undefined;
		pieces.push({text: mirror ?? piece.text, at: start + offset});
	}
	return pieces;
}

function kindsAt(marks: readonly Mark[], at: number): MarkKind[] {
	const kinds = new Set<MarkKind>();
	for (const mark of marks) {
		if (mark.start <= at && at < mark.end) {
			kinds.add(mark.kind);
		}
	}
	return priority.filter((kind) => kinds.has(kind));
}

/** The line's pieces merged into runs that share the same marks. */
export function lineRuns(line: LayoutLine, marks: readonly Mark[]): Run[] {
	const lineMarks = marks.filter((mark) => mark.start < line.end && mark.end > line.start);
	if (lineMarks.length === 0) return line.pieces.length === 0 ? [] : [{text: line.pieces.map((piece) => piece.text).join(''), kinds: []}];
	const runs: Run[] = [];
	for (const piece of line.pieces) {
		const kinds = kindsAt(lineMarks, piece.at);
		const last = runs.at(-1);
		if (last && last.kinds.join() === kinds.join()) {
			last.text += piece.text;
		} else {
			runs.push({text: piece.text, kinds});
		}
	}
	return runs;
}

export function layoutText(text: string, width: number, reorderBidi: boolean): LayoutLine[] {
	const masked = terminalMask(text);
	const lines: LayoutLine[] = [];
	let paragraphStart = 0;
	for (const paragraph of masked.split('\n')) {
		const offset = paragraphStart;
		paragraphStart += paragraph.length + 1;
		const levels = reorderBidi && rightToLeft.test(paragraph) ? bidi.getEmbeddingLevels(paragraph, 'auto') : null;
		const isRtl = (levels?.paragraphs[0]?.level ?? 0) % 2 === 1;
		for (const [from, to] of wrap(paragraph, 0, paragraph.length, Math.max(1, width))) {
			const used = textWidth(paragraph.slice(from, to));
			const pieces = visualPieces(paragraph, offset, from, to, levels);
			lines.push({start: offset + from, end: offset + to, indent: isRtl ? Math.max(0, width - used) : 0, pieces});
		}
	}
	return lines;
}

/** Plain text wrapped at spaces into lines of at most `width` cells (a longer word is broken). */
export function wrapWords(text: string, width: number): string[] {
	return wrap(text, 0, text.length, Math.max(1, width)).map(([from, to]) => text.slice(from, to));
}

/** The index of the line that holds `offset` (the last line that starts at or before it). */
export function lineAt(lines: readonly LayoutLine[], offset: number): number {
	let low = 0;
	let high = lines.length - 1;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if ((lines[middle]?.start ?? 0) <= offset) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}
	return Math.max(0, low);
}

/** One line, never wrapped, in display order: for list rows, titles and search results. */
export function displayRuns(text: string, reorderBidi: boolean, marks: readonly Mark[] = []): Run[] {
	// Same length, so marks keep their offsets.
	const flat = text.replace(/[\r\n]/g, ' ');
	const [line] = layoutText(flat, Number.MAX_SAFE_INTEGER, reorderBidi);
	return line ? lineRuns(line, marks) : [];
}

/** A line already cut to fit, in display order. */
export function displayString(text: string, reorderBidi: boolean): string {
	return displayRuns(text, reorderBidi)
		.map((run) => run.text)
		.join('');
}
