/**
 * Runs the bundled interface (scripts/bundle-interface.mjs: a CommonJS body as esbuild writes
 * one) as a script with the V8 code cache the build made for it, so a start reads the bundle's
 * compiled functions instead of parsing and compiling them again. Node 20 has no compile cache for
 * ES modules; a script's cache is V8's own.
 *
 * The cache file begins with the SHA-256 of the script it was made from, and is used only for that
 * script: V8 itself compares a script's length, not its text. V8 rejects a cache made by another
 * version of Node or with other flags, and then compiles the script as without one. Nothing here
 * writes at a start: the cache is written by the build, into the package's own folder.
 */
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {pathToFileURL} from 'node:url';
import vm from 'node:vm';
import {cacheDebug} from '../core/index-cache/debug.js';

/** What a start did with the code cache. */
export type CodeCacheUse = 'used' | 'rejected' | 'of another script' | 'absent';

export type RunScript = {
	exports: Record<string, unknown>;
	codeCache: CodeCacheUse;
	/** The compiled script: `writeCodeCache` serializes what it holds compiled by then. */
	script: vm.Script;
	digest: Buffer;
};

const digestLength = 32;

/** The code cache of the script `file`: beside it. */
export const codeCacheFile = (file: string): string => `${file}.code-cache`;

// The parameters a CommonJS body is called with; `importMetaUrl` stands for import.meta.url
// (esbuild's define), `importModule` for import() of a module of the engine (the bundle's
// engine-at-first-use). Strict as the ES modules it was bundled from; async, as a module can await
// at its top level. Kept on the body's first line: the source map's lines stay the file's.
const prefix = "(async function (exports, require, module, importMetaUrl, importModule) {'use strict';";
const suffix = '\n})';

function readCodeCache(file: string, digest: Buffer): {data: Buffer} | {missing: CodeCacheUse} {
	let bytes: Buffer;
	try {
		bytes = readFileSync(codeCacheFile(file));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') cacheDebug(`code cache of ${file}`, error);
		return {missing: 'absent'};
	}
	if (bytes.length <= digestLength || !bytes.subarray(0, digestLength).equals(digest)) {
		cacheDebug(`code cache of ${file}: made for another build of it`);
		return {missing: 'of another script'};
	}
	return {data: bytes.subarray(digestLength)};
}

/**
 * Runs the script `file`: its require() gives the modules of `modules` by specifier (ES modules
 * loaded by the caller: a script cannot import them) and Node's built-in modules otherwise; its
 * import() at first use takes a module from `importers` by specifier, or else imports it from the
 * script's folder.
 */
export async function runScript(file: string, modules: Readonly<Record<string, object>>, importers: Readonly<Record<string, () => Promise<unknown>>> = {}): Promise<RunScript> {
	const bytes = readFileSync(file);
	const digest = createHash('sha256').update(bytes).digest();
	const cache = readCodeCache(file, digest);
	const script = new vm.Script(prefix + bytes.toString('utf8') + suffix, {filename: file, cachedData: 'data' in cache ? cache.data : undefined});
	let codeCache: CodeCacheUse;
	if ('missing' in cache) codeCache = cache.missing;
	else if (script.cachedDataRejected === true) {
		cacheDebug(`code cache of ${file}: rejected by this Node (another version or other flags)`);
		codeCache = 'rejected';
	} else codeCache = 'used';
	const builtIn = createRequire(file);
	const url = pathToFileURL(file);
	const module = {exports: {} as Record<string, unknown>};
	const body = script.runInThisContext() as (exports: object, require: (specifier: string) => unknown, module: object, importMetaUrl: string, importModule: (specifier: string) => Promise<unknown>) => Promise<void>;
	await body(module.exports, (specifier) => modules[specifier] ?? builtIn(specifier), module, url.href, async (specifier) => (importers[specifier] ? importers[specifier]() : import(new URL(specifier, url).href)));
	return {exports: module.exports, codeCache, script, digest};
}

/** Writes the code cache of `run`'s script: every function compiled by then, so run what a start runs first. */
export function writeCodeCache(file: string, run: RunScript): void {
	writeFileSync(codeCacheFile(file), Buffer.concat([run.digest, run.script.createCachedData()]));
}
