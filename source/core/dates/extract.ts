import type {ParsedComponents, ParsedResult} from 'chrono-node';
import type {DateLocale} from '../language.js';
import type {DateBasis, DateExpression, DateValue, Precision, Span} from '../model.js';
import {adjacentDayTag} from './adjacent-day-parser.js';
import {addDays, formatDate, noonUtc, parseIsoDay, type CalendarDay} from './calendar.js';
import {dateParserFor} from './locales.js';

export type DatedArticle = {
	id: string;
	text: string;
	/** The cleaned view (same length as text). */
	cleaned: string;
	published: string | null;
	locale: DateLocale;
	sentences: Span[];
};

/** What fills in the parts an expression leaves out. */
type Anchor = {day: CalendarDay; basis: Exclude<DateBasis, 'explicit'>};

/** Any fixed instant: when nothing anchors an article, only explicit values are kept. */
const unanchoredReference = {year: 2000, month: 1, day: 1};

function precisionOf(components: ParsedComponents): Precision {
	if (components.isCertain('day') || components.isCertain('weekday')) return 'day';
	if (components.isCertain('month')) return 'month';
	return 'year';
}

function dayOf(components: ParsedComponents): CalendarDay {
	return {year: components.get('year') ?? 0, month: components.get('month') ?? 1, day: components.get('day') ?? 1};
}

function valueOf(result: ParsedResult, anchor: Anchor | null): DateValue {
	const precision = precisionOf(result.start);
	const start = dayOf(result.start);
	// In a narrative a date without a year belongs to the year the text is in, not the nearest one.
	if (anchor?.basis === 'relative' && !result.start.isCertain('year')) start.year = anchor.day.year;
	let end: string | null = null;
	if (result.end) {
		const endDay = dayOf(result.end);
		if (anchor?.basis === 'relative' && !result.end.isCertain('year')) endDay.year = start.year;
		const endPrecision = result.end.isCertain('day') || precision !== 'day' ? precision : 'day';
		const formatted = formatDate(endDay, endPrecision);
		if (formatted > formatDate(start, precision)) end = formatted;
	}
	return {start: formatDate(start, precision), end, precision};
}

const isExplicit = (result: ParsedResult) => result.start.isCertain('year') && /\d/.test(result.text);

/**
 * Every date expression in an article, sentence by sentence, resolved against the publication
 * date, or for a text without one against the last explicit date before the expression.
 */
export function extractDates(article: DatedArticle): DateExpression[] {
	const parser = dateParserFor(article.locale);
	const expressions: DateExpression[] = [];
	let anchor: Anchor | null = article.published ? {day: parseIsoDay(article.published), basis: 'published'} : null;
	let lastDay: CalendarDay | null = anchor?.day ?? null;

	for (const sentence of article.sentences) {
		const instant = noonUtc(anchor?.day ?? unanchoredReference);
		const results = parser.parse(article.cleaned.slice(sentence.start, sentence.end), {instant, timezone: 0});
		for (const result of results) {
			const start = sentence.start + result.index;
			const end = start + result.text.length;
			const base = {article: article.id, start, end, text: article.text.slice(start, end)};
			const tags = result.tags();
			if (tags.has(adjacentDayTag)) {
				const offset = tags.has(`${adjacentDayTag}:-1`) ? -1 : 1;
				if (!lastDay || !anchor) {
					expressions.push({...base, value: null, basis: 'relative'});
					continue;
				}
				lastDay = addDays(lastDay, offset);
				expressions.push({...base, value: {start: formatDate(lastDay, 'day'), end: null, precision: 'day'}, basis: 'relative'});
				continue;
			}
			if (isExplicit(result)) {
				const value = valueOf(result, null);
				expressions.push({...base, value, basis: 'explicit'});
				if (!article.published) anchor = {day: parseIsoDay(value.start), basis: 'relative'};
				if (value.precision === 'day') lastDay = parseIsoDay(value.start);
				continue;
			}
			if (!anchor) {
				expressions.push({...base, value: null, basis: 'relative'});
				continue;
			}
			const value = valueOf(result, anchor);
			expressions.push({...base, value, basis: anchor.basis});
			if (value.precision === 'day') lastDay = parseIsoDay(value.start);
		}
	}
	return expressions;
}
