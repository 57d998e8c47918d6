import {createHash} from 'node:crypto';
import {accessSync, chmodSync, constants, mkdirSync, statSync} from 'node:fs';
import {homedir} from 'node:os';
import path from 'node:path';
import envPaths from 'env-paths';
import {errorReason} from '../error-reason.js';

/** Where the cache is: its folder, made private, and a file in it for each corpus. */

/**
 * `$XDG_CACHE_HOME/dateline`, or the platform's usual cache folder. A relative XDG_CACHE_HOME is
 * ignored, as the XDG spec asks: it names a folder under wherever dateline runs, often the corpus,
 * which would then read its own cache back as an article.
 */
function cacheFolder(): string {
	const home = process.env.XDG_CACHE_HOME;
	if (home && path.isAbsolute(home)) return path.join(home, 'dateline');
	// env-paths would take a relative XDG_CACHE_HOME as it is.
	if (process.platform === 'darwin' || process.platform === 'win32') return envPaths('dateline', {suffix: ''}).cache;
	return path.join(homedir(), '.cache', 'dateline');
}

/** Why a cache folder cannot be used, in a few words. */
function folderReason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	return code === 'ENOTDIR' || code === 'EEXIST' ? 'not a folder' : errorReason(error);
}

/**
 * The cache folder, private to its user: created 0700 with the folders above it (as the XDG
 * spec asks), and an existing one tightened to 0700, as older versions made it readable by all
 * and it holds the text of every article read. A folder that cannot be used, or that another
 * user owns (who could read or change the cache), gives the one line that says so instead.
 */
export function openCacheFolder(): {folder: string} | {unusable: string} {
	const folder = cacheFolder();
	const unusable = (reason: string) => ({unusable: `cache folder ${folder} unusable (${reason}): running without the cache`});
	if (!path.isAbsolute(folder)) return unusable('not an absolute path');
	try {
		mkdirSync(folder, {recursive: true, mode: 0o700});
		const info = statSync(folder);
		if (!info.isDirectory()) return unusable('not a folder');
		if (process.getuid && info.uid !== process.getuid()) return unusable('owned by another user');
		if ((info.mode & 0o077) !== 0) chmodSync(folder, 0o700);
		accessSync(folder, constants.R_OK | constants.W_OK | constants.X_OK);
		return {folder};
	} catch (error) {
		return unusable(folderReason(error));
	}
}

/** One cache file per set of corpus paths and alias definitions, in the cache folder. */
export function cacheFile(folder: string, roots: string[], aliasKey: string): string {
	const key = createHash('sha256')
		.update(JSON.stringify([...roots].sort()))
		.update(aliasKey)
		.digest('hex')
		.slice(0, 24);
	return path.join(folder, `${key}.jsonl`);
}

/**
 * The start file of a set of corpus paths (start-file.ts): named by the paths alone, as a start
 * reads it before it finds the alias files that key the cache file.
 */
export function startFile(folder: string, roots: string[]): string {
	const key = createHash('sha256')
		.update(JSON.stringify([...roots].sort()))
		.digest('hex')
		.slice(0, 24);
	return path.join(folder, `${key}.start.jsonl`);
}
