import type {Parser, ParsingComponents, ParsingContext} from 'chrono-node';

/**
 * German months with or without a year ("im Oktober 1940", "Mai/Juni 1940", "Anfang März"),
 * which chrono-node's German locale does not parse.
 */
const germanMonths: Record<string, number> = {
	januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, mär: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6, juli: 7, jul: 7,
	august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
};

const monthName = Object.keys(germanMonths).sort((a, b) => b.length - a.length).join('|');

// Without a year the month needs a preposition, as a capitalized "Mai" or "Juli" alone is too
// often part of a name; with a year it stands alone.
const pattern = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:(im|seit|bis|ab|vom|von|zum|bis zum|Anfang|Mitte|Ende|Monat)\\s+)?(${monthName})(?:\\s*(?:/|bis|und|-|–)\\s*(${monthName}))?(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`,
	'iu',
);

/** Components of a month (and day) whose year is the one written, or else implied by the reference. */
function monthComponents(context: ParsingContext, values: {month: number; day?: number}, yearText: string | undefined): ParsingComponents {
	const components = context.createParsingComponents(values);
	if (yearText) components.assign('year', Number(yearText));
	else components.imply('year', context.refDate.getUTCFullYear());
	return components;
}

export function createGermanMonthParser(): Parser {
	return {
		pattern: () => pattern,
		extract(context, match) {
			const [whole, lead, first, second, yearText] = match;
			if (!lead && !yearText) return null;
			const month = germanMonths[first!.toLowerCase()]!;
			const skip = lead && /^(im|seit|bis|ab|vom|von|zum|bis zum)$/i.test(lead) ? whole.indexOf(first!, lead.length) : 0;
			const result = context.createParsingResult(match.index! + skip, whole.slice(skip), monthComponents(context, {month}, yearText));
			if (second) result.end = monthComponents(context, {month: germanMonths[second.toLowerCase()]!}, yearText);
			return result.addTag('dateline/month');
		},
	};
}

// "am 27./28. September", "zwischen dem 15. und 21. Mai 1942": two day numbers before one month.
const dayList = new RegExp(
	`(?<![\\p{L}\\p{N}])(\\d{1,2})\\.\\s*(?:/|und|bis(?: zum)?|–|-)\\s*(?:(?:dem|zum)\\s+)?(\\d{1,2})\\.\\s*(${monthName})(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`,
	'iu',
);

/** Two German day numbers sharing a month, as a range from the first day to the second. */
export function createGermanDayListParser(): Parser {
	return {
		pattern: () => dayList,
		extract(context, match) {
			const [whole, firstDay, secondDay, month, yearText] = match;
			if (Number(secondDay) <= Number(firstDay)) return null;
			const monthNumber = germanMonths[month!.toLowerCase()]!;
			const result = context.createParsingResult(match.index!, whole, monthComponents(context, {day: Number(firstDay), month: monthNumber}, yearText));
			result.end = monthComponents(context, {day: Number(secondDay), month: monthNumber}, yearText);
			return result.addTag('dateline/day-list');
		},
	};
}
