// "since 2022", "seit dem Jahr 1939", "منذ عام 2014": the words that make a date the start of a duration.
const sinceBefore = /(?:^|[^\p{L}])(?:since|ever since|seit|depuis|desde|منذ)\s+(?:(?:the year|dem Jahr|l'année|el año|عام|العام|سنة)\s+)?$/iu;

/**
 * The date at `index` of `text` starts a duration ("the first talks since 2022"): it dates no
 * happening of its sentence, and a narrative does not move to it. It stays a date expression.
 */
export function startsDuration(text: string, index: number): boolean {
	return sinceBefore.test(text.slice(Math.max(0, index - 24), index));
}
