/** Adds `item` to the list `map` holds for `key`, starting the list when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
	const list = map.get(key);
	if (list) list.push(item);
	else map.set(key, [item]);
}

/**
 * Adds every item to the end of `list`. Not `list.push(...items)`: each spread argument takes
 * a stack slot, and some hundred thousand items overflow the stack.
 */
export function pushAll<T>(list: T[], items: Iterable<T>): void {
	for (const item of items) list.push(item);
}

/** A Map or a WeakMap. */
type Keyed<K, V> = {get(key: K): V | undefined; set(key: K, value: V): unknown};

/** The value `map` holds for `key`, made by `create` and kept on first use. */
export function getOrAdd<K, V>(map: Keyed<K, V>, key: K, create: (key: K) => V): V {
	let value = map.get(key);
	if (value === undefined) map.set(key, (value = create(key)));
	return value;
}

/**
 * `list` with room for exactly its items. An array grown by `push` keeps room for more (17 slots
 * for one item): kept for every article of a large corpus, the empty slots cost more than the items.
 */
export const exactLength = <T>(list: T[]): T[] => list.slice();

/** A function that gives one copy of equal strings: each JSON text parsed makes its own copies of the names it repeats. */
export function sharedStrings(): (text: string) => string {
	const strings = new Map<string, string>();
	return (text) => getOrAdd(strings, text, (key) => key);
}
