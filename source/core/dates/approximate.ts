import type {Span} from '../model.js';

/**
 * A day counted back in weeks from the day of writing ("two weeks ago", "vor zwei Wochen", "hace
 * dos semanas") is a day only by its arithmetic: the writer means about then, within a week
 * either side. So is a day counted back in days behind a hedge ("less than three days ago").
 */
const weeksAgo = /(?:\bweeks?\s+ago|^vor\s.*\bWochen?|^hace\s.*\bsemanas?|^il y a\s.*\bsemaines?|\bsettimane?\s+fa)$/iu;
const daysAgo = /(?:\bdays?\s+ago|^vor\s.*\bTagen?|^hace\s.*\bd[ií]as?|^il y a\s.*\bjours?|\bgiorni\s+fa)$/iu;
const hedge = /\b(?:less than|more than|about|nearly|almost|around|some|roughly|over|under|fast|etwa|rund|knapp|über|unos|unas|casi|más de|menos de|environ|presque|plus de|moins de|circa|quasi)\s+$/iu;

/** How many days either side of its day a day-precise date expression of `text` means: 0 for an exact day. */
export function approximateDays(text: string, date: Span): number {
	const expression = text.slice(date.start, date.end);
	if (weeksAgo.test(expression)) return 7;
	if (daysAgo.test(expression) && hedge.test(text.slice(Math.max(0, date.start - 16), date.start))) return 3;
	return 0;
}
