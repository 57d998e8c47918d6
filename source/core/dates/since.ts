import {dateLanguages} from './locales/index.js';

// "since 2022", "seit dem Jahr 1939", "منذ عام 2014", "desde el pasado 21 de febrero": the words of every language that make a date the start of a duration.
const sinceBefore = new RegExp(
	`(?:^|[^\\p{L}])(?:${Object.values(dateLanguages)
		.filter(({words}) => words.since.words)
		.map(({words: {since, lastOrNext}}) => `(?:${since.words})\\s+${since.year ? `(?:(?:${since.year})\\s+)?` : ''}${lastOrNext?.last ? `(?:(?:${lastOrNext.last})\\s+)?` : ''}`)
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
