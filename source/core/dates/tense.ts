/**
 * The tense of a sentence, from its auxiliaries and common verb forms: enough to tell which
 * way an underspecified date points. "Boeing on Tuesday delivered the jet" is the Tuesday
 * before the report, "talks will resume on Monday" the Monday after; chrono-node alone takes
 * the nearest one either way.
 */
export type Tense = 'past' | 'future';

const markers: Record<string, {past: RegExp; future: RegExp}> = {
	en: {
		past: /\b(?:was|were|had|did|said|told|met|held|took|began|ended|agreed|announced|signed|visited|arrived|left|delivered|introduced|launched|released|reported|confirmed|rejected|refused|dismissed|accused|attended)\b/i,
		future: /\b(?:will|shall|going to|is to|are to|is due|are due|scheduled|planned|plans|expected|next|upcoming|coming)\b/i,
	},
	de: {
		past: /\b(?:war|waren|hatte|hatten|wurde|wurden|sagte|sagten|erklärte|erklärten|traf|trafen|fand|fanden|begann|begannen|endete|endeten|unterzeichnete|besuchte|kam|kamen)\b/i,
		future: /\b(?:wird|werden|soll|sollen|geplant|plant|planen|kommende[nmrs]?|nächste[nmrs]?|bevorstehende[nmrs]?)\b/i,
	},
};

/** The sentence's tense where its words say it clearly; null where they do not, or say both. */
export function tenseOf(sentence: string, language: string): Tense | null {
	const words = markers[language];
	if (!words) return null;
	const past = words.past.test(sentence);
	const future = words.future.test(sentence);
	return past === future ? null : past ? 'past' : 'future';
}

// Arabic past narration: "كان"/"كانت" (was), "لقد" (before a perfect verb). Not "قد" alone:
// before an imperfect verb it is "may" ("قد تستأنف", may resume).
const arabicPast = /(?:^|[\s،])و?(?:كان|كانت|كانوا|لقد)(?=\s)/;

/**
 * Whether an Arabic sentence (or its start) is told in the past. Not part of tenseOf: that one
 * also turns weekdays and months, and has no Arabic future markers to weigh this against.
 */
export const toldInThePastArabic = (sentence: string) => arabicPast.test(sentence);
