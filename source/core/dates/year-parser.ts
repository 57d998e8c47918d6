import type {Parser} from 'chrono-node';
import type {DateWords} from './date-language.js';
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

/**
 * Parsing option dateline passes to chrono: whether the text has no publication date and
 * tells a history, and whether the reference date is one the text gave (not a stand-in).
 */
export type NarrativeOption = {narrative?: boolean; anchored?: boolean};

const ratioBefore = /(\d+)\s*(?:by|for|to|x|×|zu|für|gegen)\s*\d{4}$/iu;
const ratioAfter = /^\s*(?:by|for|x|×|zu|für|gegen)\s*\d/iu;
const modernYear = (year: number) => year >= 1900 && year <= 2099;
// A history has years of every century; a report mentions mostly recent ones.
const narrativeYear = (year: number) => year >= 1000 && year <= 2099;
// Where nouns are capitalized, "1370 Landungsboote", "2000 Dörfer" are counts; "1939 Deutschland" is rare.
const capitalAfter = /^\s+\p{Lu}\p{Ll}/u;
const plausibleYear = (year: number) => year >= 1000 && year <= 2199;
// "1900 million euros", "2000 Millionen", "1600 km", "1900 مليون": a bare number before a magnitude,
// a currency or a unit of measure is an amount.
const amountAfter =
	/^\s*(?:million|billion|trillion|thousand|mln|bn|millionen|milliarden|milliarde|mio|mrd|tausend|millones|millón|mil millones|millions?|milliards?|milioni|miliardi|euros?|dollars?|dólares|pounds?|rubles?|roubles?|hryvnias?|mil|km|kilomet(?:er|re)s?|kilómetros|chilometri|kilometern|miles?|meilen|met(?:er|re)s?|metros|metri|metern|tonnen|tonnes?|tons?|toneladas|kg|prozent|percent|por ciento|pour cent|per cento|مليون|ملايين|مليار|مليارات|ألف|آلاف|يورو|دولار|روبل|كيلومتر|كم)(?![\p{L}])/iu;
// An age: "1999 years old", "a 2000-year-old town"; a number of years is no year.
const ageAfter = /^(?:\s*|-)(?:years?|yrs?|año|años|ans|anni|Jahre?)(?:[\s-]+old|-alt|\s+alt)?(?![\p{L}])/iu;
/**
 * A name with a number: "Local 1520", "Russell 2000", "Windows 2000". A year-like number right
 * after a capitalized word that is no date word of the language (a lead, a qualifier or a month)
 * names something. Holidays and fiscal periods before a year ("Christmas 2008", "FY 2009") are
 * dates, not names, and so is an event named by the year it is held in, within a year of the
 * reference ("WWDC 2005" reported in 2005).
 */
const capitalizedBefore = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}[\p{L}&]*)[ \u00a0]$/u;
const periodWord = /^(?:Christmas|Easter|Thanksgiving|Ramadan|Navidad|Noël|Natale|Pâques|Pascua|Pasqua|Weihnachten|Ostern|FY|Q[1-4]|H[12])$/u;
// A count: "cut 2000 jobs", "about 1500 workers" — a bare number after a lower-case word that is
// no determiner, followed by a plural noun (marked with -s in English, Spanish, French).
const pluralAfter = /^\s+(?!(?:was|has|is|does|this|thus|plus|as|its|his|less|always|perhaps|across)\b)[a-z]{2,}s\b/;
const determinerBefore = /(?:^|[^\p{L}])(?:the|a|an|its|their|his|her|our|your|this|that|these|those|fiscal|calendar|model|[\p{L}]+['’]s)\s+$/iu;

function endYear(start: number, written: string | undefined): number | null {
	if (!written) return null;
	const end = written.length === 2 ? Math.floor(start / 100) * 100 + Number(written) : Number(written);
	return end > start && end - start < 100 ? end : null;
}

export function createYearParser(words: DateWords): Parser {
	const {lead: leadWords, qualifier: qualifierWords, aside, weak} = words.year;
	// The pattern looks for the digits only; the words before them are read after a match. A
	// pattern that began with the optional words would be tried at every position of the text.
	const pattern = /(?<![\p{L}\p{N}$€£#.,:/-])((?:1\d|20|21)\d{2})(?:\s*[/–-]\s*(\d{4}|\d{2}))?(?![\p{L}\p{N}]|[.,:]\d|\s*(?:%|[-‑]?(?:mal|fach|times)\b))/u;
	const leadPart = leadWords ? `(?:(${leadWords})\\s+)?` : '()';
	const qualifierPart = qualifierWords ? `((?:${qualifierWords})\\s+)?` : '()';
	const wordsBefore = new RegExp(`(?:^|[^\\p{L}\\p{N}])${leadPart}${qualifierPart}$`, 'iu');
	const asideLead = new RegExp(`^(?:${aside || '(?!)'})$`, 'iu');
	const weakLead = new RegExp(`^(?:${weak || '(?!)'})$`, 'iu');
	const dateWord = new RegExp(`^(?:${[leadWords, qualifierWords, Object.keys(words.months).join('|')].filter(Boolean).join('|') || '(?!)'})$`, 'iu');
	return {
		pattern: () => pattern,
		extract(context, match) {
			const [digits, yearText, endText] = match;
			const index = match.index!;
			const before = context.text.slice(Math.max(0, index - 60), index);
			const [, lead, qualifier] = wordsBefore.exec(before) ?? [];
			const year = Number(yearText);
			const weakOrNone = !lead || weakLead.test(lead);
			const hasContext = Boolean(qualifier || !weakOrNone);
			const narrative = (context.option as NarrativeOption).narrative === true;
			if (hasContext ? !plausibleYear(year) : !(narrative ? narrativeYear(year) : modernYear(year))) return null;
			const after = context.text.slice(index + digits.length, index + digits.length + 24);
			if (ageAfter.test(after)) return null;
			const bare = !qualifier && weakOrNone && !endText;
			if (bare && words.capitalNouns && capitalAfter.test(after) && !/^\s+(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)/.test(after)) return null;
			if (bare && amountAfter.test(after.slice(0, 16))) return null;
			if (bare && !words.capitalNouns) {
				const name = capitalizedBefore.exec(before)?.[1];
				const heldNow = (context.option as NarrativeOption).anchored === true && Math.abs(year - context.refDate.getUTCFullYear()) <= 1;
				if (name && !heldNow && !dateWord.test(name) && !periodWord.test(name) && !determinerBefore.test(before)) return null;
				if (!name && pluralAfter.test(after) && !determinerBefore.test(before)) return null;
			}
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
