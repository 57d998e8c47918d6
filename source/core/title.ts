import type {Span} from './model.js';
import {oneLine} from './one-line.js';

/** A span of `text` (a sentence) as a one-line title of at most `maxLength` characters, cut at a word boundary. */
export function titleFrom(text: string, span: Span, maxLength: number): string {
	// Only the first words count: a long sentence is made one line whole only when its start is mostly spaces.
	const pieceEnd = Math.min(span.end, span.start + 2 * maxLength);
	let line = oneLine(text.slice(span.start, pieceEnd));
	if (line.length <= maxLength && pieceEnd < span.end) line = oneLine(text.slice(span.start, span.end));
	if (line.length <= maxLength) return line;
	const cut = line.slice(0, maxLength);
	const space = cut.lastIndexOf(' ');
	return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
