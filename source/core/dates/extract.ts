import type {ParsedComponents, ParsedResult, ParsingOption} from 'chrono-node';
import type {DateLocale} from '../language.js';
import type {DateBasis, DateExpression, DateValue, Precision, Span} from '../model.js';
import {exactLength, getOrAdd, pushAll} from '../collections.js';
import {addDays, formatDate, noonUtc, parseIsoDay, withinCalendar, type CalendarDay} from './calendar.js';
import {maxSentenceLength} from '../sentences.js';
import {dateLanguageFor} from './locales/index.js';
import {tenseOf, type Tense} from './tense.js';
import {dateParserFor} from './parser.js';
import {relativeToReferenceTag, textRelativeOffset} from './relative-to-text-parser.js';
import type {CountUnit} from './date-language.js';
import {asideYearTag, type NarrativeOption} from './year-parser.js';
import {withChronologyYears} from './chronology.js';

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
	const endDay = result.end ? dayOf(result.end) : null;
	// "29. März bis 12. Mai 1780": the year written at the end of a range is the start's too.
	if (result.end && endDay && result.end.isCertain('year') && !result.start.isCertain('year')) {
		start.year = start.month > endDay.month ? endDay.year - 1 : endDay.year;
	} else if (anchor?.basis === 'relative' && !result.start.isCertain('year')) {
		// In a narrative a date without a year belongs to the year the text is in, not the nearest one.
		start.year = anchor.day.year;
	}
	let end: string | null = null;
	if (result.end && endDay) {
		if (!result.end.isCertain('year')) endDay.year = start.year + (endDay.month < start.month ? 1 : 0);
		const formatted = formatDate(endDay, precision);
		if (formatted > formatDate(start, precision)) end = formatted;
	}
	return {start: formatDate(start, precision), end, precision};
}

/**
 * An expression that states its own year. In a narrative a two-digit year ("am 26. Dezember 38")
 * is too often a count or a page number to move the story to another century.
 */
const isExplicit = (result: ParsedResult, narrative: boolean) =>
	!result.tags().has(relativeToReferenceTag) &&
	(result.start.isCertain('year') || result.end?.isCertain('year') === true) && /\d/.test(result.text) && (!narrative || /\d{4}/.test(result.text));

/** The last date the text named, at each precision: what "the previous day" or "the same year" count from. */
type TextPosition = {day: CalendarDay | null; month: CalendarDay | null; year: number | null};

function advance(position: TextPosition, value: DateValue): void {
	const day = parseIsoDay(value.start);
	position.year = day.year;
	if (value.precision !== 'year') position.month = day;
	if (value.precision === 'day') position.day = day;
}

function relativeToText(position: TextPosition, unit: CountUnit, offset: number): DateValue | null {
	if (unit === 'day' && position.day) return {start: formatDate(addDays(position.day, offset), 'day'), end: null, precision: 'day'};
	if (unit === 'month' && position.month) {
		const months = position.month.year * 12 + position.month.month - 1 + offset;
		return {start: formatDate({year: Math.floor(months / 12), month: (months % 12) + 1, day: 1}, 'month'), end: null, precision: 'month'};
	}
	if (unit === 'year' && position.year !== null) return {start: formatDate({year: position.year + offset, month: 1, day: 1}, 'year'), end: null, precision: 'year'};
	return null;
}

// What joins the two ends of a range: "to", "bis (zum)", a dash, a slash, "und".
const rangeConnector = /\s*(?:–|—|-|\/|\bto\b|\buntil\b|\bthrough\b|\bbis(?: zum| zur)?\b|\bund\b|\band\b)\s*/giu;

/**
 * The end of a range as an expression of its own ("Juni 1940" in "September 1939 bis Juni 1940"),
 * as annotators of temporal expressions mark each end. It lies inside the range's expression,
 * which alone places the event.
 */
function rangeEnd(article: DatedArticle, start: number, text: string, value: DateValue, basis: DateBasis): DateExpression[] {
	let cut = -1;
	for (const match of text.matchAll(rangeConnector)) if (match.index > 0) cut = match.index + match[0].length;
	if (cut <= 0 || cut >= text.length || !/[\p{L}\p{N}]/u.test(text.slice(cut))) return [];
	const endText = text.slice(cut).replace(/[\s.,;:)]+$/u, '');
	const precision = value.precision;
	return [
		{
			article: article.id,
			start: start + cut,
			end: start + cut + endText.length,
			text: article.text.slice(start + cut, start + cut + endText.length),
			value: {start: value.end!, end: null, precision},
			basis: /\d{4}/.test(endText) ? 'explicit' : basis,
		},
	];
}

/** The sentence an offset lies in; sentences are in text order. */
function sentenceAround(article: DatedArticle, offset: number): Span | undefined {
	let low = 0;
	let high = article.sentences.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const sentence = article.sentences[middle]!;
		if (offset < sentence.start) high = middle - 1;
		else if (offset >= sentence.end) low = middle + 1;
		else return sentence;
	}
	return undefined;
}

/** How far ahead of its publication a report's day without a year may lie when no tense says which way it points. */
const daysAheadUntold = 90;

/**
 * "by March", "bis Juni", "para marzo": before a deadline a date lies ahead, unless the sentence
 * is told in the past ("had delivered it by March").
 */
const deadlinePatterns = new Map<DateLocale, RegExp | null>();
function deadlineBefore(locale: DateLocale): RegExp | null {
	return getOrAdd(deadlinePatterns, locale, () => {
		const {deadlineLead, year} = dateLanguageFor(locale).words;
		return deadlineLead ? new RegExp(`(?:^|[^\\p{L}])(?:${deadlineLead})\\s+(?:(?:${year.qualifier || '(?!)'})\\s*)?$`, 'iu') : null;
	});
}

/** The patterns that read, before and after a date, whether it is the last or the next one (DateWords.lastOrNext). */
type Pointers = {last: RegExp | null; next: RegExp | null; lastAfter: RegExp | null; nextAfter: RegExp | null};
const pointerPatterns = new Map<DateLocale, Pointers | null>();
function pointersOf(locale: DateLocale): Pointers | null {
	return getOrAdd(pointerPatterns, locale, () => {
		const words = dateLanguageFor(locale).words.lastOrNext;
		if (!words) return null;
		const before = (alternation: string) => (alternation ? new RegExp(`(?:^|[^\\p{L}])(?:${alternation})\\s+$`, 'iu') : null);
		const after = (alternation: string) => (alternation ? new RegExp(`^\\s+(?:${alternation})(?![\\p{L}])`, 'iu') : null);
		return {last: before(words.last), next: before(words.next), lastAfter: after(words.lastAfter), nextAfter: after(words.nextAfter)};
	});
}

/** Which way the words around a date say it lies from the report: "the last 11 February", "the next 15 November". */
function pointedWay(article: DatedArticle, start: number, end: number): Tense | null {
	const pointers = pointersOf(article.locale);
	if (!pointers) return null;
	const before = article.cleaned.slice(Math.max(0, start - 20), start);
	const after = article.cleaned.slice(end, end + 20);
	if (pointers.last?.test(before) || pointers.lastAfter?.test(after)) return 'past';
	if (pointers.next?.test(before) || pointers.nextAfter?.test(after)) return 'future';
	return null;
}

/**
 * A weekday, a month or a day without a year points the way its sentence's tense does:
 * chrono-node picks the nearest one, which for "on Tuesday delivered" in a Monday report is
 * the next, and for "by March" in a July report the March before. A day without a year that
 * lies months ahead is one of the past, unless its sentence speaks of the future: reports look
 * back more than ahead.
 */
function directed(value: DateValue, result: ParsedResult, tenseOfSentence: () => Tense | null, article: DatedArticle, start: number): DateValue {
	if (value.end) return value;
	const {start: components} = result;
	const weekday = components.isCertain('weekday') && !components.isCertain('day');
	const month = components.isCertain('month') && !components.isCertain('day') && !components.isCertain('year');
	const dayOfMonth = components.isCertain('day') && components.isCertain('month') && !components.isCertain('year');
	if (!weekday && !month && !dayOfMonth) return value;
	const published = article.published!;
	const reference = value.precision === 'day' ? published : published.slice(0, 7);
	const day = parseIsoDay(value.start);
	// "el pasado 11 de febrero" is the last one, whatever the sentence's tense; "el próximo" the next.
	const pointed = weekday ? null : pointedWay(article, start, start + result.text.length);
	if (pointed) {
		const wrongWay = pointed === 'past' ? value.start > reference : value.start < reference;
		return wrongWay ? {...value, start: formatDate({...day, year: day.year + (pointed === 'past' ? -1 : 1)}, value.precision)} : value;
	}
	// Read only for a date without its year: most dates need no tense.
	const deadline = deadlineBefore(article.locale)?.test(article.cleaned.slice(Math.max(0, start - 30), start)) === true;
	const tense = tenseOfSentence() ?? (deadline ? 'future' : null);
	// A day told in the past may still lie ahead ("announced today an event to be held on October 12"): only months ahead is it the year before.
	if (dayOfMonth && tense !== 'future') {
		const ahead = value.start > formatDate(addDays(parseIsoDay(published), daysAheadUntold), 'day');
		return ahead ? {...value, start: formatDate({...day, year: day.year - 1}, value.precision)} : value;
	}
	if (!tense) return value;
	const wrongWay = tense === 'past' ? value.start > reference : value.start < reference;
	if (!wrongWay) return value;
	const sign = tense === 'past' ? -1 : 1;
	if (weekday) return {...value, start: formatDate(addDays(day, 7 * sign), 'day')};
	return {...value, start: formatDate({...day, year: day.year + sign}, value.precision)};
}

/**
 * A report resolves everything against one date, its publication date, so it is parsed in
 * runs of whole sentences up to maxParseLength: each call into chrono-node costs far more
 * than the text it reads. A narrative moves its reference sentence by sentence.
 */
const maxParseLength = maxSentenceLength * 4;

function sentenceRunsOf(article: DatedArticle): Span[] {
	const runs: Span[] = [];
	for (const sentence of article.sentences) {
		const last = runs[runs.length - 1];
		if (last && sentence.end - last.start <= maxParseLength) last.end = sentence.end;
		else runs.push({...sentence});
	}
	return runs;
}

/** How many parsed stretches an article keeps for reuse: enough for a repeating list, not a copy of the article. */
const recentParseLimit = 64;

/**
 * Every date expression in an article, sentence by sentence, resolved against the publication
 * date, or for a text without one against the last explicit date before the expression.
 */
export function extractDates(article: DatedArticle): DateExpression[] {
	const parser = dateParserFor(article.locale);
	const narrative = !article.published;
	// chrono-node hands its options object to every parser; the year parser reads this field.
	const option: NarrativeOption & ParsingOption = {narrative, anchored: false};
	const expressions: DateExpression[] = [];
	// Those that name a month but no year ("15 marzo"): in a chronology, the list gives them theirs.
	const yearless = new Set<DateExpression>();
	let anchor: Anchor | null = article.published ? {day: parseIsoDay(article.published), basis: 'published'} : null;
	const position: TextPosition = {day: anchor?.day ?? null, month: anchor?.day ?? null, year: anchor?.day.year ?? null};
	// A sentence can hold hundreds of weekdays and months: its tense is read once.
	const tenses = new Map<Span | undefined, Tense | null>();
	const tenseAt = (offset: number) =>
		getOrAdd(tenses, sentenceAround(article, offset), (sentence) => (sentence ? tenseOf(article.cleaned.slice(sentence.start, sentence.end), article.locale) : null));
	// A text that repeats a stretch (a list, a copied paragraph, a hostile file of "May May May")
	// is parsed once per stretch and reference: chrono-node's cost is per candidate it reads.
	const recentlyParsed = new Map<string, ParsedResult[]>();
	const parse = (sentence: Span, day: CalendarDay) => {
		option.anchored = anchor !== null;
		const text = article.cleaned.slice(sentence.start, sentence.end);
		const key = `${day.year}-${day.month}-${day.day}-${option.anchored}\u0000${text}`;
		const known = recentlyParsed.get(key);
		if (known) return known;
		if (recentlyParsed.size >= recentParseLimit) recentlyParsed.clear();
		const results = parser.parse(text, {instant: noonUtc(day), timezone: 0}, option);
		recentlyParsed.set(key, results);
		return results;
	};

	for (const sentence of narrative ? article.sentences : sentenceRunsOf(article)) {
		let results = parse(sentence, anchor?.day ?? unanchoredReference);
		// A narrative sentence that names its own date ("On 1 September 1939, two days later…")
		// resolves the rest of itself against that date: parse it again with it as reference.
		const firstExplicit = narrative ? results.find((result) => isExplicit(result, narrative) && !result.tags().has(asideYearTag)) : undefined;
		if (firstExplicit && results.some((result) => result.index > firstExplicit.index && !isExplicit(result, narrative))) {
			const reference = parseIsoDay(valueOf(firstExplicit, null).start);
			const again = parse(sentence, reference);
			results = results.map((result) => (result.index > firstExplicit.index ? (again.find((other) => other.index === result.index && other.text === result.text) ?? result) : result));
		}
		for (const result of results) {
			const start = sentence.start + result.index;
			const end = start + result.text.length;
			const tags = result.tags();
			const relative = textRelativeOffset(tags);
			let value: DateValue | null;
			let basis: DateBasis;
			if (relative) {
				value = anchor ? relativeToText(position, relative.unit, relative.offset) : null;
				basis = 'relative';
			} else if (isExplicit(result, narrative)) {
				value = valueOf(result, null);
				basis = 'explicit';
			} else {
				value = anchor ? valueOf(result, anchor) : null;
				basis = anchor?.basis ?? 'relative';
				if (value && basis === 'published') value = directed(value, result, () => tenseAt(start), article, start);
			}
			if (value && !withinCalendar(value)) value = null;
			// A literal, not a spread of the common fields: spreading took half of this loop's time.
			const expression: DateExpression = {article: article.id, start, end, text: article.text.slice(start, end), value, basis};
			expressions.push(expression);
			if (basis === 'published' && result.start.isCertain('month') && !result.start.isCertain('year')) yearless.add(expression);
			if (value?.end) pushAll(expressions, rangeEnd(article, start, result.text, value, basis));
			// A narrative moves on with every date it tells, except a year given in passing.
			if (!value || tags.has(asideYearTag)) continue;
			advance(position, value);
			if (narrative) anchor = {day: parseIsoDay(value.start), basis: 'relative'};
		}
	}
	if (yearless.size > 0) withChronologyYears(article.text, expressions, yearless);
	return exactLength(expressions);
}
