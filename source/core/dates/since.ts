import type {DateWords} from './date-language.js';
import {dateLanguages} from './locales/index.js';

/**
 * What stands before a date after one of each language's `lead` words: the words for "the year"
 * or the article a day takes (DateWords.since.year), and the word for "the last one".
 */
function leadBefore(leadOf: (words: DateWords) => string | null): RegExp {
	const alternatives = Object.values(dateLanguages)
		.map(({words}) => ({lead: leadOf(words), year: words.since.year, last: words.lastOrNext?.last}))
		.filter(({lead}) => lead)
		.map(({lead, year, last}) => `(?:${lead})\\s+${year ? `(?:(?:${year})\\s+)?` : ''}${last ? `(?:(?:${last})\\s+)?` : ''}`);
	return new RegExp(`(?:^|[^\\p{L}])(?:${alternatives.join('|')})$`, 'iu');
}

// "since 2022", "seit dem Jahr 1939", "منذ عام 2014", "desde el pasado 21 de febrero": the words of every language that make a date the start of a duration.
const sinceBefore = leadBefore((words) => words.since.words);

/**
 * The date at `index` of `text` starts a duration ("the first talks since 2022"): it dates no
 * happening of its sentence, and a narrative does not move to it. It stays a date expression.
 * Every language's words count, as a quote may be in another language than its article.
 */
export function startsDuration(text: string, index: number): boolean {
	return sinceBefore.test(text.slice(Math.max(0, index - 24), index));
}

// "hasta el 31 de enero", "until March 15", "avant le 15 mars": the words of every language before a deadline or the end of a period.
const boundBefore = leadBefore((words) => words.deadlineLead);
// Any of those words, then at most two words, right before the date: a plain test that spares most dates the full pattern.
const anyBoundWord = new RegExp(
	`(?:${Object.values(dateLanguages)
		.map(({words}) => words.deadlineLead)
		.filter(Boolean)
		.join('|')})(?:\\s+\\S+){0,2}\\s+$`,
	'i',
);

/**
 * The date at `index` of `text` is a deadline or the end of a period ("figures up to 31 January",
 * "talks until 15 March"): where something is due or stops, more often than what happened on it.
 */
export function boundsPeriod(text: string, index: number): boolean {
	const before = text.slice(Math.max(0, index - 24), index);
	return anyBoundWord.test(before) && boundBefore.test(before);
}
