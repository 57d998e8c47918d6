import stringWidth from 'string-width';
import {terminalLine} from '../core/terminal-text.js';
import {graphemes} from './graphemes.js';

/**
 * Terminal cell widths as ink measures them: ink lays out with string-width, so dateline asks
 * the same library. A width that disagrees by one cell (an emoji such as 🚀 or ✅) makes ink wrap
 * a row the panes meant to fill exactly, and the frame grows. Clusters that terminals draw wider
 * than string-width measures are drawn in a form they agree on (safeCluster).
 */

/** Printable Latin below the combining marks: one cell, and a cluster of its own when the next one is too. */
const isPlainLatin = (code: number) => code >= 0x20 && code < 0x300 && (code < 0x7f || code >= 0xa0);

// What attaches to the character before it (UAX #29): marks, joiners, variation selectors, skin
// tones, tag characters, Hangul vowel and final jamo, halfwidth sound marks.
// eslint-disable-next-line no-misleading-character-class -- a class of single code points, each tested alone
const attaches = /[\p{M}\u200c\u200d\ufe00-\ufe0f\uff9e\uff9f\u1160-\u11ff\ud7b0-\ud7ff\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}\u{e0100}-\u{e01ef}]/u;
// What joins the character after it: Hangul leading jamo, flag halves, prepended signs ("؀123").
const joinsNext = /[\u1100-\u115f\ua960-\ua97f\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{1f1e6}-\u{1f1ff}]/u;

/** The grapheme cluster that starts at `index` of `text` (a character, an emoji sequence, a letter with its marks). */
export function clusterAt(text: string, index: number): string {
	const code = text.codePointAt(index) ?? 0;
	const char = code > 0xffff ? text.slice(index, index + 2) : text.charAt(index);
	const next = text.codePointAt(index + char.length);
	if (isPlainLatin(code) && (next === undefined || isPlainLatin(next))) return char;
	if ((next === undefined || next < 0x300 || !attaches.test(String.fromCodePoint(next))) && !joinsNext.test(char)) return char;
	// A window, not the rest of the text: segmenting a long string is slow, and clusters are short.
	const first = graphemes.segment(text.slice(index, index + 32))[Symbol.iterator]().next();
	return first.done ? char : first.value.segment;
}

/** Cells when each code point is drawn on its own: what a terminal that does not join them shows. */
export function codePointWidth(text: string): number {
	let width = 0;
	for (const char of text) width += stringWidth(char);
	return width;
}

const regionalIndicator = /[\u{1f1e6}-\u{1f1ff}]/gu;
// Joiners, variation selectors, skin tones and tag characters: what emoji sequences are made of.
// eslint-disable-next-line no-misleading-character-class -- a class of single code points, each removed alone
const emojiJoining = /[\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/gu;
// A letter joined to the one before by a virama (क्ष): a zero-width non-joiner keeps them apart.
const letterAfterMark = /(\p{M})(?=\p{L})/gu;

const agrees = (text: string) => stringWidth(text) === codePointWidth(text);

/**
 * A form of `cluster` that every terminal draws in the cells string-width (so ink) gives it.
 * Terminals disagree on clusters of several visible code points: flags (🇺🇦: 1, 2 or 4 cells),
 * emoji joined or toned (👨🏻‍💻: 2 to 6), Indic conjuncts (क्षि: 2 or 3). A row laid out with one
 * measure and drawn with a wider one pushes everything after it past the edge, so such clusters
 * are shown apart: flags as their letters (UA), emoji without joiners and tones (👨💻, 👍), conjuncts
 * with a non-joiner after the virama. What still disagrees becomes its first character or U+FFFD.
 */
function computeSafeCluster(cluster: string): string {
	let form = cluster.replace(regionalIndicator, (char) => String.fromCharCode(0x41 + char.codePointAt(0)! - 0x1f1e6));
	if (agrees(form)) return form;
	form = form.replace(emojiJoining, '');
	if (agrees(form)) return form;
	form = form.replace(letterAfterMark, '$1\u200c');
	if (agrees(form)) return form;
	// Every visible code point a cluster of its own.
	const chars = [...form];
	form = chars.map((char, index) => (index > 0 && stringWidth(char) > 0 ? `\u200c${char}` : char)).join('');
	if (agrees(form)) return form;
	// Its first character alone (1️⃣ is 1), or a replacement character.
	return chars[0] !== undefined && agrees(chars[0]) ? chars[0] : '\ufffd';
}

/** Safe forms and widths of the clusters met so far: a text has few distinct ones. */
const safeForms = new Map<string, {form: string; width: number}>();

function safeFormOf(cluster: string): {form: string; width: number} {
	let known = safeForms.get(cluster);
	if (known === undefined) {
		// Bounded: text full of distinct clusters (marks piled on letters) cannot grow it without end.
		if (safeForms.size >= 10_000) safeForms.clear();
		const form = computeSafeCluster(cluster);
		safeForms.set(cluster, (known = {form, width: stringWidth(form)}));
	}
	return known;
}

/** The cluster as it is drawn (see computeSafeCluster); most are drawn as they are. */
export function safeCluster(cluster: string): string {
	if (cluster.length === 1 && isPlainLatin(cluster.charCodeAt(0))) return cluster;
	return safeFormOf(cluster).form;
}

/** The cells the cluster's drawn form takes. */
export function clusterWidth(cluster: string): number {
	if (cluster.length === 1 && isPlainLatin(cluster.charCodeAt(0))) return 1;
	return safeFormOf(cluster).width;
}

/** The text as it is drawn: each cluster in its safe form. */
export function safeText(text: string): string {
	let safe = '';
	for (let index = 0; index < text.length; ) {
		const cluster = clusterAt(text, index);
		safe += safeCluster(cluster);
		index += cluster.length;
	}
	return safe;
}

export function textWidth(text: string): number {
	let width = 0;
	for (let index = 0; index < text.length; ) {
		const cluster = clusterAt(text, index);
		width += clusterWidth(cluster);
		index += cluster.length;
	}
	return width;
}

/** Cuts `text` to at most `width` cells, ending in "…" when something was cut; looks no further than the cut. */
export function truncate(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}
	let used = 0;
	// The end of the clusters that leave a cell for "…".
	let fits = 0;
	for (let index = 0; index < text.length; ) {
		const cluster = clusterAt(text, index);
		used += clusterWidth(cluster);
		if (used > width) {
			return `${text.slice(0, fits)}…`;
		}
		index += cluster.length;
		if (used < width) {
			fits = index;
		}
	}
	return text;
}

/** Code units looked at for each cell to fill: more than any cluster needs, short of piles of marks. */
export const unitsPerCell = 16;

/**
 * Article text as one line of at most `width` cells, in work bounded by the width, not by the
 * text (a title can be megabytes long): control sequences removed, white space folded, "…" where cut.
 */
export function clipLine(text: string, width: number): string {
	const limit = (Math.max(0, width) + 1) * unitsPerCell;
	if (text.length <= limit) {
		return safeText(truncate(terminalLine(text), width));
	}
	const line = truncate(terminalLine(text.slice(0, limit)), width);
	return safeText(line.endsWith('…') ? line : truncate(`${line}…`, width));
}

/** Pads `text` with spaces to exactly `width` cells (cutting it first if needed). */
export function fit(text: string, width: number): string {
	const cut = truncate(text, width);
	return cut + ' '.repeat(Math.max(0, width - textWidth(cut)));
}
