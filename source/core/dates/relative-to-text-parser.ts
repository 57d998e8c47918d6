import type {Parser} from 'chrono-node';

/**
 * Dates counted from the date the text spoke of last, not from the publication date:
 * "the previous day", "two days later", "the same month", "am Tag darauf", "zwei Jahre zuvor",
 * "im selben Jahr". The parser marks the expression with its unit and offset; the
 * extraction step resolves it against the last date it saw.
 */
export type TextRelativeUnit = 'day' | 'month' | 'year';
const textRelativeTag = 'dateline/relative-to-text';

const numberWords: Record<string, number> = {
	a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
	ein: 1, eine: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
};
const count = `(\\d{1,3}|${Object.keys(numberWords).join('|')})`;

type Rule = {pattern: RegExp; unit: TextRelativeUnit; offset: number | 'count' | '-count'; weeks?: boolean};

const rules: Record<string, Rule[]> = {
	en: [
		{pattern: /\b(?:the|that) same day\b/i, unit: 'day', offset: 0},
		{pattern: /\b(?:the|that) (?:previous|preceding) day\b|\bthe day before\b/i, unit: 'day', offset: -1},
		{pattern: /\b(?:the|that) (?:next|following) day\b|\bthe day after\b/i, unit: 'day', offset: 1},
		{pattern: new RegExp(`\\b${count} days? (?:later|afterwards|after that)\\b`, 'i'), unit: 'day', offset: 'count'},
		{pattern: new RegExp(`\\b${count} days? (?:earlier|before that|previously)\\b`, 'i'), unit: 'day', offset: '-count'},
		{pattern: new RegExp(`\\b${count} weeks? (?:later|afterwards)\\b`, 'i'), unit: 'day', offset: 'count', weeks: true},
		{pattern: new RegExp(`\\b${count} months? (?:later|afterwards)\\b`, 'i'), unit: 'month', offset: 'count'},
		{pattern: new RegExp(`\\b${count} years? (?:later|afterwards)\\b`, 'i'), unit: 'year', offset: 'count'},
		{pattern: /\b(?:the|that) same month\b/i, unit: 'month', offset: 0},
		{pattern: /\b(?:the|that) same year\b|\blater that year\b|\bearlier that year\b/i, unit: 'year', offset: 0},
		{pattern: /\bthe (?:following|next) year\b/i, unit: 'year', offset: 1},
		{pattern: /\bthe (?:previous|preceding) year\b|\bthe year before\b/i, unit: 'year', offset: -1},
		{pattern: /\b(?:the )?(?:end|beginning|start|middle) of (?:the|that) year\b/i, unit: 'year', offset: 0},
		{pattern: /\b(?:the )?(?:end|beginning|start|middle) of (?:the|that) month\b/i, unit: 'month', offset: 0},
		{pattern: /\bhalf a year later\b|\bsix months later\b/i, unit: 'month', offset: 6},
	],
	de: [
		{pattern: /\b(?:am|an|vom) (?:selben|gleichen|demselben|dem gleichen) Tag(?:e)?\b/i, unit: 'day', offset: 0},
		{pattern: /\bam Vortag\b|\btags zuvor\b|\bam Tag (?:davor|zuvor)\b/i, unit: 'day', offset: -1},
		{pattern: /\bam (?:nächsten|folgenden|darauffolgenden) Tag(?:e)?\b|\bam Tag darauf\b|\btags darauf\b|\bam Folgetag\b/i, unit: 'day', offset: 1},
		{pattern: new RegExp(`\\b${count} Tage?n? (?:später|danach|darauf)\\b`, 'i'), unit: 'day', offset: 'count'},
		{pattern: new RegExp(`\\bnach ${count} Tagen\\b`, 'i'), unit: 'day', offset: 'count'},
		{pattern: new RegExp(`\\b${count} Tage?n? (?:zuvor|vorher|früher)\\b`, 'i'), unit: 'day', offset: '-count'},
		{pattern: new RegExp(`\\b${count} Wochen? (?:später|danach|darauf)\\b`, 'i'), unit: 'day', offset: 'count', weeks: true},
		{pattern: new RegExp(`\\b${count} Monate? (?:später|danach|darauf)\\b`, 'i'), unit: 'month', offset: 'count'},
		{pattern: new RegExp(`\\b${count} Jahre? (?:später|danach|darauf)\\b`, 'i'), unit: 'year', offset: 'count'},
		{pattern: new RegExp(`\\b${count} Jahre? (?:zuvor|vorher|früher)\\b`, 'i'), unit: 'year', offset: '-count'},
		{pattern: /\bim (?:selben|gleichen|demselben) Monat\b/i, unit: 'month', offset: 0},
		{pattern: /\bim (?:selben|gleichen|demselben) Jahr(?:e)?\b|\bnoch im Jahr\b/i, unit: 'year', offset: 0},
		{pattern: /\bim (?:folgenden|nächsten|darauffolgenden) Jahr(?:e)?\b|\bim Folgejahr\b/i, unit: 'year', offset: 1},
		{pattern: /\bim Vorjahr\b/i, unit: 'year', offset: -1},
		{pattern: /\ban diesem Tag(?:e)?\b/i, unit: 'day', offset: 0},
		{pattern: /\b(?:Ende|Anfang|Mitte|Beginn) des (?:Jahres|gleichen Jahres|selben Jahres)\b|\bJahres(?:ende|beginn|anfang|mitte|wechsel)\b/i, unit: 'year', offset: 0},
		{pattern: /\b(?:Ende|Anfang|Mitte|Beginn) des Monats\b|\bMonats(?:ende|anfang|mitte)\b/i, unit: 'month', offset: 0},
		{pattern: /\b(?:des|im) neuen Jahr(?:es)?\b/i, unit: 'year', offset: 1},
		{pattern: /\b(?:ein|einem) halben Jahr später\b|\bein halbes Jahr (?:später|danach)\b/i, unit: 'month', offset: 6},
	],
};

/** The rule that matches longest at `index` of the text, with what it matched. */
function longestRuleAt(text: string, index: number, rules: Array<Rule & {sticky: RegExp}>): {rule: Rule; match: RegExpExecArray} | null {
	let best: {rule: Rule; match: RegExpExecArray} | null = null;
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
 * (the scan takes 2.5× less time). The rules above write `|\b` only between their top-level
 * alternatives, so splitting there finds exactly those.
 */
function afterBoundary(source: string): string {
	return source
		.split(/\|(?=\\b)/)
		.map((alternative) => {
			if (!alternative.startsWith('\\b')) throw new Error(`a text-relative rule must begin at a word boundary: ${source}`);
			return alternative.slice(2);
		})
		.join('|');
}

/**
 * One chrono-node parser for all of a language's rules. chrono runs every parser's pattern
 * over the whole text, so one combined pattern scans a text once where a parser per rule
 * scanned it once per rule; where the scan stops, the longest rule there is the match.
 */
export function createTextRelativeParser(language: string): Parser | null {
	const languageRules = rules[language];
	if (!languageRules) return null;
	const sticky = languageRules.map((rule) => ({...rule, sticky: new RegExp(rule.pattern.source, 'iy')}));
	const combined = new RegExp(`\\b(?:${languageRules.map((rule) => `(?:${afterBoundary(rule.pattern.source)})`).join('|')})`, 'i');
	return {
		pattern: () => combined,
		extract(context, found) {
			const at = longestRuleAt(context.text, found.index!, sticky);
			if (!at) return null;
			const {rule, match} = at;
			const written = match[1]?.toLowerCase();
			const amount = written === undefined ? 1 : (numberWords[written] ?? Number(written)) * (rule.weeks ? 7 : 1);
			const offset = rule.offset === 'count' ? amount : rule.offset === '-count' ? -amount : rule.offset;
			// Placeholder components; the real value is computed from the text's last date.
			const result = context.createParsingResult(found.index!, match[0], {day: 1, month: 1, year: 2000});
			return result.addTag(textRelativeTag).addTag(`${textRelativeTag}:${rule.unit}:${offset}`);
		},
	};
}

/** The unit and offset a parsed expression was tagged with, if it is relative to the text. */
export function textRelativeOffset(tags: Set<string>): {unit: TextRelativeUnit; offset: number} | null {
	if (!tags.has(textRelativeTag)) return null;
	for (const tag of tags) {
		const match = /^dateline\/relative-to-text:(day|month|year):(-?\d+)$/.exec(tag);
		if (match) return {unit: match[1] as TextRelativeUnit, offset: Number(match[2])};
	}
	return null;
}
