import type {Parser} from 'chrono-node';

/**
 * "the previous day", "the next day", "am Vortag", "tags darauf": a day counted from the
 * date the text spoke of last, not from the publication date. The parser only marks the
 * expression and its offset; the extraction step resolves it against the last day it saw.
 */
const phrases: Record<string, Array<[RegExp, number]>> = {
	en: [
		[/\b(?:the|that) (?:previous|preceding) day\b|\bthe day before\b|\bthe eve\b/i, -1],
		[/\b(?:the|that) (?:next|following) day\b|\bthe day after\b|\ba day later\b/i, 1],
	],
	de: [
		[/\bam Vortag\b|\btags zuvor\b|\bam Tag davor\b/i, -1],
		[/\bam (?:nächsten|folgenden|darauffolgenden) Tag\b|\btags darauf\b/i, 1],
	],
};

export const adjacentDayTag = 'dateline/adjacent-day';

export function createAdjacentDayParsers(language: string): Parser[] {
	return (phrases[language] ?? []).map(([pattern, offset]) => ({
		pattern: () => pattern,
		extract(context, match) {
			const result = context.createParsingResult(match.index!, match[0], {day: 1, month: 1, year: 2000});
			return result.addTag(adjacentDayTag).addTag(`${adjacentDayTag}:${offset}`);
		},
	}));
}
