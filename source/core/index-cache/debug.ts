import {errorReason} from '../error-reason.js';
import {terminalLine} from '../terminal-text.js';

/**
 * `DATELINE_DEBUG=cache` (or a comma-separated list naming it): what the cache passes over without
 * a word, such as a damaged line it reads again from the article file, a file it cannot read or
 * remove, one line each on stderr. Nothing of it is an error of the run.
 */
export function cacheDebug(what: string, error?: unknown): void {
	if (!(process.env.DATELINE_DEBUG ?? '').split(',').includes('cache')) return;
	process.stderr.write(`dateline: cache: ${terminalLine(error === undefined ? what : `${what}: ${errorReason(error)}`)}\n`);
}

/** JSON from bytes of the cache, or undefined (with a debug line) when they are not JSON. */
export function parseBytes(bytes: Uint8Array, what: string): unknown {
	try {
		return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
	} catch (error) {
		cacheDebug(what, error);
		return undefined;
	}
}
