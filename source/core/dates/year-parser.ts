import type {Parser} from 'chrono-node';
import {startsDuration} from './since.js';

/**
 * Bare and phrased years ("in 2014", "since the beginning of 2022", "Anfang 2022",
 * "im Jahr 1939", "1939/40", "في عام 2014"), which chrono-node does not parse on its own.
 * A year after a date word may be any of 1000–2199; a bare year must look like a
 * modern one (1900–2099) so that counts such as "1000 by 1000" are not read as years.
 */
export const yearTag = 'dateline/year';
/** A year given in passing ("seit 1939", "(1912/13)"): it does not move a narrative to that year. */
export const asideYearTag = 'dateline/year-aside';
const asideLead = /^(?:since|until|till|before|after|seit|bis|vor|nach|ab|منذ|حتى|قبل|بعد)$/i;

/** Parsing option dateline passes to chrono: the text has no publication date and tells a history. */
export type NarrativeOption = {narrative?: boolean};

type YearWords = {
	/** Words before a year that make it a date; not part of the expression. */
	lead: string;
	/** Words that qualify the year ("early", "Anfang"); part of the expression. */
	qualifier: string;
};

const yearWords: Record<string, YearWords> = {
	en: {
		lead: 'in|since|of|by|until|till|from|during|before|after|to|through|throughout|year|between|and|around|circa',
		qualifier:
			'(?:the )?(?:beginning|start|end|middle|first half|second half|spring|summer|autumn|fall|winter) of|early|late|mid-?|spring|summer|autumn|fall|winter',
	},
	de: {
		lead: 'im|in|seit|bis|von|vom|vor|nach|ab|um|zwischen|und|Jahr|Jahre|Jahres|Jahren',
		qualifier: 'Anfang|Ende|Mitte|Frühjahr|Frühling|Sommer|Herbst|Winter|Beginn|(?:Anfang|Ende|Mitte) des Jahres|(?:im|zu) (?:Frühjahr|Frühling|Sommer|Herbst|Winter)',
	},
	ar: {
		lead: 'عام|العام|لعام|سنة|السنة|منذ|في|حتى|قبل|بعد|خلال',
		qualifier: 'بداية|مطلع|أوائل|أواخر|نهاية|منتصف',
	},
	fr: {lead: 'en|depuis|de|avant|après|jusqu\'en|année', qualifier: 'début|fin|mi-?|au printemps|en été|en automne|en hiver'},
	es: {lead: 'en|desde|de|del|antes|después|hasta|año', qualifier: 'principios de|finales de|mediados de'},
	ru: {lead: 'в|с|до|после|году|года|год', qualifier: 'начале|конце|середине'},
	uk: {lead: 'у|в|з|до|після|році|року|рік', qualifier: 'на початку|наприкінці|в середині'},
};

const ratioBefore = /(\d+)\s*(?:by|for|to|x|×|zu|für|gegen)\s*\d{4}$/iu;
const ratioAfter = /^\s*(?:by|for|x|×|zu|für|gegen)\s*\d/iu;
const modernYear = (year: number) => year >= 1900 && year <= 2099;
// A history has years of every century; a report mentions mostly recent ones.
const narrativeYear = (year: number) => year >= 1000 && year <= 2099;
// German capitalizes nouns: "1370 Landungsboote", "2000 Dörfer" are counts, "1939 Deutschland" is rare.
const germanCount = /^\s+\p{Lu}\p{Ll}/u;
const plausibleYear = (year: number) => year >= 1000 && year <= 2199;
// "1900 million euros", "2000 Millionen", "1600 km", "1900 مليون": a bare number before a magnitude,
// a currency or a unit of measure is an amount.
const amountAfter =
	/^\s*(?:million|billion|trillion|thousand|mln|bn|millionen|milliarden|milliarde|mio|mrd|tausend|euros?|dollars?|pounds?|rubles?|roubles?|hryvnias?|mil|km|kilomet(?:er|re)s?|kilometern|miles?|meilen|met(?:er|re)s?|metern|tonnen|tonnes?|tons?|kg|prozent|percent|مليون|ملايين|مليار|مليارات|ألف|آلاف|يورو|دولار|روبل|كيلومتر|كم)(?![\p{L}])/iu;

function endYear(start: number, written: string | undefined): number | null {
	if (!written) return null;
	const end = written.length === 2 ? Math.floor(start / 100) * 100 + Number(written) : Number(written);
	return end > start && end - start < 100 ? end : null;
}

export function createYearParser(language: string): Parser {
	const words = yearWords[language] ?? yearWords.en!;
	// The pattern looks for the digits only; the words before them are read after a match. A
	// pattern that began with the optional words would be tried at every position of the text.
	const pattern = /(?<![\p{L}\p{N}$€£#.,:/-])((?:1\d|20|21)\d{2})(?:\s*[/–-]\s*(\d{4}|\d{2}))?(?![\p{L}\p{N}]|[.,:]\d|\s*(?:%|[-‑]?(?:mal|fach|times)\b))/u;
	const wordsBefore = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:(${words.lead})\\s+)?((?:${words.qualifier})\\s+)?$`, 'iu');
	return {
		pattern: () => pattern,
		extract(context, match) {
			const [digits, yearText, endText] = match;
			const index = match.index!;
			const [, lead, qualifier] = wordsBefore.exec(context.text.slice(Math.max(0, index - 60), index)) ?? [];
			const year = Number(yearText);
			// "and", "to", "from" join numbers as often as years: after them a year must look like one.
			const weakLead = !lead || /^(?:und|and|von|vom|bis|zwischen|between|to|from)$/i.test(lead);
			const hasContext = Boolean(qualifier || !weakLead);
			const narrative = (context.option as NarrativeOption).narrative === true;
			if (hasContext ? !plausibleYear(year) : !(narrative ? narrativeYear(year) : modernYear(year))) return null;
			const following = context.text.slice(index + digits.length, index + digits.length + 3);
			if (!qualifier && weakLead && language === 'de' && !endText && germanCount.test(following) && !/^\s+(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)/.test(following)) return null;
			if (!qualifier && weakLead && !endText && amountAfter.test(context.text.slice(index + digits.length, index + digits.length + 16))) return null;
			// "1000 by 1000", "1,000 for 1,000": a ratio of counts, not a year.
			const ratio = ratioBefore.exec(context.text.slice(Math.max(0, index - 20), index + digits.length));
			// "from 2009 to 2011" is a span of years; "1500 to 2000 jobs" a span of counts.
			const yearSpan = ratio !== null && modernYear(Number(ratio[1])) && year > Number(ratio[1]) && year - Number(ratio[1]) <= 50;
			if ((ratio && !yearSpan) || ratioAfter.test(context.text.slice(index + digits.length))) return null;
			const end = endYear(year, endText);
			// A second number that is no year of a range ("2010-11" read as 2010 and 11) is left out.
			const yearDigits = end === null && endText ? digits.slice(0, digits.lastIndexOf(endText) - 1).trimEnd() : digits;
			const start = index - (qualifier?.length ?? 0);
			const result = context.createParsingResult(start, context.text.slice(start, index) + yearDigits, {year});
			if (end !== null) result.end = context.createParsingComponents({year: end});
			result.addTag(yearTag);
			if ((lead && asideLead.test(lead)) || context.text[start - 1] === '(' || startsDuration(context.text, start)) result.addTag(asideYearTag);
			return result;
		},
	};
}
