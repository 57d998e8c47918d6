import {dateLocaleFor} from '../language.js';
import type {Span} from '../model.js';
import {dateLanguageFor} from './locales/index.js';

type Approximate = {weeksAgo: RegExp; daysAgo: RegExp; hedge: RegExp};

/** Each language's words (null: none), the hedges as one expression that ends where the date expression starts. */
const byLanguage = new Map<string, Approximate | null>();
function approximateOf(language: string): Approximate | null {
	let found = byLanguage.get(language);
	if (found === undefined) {
		const words = dateLanguageFor(dateLocaleFor(language)).words.approximate;
		found = words ? {...words, hedge: new RegExp(`(?:^|[^\\p{L}])(?:${words.hedge})\\s+$`, 'iu')} : null;
		byLanguage.set(language, found);
	}
	return found;
}

/**
 * How many days either side of its day a day-precise date expression of `text` (in `language`,
 * ISO 639-1) means: 0 for an exact day. A day counted back in weeks ("two weeks ago", "vor zwei
 * Wochen", "hace dos semanas") is a day only by its arithmetic: the writer means about then,
 * within a week either side. So is a day counted back in days behind a hedge ("less than three
 * days ago"). The words are each language's (locales/<xx>/words.ts).
 */
export function approximateDays(text: string, date: Span, language: string): number {
	const words = approximateOf(language);
	if (!words) return 0;
	const expression = text.slice(date.start, date.end);
	if (words.weeksAgo.test(expression)) return 7;
	if (words.daysAgo.test(expression) && words.hedge.test(text.slice(Math.max(0, date.start - 16), date.start))) return 3;
	return 0;
}
