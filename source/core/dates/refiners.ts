import type {ParsingResult, Refiner} from 'chrono-node';
import {toldInThePastArabic} from './tense.js';

const hasDatePart = (result: ParsingResult) =>
	['year', 'month', 'day', 'weekday'].some((part) => result.start.isCertain(part as 'year'));

/** A result without a calendar part ("in five minutes", "now") says nothing about the calendar. */
export const dropTimeOnly: Refiner = {
	refine: (_context, results) => results.filter((result) => hasDatePart(result) && !/^(?:now|jetzt|الآن|الان)$/i.test(result.text.trim())),
};

/** "may" the verb: a lower-case "may" with no day number beside it is not the month. */
export const dropMayVerb: Refiner = {
	refine: (_context, results) => results.filter((result) => !/^may$/.test(result.text.trim())),
};

/**
 * A date never starts or ends inside a word. chrono-node's word boundaries stop at letters
 * outside ASCII, so it finds "Fr" (Friday) in "Frühjahr" and "Di" in "Diệm".
 */
export const dropInsideWord: Refiner = {
	refine: (context, results) =>
		results.filter((result) => {
			const before = context.text[result.index - 1] ?? '';
			const after = context.text[result.index + result.text.length] ?? '';
			return !/[\p{L}\p{M}\p{N}]/u.test(before) && !/[\p{L}\p{M}]/u.test(after);
		}),
};

/** A weekday written as two or three letters ("so", "Fr", "Di") is far more often a word than a date. */
export const dropWeekdayAbbreviation: Refiner = {
	refine: (_context, results) => results.filter((result) => !(result.start.isOnlyWeekdayComponent() && result.text.replace(/[^\p{L}]/gu, '').length <= 3)),
};

/**
 * "7. April 650 Kriegsgefangene", "May 3, 40 soldiers": chrono-node reads a number of one to
 * three digits after a date as its year. In running text it is a count; the date keeps only
 * what it names and takes its year from the reference, as a date without a year does.
 * Numeric dates ("1.9.39") are left alone.
 */
export const dropShortYear: Refiner = {
	refine: (context, results) =>
		results.map((result) => {
			const match = /[\s,]+(\d{1,3})$/.exec(result.text);
			// The number written last is the year of a range's end; its start only took it over ("30. November bis 2. Dezember 280").
			const written = result.end?.isCertain('year') ? result.end : result.start;
			if (!match || !written.isCertain('year') || written.get('year')! % 100 !== Number(match[1]) % 100) return result;
			result.text = result.text.slice(0, match.index);
			for (const components of [result.start, result.end]) {
				if (!components) continue;
				if (components.isCertain('year')) components.delete('year');
				components.imply('year', context.refDate.getUTCFullYear());
			}
			return result;
		}),
};

/**
 * "منذ عام 2014" is "since the year 2014"; chrono-node's Arabic parser reads "منذ عام" as
 * "a year ago". A unit word with a year right after it names that year, not a duration.
 */
export const dropUnitBeforeYear: Refiner = {
	refine: (context, results) =>
		results.filter((result) => !(/(?:عام|العام|سنة|السنة)$/.test(result.text) && /^\s*\d{4}(?!\d)/.test(context.text.slice(result.index + result.text.length)))),
};

/**
 * "وكانت المحادثات … قد انهارت بعد أسابيع قليلة" (the talks had collapsed after a few weeks):
 * in a sentence told in the past, "بعد" and a duration count from the story, not from the
 * publication day as chrono-node reads them. Said of the future ("تستأنف بعد يومين", resumes in
 * two days) they keep their date.
 */
export const dropAfterInPastStory: Refiner = {
	refine: (context, results) =>
		results.filter((result) => {
			if (!result.text.startsWith('بعد')) return true;
			const sentenceStart = ['.', '!', '?', '؟', '\n'].reduce((start, mark) => Math.max(start, context.text.lastIndexOf(mark, result.index - 1) + 1), 0);
			return !toldInThePastArabic(context.text.slice(sentenceStart, result.index));
		}),
};
