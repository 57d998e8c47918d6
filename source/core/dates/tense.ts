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
