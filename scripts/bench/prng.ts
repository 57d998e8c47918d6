/** A small seeded PRNG (mulberry32): the same seed always gives the same sequence. No Math.random. */
export type Random = {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
	/** True with probability p. */
	chance(p: number): boolean;
	/** Fisher–Yates, in place; returns the array. */
	shuffle<T>(items: T[]): T[];
	/** `count` distinct items (fewer if the list is shorter), in random order. */
	sample<T>(items: readonly T[], count: number): T[];
	/** A child generator whose sequence does not depend on how much of this one is used later. */
	fork(label: number): Random;
};

export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const random: Random = {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (items) => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[Math.floor(next() * items.length)] as (typeof items)[number];
		},
		chance: (p) => next() < p,
		shuffle: (items) => {
			for (let i = items.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				const swap = items[i] as (typeof items)[number];
				items[i] = items[j] as (typeof items)[number];
				items[j] = swap;
			}
			return items;
		},
		sample: (items, count) => random.shuffle([...items]).slice(0, count),
		fork: (label) => createRandom(hashSeed(`${state}:${label}`)),
	};
	return random;
}

/** FNV-1a of a string, for seeds given as text. */
export function hashSeed(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}
