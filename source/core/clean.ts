/**
 * The cleaned view of an article: a string exactly as long as the original text, in which
 * noise (site boilerplate, a name broken across lines, hard line wraps) is blanked out with spaces. Because nothing moves, every offset found in the
 * cleaned view is also an offset into the original text that the source view shows.
 */

import type {Span} from './model.js';
import {sentenceSpans, type SentenceSplitter} from './sentences.js';

const blank = (length: number) => ' '.repeat(length);


/**
 * "Mark R\n\nRubio": a name cut at a line break, its first letters repeated on the next line.
 * The fragment and the break are blanked so that the name reads "Mark    Rubio".
 */
const brokenName = /(?<=[\p{L}] )(\p{Lu}\p{Ll}{0,2})[ \t]*\n\s*(?=\1\p{Ll})/gu;

/** A line that ends mid-sentence and a next line that starts in lower case are one sentence. */
const softWrap = /(?<=[\p{Ll},;])[ \t]*\n(?=[ \t]*\p{Ll})/gu;
/** In hard-wrapped text (e-mail, saved pages) every line break that does not end a sentence is a wrap. */
const hardWrap = /(?<=[^\s.!?:"”’»\n])[ \t]*\n(?=[ \t]*[^\s\n])/gu;

/** Text whose lines are all short and most of them of similar length was wrapped by a tool, not written in lines. */
function isHardWrapped(text: string): boolean {
	const lengths = text.split('\n').map((line) => line.trim().length).filter((length) => length > 0);
	if (lengths.length < 4 || Math.max(...lengths) > 100) return false;
	return lengths.filter((length) => length >= 50).length >= lengths.length * 0.7;
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

/**
 * Sentences that repeat an earlier one of the same article: a copy-pasted paragraph. They stay
 * in the text and their dates are reported, but they do not tell a happening a second time.
 * Short sentences ("Read more.", a quote) repeat legitimately; long ones only by copy-paste.
 */
export function repeatedSentences(cleaned: string, sentences: Span[]): Set<number> {
	const seen = new Set<string>();
	const repeated = new Set<number>();
	for (const {start, end} of sentences) {
		const key = cleaned.slice(start, end).toLowerCase().replace(/\s+/g, ' ').trim();
		if (key.length >= 40 && seen.has(key)) repeated.add(start);
		seen.add(key);
	}
	return repeated;
}

export function cleanText(text: string, splitSentences: SentenceSplitter): string {
	const cleaned = text
		.replace(brokenName, (match) => blank(match.length))
		.replace(isHardWrapped(text) ? hardWrap : softWrap, (match) => blank(match.length));
	// Most articles have no furniture: look for it in the tail before segmenting anything.
	const tailStart = Math.floor(cleaned.length * boilerplateRegion);
	const tail = cleaned.slice(tailStart);
	if (!boilerplatePatterns.some((pattern) => pattern.test(tail))) return cleaned;
	const from = sentenceSpans(tail, splitSentences).find(({start, end}) => boilerplatePatterns.some((pattern) => pattern.test(tail.slice(start, end))));
	if (!from) return cleaned;
	// Line breaks stay, so that the lines before keep their places.
	return cleaned.slice(0, tailStart + from.start) + cleaned.slice(tailStart + from.start).replace(/[^\n]/g, ' ');
}
