import type {Parser, ParsingComponents, ParsingContext} from 'chrono-node';
import type {DateWords} from './date-language.js';

/** An alternation of a language's month names, longest first. */
export const monthAlternation = (months: Record<string, number>) =>
	Object.keys(months)
		.sort((a, b) => b.length - a.length)
		.join('|');

/** Components of a month (and day) whose year is the one written, or else implied by the reference. */
export function monthComponents(context: ParsingContext, values: {month: number; day?: number}, yearText: string | undefined): ParsingComponents {
	const components = context.createParsingComponents(values);
	if (yearText) components.assign('year', Number(yearText));
	else components.imply('year', context.refDate.getUTCFullYear());
	return components;
}

/**
 * Months with or without a year ("im Oktober 1940", "Mai/Juni 1940", "Anfang März", "en mars
 * 2008"), for the locales whose chrono-node parsers read a month only beside a day. With a year
 * a month stands alone; without, it needs one of the language's leads or qualifiers.
 */
export function createMonthParser(words: DateWords): Parser | null {
	if (!words.month) return null;
	const {lead, qualifier} = words.month;
	const months = monthAlternation(words.months);
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:(${lead})\\s+|(${qualifier})\\s+)?(?:de\\s+|d')?(${months})(?:\\s*(?:/|-|–|bis|und|et|y|e)\\s*(${months}))?(?:\\s+(?:de\\s+|del\\s+)?(\\d{4}))?(?![\\p{L}\\p{N}])`,
		'iu',
	);
	return {
		pattern: () => pattern,
		extract(context, match) {
			const [whole, leadText, qualifierText, first, second, yearText] = match;
			if (!leadText && !qualifierText && !yearText) return null;
			const skip = leadText ? whole.indexOf(first!, leadText.length) : 0;
			const result = context.createParsingResult(match.index! + skip, whole.slice(skip), monthComponents(context, {month: words.months[first!.toLowerCase()]!}, yearText));
			if (second) result.end = monthComponents(context, {month: words.months[second.toLowerCase()]!}, yearText);
			return result.addTag('dateline/month');
		},
	};
}

/**
 * "October of next year", "octubre del año pasado", "im Oktober nächsten Jahres": one month of a
 * year counted from the reference, one date (chrono-node read a month and a year apart).
 */
export function createMonthOfYearParser(words: DateWords): Parser | null {
	if (words.monthOfYear.length === 0 || Object.keys(words.months).length === 0) return null;
	// The year's words are rarer than month names: the pattern looks for them, and the month before them is read after a match.
	const pattern = new RegExp(`(?:${words.monthOfYear.map(({pattern}) => `(${pattern})`).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
	const monthBefore = new RegExp(`(?<![\\p{L}\\p{N}])(${monthAlternation(words.months)})\\s+$`, 'iu');
	return {
		pattern: () => pattern,
		extract(context, match) {
			const month = monthBefore.exec(context.text.slice(Math.max(0, match.index! - 16), match.index!));
			if (!month) return null;
			const which = match.slice(1).findIndex((group) => group !== undefined);
			const start = match.index! - month[0].length;
			return context
				.createParsingResult(start, context.text.slice(start, match.index! + match[0].length), {
					month: words.months[month[1]!.toLowerCase()]!,
					year: context.refDate.getUTCFullYear() + (words.monthOfYear[which]?.offset ?? 0),
				})
				.addTag('dateline/month-of-year');
		},
	};
}
