/** What a lazy field's slot holds once it was read: the value, told apart from the data it came from. */
class Computed<V> {
	constructor(readonly value: V) {}
}

/** Each lazy field's getter, and how to read its value without keeping it. */
const readersUnkept = new WeakMap<object, (object: object) => unknown>();

/**
 * `object[key]`; of a lazy field not read yet, computed and not kept: for a pass over every
 * object (the full-text index reads every event's mentions) that should not keep them all.
 */
export function unkept<T extends object, K extends keyof T>(object: T, key: K): T[K] {
	const getter = Object.getOwnPropertyDescriptor(object, key)?.get;
	const read = getter && readersUnkept.get(getter);
	return read ? (read(object) as T[K]) : object[key];
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
export function lazyField<T extends object, K extends keyof T, D>(key: K, compute: (data: D, object: T) => T[K]): LazyField<T, K, D> {
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
	readersUnkept.set(descriptor.get!, (object) => {
		const held = (object as Holder)[slot];
		return held instanceof Computed ? held.value : compute(held, object as T);
	});
	const attach = (object: Omit<T, K>, data: D) => {
		Object.defineProperty(object, slot, {value: data, writable: true, enumerable: false, configurable: true});
		return Object.defineProperty(object, key, descriptor) as T;
	};
	return Object.assign(attach, {
		unread(object: object) {
			const held = (object as Partial<Holder>)[slot];
			return held instanceof Computed ? undefined : (held as D | undefined);
		},
	});
}

/** Attaches the field to an object; `unread` gives the data of an object's field not read yet (else undefined), for a reader that must not keep what it computes. */
export type LazyField<T extends object, K extends keyof T, D> = ((object: Omit<T, K>, data: D) => T) & {unread(object: object): D | undefined};

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
