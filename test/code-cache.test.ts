/**
 * The bundled interface runs as a script with the V8 code cache the build made for it
 * (source/ui/script-with-code-cache.ts): used when it is of this script and this Node, ignored
 * (the script compiled as without one, and run as it is) when it is absent, of another build of the
 * script, or rejected by V8.
 */
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'node:test';
import {pathToFileURL} from 'node:url';
import {codeCacheFile} from '../source/ui/script-with-code-cache.js';

const digestLength = 32;

/** A CommonJS body as the bundle is one: it requires a module given by the caller and a built-in, and awaits at its top level. */
const body = (answer: number) => `const {base} = require('../core/base.js');
const {sep} = require('node:path');
exports.answer = await Promise.resolve(base + ${answer});
exports.sep = sep;
exports.url = importMetaUrl;
exports.load = () => importModule('./beside.mjs');
`;

const loader = new URL('../source/ui/script-with-code-cache.ts', import.meta.url).href;

/**
 * Runs the script `file` in a fresh Node, as a start does (V8 keeps what one process compiled: a
 * second compile of the same text in it would not read a cache at all); `write`: then writes its
 * code cache, as the build does.
 */
function start(file: string, write = false): {codeCache: string; answer: number; sep: string; url: string; beside: boolean} {
	const script = `
		const {runScript, writeCodeCache} = await import(${JSON.stringify(loader)});
		const run = await runScript(${JSON.stringify(file)}, {'../core/base.js': {base: 40}});
		${write ? `writeCodeCache(${JSON.stringify(file)}, run);` : ''}
		const {answer, sep, url, load} = run.exports;
		const {beside} = await load();
		process.stdout.write(JSON.stringify({codeCache: run.codeCache, answer, sep, url, beside}));
	`;
	return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {encoding: 'utf8'})) as ReturnType<typeof start>;
}

function withScript(run: (file: string) => void): () => void {
	return () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'dateline-code-cache-'));
		try {
			const file = path.join(folder, 'bundle.js');
			writeFileSync(file, body(2));
			writeFileSync(path.join(folder, 'beside.mjs'), 'export const beside = true;\n');
			run(file);
		} finally {
			rmSync(folder, {recursive: true, force: true});
		}
	};
}

test(
	'without a code cache the script is compiled and run; the cache the build writes is used by the next start',
	withScript((file) => {
		assert.deepEqual(start(file, true), {codeCache: 'absent', answer: 42, sep: path.sep, url: pathToFileURL(file).href, beside: true});
		assert.ok(existsSync(codeCacheFile(file)));
		assert.deepEqual(start(file), {codeCache: 'used', answer: 42, sep: path.sep, url: pathToFileURL(file).href, beside: true});
	}),
);

test(
	'a code cache of another build of the script is not used, even of the same length (V8 compares only the length)',
	withScript((file) => {
		start(file, true);
		writeFileSync(file, body(3));
		assert.deepEqual(start(file), {codeCache: 'of another script', answer: 43, sep: path.sep, url: pathToFileURL(file).href, beside: true});
	}),
);

test(
	'a code cache V8 rejects (made by another Node) leaves the script compiled and run as without one',
	withScript((file) => {
		start(file, true);
		const cache = readFileSync(codeCacheFile(file));
		// V8's version hash: the second word of its cached data.
		cache.writeUInt8(cache.readUInt8(digestLength + 4) ^ 0xff, digestLength + 4);
		writeFileSync(codeCacheFile(file), cache);
		assert.deepEqual(start(file), {codeCache: 'rejected', answer: 42, sep: path.sep, url: pathToFileURL(file).href, beside: true});
	}),
);

/** What the built interface did with its code cache, loaded in a fresh Node as the CLI loads it (or without its first import). */
function builtCodeCache(asTheCli: boolean): string {
	const script = `
		${asTheCli ? "await import('./dist/heap-growth.js');" : ''}
		const {interfaceScript, runInterface} = await import('./dist/ui/run-interface.js');
		process.stdout.write(interfaceScript.codeCache + ' ' + typeof runInterface);
	`;
	return execFileSync(process.execPath, ['--input-type=module', '-e', script], {cwd: new URL('..', import.meta.url), encoding: 'utf8'});
}

test('the built interface uses the code cache the build made, under the flags the CLI sets (its first import)', () => {
	assert.equal(builtCodeCache(true), 'used function');
	// Other V8 flags: V8 rejects the cache, and the interface loads all the same.
	assert.equal(builtCodeCache(false), 'rejected function');
});
