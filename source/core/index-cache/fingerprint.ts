import {createHash} from 'node:crypto';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {FileStamp} from '../article-files.js';
import {cacheDebug, parseBytes} from './debug.js';

/** Whether what the cache holds is still what reading would give: the engine that wrote it, and each file's status. */

let fingerprint: string | undefined;

/** Libraries whose readings the cache holds: a new version can read the same text otherwise. */
const extractionLibraries = ['chrono-node', 'eld', 'i18n-iso-countries', 'js-yaml', '@mozilla/readability', 'linkedom', '@rowanmanning/feed-parser'];

/**
 * A library's version, from its package.json in the nearest node_modules folder above this file
 * that holds it, where Node finds the library from here (not through import.meta.resolve, which
 * readies Node's module resolution at every start for a few version strings).
 */
function libraryVersion(name: string): string {
	for (let folder = path.dirname(fileURLToPath(import.meta.url)); ; folder = path.dirname(folder)) {
		const file = path.join(folder, 'node_modules', name, 'package.json');
		const manifest = existsSync(file) ? (parseBytes(readFileSync(file), file) as {name?: unknown; version?: unknown} | undefined) : undefined;
		if (manifest?.name === name) return String(manifest.version);
		if (path.dirname(folder) === folder) return 'unknown';
	}
}

/**
 * What besides dateline's own code decides what it extracts: the libraries' versions, and the
 * Unicode data of the runtime (sentence boundaries, letter classes of patterns).
 */
export function extractionDependencies(): Record<string, string> {
	return {
		...Object.fromEntries(extractionLibraries.map((name) => [name, libraryVersion(name)])),
		unicode: process.versions.unicode ?? 'unknown',
		icu: process.versions.icu ?? 'unknown',
	};
}

/**
 * The hash of the engine's code files (engineCodeHash), written here by the build into the built file
 * (scripts/stamp-engine.mjs), so that a start need not read them all; null in the sources, and in
 * a build by tsc alone, which writes this line as it is here.
 */
const builtCodeHash: string | null = null;

/** A hash of the engine's own code files: the folder above this one's, every .js and .ts file in it, by name and content. */
export function engineCodeHash(): string {
	const hash = createHash('sha256');
	const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const file = path.join(folder, entry.name);
			if (entry.isDirectory()) walk(file);
			else if (/\.(?:js|ts)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(file));
		}
	};
	walk(root);
	return hash.digest('hex');
}

/**
 * The engine's version for the cache: a hash of the engine's own code, so any change to a rule
 * invalidates what older code extracted, with no version number to forget, and of the versions
 * of what it extracts with (upgrading chrono-node invalidates it too).
 */
export function engineFingerprint(): string {
	fingerprint ??= createHash('sha256')
		.update(builtCodeHash ?? engineCodeHash())
		.update(JSON.stringify(extractionDependencies()))
		.digest('hex')
		.slice(0, 16);
	return fingerprint;
}

/** What tells a file changed without reading it. */
export type FileStatus = Omit<FileStamp, 'hash'>;

/** A file's status now, or null when it cannot be read. */
export function fileStatus(file: string): FileStatus | null {
	try {
		const {size, mtimeMs, ctimeMs, ino} = statSync(file);
		return {size, mtimeMs, ctimeMs, ino};
	} catch (error) {
		// Read again, which says why it cannot be.
		cacheDebug(file, error);
		return null;
	}
}

/**
 * Size, modification and change times and inode all unchanged: the file is taken as unchanged
 * without reading it, as git's index does.
 */
export const sameStatus = (now: FileStatus, then: FileStatus) => now.size === then.size && now.mtimeMs === then.mtimeMs && now.ctimeMs === then.ctimeMs && now.ino === then.ino;
