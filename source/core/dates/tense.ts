import {dateLanguageFor} from './locales/index.js';
import type {DateLocale} from '../language.js';

/**
 * The tense of a sentence, from its auxiliaries and common verb forms: enough to tell which
 * way an underspecified date points. "Boeing on Tuesday delivered the jet" is the Tuesday
 * before the report, "talks will resume on Monday" the Monday after; chrono-node alone takes
 * the nearest one either way.
 */
export type Tense = 'past' | 'future';

/** The sentence's tense where its words say it clearly; null where they do not, or say both. */
export function tenseOf(sentence: string, locale: DateLocale): Tense | null {
	const markers = dateLanguageFor(locale).words.tense;
	if (!markers) return null;
	const past = markers.past.test(sentence);
	const future = markers.future.test(sentence);
	return past === future ? null : past ? 'past' : 'future';
}

// A quotation, closed or running to the end of the sentence.
const quotation = /["“«„][^"”»“]*(?:["”»“]|$)/gu;

/**
 * How a sentence tells what it tells: 'present' where its first finite verb is in the present
 * or the present perfect ("iPhone 4 has a new frame", "the A380 has made its maiden flight"),
 * 'past' where it is in the past ("Jobs unveiled", "the deal was announced"); null where no
 * such word is found, or the language lists none.
 */
export function mainTense(sentence: string, locale: DateLocale): 'present' | 'past' | null {
	const markers = dateLanguageFor(locale).words.tense;
	if (!markers?.present) return null;
	// What a quotation says is the speaker's tense, not the sentence's ("\"We love the Beatles,\" said Jobs").
	sentence = sentence.replace(quotation, ' ');
	const present = markers.present.exec(sentence)?.index ?? Infinity;
	const past = Math.min(markers.past.exec(sentence)?.index ?? Infinity, markers.pastForm?.exec(sentence)?.index ?? Infinity);
	return present === past ? null : present < past ? 'present' : 'past';
}

/**
 * Where what a sentence reports someone to say begins ("Jobs said that …", "Apple Corps claims
 * that …"): the offset in `sentence` after the words, or its length where it reports no one.
 */
export function reportedFrom(sentence: string, locale: DateLocale): number {
	const match = dateLanguageFor(locale).words.tense?.reported?.exec(sentence);
	return match ? match.index + match[0].length : sentence.length;
}

/** Whether the words of saying of a locale's language are known (else saysSomething is always false). */
export const knowsSayings = (locale: DateLocale): boolean => dateLanguageFor(locale).words.tense?.saying !== undefined;

/** Whether a sentence reports what someone says ("… said Scott Carson", "Gallois commented \"…\""). */
export const saysSomething = (sentence: string, locale: DateLocale): boolean => dateLanguageFor(locale).words.tense?.saying?.test(sentence) ?? false;
