import type {Refiner} from 'chrono-node';

/** "may" the verb: a lower-case "may" with no day number beside it is not the month. */
export const dropMayVerb: Refiner = {
	refine: (_context, results) => results.filter((result) => !/^may$/.test(result.text.trim())),
};
