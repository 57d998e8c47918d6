import {getOrAdd} from '../collections.js';
import * as chrono from 'chrono-node';
import type {DateLocale} from '../language.js';
import {createGermanDayListParser, createGermanMonthParser} from './month-year-parser.js';
import {dropAfterInPastStory, dropInsideWord, dropMayVerb, dropShortYear, dropTimeOnly, dropUnitBeforeYear, dropWeekdayAbbreviation} from './refiners.js';
import {createTextRelativeParser} from './relative-to-text-parser.js';
import {createYearParser, yearTag} from './year-parser.js';

/** Puts what `wrap` makes of chrono-node's refiner of that class name in its place, if the configuration has one. */
function wrapRefiner(parser: chrono.Chrono, className: string, wrap: (refiner: chrono.Refiner) => chrono.Refiner): void {
	const index = parser.refiners.findIndex((refiner) => refiner.constructor.name === className);
	const refiner = parser.refiners[index];
	if (refiner) parser.refiners[index] = wrap(refiner);
}

/**
 * chrono-node's UnlikelyFormatFilter drops every match that is only digits, and a bare year
 * ("the 2022 talks") is exactly that. Years from dateline's year parser, which checked their
 * context already, pass around it; everything else still goes through it.
 */
const keepYearsThroughDigitFilter = (filter: chrono.Refiner): chrono.Refiner => ({
	refine(context, results) {
		const kept = new Set(filter.refine(context, results.filter((result) => !result.tags().has(yearTag))));
		return results.filter((result) => result.tags().has(yearTag) || kept.has(result));
	},
});

/**
 * chrono-node's parsers and refiners that dateline leaves out, by class name:
 * - clock times and time zones: dateline places events on days. They only lengthened an
 *   expression ("Friday at 3 pm"), cost a sixth of date extraction, and chrono's German time
 *   parser read years as times ("von 1941 bis 1979" as 19:41; 13 years of WikiWars-de lost).
 * - English durations from today: "two days later", "three years after", "over the past five
 *   years" count in news from the date the text told last (dateline's relative-to-text parser,
 *   which chrono's shadowed for "two days later") or name a period, not a day; "-- four years
 *   behind schedule" was read as four years back. Only the rare "two weeks from now" is lost;
 *   "in two weeks" stays.
 */
const leftOutParsers = /TimeExpressionParser|CasualTimeParser|^EN(?:TimeUnitLaterFormatParser|TimeUnitCasualRelativeFormatParser)$/;
const leftOutRefiners = /Timezone/;

/**
 * chrono-node's ENEndOfPeriodRefiner ("end of the month") matches its prefix pattern against
 * all the text before each result, so its cost grew with the square of the text parsed at once
 * (a twentieth of date extraction). It now sees only the results whose last 100 characters
 * could end in that prefix, and still checks them itself.
 */
const endOfPeriodPrefix = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
const endOfPeriodWindow = 100;

const boundEndOfPeriodRefiner = (refiner: chrono.Refiner): chrono.Refiner => ({
	refine(context, results) {
		const near = results.filter((result) => endOfPeriodPrefix.test(context.text.slice(Math.max(0, result.index - endOfPeriodWindow), result.index)));
		if (near.length > 0) refiner.refine(context, near);
		return results;
	},
});

type WordBoundaryParser = chrono.Parser & {
	innerPattern?: (context: chrono.ParsingContext) => RegExp;
	innerPatternHasChange?: (context: chrono.ParsingContext, current: RegExp) => boolean;
};

/**
 * chrono-node caches each parser's pattern while its inner pattern is the same object; some
 * parsers (German "in 3 Tagen", "vor 2 Wochen") build a new one on every call, so the
 * combined pattern was rebuilt for every text parsed. Comparing by source keeps the cache.
 */
function comparePatternsBySource(parser: chrono.Chrono): void {
	for (const each of parser.parsers as WordBoundaryParser[]) {
		const innerPattern = each.innerPattern?.bind(each);
		if (!innerPattern || !each.innerPatternHasChange) continue;
		each.innerPatternHasChange = (context, current) => {
			const next = innerPattern(context);
			return next.source !== current.source || next.flags !== current.flags;
		};
	}
}

const cache = new Map<DateLocale, chrono.Chrono>();

/**
 * chrono-node's casual parser for a locale, extended the way chrono builds its own locales:
 * dateline's rules are appended as parsers and refiners of that configuration.
 */
export function dateParserFor(locale: DateLocale): chrono.Chrono {
	return getOrAdd(cache, locale, createDateParser);
}

function createDateParser(locale: DateLocale): chrono.Chrono {
	const parser = chrono[locale].casual.clone();
	parser.parsers = parser.parsers.filter((each) => !leftOutParsers.test(each.constructor.name));
	parser.refiners = parser.refiners.filter((each) => !leftOutRefiners.test(each.constructor.name));
	wrapRefiner(parser, 'UnlikelyFormatFilter', keepYearsThroughDigitFilter);
	wrapRefiner(parser, 'ENEndOfPeriodRefiner', boundEndOfPeriodRefiner);
	comparePatternsBySource(parser);
	parser.parsers.push(createYearParser(locale));
	const textRelative = createTextRelativeParser(locale);
	if (textRelative) parser.parsers.push(textRelative);
	if (locale === 'de') parser.parsers.push(createGermanMonthParser(), createGermanDayListParser());
	// The refiners run after chrono's own, which already removed overlapping matches.
	parser.refiners.push(dropInsideWord, dropWeekdayAbbreviation, dropShortYear, dropTimeOnly);
	if (locale === 'en') parser.refiners.push(dropMayVerb);
	if (locale === 'ar') parser.refiners.push(dropUnitBeforeYear, dropAfterInPastStory);
	return parser;
}
