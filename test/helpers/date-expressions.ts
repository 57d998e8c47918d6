import {cleanText} from '../../source/core/clean.js';
import {extractDates} from '../../source/core/dates/extract.js';
import {dateLocaleFor} from '../../source/core/language.js';
import type {DateExpression} from '../../source/core/model.js';
import {sentenceSpans, sentenceSplitter} from '../../source/core/sentences.js';

/** The date stage alone on one text: `[expression text, value, basis]` for each date found. */
export function datesIn(text: string, options: {language?: string; published?: string | null} = {}): DateExpression[] {
	const language = options.language ?? 'en';
	const split = sentenceSplitter(language);
	const cleaned = cleanText(text, split);
	return extractDates({id: 't', text, cleaned, published: options.published ?? null, locale: dateLocaleFor(language), sentences: sentenceSpans(cleaned, split)});
}

/** `text → value` lines, ranges as `start..end`, unresolved as `null`. */
export function valuesIn(text: string, options: {language?: string; published?: string | null} = {}): string[] {
	return datesIn(text, options).map(({text: expression, value}) => `${expression} → ${value ? value.start + (value.end ? `..${value.end}` : '') : 'null'}`);
}
