/** Nearest-rank percentile of samples (any order); NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
	return sorted[rank - 1] as number;
}

export function median(samples: readonly number[]): number {
	return percentile(samples, 50);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The key of scrolling sample `index`: 40 down, 40 up, and again. A large corpus opens on its 50
 * key events: scrolling down only reached the last one, and every key after it changed nothing.
 */
export const scrollKey = (index: number) => (Math.floor(index / 40) % 2 === 0 ? 'j' : 'k');
