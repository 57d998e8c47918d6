import type {Parser, Refiner} from 'chrono-node';

/** A unit a date can be counted in from another date. */
export type CountUnit = 'day' | 'month' | 'year';

/**
 * A phrase that counts from a date: "the previous day" (from the last date the text told),
 * "last month" (from the publication date). `offset` is a fixed number or the count the phrase
 * writes (its first group), forwards or backwards; `weeks` counts the number in weeks.
 */
export type CountRule = {pattern: RegExp; unit: CountUnit; offset: number | 'count' | '-count'; weeks?: boolean};

/**
 * What dateline knows of one language's words, beside chrono-node's own locale. Every pattern
 * string is an alternation used inside a case-insensitive Unicode regular expression.
 */
export type DateWords = {
	/** Month names and abbreviations, lower case, to their number. */
	months: Record<string, number>;
	/** Number words ("two", "zwei") to their value. */
	numbers: Record<string, number>;
	year: {
		/** Words before a year that make it a date ("in", "since"); not part of the expression. */
		lead: string;
		/** Words that qualify a year ("early", "Anfang"); part of the expression. */
		qualifier: string;
		/** Leads that give a year in passing ("since", "bis"): it does not move a narrative. */
		aside: string;
		/** Leads that join numbers as often as years ("and", "de"): after them a year must look like a modern one. */
		weak: string;
	};
	/**
	 * Where chrono-node's locale reads no month without a day ("im Mai 1940", "en mars"), dateline's
	 * month parser does: a month with a year stands alone, one without needs a lead ("im", "en",
	 * not part of the expression) or a qualifier ("Anfang", "fin", part of it). Null: chrono-node's
	 * locale reads months itself.
	 */
	month: {lead: string; qualifier: string} | null;
	/**
	 * "since", "seit", and what may stand between it and the date: the words for "the year", or the
	 * article a day takes ("desde el 18 de febrero", "seit dem 18. Februar"). A date after them starts a duration.
	 */
	since: {words: string; year: string};
	/** Before a count and a unit, a duration ("for 33 years", "durante 33 años"): no date. */
	durationLead: string;
	/** Before a count and a unit, a time ahead ("in two weeks") — or, in a sentence told in the past, how long something took. */
	withinLead: string;
	/**
	 * A day word as a noun, a figure of speech ("the cars of tomorrow", "el mundo del mañana"):
	 * the phrase, ending in the day word the date expression is. No date.
	 */
	figure: string | null;
	/** Before a month or a weekday, a deadline ("by March"): it lies ahead unless the sentence is told in the past. */
	deadlineLead: string | null;
	/**
	 * Words that say a day or a month without a year is the last one before the report ("el
	 * pasado 11 de febrero", "am vergangenen 11. Februar", "le 11 février dernier") or the next one
	 * after it ("el próximo 15 de noviembre"): `last` and `next` stand before the date, `lastAfter`
	 * and `nextAfter` after it; '' where the language has none. Null where none are listed.
	 */
	lastOrNext: {last: string; next: string; lastAfter: string; nextAfter: string} | null;
	/**
	 * Words that mark a sentence told in the past or of the future; null where none are listed.
	 * `present` and `pastForm` (optional): the words of a finite verb in the present (or present
	 * perfect) and the regular past forms, whichever comes first deciding how a sentence is told
	 * (mainTense in tense.ts). `reported` (optional): a verb of saying and the word that opens what
	 * is said ("said that"); `saying` (optional): the verbs that report what someone says.
	 */
	tense: {past: RegExp; future: RegExp; present?: RegExp; pastForm?: RegExp; reported?: RegExp; saying?: RegExp} | null;
	/** The language writes nouns with a capital ("1370 Landungsboote"): a capital after a number says nothing of a name. */
	capitalNouns: boolean;
	/** Phrases counted from the last date the text told ("the previous day", "im selben Jahr"). */
	anaphora: CountRule[];
	/** Phrases counted from the publication date that chrono-node's locale does not read ("el año pasado"). */
	deixis: CountRule[];
	/** "October of next year": a month, then the words for a year counted from the publication date. */
	monthOfYear: Array<{pattern: string; offset: number}>;
	/**
	 * A day told only about (approximate.ts): a date expression counting back in weeks ("two weeks
	 * ago", "vor zwei Wochen") or in days, and the hedges that make a count of days approximate
	 * ("less than", "etwa"), each before the count. Null where none are listed.
	 */
	approximate: {weeksAgo: RegExp; daysAgo: RegExp; hedge: string} | null;
};

/** One language: its words, and the parsers and refiners of its own that dateline adds to chrono-node's. */
export type DateLanguage = {
	words: DateWords;
	parsers: Parser[];
	refiners: Refiner[];
};
