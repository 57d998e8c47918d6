import type {ParsedResult} from 'chrono-node';
import type {DateLocale} from '../language.js';
import {formatDate, noonUtc} from './calendar.js';
import {dateLanguageFor} from './locales/index.js';
import {dateParserFor} from './parser.js';
import {tenseOf} from './tense.js';

/**
 * The publication date a plain article states on its first lines, as a dateline:
 * "February 03, 2009" on a line of its own, "March 01, 2008 Northrop Grumman…" opening the
 * body, "MADRID, 3 de febrero de 2009 -", "22 de junio de 2011 01:10 PM",
 * "WASHINGTON, Feb. 3 (Reuters) -". A date that opens a sentence ("Am 19. April 1775 fand…",
 * "On 1 September 1939 Germany…") is no dateline: before the date there may be only a place
 * (capitalized words ending in a comma or a dash), and after it only the end of the line, a
 * clock time, an agency in parentheses, a dash, or the body's first capitalized word.
 */
const firstLines = 3;
const headLength = 100;
const placeBefore = /^(?:\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’&-]*)*\s*(?:\([^()\n]{1,30}\)\s*)?[,:–—-]\s*)?$/u;
const afterDated = /^(?:\s*$|[,.]?\s*$|\s*(?:\([^()\n]{1,30}\)\s*)?[–—-]|\s*\(|\s+\p{Lu}|\s+\d{1,2}[:.]\d{2})/u;
// Without a year a dateline must look like an agency's ("Feb. 3 (Reuters) -"): a caption "Protesters, 25 January." is none.
const afterYearless = /^\s*(?:\([^()\n]{1,30}\)\s*)?[–—-]/u;
// Any reference does: only what the line states is kept.
const reference = {instant: noonUtc({year: 2000, month: 1, day: 1}), timezone: 0};
const yearInText = /(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{L}\p{N}])/gu;

/**
 * The year of a dateline that gives none: the latest year the article names outside
 * deadlines ("by 2012") and sentences about the future. Null when it names none.
 */
function yearFromText(text: string, locale: DateLocale): number | null {
	const {deadlineLead} = dateLanguageFor(locale).words;
	const deadline = deadlineLead ? new RegExp(`(?:^|[^\\p{L}])(?:${deadlineLead})\\s+$`, 'iu') : null;
	let latest: number | null = null;
	for (const match of text.matchAll(yearInText)) {
		const year = Number(match[0]);
		if ((latest !== null && year <= latest) || deadline?.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
		const sentenceStart = Math.max(text.lastIndexOf('.', match.index), text.lastIndexOf('\n', match.index)) + 1;
		const sentenceEnd = text.slice(match.index).search(/[.\n]/u);
		const sentence = text.slice(sentenceStart, sentenceEnd < 0 ? text.length : match.index + sentenceEnd);
		if (tenseOf(sentence, locale) !== 'future') latest = year;
	}
	return latest;
}

/** A dateline starts with its day, month or weekday ("3 de febrero", "Feb. 3", "Tuesday, Feb. 3"), not with a preposition ("On 1 September"). */
function startsAsDateline(date: ParsedResult, months: Record<string, number>): boolean {
	const first = /^[\p{L}]+/u.exec(date.text)?.[0].toLowerCase();
	return first === undefined || first in months || date.start.isCertain('weekday');
}

/** The article's publication date from a dateline on its first lines (`YYYY-MM-DD`), or null. */
export function datelineOf(text: string, locale: DateLocale): string | null {
	const parser = dateParserFor(locale);
	const {months} = dateLanguageFor(locale).words;
	let lineStart = 0;
	for (let line = 0; line < firstLines && lineStart < text.length; ) {
		const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
		const head = text.slice(lineStart, Math.min(lineEnd, lineStart + headLength));
		if (head.trim()) {
			line++;
			const found = parser.parse(head, reference).find((result) => /\d/.test(result.text));
			if (found && startsAsDateline(found, months) && placeBefore.test(head.slice(0, found.index)) && found.start.isCertain('day') && found.start.isCertain('month')) {
				const rest = head.slice(found.index + found.text.length);
				if (found.start.isCertain('year') && afterDated.test(rest)) {
					return formatDate({year: found.start.get('year')!, month: found.start.get('month')!, day: found.start.get('day')!}, 'day');
				}
				const year = afterYearless.test(rest) ? yearFromText(text, locale) : null;
				if (year !== null) return formatDate({year, month: found.start.get('month')!, day: found.start.get('day')!}, 'day');
			}
		}
		lineStart = lineEnd + 1;
	}
	return null;
}

