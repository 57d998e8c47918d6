import type * as chrono from 'chrono-node';
import type {DateLocale} from '../language.js';
import {yearTag} from './year-parser.js';

/**
 * Every change dateline makes to chrono-node's own parsers and refiners, found by class name
 * or by method. chrono-node does not promise these names: when an update renames or removes
 * one, `patchChrono` throws instead of silently parsing differently (test/dates-locales.test.ts
 * builds every locale to catch that).
 */
export class ChronoChangedError extends Error {
	constructor(what: string) {
		super(`chrono-node changed: ${what}; source/core/dates/chrono-patches.ts needs updating`);
	}
}

/**
 * chrono-node's parsers and refiners that dateline leaves out, by class name:
 * - clock times and time zones: dateline places events on days. They only lengthened an
 *   expression ("Friday at 3 pm"), cost a sixth of date extraction, and chrono's German time
 *   parser read years as times ("von 1941 bis 1979" as 19:41; 13 years of WikiWars-de lost).
 * - English and Italian durations from today: "two days later", "due anni dopo", "three years after", "over the past five
 *   years" count in news from the date the text told last (dateline's anaphora parser, which
 *   chrono's shadowed for "two days later") or name a period, not a day; "-- four years behind
 *   schedule" was read as four years back. Only the rare "two weeks from now" is lost; "in two
 *   weeks" stays.
 */
const leftOutParsers = /TimeExpressionParser|CasualTimeParser|^(?:EN|IT)(?:TimeUnitLaterFormatParser|TimeUnitCasualRelativeFormatParser)$/;
const leftOutRefiners = /Timezone/;
/** What each locale's casual configuration must hold for the patches to mean what they say. */
const expected: Partial<Record<DateLocale, {parsers: string[]; refiners: string[]}>> = {
	en: {parsers: ['ENTimeExpressionParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitCasualRelativeFormatParser'], refiners: ['UnlikelyFormatFilter', 'ENEndOfPeriodRefiner', 'ExtractTimezoneOffsetRefiner']},
	de: {parsers: ['DETimeExpressionParser'], refiners: ['UnlikelyFormatFilter', 'ExtractTimezoneOffsetRefiner']},
	ar: {parsers: ['ARTimeExpressionParser'], refiners: ['UnlikelyFormatFilter']},
	es: {parsers: ['ESTimeExpressionParser'], refiners: ['UnlikelyFormatFilter']},
	fr: {parsers: ['FRTimeExpressionParser'], refiners: ['UnlikelyFormatFilter']},
	it: {parsers: ['ITTimeExpressionParser', 'ITTimeUnitLaterFormatParser', 'ITTimeUnitCasualRelativeFormatParser'], refiners: ['UnlikelyFormatFilter']},
};

const className = (each: object) => each.constructor.name;

/** Puts what `wrap` makes of chrono-node's refiner of that class name in its place, if the configuration has one. */
function wrapRefiner(parser: chrono.Chrono, name: string, wrap: (refiner: chrono.Refiner) => chrono.Refiner): void {
	const index = parser.refiners.findIndex((refiner) => className(refiner) === name);
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
	let patched = 0;
	for (const each of parser.parsers as WordBoundaryParser[]) {
		const innerPattern = each.innerPattern?.bind(each);
		if (!innerPattern || !each.innerPatternHasChange) continue;
		each.innerPatternHasChange = (context, current) => {
			const next = innerPattern(context);
			return next.source !== current.source || next.flags !== current.flags;
		};
		patched++;
	}
	if (patched === 0) throw new ChronoChangedError('no parser has innerPattern and innerPatternHasChange (AbstractParserWithWordBoundaryChecking)');
}

/** chrono-node's casual configuration of a locale, with dateline's changes to its own parsers and refiners. */
export function patchChrono(parser: chrono.Chrono, locale: DateLocale): chrono.Chrono {
	const names = {parsers: new Set(parser.parsers.map(className)), refiners: new Set(parser.refiners.map(className))};
	for (const kind of ['parsers', 'refiners'] as const) {
		const missing = (expected[locale]?.[kind] ?? []).filter((name) => !names[kind].has(name));
		if (missing.length > 0) throw new ChronoChangedError(`the ${locale} locale has no ${missing.join(', ')} among its ${kind}`);
	}
	parser.parsers = parser.parsers.filter((each) => !leftOutParsers.test(className(each)));
	parser.refiners = parser.refiners.filter((each) => !leftOutRefiners.test(className(each)));
	wrapRefiner(parser, 'UnlikelyFormatFilter', keepYearsThroughDigitFilter);
	wrapRefiner(parser, 'ENEndOfPeriodRefiner', boundEndOfPeriodRefiner);
	comparePatternsBySource(parser);
	return parser;
}
