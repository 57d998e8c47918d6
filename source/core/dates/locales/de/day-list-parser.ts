import type {Parser} from 'chrono-node';
import {monthAlternation, monthComponents} from '../../month-parser.js';
import {words} from './words.js';

// "am 27./28. September", "zwischen dem 15. und 21. Mai 1942": two day numbers before one month.
const dayList = new RegExp(
	`(?<![\\p{L}\\p{N}])(\\d{1,2})\\.\\s*(?:/|und|bis(?: zum)?|–|-)\\s*(?:(?:dem|zum)\\s+)?(\\d{1,2})\\.\\s*(${monthAlternation(words.months)})(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`,
	'iu',
);

/** Two German day numbers sharing a month, as a range from the first day to the second. */
export const germanDayListParser: Parser = {
	pattern: () => dayList,
	extract(context, match) {
		const [whole, firstDay, secondDay, month, yearText] = match;
		if (Number(secondDay) <= Number(firstDay)) return null;
		const monthNumber = words.months[month!.toLowerCase()]!;
		const result = context.createParsingResult(match.index!, whole, monthComponents(context, {day: Number(firstDay), month: monthNumber}, yearText));
		result.end = monthComponents(context, {day: Number(secondDay), month: monthNumber}, yearText);
		return result.addTag('dateline/day-list');
	},
};
