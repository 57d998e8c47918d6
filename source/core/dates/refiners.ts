import type {ParsingResult, Refiner} from 'chrono-node';
import type {DateWords} from './date-language.js';

const hasDatePart = (result: ParsingResult) =>
	['year', 'month', 'day', 'weekday'].some((part) => result.start.isCertain(part as 'year'));

/** A result without a calendar part ("in five minutes", "now") says nothing about the calendar. */
export const dropTimeOnly: Refiner = {
	refine: (_context, results) => results.filter((result) => hasDatePart(result) && !/^(?:now|jetzt|ahora|maintenant|adesso|ora|الآن|الان)$/i.test(result.text.trim())),
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
 * A duration is no date: "for 33 years", "durante 33 años", "pendant quatre ans" say how long,
 * where chrono-node counts them forward from the reference. A count after one of the
 * language's duration words is dropped ("in two weeks" stays a date).
 */
export function dropDuration(words: DateWords): Refiner | null {
	if (!words.durationLead) return null;
	const duration = new RegExp(`^(?:${words.durationLead})\\s+(?:the\\s+(?:next|past|last)\\s+)?[\\p{L}\\d]`, 'iu');
	return {refine: (_context, results) => results.filter((result) => !duration.test(result.text))};
}

/** A day word as a noun ("the cars of tomorrow", "hoy en día") is a figure of speech, not a day. */
export function dropFigureOfSpeech(words: DateWords): Refiner | null {
	if (!words.figure) return null;
	const figure = new RegExp(`(?<![\\p{L}])(?:${words.figure})(?![\\p{L}])`, 'giu');
	const margin = 16;
	return {
		refine: (context, results) =>
			results.filter((result) => {
				if (!/^\p{L}+$/u.test(result.text)) return true;
				const from = Math.max(0, result.index - margin);
				const at = result.index - from;
				const window = context.text.slice(from, result.index + result.text.length + margin);
				// A figure covers the whole day word.
				for (const match of window.matchAll(figure)) if (match.index <= at && match.index + match[0].length >= at + result.text.length) return false;
				return true;
			}),
	};
}

/** The sentence of `text` that `index` lies in, by its punctuation. */
function sentenceAt(text: string, index: number): string {
	const start = ['.', '!', '?', '\n'].reduce((latest, mark) => Math.max(latest, text.lastIndexOf(mark, index - 1)), -1) + 1;
	const after = text.slice(index).search(/[.!?\n]/u);
	return text.slice(start, after < 0 ? text.length : index + after);
}

/**
 * "in two weeks" lies ahead of the reference, but "the worst incident in six years", "built in
 * two weeks" told in the past say how long: in a sentence of the past, no date.
 */
export function dropWithinInPastStory(words: DateWords): Refiner | null {
	const {tense, withinLead} = words;
	if (!tense || !withinLead) return null;
	const within = new RegExp(`^(?:${withinLead})\\s`, 'iu');
	return {
		refine: (context, results) =>
			results.filter((result) => {
				if (!result.tags().has('result/relativeDate') || !within.test(result.text)) return true;
				const sentence = sentenceAt(context.text, result.index);
				return !(tense.past.test(sentence) && !tense.future.test(sentence));
			}),
	};
}
