import {getOrAdd} from './collections.js';
import type {Span} from './model.js';

/** Splits a text of one or more lines into sentences; a line break always ends a sentence. */
export type SentenceSplitter = (paragraph: string) => Span[];

/**
 * A dot the segmenter takes for a sentence end but that is not one: an initial or a common
 * abbreviation; and in languages that write ordinals with a dot ("am 1. September",
 * "vom 23. bis 25. Mai"), a day number.
 */
const ordinalDotLanguages = new Set(['de', 'fi', 'da', 'no', 'nb', 'nn', 'cs', 'sk', 'pl', 'hu', 'sl', 'hr', 'sr', 'bs', 'et', 'lv', 'lt', 'is', 'tr']);
const ordinal = /(?<![\p{L}\p{N}])\d{1,2}\.$/u;
const abbreviation =
	/(?:(?<![\p{L}])\p{Lu}\.|\b(?:Nr|Dr|Prof|St|Mr|Mrs|Ms|Jr|Sr|Gen|Col|Lt|Sgt|Gov|Sen|Rep|No|Art|Abs|bzw|ca|vgl|ggf|usw|v\. ?Chr|n\. ?Chr|z\. ?B|u\. ?a|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Okt|Nov|Dec|Dez)\.)$/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
	return getOrAdd(segmenters, language, () => {
		try {
			return new Intl.Segmenter(language, {granularity: 'sentence'});
		} catch {
			return new Intl.Segmenter('en', {granularity: 'sentence'});
		}
	});
}

/** Whether a UTF-16 unit is white space as `\s` and String.prototype.trim see it. */
export function isSpace(code: number): boolean {
	if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	if (code < 0xa0) return false;
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/** Sentence boundaries from the platform's Unicode segmenter, with surrounding white space trimmed. */
export function sentenceSplitter(language: string): SentenceSplitter {
	const segmenter = segmenterFor(language);
	const ordinalDots = ordinalDotLanguages.has(language);
	/** Whether the span ends in an abbreviation or a day number. Both patterns end in a dot: other spans need no test. */
	const endsInAbbreviation = (text: string, span: Span) => {
		if (text[span.end - 1] !== '.') return false;
		const spanText = text.slice(span.start, span.end);
		return abbreviation.test(spanText) || (ordinalDots && ordinal.test(spanText));
	};
	return (paragraph) => {
		const spans: Span[] = [];
		const ends = isDenselyBroken(paragraph) ? simpleSegmentEnds(paragraph) : segmentEnds(segmenter, paragraph);
		let index = 0;
		for (const next of ends) {
			// Trimmed by index: no trimmed copy of every segment.
			let start = index;
			let end = next;
			index = next;
			while (start < end && isSpace(paragraph.charCodeAt(start))) start++;
			while (end > start && isSpace(paragraph.charCodeAt(end - 1))) end--;
			if (start === end) continue;
			const previous = spans[spans.length - 1];
			// Not past a line break: the paragraph may hold several lines.
			if (previous && endsInAbbreviation(paragraph, previous) && !paragraph.slice(previous.end, start).includes('\n')) previous.end = end;
			else spans.push({start, end});
		}
		return spans;
	};
}

/** Where the segmenter's segments of a text end. */
function segmentEnds(segmenter: Intl.Segmenter, text: string): number[] {
	const ends: number[] = [];
	const segments = segmenter.segment(text);
	// Segment after segment by containing(): half again as fast as iterating the segments in Node 20.
	for (let next = 0; next < text.length; ) {
		const {segment, index} = segments.containing(next)!;
		next = index + segment.length;
		ends.push(next);
	}
	return ends;
}

// A line break, or a sentence end followed by white space.
const sentenceEndCandidate = /\n|[.!?\u0589\u061f\u06d4\u0964\u3002\uff01\uff1f](?=\s)/gu;

/**
 * Prose has a sentence end every few dozen characters at most; a long text with one every few
 * characters is a list or a hostile file, and the platform segmenter costs microseconds a
 * segment. Such a text is cut by the simple rule alone.
 */
const denseSentenceLength = 16;

function isDenselyBroken(text: string): boolean {
	// A short text costs the segmenter little, whatever it holds.
	if (text.length < maxSentenceLength) return false;
	const limit = text.length / denseSentenceLength;
	let count = 0;
	sentenceEndCandidate.lastIndex = 0;
	while (sentenceEndCandidate.exec(text)) if (++count > limit) return true;
	return false;
}

/** Segment ends by the simple rule: after each line break and each sentence end that white space follows. */
function simpleSegmentEnds(text: string): number[] {
	const ends: number[] = [];
	sentenceEndCandidate.lastIndex = 0;
	for (let match = sentenceEndCandidate.exec(text); match; match = sentenceEndCandidate.exec(text)) ends.push(match.index + 1);
	ends.push(text.length);
	return ends;
}

/**
 * The longest piece of text handed to the segmenter or to a date parser at once. Node 20's
 * segmenter and chrono-node's patterns slow down sharply on very long strings (a saved page
 * can be one megabyte without a line break), so longer runs are cut at white space first.
 */
export const maxSentenceLength = 2000;

/** The most text the segmenter gets in one call. */
const maxSegmenterText = maxSentenceLength * 4;

/** Adds [start, end) of text to `pieces`, cut into pieces of at most `max` characters, at white space where there is any. */
export function pushPieces(pieces: Span[], text: string, start: number, end: number, max: number): void {
	while (end - start > max) {
		const space = text.lastIndexOf(' ', start + max);
		const cut = space > start + max / 2 ? space : start + max;
		pieces.push({start, end: cut});
		start = cut;
	}
	pieces.push({start, end});
}

/**
 * The stretches of text that go to the segmenter: consecutive whole lines up to maxSegmenterText
 * characters together (one call per line costs more than the segmenting itself, and a line break
 * ends a sentence either way), and a longer line in pieces of its own.
 */
function segmenterRuns(text: string): Span[] {
	const runs: Span[] = [];
	let run: Span | undefined;
	for (let start = 0; start < text.length; ) {
		const lineBreak = text.indexOf('\n', start);
		const end = lineBreak === -1 ? text.length : lineBreak;
		if (end > start) {
			if (run && end - run.start <= maxSegmenterText) {
				run.end = end;
			} else if (end - start <= maxSegmenterText) {
				run = {start, end};
				runs.push(run);
			} else {
				pushPieces(runs, text, start, end, maxSegmenterText);
				run = undefined;
			}
		}
		start = end + 1;
	}
	return runs;
}

/**
 * Sentence spans of a whole text. Lines are paragraphs in news text: no sentence goes on past a
 * line break. No span is longer than maxSentenceLength.
 */
export function sentenceSpans(text: string, splitSentences: SentenceSplitter): Span[] {
	const spans: Span[] = [];
	for (const run of segmenterRuns(text)) {
		for (const span of splitSentences(text.slice(run.start, run.end))) {
			pushPieces(spans, text, run.start + span.start, run.start + span.end, maxSentenceLength);
		}
	}
	return spans;
}
