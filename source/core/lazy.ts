/** A value computed on first use and kept. */
export function once<T>(compute: () => T): () => T {
	let value: T | undefined;
	let done = false;
	return () => {
		if (!done) {
			value = compute();
			done = true;
		}
		return value as T;
	};
}

/**
 * Makes `key` of `object` a field computed on first read and kept. To every reader (the
 * interface, JSON.stringify, spreading) it is a plain enumerable field; redefined in place, an
 * existing field keeps its place among the others, and so in the JSON.
 */
export function lazyProperty<T extends object, K extends keyof T>(object: T, key: K, compute: () => T[K]): T {
	return Object.defineProperty(object, key, {enumerable: true, configurable: true, get: once(compute)});
}
