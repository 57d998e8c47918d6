import type {Refiner} from 'chrono-node';

/**
 * "mañana" is tomorrow, and with an article or a demonstrative the morning: "esta mañana"
 * (this morning) is the reference day; "por la mañana", "cada mañana" name no day at all.
 */
export const morningIsNotTomorrow: Refiner = {
	refine: (context, results) =>
		results.filter((result) => {
			if (!/^mañana$/iu.test(result.text)) return true;
			const before = context.text.slice(Math.max(0, result.index - 12), result.index);
			if (/(?<![\p{L}])esta\s+$/iu.test(before)) {
				result.start.assign('year', context.refDate.getUTCFullYear());
				result.start.assign('month', context.refDate.getUTCMonth() + 1);
				result.start.assign('day', context.refDate.getUTCDate());
				return true;
			}
			return !/(?<![\p{L}])(?:la|una|cada|toda)\s+$/iu.test(before);
		}),
};

// A capitalized word after another word of its line (not a line's or a sentence's first), then "del"/"de" or nothing, right before a date.
const nameHeadBefore = /\p{L}[^\S\n]+(\p{Lu}\p{Ll}+)[^\S\n]+(del?[^\S\n]+)?$/u;
const weekday = /^(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/iu;
// Spanish writes months in lower case: "25 de Enero" in running text is a name's.
const capitalMonth = /\p{Lu}\p{Ll}+$/u;

/**
 * A day without a year that is part of a name: "el Movimiento 6 de abril", "el Frente 14 de
 * enero" (a name, then the date with nothing between), "la Revolución del 25 de Enero", "el Puente
 * del 6 de Octubre" (a capitalized month, which Spanish writes in lower case). Such a date names a
 * movement, a bridge or a revolution, not a day of the report's year. A weekday before a date
 * ("Viernes 11 de febrero") heads it, and a date with its year stays a date.
 */
export const dropDateInName: Refiner = {
	refine: (context, results) =>
		results.filter((result) => {
			if (result.start.isCertain('year') || !result.start.isCertain('day') || !result.start.isCertain('month')) return true;
			const match = nameHeadBefore.exec(context.text.slice(Math.max(0, result.index - 40), result.index));
			if (!match || weekday.test(match[1]!)) return true;
			const text = result.text.trim();
			// With nothing between: a name's date is written out ("6 de abril"); "Trípoli 20 Feb." is a place and its dateline.
			return match[2] === undefined ? !/\sde\s/iu.test(text) : !capitalMonth.test(text);
		}),
};
