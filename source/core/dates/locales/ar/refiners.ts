import type {Refiner} from 'chrono-node';
import {toldInThePast} from './words.js';

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
			return !toldInThePast(context.text.slice(sentenceStart, result.index));
		}),
};
