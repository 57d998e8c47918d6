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

/** Sentence boundaries from the platform's Unicode segmenter, with surrounding white space trimmed. */
export function sentenceSplitter(language: string): SentenceSplitter {
	let segmenter: Intl.Segmenter;
	try {
		segmenter = new Intl.Segmenter(language, {granularity: 'sentence'});
	} catch {
		segmenter = new Intl.Segmenter('en', {granularity: 'sentence'});
	}
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
 * Sentence spans of a whole text. Each line is segmented on its own: lines are paragraphs in
 * news text, and Node 20's segmenter slows down sharply on very long strings.
 */
export function sentenceSpans(text: string, splitSentences: SentenceSplitter): Span[] {
	const spans: Span[] = [];
	for (const line of text.matchAll(/[^\n]+/g)) {
		for (const span of splitSentences(line[0])) spans.push({start: line.index + span.start, end: line.index + span.end});
	}
	return spans;
}
