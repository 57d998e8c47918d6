import type {DateExpression, DateValue} from '../model.js';

// What may stand between a line's start and the date that heads it: a list's marks ("- ", "• ", "-. ", ".- ").
const listMarks = /^[\s\-–—•*·.]*$/u;
// How far before a date its line's start is looked for: list marks are short, and a long line is never scanned whole.
const marksLength = 8;

/** Whether the date at `start` opens its line, after nothing but a list's marks. */
export function opensLine(text: string, start: number): boolean {
	const before = text.slice(Math.max(0, start - marksLength), start);
	const lineStart = before.lastIndexOf('\n');
	if (lineStart < 0 && start > marksLength) return false;
	return listMarks.test(before.slice(lineStart + 1));
}

/** A date heading a line of a list: its expression, and whether the expression states its year. */
type Entry = {expression: DateExpression; value: DateValue; yearStated: boolean};

/** Entries of one list are on lines that follow each other, or with at most this many lines between (a photo's caption). */
const linesBetween = 1;

/** A list that turns the year more often than once every this many entries is no chronology in date order. */
const entriesPerYear = 3;

/** Fewer entries than this are no list. */
const minEntries = 3;

const monthOf = (value: DateValue) => (value.precision === 'year' ? 0 : Number(value.start.slice(5, 7)));
const dayOf = (value: DateValue) => (value.precision === 'day' ? Number(value.start.slice(8, 10)) : 0);
const yearOf = (value: DateValue) => Number(value.start.slice(0, 4));

/** Whether, in a list in date order, `next` lies in a year after `previous`'s: its month and day come earlier. */
function turnsYear(previous: DateValue, next: DateValue): boolean {
	const [month, nextMonth] = [monthOf(previous), monthOf(next)];
	if (month === 0 || nextMonth === 0) return false;
	return nextMonth < month || (nextMonth === month && dayOf(next) > 0 && dayOf(next) < dayOf(previous));
}

/** Whether nothing but at most `linesBetween` lines stand between the line at `from` and the line at `to`. */
function followsOn(text: string, from: number, to: number): boolean {
	let lines = 0;
	for (const line of text.slice(from, to).split('\n').slice(1, -1)) if (line.trim() !== '' && ++lines > linesBetween) return false;
	return true;
}

/** The lists of an article: runs of entries on lines that follow each other. */
function listsOf(text: string, entries: Entry[]): Entry[][] {
	const lists: Entry[][] = [];
	for (const entry of entries) {
		const list = lists.at(-1);
		const last = list?.at(-1);
		if (list && last && followsOn(text, last.expression.start, entry.expression.start)) list.push(entry);
		else lists.push([entry]);
	}
	return lists.filter((list) => list.length >= minEntries);
}

/**
 * The year of each entry of a list in date order: an entry that states its year keeps it; one that
 * does not takes the year of the entry before it, the next year when its month and day come
 * earlier ("… 30 octubre / 1 enero …"). Entries before the first that states a year count back
 * from it; in a list that states none, back from its last entry, the latest, which the report's
 * own date places. Null when the list turns the year too often to be in date order.
 */
function yearsOf(list: Entry[]): number[] | null {
	const years = list.map(({value}) => yearOf(value));
	let turns = 0;
	for (let index = 1; index < list.length; index++) if (!list[index]!.yearStated && turnsYear(list[index - 1]!.value, list[index]!.value)) turns++;
	if (turns * entriesPerYear > list.length) return null;
	const first = list.findIndex((entry) => entry.yearStated);
	const anchor = first < 0 ? list.length - 1 : first;
	for (let index = anchor - 1; index >= 0; index--) years[index] = years[index + 1]! - (turnsYear(list[index]!.value, list[index + 1]!.value) ? 1 : 0);
	for (let index = anchor + 1; index < list.length; index++) {
		if (!list[index]!.yearStated) years[index] = years[index - 1]! + (turnsYear(list[index - 1]!.value, list[index]!.value) ? 1 : 0);
	}
	return years;
}

function withYearsAdded(value: DateValue, years: number): DateValue {
	const add = (date: string) => `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
	return {start: add(value.start), end: value.end === null ? null : add(value.end), precision: value.precision};
}

/**
 * Years for the entries of a chronology that leaves them out: "Relación de fechas destacadas:
 * - 15 marzo: … - 30 octubre: … - 1 enero: …" lists the years of a conflict in date order, each
 * day without its year, which a report's own date alone would place all in its own year. Each
 * entry's year is its place in the list (yearsOf); every date its line tells without a year of
 * its own moves with it. `yearless` are the expressions that name a month but no year.
 */
export function withChronologyYears(text: string, expressions: DateExpression[], yearless: Set<DateExpression>): void {
	const entries: Entry[] = [];
	for (const expression of expressions) {
		const {value} = expression;
		if (!value || !opensLine(text, expression.start)) continue;
		const yearStated = expression.basis === 'explicit';
		if (yearStated || (yearless.has(expression) && value.precision !== 'year')) entries.push({expression, value, yearStated});
	}
	// The entries whose year moves, in text order, each with how far and where its line ends.
	const moved: Array<{start: number; lineEnd: number; shift: number}> = [];
	for (const list of listsOf(text, entries)) {
		const years = yearsOf(list);
		list.forEach(({expression, value, yearStated}, index) => {
			const shift = years ? years[index]! - yearOf(value) : 0;
			if (shift === 0 || yearStated) return;
			const lineEnd = text.indexOf('\n', expression.start);
			moved.push({start: expression.start, lineEnd: lineEnd < 0 ? text.length : lineEnd, shift});
		});
	}
	if (moved.length === 0) return;
	for (const expression of expressions) {
		if (!expression.value || expression.basis === 'explicit') continue;
		// The last moved entry at or before the expression: its line may hold it.
		let [low, high] = [0, moved.length - 1];
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (moved[middle]!.start <= expression.start) low = middle;
			else high = middle - 1;
		}
		const entry = moved[low]!;
		if (entry.start <= expression.start && expression.start < entry.lineEnd) expression.value = withYearsAdded(expression.value, entry.shift);
	}
}
