/**
 * A result that a generator builds a step at a time: `advance(milliseconds)` runs its steps for
 * about that long (one step at least) and gives the result once it is built; `finish()` runs the
 * rest at once. Work too long for one keystroke's frame is spread over the frames between keys;
 * where the steps are cut changes when the result is ready, never what it is.
 */
export type Stepwise<T> = {
	advance(milliseconds: number): T | undefined;
	finish(): T;
	/** The result if it is built, without building it. */
	built(): T | undefined;
	/**
	 * Of a result built elsewhere (a worker thread): while advancing has nothing to do but wait, a
	 * promise kept when it has again. A caller that advances in turns waits for it, not spinning.
	 */
	awaited?(): Promise<void> | undefined;
};

export function stepwise<T>(start: () => Generator<void, T, void>): Stepwise<T> {
	let result: {value: T} | undefined;
	let steps: Generator<void, T, void> | undefined;
	const advance = (milliseconds: number): T | undefined => {
		if (result) return result.value;
		steps ??= start();
		const until = performance.now() + milliseconds;
		do {
			const step = steps.next();
			if (step.done) {
				result = {value: step.value};
				steps = undefined;
				return step.value;
			}
		} while (performance.now() < until);
		return undefined;
	};
	return {
		advance,
		finish: () => {
			advance(Number.POSITIVE_INFINITY);
			return result!.value;
		},
		built: () => result?.value,
	};
}

/**
 * Steps of `size` items each of `count`, `work(from, to)` doing each: the loop over the items is
 * in a function of its own, as a long loop in a generator is never optimized (V8 replaces no
 * running generator's code), and runs several times slower.
 */
export function* inSlices(count: number, size: number, work: (from: number, to: number) => void): Generator<void, void, void> {
	for (let from = 0; from < count; from += size) {
		work(from, Math.min(count, from + size));
		yield;
	}
}

/** A promise kept at the next turn of the event loop: what waits on the loop runs first. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs steps to the end, turning the event loop about every `milliseconds`: what waits on the
 * loop (an interface's keys and frames) runs between them. The result is never undefined.
 */
export async function inTurns<T>(steps: Generator<void, T, void>, milliseconds = 16): Promise<T> {
	return (await inTurnsUnless(steps, () => false, milliseconds))!;
}

/** `inTurns`, given up (before a step) once `stale()` says the result is no longer wanted: then null. */
export const inTurnsUnless = <T>(steps: Generator<void, T, void>, stale: () => boolean, milliseconds = 16): Promise<T | null> =>
	builtInTurns(
		stepwise(() => steps),
		stale,
		milliseconds,
	);

/** A result advanced in turns of the event loop (as `inTurnsUnless`), which a call of its `finish()` meanwhile builds at once. */
export async function builtInTurns<T>(built: Stepwise<T>, stale: () => boolean = () => false, milliseconds = 16): Promise<T | null> {
	for (;;) {
		if (stale()) return null;
		const result = built.advance(milliseconds);
		if (result !== undefined) return result;
		await nextTurn();
	}
}
