/** Calendar days as whole UTC day numbers: nothing depends on the machine's clock or time zone. */
export type Day = {year: number; month: number; day: number; weekday: number};

const msPerDay = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
	return Math.floor(Date.UTC(year, month - 1, day) / msPerDay);
}

export function dayOf(number: number): Day {
	const date = new Date(number * msPerDay);
	return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay()};
}

export function isoDay(number: number): string {
	const {year, month, day} = dayOf(number);
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
