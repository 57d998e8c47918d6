/** Adds `item` to the list `map` holds for `key`, starting the list when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
	const list = map.get(key);
	if (list) list.push(item);
	else map.set(key, [item]);
}
