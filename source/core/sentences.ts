import type {Span} from './model.js';

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
	let segmenter = segmenters.get(language);
	if (!segmenter) {
		try {
			segmenter = new Intl.Segmenter(language, {granularity: 'sentence'});
		} catch {
			segmenter = new Intl.Segmenter('en', {granularity: 'sentence'});
		}
		segmenters.set(language, segmenter);
	}
	return segmenter;
}

/** Sentence boundaries from the platform's Unicode segmenter, with surrounding white space trimmed. */
export function sentenceSplitter(language: string): SentenceSplitter {
	const segmenter = segmenterFor(language);
	const ordinalDots = ordinalDotLanguages.has(language);
	return (paragraph) => {
		const spans: Span[] = [];
		for (const {segment, index} of segmenter.segment(paragraph)) {
			const leading = segment.length - segment.trimStart().length;
			const trimmed = segment.trim();
			if (!trimmed) continue;
			const span = {start: index + leading, end: index + leading + trimmed.length};
			const previous = spans[spans.length - 1];
			const previousText = previous ? paragraph.slice(previous.start, previous.end) : '';
			if (previous && (abbreviation.test(previousText) || (ordinalDots && ordinal.test(previousText)))) previous.end = span.end;
			else spans.push(span);
		}
		return spans;
	};
}

/**
 * The longest piece of text handed to the segmenter or to a date parser at once. Node 20's
 * segmenter and chrono-node's patterns slow down sharply on very long strings (a saved page
 * can be one megabyte without a line break), so longer runs are cut at white space first.
 */
export const maxSentenceLength = 2000;

/** Cuts [start, end) of text into pieces of at most `max` characters, at white space where there is any. */
function boundedPieces(text: string, start: number, end: number, max: number): Span[] {
	const pieces: Span[] = [];
	while (end - start > max) {
		const space = text.lastIndexOf(' ', start + max);
		const cut = space > start + max / 2 ? space : start + max;
		pieces.push({start, end: cut});
		start = cut;
	}
	pieces.push({start, end});
	return pieces;
}

/**
 * Sentence spans of a whole text. Each line is segmented on its own (lines are paragraphs in
 * news text), and no span is longer than maxSentenceLength.
 */
export function sentenceSpans(text: string, splitSentences: SentenceSplitter): Span[] {
	const spans: Span[] = [];
	for (const line of text.matchAll(/[^\n]+/g)) {
		for (const piece of boundedPieces(text, line.index, line.index + line[0].length, maxSentenceLength * 4)) {
			for (const span of splitSentences(text.slice(piece.start, piece.end))) {
				spans.push(...boundedPieces(text, piece.start + span.start, piece.start + span.end, maxSentenceLength));
			}
		}
	}
	return spans;
}
