/**
 * A reproducible sequence for generated test inputs (a linear congruential generator, not
 * Math.random): the same seed gives the same inputs on every run.
 */
export function seededRandom(seed: number): {next(): number; below(bound: number): number} {
	let state = seed;
	const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
	// Scaled, not taken modulo the bound: the low bits of this generator repeat after a few steps.
	return {next, below: (bound) => Math.floor(next() * bound)};
}

/** `count` texts, each of fewer than `maxPieces` pieces drawn from `pieces`. */
export function* randomJoins(pieces: readonly string[], maxPieces: number, count: number, seed: number): Generator<string> {
	const random = seededRandom(seed);
	for (let index = 0; index < count; index++) {
		let text = '';
		for (let length = Math.floor(random.next() * maxPieces); length > 0; length--) text += pieces[Math.floor(random.next() * pieces.length)];
		yield text;
	}
}
