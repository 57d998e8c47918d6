import type {DateWords} from '../../date-language.js';
import {fewWords} from '../few-words.js';

/** chrono-node's Arabic locale reads the month names itself: these add years, "since" and durations. */
export const words: DateWords = {
	...fewWords,
	year: {lead: 'عام|العام|لعام|سنة|السنة|منذ|في|حتى|قبل|بعد|خلال', qualifier: 'بداية|مطلع|أوائل|أواخر|نهاية|منتصف', aside: 'منذ|حتى|قبل|بعد', weak: ''},
	since: {words: 'منذ', year: 'عام|العام|سنة'},
	durationLead: 'لمدة|طوال',
};

// Past narration: "كان"/"كانت" (was), "لقد" (before a perfect verb). Not "قد" alone: before an
// imperfect verb it is "may" ("قد تستأنف", may resume).
const past = /(?:^|[\s،])و?(?:كان|كانت|كانوا|لقد)(?=\s)/;

/**
 * Whether an Arabic sentence (or its start) is told in the past. Not the language's `tense`:
 * that one also turns weekdays and months, and has no Arabic future markers to weigh this against.
 */
export const toldInThePast = (sentence: string) => past.test(sentence);
