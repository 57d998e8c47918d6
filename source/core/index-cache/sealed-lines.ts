import {createHash} from 'node:crypto';
import {closeSync, constants, fstatSync, openSync, readSync, rmSync, statSync, writeSync} from 'node:fs';
import {stepwise} from '../stepwise.js';
import {cacheDebug} from './debug.js';

/**
 * The cache file as sealed lines: writing them, reading them back in order, and reading one again
 * later through the file as it was opened. What the lines hold is codec.ts.
 */

/**
 * Where a line stands in a cache file, without its seal, with its seal and the seal of the line
 * before it: read through a descriptor held open since the cache was read, so a second dateline
 * replacing the cache file meanwhile changes nothing for this one.
 */
export type CacheSlice = {file: OpenCacheFile; start: number; end: number; previous: string; seal: string};

/** A cache file open for reading, and where it is. */
export type OpenCacheFile = {descriptor: number; path: string};

/**
 * Closes a cache file once nothing can read from it any more: the entries of a model refer to it
 * for as long as the model is used, which only the garbage collector knows.
 */
const closing = new FinalizationRegistry<number>((descriptor) => {
	try {
		closeSync(descriptor);
	} catch (error) {
		cacheDebug('closing a cache file', error);
	}
});

/**
 * Every line of the cache ends in a seal: a tab and the SHA-1 of the seal of the line before it
 * (none for the first) and of the line itself (JSON text holds no tab). A line changed inside but
 * still JSON of the right shape (a letter of a title, a name, a span) would otherwise be shown as
 * it is, or fail the merge; and as each seal takes in the one before, a line is sealed to its
 * place: one moved, swapped with another (one article's text given to another) or taken from
 * another cache file breaks its seal and the next line's. The damage stays where it is: a line is
 * checked against the seal written before it, whether or not that line was sound. What a start
 * does not show (merging inputs; in the interface, texts and dates) is checked when it is read.
 */
const sealLength = 1 + 40;

export const sealOf = (previous: string, body: Uint8Array) => createHash('sha1').update(previous).update(body).digest('hex');

/** A line's body and the seal it ends in, whether or not the seal holds; undefined when it has none. */
export function sealedParts(line: Buffer): {body: Buffer; seal: string} | undefined {
	const length = line.length - sealLength;
	if (length < 0 || line[length] !== 0x09) return undefined;
	return {body: line.subarray(0, length), seal: line.toString('latin1', length + 1)};
}

/** A file being written line by line, each sealed after the one before. */
export type SealedFile = {descriptor: number; previous: string};

/** Writes the parts as one sealed line. */
export const writeSealed = (file: SealedFile, parts: Iterable<string | Uint8Array>): void => stepwise(() => sealedLineSteps(file, parts)).finish();

/** `writeSealed` a part at a time (see Stepwise): a line of a large model is written between keys. */
export function* sealedLineSteps(file: SealedFile, parts: Iterable<string | Uint8Array>): Generator<void, void, void> {
	const hash = createHash('sha1').update(file.previous);
	for (const part of parts) {
		hash.update(part);
		// Two calls, as writeSync has one overload for text and one for bytes.
		if (typeof part === 'string') writeSync(file.descriptor, part);
		else writeSync(file.descriptor, part);
		yield;
	}
	file.previous = hash.digest('hex');
	writeSync(file.descriptor, `\t${file.previous}\n`);
}

/**
 * The value of a `[prefix…, value]` line of the cache file, or undefined when it cannot be read
 * or no longer matches its seal (the cache file changed in place since it was read).
 */
export function readSlice(slice: CacheSlice, prefix: Buffer): Uint8Array | undefined {
	const bytes = readLine(slice);
	if (bytes && startsWith(bytes, prefix) && bytes.at(-1) === 0x5d) return bytes.subarray(prefix.length, -1);
	if (bytes) cacheDebug(`${slice.file.path}: line at byte ${slice.start}: not of the shape written`);
	return undefined;
}

/** A line of the cache file without its seal, or undefined when it cannot be read or no longer matches its seal. */
function readLine({file, start, end, previous, seal}: CacheSlice): Buffer | undefined {
	const bytes = Buffer.allocUnsafe(end - start);
	try {
		if (readSync(file.descriptor, bytes, 0, bytes.length, start) !== bytes.length) throw new Error('shorter than when the cache was read');
	} catch (error) {
		cacheDebug(`${file.path}: line at byte ${start}`, error);
		return undefined;
	}
	if (sealOf(previous, bytes) === seal) return bytes;
	cacheDebug(`${file.path}: line at byte ${start}: changed since the cache was read`);
	return undefined;
}


/**
 * A line of the cache file (as readLine) in pieces of one buffer, each valid until the next is
 * asked for, to copy a line of megabytes without holding it; throws once read when the line no
 * longer matches its seal.
 */
export function* linePieces({file, start, end, previous, seal}: CacheSlice): Generator<Uint8Array> {
	const hash = createHash('sha1').update(previous);
	const piece = Buffer.allocUnsafe(Math.min(1 << 20, end - start));
	for (let at = start; at < end; ) {
		const read = readSync(file.descriptor, piece, 0, Math.min(piece.length, end - at), at);
		if (read === 0) throw new Error(`${file.path}: shorter than when the cache was read`);
		const bytes = piece.subarray(0, read);
		hash.update(bytes);
		yield bytes;
		at += read;
	}
	if (hash.digest('hex') !== seal) throw new Error(`${file.path}: line at byte ${start} changed since the cache was read`);
}

/** Whether the bytes start with the prefix; compared in place, as every line of a cache is asked several times. */
export function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
	if (bytes.length < prefix.length) return false;
	for (let index = 0; index < prefix.length; index++) if (bytes[index] !== prefix[index]) return false;
	return true;
}

/**
 * Removes a cache file found damaged after the start, so that the next start writes it again;
 * unless its path names another file by now (a second dateline wrote a new cache meanwhile).
 */
export function dropCacheFile(file: OpenCacheFile): void {
	try {
		const opened = fstatSync(file.descriptor);
		const named = statSync(file.path);
		if (opened.dev === named.dev && opened.ino === named.ino) rmSync(file.path, {force: true});
	} catch (error) {
		// Gone already, or not ours to remove: the next start finds the damage itself.
		cacheDebug(file.path, error);
	}
}

/** Keeps a cache file open while something can read through it, and closes it after. */
export const holdOpen = (file: OpenCacheFile) => closing.register(file, file.descriptor);

/**
 * Opens a cache file for reading, or undefined when there is none or it is not a regular file: a
 * named pipe would hang the run, a link to /dev/zero fill the memory. Non-blocking, so that
 * opening a pipe returns at once; whatever is there instead of a cache, the next writing replaces.
 */
export function openCacheFile(file: string): number | undefined {
	let descriptor: number | undefined;
	try {
		descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
		if (fstatSync(descriptor).isFile()) return descriptor;
		cacheDebug(`${file}: not a regular file; not read`);
	} catch (error) {
		// No cache yet is the usual case.
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') cacheDebug(file, error);
	}
	if (descriptor !== undefined) closeSync(descriptor);
	return undefined;
}

/**
 * Lines of an open file from its start, read in chunks: a large cache is never one buffer in
 * memory. Each comes with its byte offset. A line within a chunk is a view into the reading
 * buffer: valid until the next line is asked for, which is all a reader needs and spares a copy of
 * every line it skips. A line longer than what was left of its chunk (the snapshot's is megabytes)
 * is read again from the file once its end is found, into a buffer of its own size, rather than
 * gathered in pieces and joined.
 */
export function* linesOf(descriptor: number): Generator<{offset: number; bytes: Buffer}> {
	const chunk = Buffer.allocUnsafe(1 << 22);
	// Where in the file the chunk starts, and where the line being looked at does.
	let chunkAt = 0;
	let offset = 0;
	const whole = (end: number) => {
		const line = Buffer.allocUnsafe(end - offset);
		if (readSync(descriptor, line, 0, line.length, offset) !== line.length) throw new Error('the cache file shrank while read');
		return line;
	};
	for (let read = readSync(descriptor, chunk, 0, chunk.length, chunkAt); read > 0; read = readSync(descriptor, chunk, 0, chunk.length, chunkAt)) {
		for (let newline = chunk.indexOf(10, Math.max(0, offset - chunkAt)); newline >= 0 && newline < read; newline = chunk.indexOf(10, newline + 1)) {
			const end = chunkAt + newline;
			yield {offset, bytes: offset >= chunkAt ? chunk.subarray(offset - chunkAt, newline) : whole(end)};
			offset = end + 1;
		}
		chunkAt += read;
	}
	if (offset < chunkAt) yield {offset, bytes: whole(chunkAt)};
}
