import type {Parser} from 'chrono-node';
import type {CountRule, CountUnit, DateWords} from './date-language.js';

/**
 * Phrases that count from a date (each language's `anaphora` and `deixis`). Anaphora count
 * from the date the text spoke of last ("the previous day", "two days later", "im selben
 * Jahr"): the parser marks the expression with its unit and offset, and the extraction step
 * resolves it against the last date it saw. Deixis count from the reference, the publication
 * date ("el año pasado", "hace dos años"), and are resolved here.
 */
const textRelativeTag = 'dateline/relative-to-text';
/** chrono-node's own tag for what it counts from the reference ("3 years ago"); dateline's deixis carry it too. */
export const relativeToReferenceTag = 'result/relativeDate';

/** The rule that matches longest at `index` of the text, with what it matched. */
function longestRuleAt(text: string, index: number, rules: Array<CountRule & {sticky: RegExp}>): {rule: CountRule; match: RegExpExecArray} | null {
	let best: {rule: CountRule; match: RegExpExecArray} | null = null;
	for (const rule of rules) {
		rule.sticky.lastIndex = index;
		const match = rule.sticky.exec(text);
		if (match && (!best || match[0].length > best.match[0].length)) best = {rule, match};
	}
	return best;
}

/**
 * A rule's alternatives without the word boundary each begins with: the combined pattern tests
 * it once, before them all, which lets the regular expression engine skip most positions
 * (the scan takes 2.5× less time). The rules write `|\b` only between their top-level
 * alternatives, so splitting there finds exactly those.
 */
function afterBoundary(source: string): string {
	return source
		.split(/\|(?=\\b)/)
		.map((alternative) => {
			if (!alternative.startsWith('\\b')) throw new Error(`a counting rule must begin at a word boundary: ${source}`);
			return alternative.slice(2);
		})
		.join('|');
}

/**
 * One chrono-node parser for all of a language's rules of one kind. chrono runs every parser's
 * pattern over the whole text, so one combined pattern scans a text once where a parser per
 * rule scanned it once per rule; where the scan stops, the longest rule there is the match.
 */
function createCountParser(rules: CountRule[], numbers: Record<string, number>, kind: 'anaphora' | 'deixis'): Parser | null {
	if (rules.length === 0) return null;
	// Without the Unicode flag, which makes the combined pattern several times slower: rules write accented letters as classes.
	const sticky = rules.map((rule) => ({...rule, sticky: new RegExp(rule.pattern.source, 'iy')}));
	const combined = new RegExp(`\\b(?:${rules.map((rule) => `(?:${afterBoundary(rule.pattern.source)})`).join('|')})`, 'i');
	return {
		pattern: () => combined,
		extract(context, found) {
			const at = longestRuleAt(context.text, found.index!, sticky);
			if (!at) return null;
			const {rule, match} = at;
			const written = match[1]?.toLowerCase();
			const amount = written === undefined ? 1 : (numbers[written] ?? Number(written)) * (rule.weeks ? 7 : 1);
			const offset = rule.offset === 'count' ? amount : rule.offset === '-count' ? -amount : rule.offset;
			if (kind === 'deixis') return context.createParsingResult(found.index!, match[0], countedFrom(context.refDate, rule.unit, offset)).addTag(relativeToReferenceTag);
			// Placeholder components; the real value is computed from the text's last date.
			const result = context.createParsingResult(found.index!, match[0], {day: 1, month: 1, year: 2000});
			return result.addTag(textRelativeTag).addTag(`${textRelativeTag}:${rule.unit}:${offset}`);
		},
	};
}

/** The components `offset` units from the reference, stating only as much as the unit names. */
function countedFrom(reference: Date, unit: CountUnit, offset: number): {year: number; month?: number; day?: number} {
	if (unit === 'year') return {year: reference.getUTCFullYear() + offset};
	if (unit === 'month') {
		const months = reference.getUTCFullYear() * 12 + reference.getUTCMonth() + offset;
		return {year: Math.floor(months / 12), month: (months % 12) + 1};
	}
	const day = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate() + offset));
	return {year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate()};
}

export const createTextRelativeParser = (words: DateWords) => createCountParser(words.anaphora, words.numbers, 'anaphora');
export const createDeicticParser = (words: DateWords) => createCountParser(words.deixis, words.numbers, 'deixis');

/** The unit and offset a parsed expression was tagged with, if it is relative to the text. */
export function textRelativeOffset(tags: Set<string>): {unit: CountUnit; offset: number} | null {
	if (!tags.has(textRelativeTag)) return null;
	for (const tag of tags) {
		const match = /^dateline\/relative-to-text:(day|month|year):(-?\d+)$/.exec(tag);
		if (match) return {unit: match[1] as CountUnit, offset: Number(match[2])};
	}
	return null;
}
