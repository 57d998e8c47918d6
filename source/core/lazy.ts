/** What a lazy field's slot holds once it was read: the value, told apart from the data it came from. */
class Computed<V> {
	constructor(readonly value: V) {}
}

/**
 * A field `key` that `attach(object, data)` adds to objects, computed as `compute(data, object)`
 * on first read and kept. To every reader (the interface, JSON.stringify, spreading) it is a
 * plain enumerable field, after the fields the object has.
 *
 * All objects share one getter and keep their data in a hidden slot. A getter of each object's
 * own, or a field turned into a getter, puts every object into V8's dictionary mode: at a warm
 * start of a large corpus the events and articles then held much of the heap in property
 * dictionaries, and every read of their fields took the slow path.
 */
export function lazyField<T extends object, K extends keyof T, D>(key: K, compute: (data: D, object: T) => T[K]): (object: Omit<T, K>, data: D) => T {
	const slot = Symbol(String(key));
	type Holder = T & Record<typeof slot, D | Computed<T[K]>>;
	const descriptor: PropertyDescriptor = {
		enumerable: true,
		configurable: true,
		get(this: Holder) {
			const held = this[slot];
			if (held instanceof Computed) return held.value as T[K];
			const value = compute(held, this);
			this[slot] = new Computed(value);
			return value;
		},
	};
	return (object, data) => {
		Object.defineProperty(object, slot, {value: data, writable: true, enumerable: false, configurable: true});
		return Object.defineProperty(object, key, descriptor) as T;
	};
}

/**
 * A copy of `object` with `fields` replaced, in their places, and its lazy fields still unread:
 * spreading an object reads every field, and so computes every lazy one (a model's dates read
 * every article's line of the cache, an entity's mentions become objects).
 */
export function withFields<T extends object>(object: T, fields: Partial<T>): T {
	const descriptors: PropertyDescriptorMap = Object.getOwnPropertyDescriptors(object);
	for (const [key, value] of Object.entries(fields)) descriptors[key] = {value, writable: true, enumerable: true, configurable: true};
	return Object.defineProperties({}, descriptors) as T;
}
