/**
 * Publication dates as news sources write them, read to the calendar day as written: the
 * numbers are taken from the text and never go through a Date of the machine's time zone, so
 * "Mon, 01 Jun 2009 23:30:00 -0500" is June 1 wherever dateline runs.
 */

export type PublicationDate = {published: string} | {reason: string};

// Month names of the languages whose sources dateline reads, from the runtime's own locale data
// (long and short forms; Levantine and Maghrebi Arabic have names of their own).
const monthLocales = ['en', 'de', 'es', 'fr', 'it', 'pt', 'nl', 'ar', 'ar-SY', 'ar-DZ', 'ar-MA'];
const extraMonthNames: Array<[string, number]> = [['sept', 9]];

/** Lower case, without accents or Arabic vowel and hamza marks, digits in ASCII, one space between words. */
function folded(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf))
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

let monthTable: {numbers: Map<string, number>; pattern: string} | undefined;

/** Every month name (folded) with its number, and a pattern matching any of them. */
function months(): {numbers: Map<string, number>; pattern: string} {
	if (monthTable) return monthTable;
	const numbers = new Map<string, number>(extraMonthNames);
	for (const locale of monthLocales) {
		for (const style of ['long', 'short'] as const) {
			const format = new Intl.DateTimeFormat(locale, {month: style, timeZone: 'UTC'});
			for (let month = 1; month <= 12; month++) {
				const name = folded(format.format(Date.UTC(2001, month - 1, 15))).replace(/\.$/, '');
				const known = numbers.get(name);
				// Two languages giving one name to two months would make a date mean two days.
				if (known !== undefined && known !== month) throw new Error(`month name "${name}" is both month ${known} and month ${month}`);
				numbers.set(name, month);
			}
		}
	}
	const names = [...numbers.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return (monthTable = {numbers, pattern: `(?<!\\p{L})(${names.join('|')})\\.?(?!\\p{L})`});
}

type Reading = {year: number; month: number; day: number} | {ambiguous: [number, number, number]};

/** The day, month and year a written date names, or null when it is none of the forms read. */
function readNumbers(text: string): Reading | null {
	const {numbers, pattern: month} = months();
	// 2009-06-01, 2009-06-01T10:00:00+02:00, 2009/06/01.
	let match = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?=$|[t ])/.exec(text);
	if (match) return {year: Number(match[1]), month: Number(match[3]), day: Number(match[4])};
	// 01.06.2009, 1. 6. 2009: written day first wherever dots separate them.
	match = /(?<!\d)(\d{1,2})\. ?(\d{1,2})\. ?(\d{4})(?!\d)/.exec(text);
	if (match) return {year: Number(match[3]), month: Number(match[2]), day: Number(match[1])};
	// 03/02/2009, 03-02-2009: day or month first.
	match = /(?<!\d)(\d{1,2})([-/])(\d{1,2})\2(\d{4})(?!\d)/.exec(text);
	if (match) return {ambiguous: [Number(match[1]), Number(match[3]), Number(match[4])]};
	// 1 June 2009, Mon, 01 Jun 2009 10:00:00 GMT, 1. Juni 2009, 1er juin 2009, 1º de junio de 2009,
	// 1 حزيران/يونيو 2009 (Arabic papers give both names).
	match = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|o|°)?\\.? (?:de )?${month}(?: ?/ ?${month})?,? (?:de |del )?(\\d{4})(?!\\d)`, 'u').exec(text);
	if (match) return {year: Number(match[4]), month: numbers.get(match[2]!)!, day: Number(match[1])};
	// June 1, 2009, Monday, June 1st, 2009 10:00 AM.
	match = new RegExp(`${month} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?!\\d)`, 'u').exec(text);
	if (match) return {year: Number(match[3]), month: numbers.get(match[1]!)!, day: Number(match[2])};
	return null;
}

/**
 * Whether an article in this language writes numeric dates month first: English as in the
 * United States (the language alone, or `en-US`); other English and every other language put
 * the day first.
 */
function monthFirst(language: string): boolean {
	const [code, region] = language.toLowerCase().split(/[-_]/);
	return code === 'en' && (region === undefined || region === 'us');
}

/** A real calendar day: years 0000–9999 as written (Date.UTC alone would take 0–99 for 1900–1999). */
function isCalendarDay(year: number, month: number, day: number): boolean {
	if (year > 9999 || month < 1 || month > 12 || day < 1) return false;
	const probe = new Date(0);
	probe.setUTCFullYear(year, month - 1, day);
	return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** How a written value is quoted in a reason: short enough for one line. */
const quoted = (written: string) => JSON.stringify(written.length > 60 ? `${written.slice(0, 57)}...` : written);

/**
 * A publication date as `YYYY-MM-DD`, from the forms news sources write: ISO 8601 with or
 * without a time and offset, RFC 2822, "June 1, 2009", "1 June 2009", "01.06.2009",
 * "1. Juni 2009", month names in English, German, Spanish, French, Italian, Portuguese, Dutch
 * and Arabic. A numeric date whose day and month could be swapped (`03/02/2009`) is read in
 * the order of the article's `language` (an IETF tag or ISO 639 code), and not at all without one.
 */
export function readPublicationDate(written: string, language?: string): PublicationDate {
	const reading = readNumbers(folded(written));
	if (!reading) return {reason: `publication date ${quoted(written)} is not a date dateline reads`};
	let day: {year: number; month: number; day: number};
	if ('ambiguous' in reading) {
		const [first, second, year] = reading.ambiguous;
		if (first !== second && first <= 12 && second <= 12) {
			if (!language) return {reason: `publication date ${quoted(written)} is ambiguous (day or month first?) and the article names no language`};
			day = monthFirst(language) ? {year, month: first, day: second} : {year, month: second, day: first};
		} else day = first > 12 ? {year, month: second, day: first} : {year, month: first, day: second};
	} else day = reading;
	if (!isCalendarDay(day.year, day.month, day.day)) return {reason: `impossible publication date ${quoted(written)}`};
	return {published: `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`};
}
