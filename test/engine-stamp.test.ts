import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {pathToFileURL} from 'node:url';

const built = new URL('../dist/core', import.meta.url).pathname;

test("the build writes the hash of the engine's code into the built fingerprint.js: the hash a start would compute from the files", async () => {
	const stamped = readFileSync(path.join(built, 'index-cache', 'fingerprint.js'), 'utf8');
	const hash = /^const builtCodeHash = "([0-9a-f]{64})";$/m.exec(stamped)?.[1];
	assert.ok(hash, 'fingerprint.js is stamped (npm run build)');
	// A copy of the engine as tsc wrote it, whose fingerprint.js hashes the files of its copy.
	const copy = mkdtempSync(path.join(tmpdir(), 'dateline-engine-'));
	try {
		cpSync(built, path.join(copy, 'core'), {recursive: true});
		const file = path.join(copy, 'core', 'index-cache', 'fingerprint.js');
		writeFileSync(file, stamped.replace(`const builtCodeHash = "${hash}";`, 'const builtCodeHash = null;'));
		const {engineCodeHash} = (await import(pathToFileURL(file).href)) as {engineCodeHash: () => string};
		assert.equal(engineCodeHash(), hash);
	} finally {
		rmSync(copy, {recursive: true, force: true});
	}
});
