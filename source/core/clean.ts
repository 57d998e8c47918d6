/**
 * The cleaned view of an article: a string exactly as long as the original text, in which
 * noise (site boilerplate, a name broken across lines, hard line wraps) is blanked out with spaces. Because nothing moves, every offset found in the
 * cleaned view is also an offset into the original text that the source view shows.
 */

import type {Span} from './model.js';
import {isSpace, sentenceSpans, type SentenceSplitter} from './sentences.js';
import {oneLine} from './one-line.js';

const blank = (length: number) => ' '.repeat(length);


/**
 * "Mark R\n\nRubio": a name cut at a line break, its first letters repeated on the next line.
 * The fragment and the break are blanked so that the name reads "Mark    Rubio".
 */
const brokenName = /(?<=[\p{L}] )(\p{Lu}\p{Ll}{0,2})[ \t]*\n\s*(?=\1\p{Ll})/gu;
/** The fragment at a line's end, after a space. A space and three letters of two UTF-16 units each fit the window. */
const nameFragment = / (\p{Lu}\p{Ll}{0,2})$/u;
const fragmentWindow = 8;

/**
 * Whether brokenName can match: some line ends in a fragment that starts the next line. Running
 * the pattern itself tries every position of the text; most line ends rule it out at once.
 */
function mayHaveBrokenName(text: string): boolean {
	for (let lineBreak = text.indexOf('\n'); lineBreak !== -1; lineBreak = text.indexOf('\n', lineBreak + 1)) {
		let end = lineBreak;
		while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
		const fragment = nameFragment.exec(text.slice(Math.max(0, end - fragmentWindow), end))?.[1];
		if (fragment === undefined) continue;
		let next = lineBreak + 1;
		while (next < text.length && isSpace(text.charCodeAt(next))) next++;
		if (text.startsWith(fragment, next)) return true;
	}
	return false;
}

/** A line that ends mid-sentence and a next line that starts in lower case are one sentence. */
const softWrap = /(?<=[\p{Ll},;])[ \t]*\n(?=[ \t]*\p{Ll})/gu;
/** What every soft wrap contains; a pattern that starts with a line break is quick to rule out. */
const lowerCaseLineStart = /\n[ \t]*\p{Ll}/u;
/** In hard-wrapped text (e-mail, saved pages) every line break that does not end a sentence is a wrap. */
const hardWrap = /(?<=[^\s.!?:"”’»\n])[ \t]*\n(?=[ \t]*[^\s\n])/gu;

/** Text whose lines are all short and most of them of similar length was wrapped by a tool, not written in lines. */
function isHardWrapped(text: string): boolean {
	let lines = 0;
	let longLines = 0;
	for (let start = 0; start <= text.length; ) {
		const lineBreak = text.indexOf('\n', start);
		const end = lineBreak === -1 ? text.length : lineBreak;
		const length = text.slice(start, end).trim().length;
		// Most articles settle it on their first long line.
		if (length > 100) return false;
		if (length > 0) {
			lines++;
			if (length >= 50) longLines++;
		}
		start = end + 1;
	}
	return lines >= 4 && longLines >= lines * 0.7;
}

/** Site furniture that follows many web articles. Matched case-insensitively, near the end only. */
const boilerplatePatterns = [
	/\b(?:read|follow)\b.{0,40}\bon (?:telegram|twitter|facebook|instagram|whatsapp|google news)\b/i,
	/\bdid you find a mistake\b/i,
	/\bhighlight the (?:sentence|text) and press\b/i,
	/\ball rights reserved\b/i,
	/\bsubscribe to (?:our|the)\b/i,
	/\b(?:lesen sie auch|alle rechte vorbehalten|folgen sie uns)\b/i,
	/(?:جميع الحقوق محفوظة|تابعونا على)/,
];

/** Where boilerplate may start: only the last part of an article is furniture. */
const boilerplateRegion = 0.6;

const minRepeatedLength = 40;
/** A sentence as compared with the others: lower case, white space collapsed to single spaces. */
function sentenceKey(sentence: string): string {
	return oneLine(sentence.toLowerCase());
}

/**
 * Sentences that repeat an earlier one of the same article: a copy-pasted paragraph. They stay
 * in the text and their dates are reported, but they do not tell a happening a second time.
 * Short sentences ("Read more.", a quote) repeat legitimately; long ones only by copy-paste.
 */
export function repeatedSentences(cleaned: string, sentences: Span[]): Set<number> {
	const seen = new Set<string>();
	const repeated = new Set<number>();
	for (const {start, end} of sentences) {
		const key = sentenceKey(cleaned.slice(start, end));
		// Short keys can never equal a long one: they need not be remembered.
		if (key.length < minRepeatedLength) continue;
		if (seen.has(key)) repeated.add(start);
		else seen.add(key);
	}
	return repeated;
}

const blankMatches = (text: string, pattern: RegExp) => text.replace(pattern, (match) => blank(match.length));

/** The text with broken names and wrapped lines joined; each pattern runs only where it can match. */
function joinLines(text: string): string {
	const joined = mayHaveBrokenName(text) ? blankMatches(text, brokenName) : text;
	if (isHardWrapped(text)) return blankMatches(joined, hardWrap);
	return lowerCaseLineStart.test(joined) ? blankMatches(joined, softWrap) : joined;
}

export function cleanText(text: string, splitSentences: SentenceSplitter): string {
	const cleaned = joinLines(text);
	// Most articles have no furniture: look for it in the tail before segmenting anything.
	const tailStart = Math.floor(cleaned.length * boilerplateRegion);
	const tail = cleaned.slice(tailStart);
	if (!boilerplatePatterns.some((pattern) => pattern.test(tail))) return cleaned;
	const from = sentenceSpans(tail, splitSentences).find(({start, end}) => boilerplatePatterns.some((pattern) => pattern.test(tail.slice(start, end))));
	if (!from) return cleaned;
	// Line breaks stay, so that the lines before keep their places.
	return cleaned.slice(0, tailStart + from.start) + cleaned.slice(tailStart + from.start).replace(/[^\n]/g, ' ');
}
