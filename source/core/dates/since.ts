import {dateLanguages} from './locales/index.js';

// "since 2022", "seit dem Jahr 1939", "منذ عام 2014": the words of every language that make a date the start of a duration.
const sinceBefore = new RegExp(
	`(?:^|[^\\p{L}])(?:${Object.values(dateLanguages)
		.map(({words}) => words.since)
		.filter(({words}) => words)
		.map(({words, year}) => `(?:${words})\\s+${year ? `(?:(?:${year})\\s+)?` : ''}`)
		.join('|')})$`,
	'iu',
);

/**
 * The date at `index` of `text` starts a duration ("the first talks since 2022"): it dates no
 * happening of its sentence, and a narrative does not move to it. It stays a date expression.
 * Every language's words count, as a quote may be in another language than its article.
 */
export function startsDuration(text: string, index: number): boolean {
	return sinceBefore.test(text.slice(Math.max(0, index - 24), index));
}
