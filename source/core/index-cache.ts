import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import envPaths from 'env-paths';
import type {AnalyzedArticle} from './analyze.js';
import type {FileStamp} from './load.js';
import type {Skipped} from './model.js';

/** What is known of one article file: its stamp on disk, its content hash, and its analysis. */
export type CachedFile = FileStamp & {
	articles: AnalyzedArticle[];
	skipped: Skipped[];
};

export type IndexCache = {
	/** Absolute file path → what its last reading gave. */
	files: Map<string, CachedFile>;
	/** Written back only when something changed. */
	changed: boolean;
};

const format = 'dateline-index/1';

/** `$XDG_CACHE_HOME/dateline`, or the platform's usual cache folder. */
export function cacheFolder(): string {
	return process.env.XDG_CACHE_HOME ? path.join(process.env.XDG_CACHE_HOME, 'dateline') : envPaths('dateline', {suffix: ''}).cache;
}

let fingerprint: string | undefined;

/**
 * The engine's version for the cache: a hash of the engine's own code files, so any change
 * to a rule invalidates what older code extracted, with no version number to forget.
 */
export function engineFingerprint(): string {
	if (fingerprint) return fingerprint;
	const hash = createHash('sha256');
	const root = path.dirname(fileURLToPath(import.meta.url));
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const file = path.join(folder, entry.name);
			if (entry.isDirectory()) walk(file);
			else if (/\.(?:js|ts)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(file));
		}
	};
	walk(root);
	return (fingerprint = hash.digest('hex').slice(0, 16));
}

/** One cache file per set of corpus paths and alias definitions. */
function cacheFile(roots: string[], aliasKey: string): string {
	const key = createHash('sha256')
		.update(JSON.stringify([...roots].sort()))
		.update(aliasKey)
		.digest('hex')
		.slice(0, 24);
	return path.join(cacheFolder(), `${key}.json`);
}

/** Shape checks of a parsed cache: anything else (truncated, foreign, older format) is treated as empty. */
function isCachedFile(value: unknown): value is CachedFile {
	const entry = value as CachedFile | null;
	return (
		typeof entry === 'object' &&
		entry !== null &&
		typeof entry.size === 'number' &&
		typeof entry.mtimeMs === 'number' &&
		typeof entry.hash === 'string' &&
		Array.isArray(entry.articles) &&
		Array.isArray(entry.skipped)
	);
}

export function readIndexCache(roots: string[], aliasKey: string): IndexCache {
	const empty: IndexCache = {files: new Map(), changed: true};
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(cacheFile(roots, aliasKey), 'utf8'));
	} catch {
		return empty;
	}
	const document = parsed as {format?: unknown; engine?: unknown; files?: unknown} | null;
	if (!document || document.format !== format || document.engine !== engineFingerprint() || typeof document.files !== 'object' || document.files === null) {
		return empty;
	}
	const files = new Map<string, CachedFile>();
	for (const [file, entry] of Object.entries(document.files)) if (isCachedFile(entry)) files.set(file, entry);
	return {files, changed: false};
}

/**
 * Writes the cache atomically: a temporary file in the same folder, then a rename, so a
 * reader (or a second dateline writing at the same time) never sees half a file.
 * A cache that cannot be written is not an error: the next start indexes again.
 */
export function writeIndexCache(roots: string[], aliasKey: string, files: Map<string, CachedFile>): void {
	const target = cacheFile(roots, aliasKey);
	const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
	try {
		mkdirSync(path.dirname(target), {recursive: true});
		writeFileSync(temporary, JSON.stringify({format, engine: engineFingerprint(), files: Object.fromEntries(files)}));
		renameSync(temporary, target);
	} catch {
		rmSync(temporary, {force: true});
	}
}

/** Size and modification time: when both are unchanged the file is taken as unchanged, as git's index does. */
export function fileStamp(file: string): {size: number; mtimeMs: number} | null {
	try {
		const info = statSync(file);
		return {size: info.size, mtimeMs: info.mtimeMs};
	} catch {
		return null;
	}
}
