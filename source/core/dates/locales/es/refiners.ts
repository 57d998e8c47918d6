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
