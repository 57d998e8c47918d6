/**
 * Byte strings kept side by side in a few large buffers. The merging inputs a worker thread
 * sends were allocated by that thread's malloc arena: kept by the main thread until the merge,
 * thousands of them outlive the thread, and when they are freed the arena keeps their memory
 * for a thread that no longer runs. Copied here at once, each worker's buffer goes back to its
 * own arena while it still reads (for its next files), and the copies lie in buffers too large
 * for any arena: the C library maps each on its own and unmaps it when the last copy in it is
 * let go. Pages of a slab not yet written take no memory.
 */
const slabBytes = 32 * 1024 * 1024;

/** A function that copies bytes into the current slab (a new one when they do not fit) and gives the copy. */
export function byteSlabs(size = slabBytes): (bytes: Uint8Array) => Uint8Array {
	let slab = new Uint8Array(0);
	let used = 0;
	return (bytes) => {
		// Large bytes are mapped on their own already, and would leave much of a slab unused.
		if (bytes.byteLength > size / 4) return bytes;
		if (used + bytes.byteLength > slab.byteLength) {
			slab = new Uint8Array(size);
			used = 0;
		}
		slab.set(bytes, used);
		used += bytes.byteLength;
		return slab.subarray(used - bytes.byteLength, used);
	};
}
