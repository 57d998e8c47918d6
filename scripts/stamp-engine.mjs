// Part of `npm run build`, after tsc: writes the hash of the engine's code files (dist/core) into
// the built fingerprint.js (source/core/index-cache/fingerprint.ts), so that a start does not read
// every file of the engine again to tell whether the index cache is of this engine.
import {readFileSync, writeFileSync} from 'node:fs';
import process from 'node:process';
import {URL} from 'node:url';

const file = new URL('../dist/core/index-cache/fingerprint.js', import.meta.url);
const unstamped = 'const builtCodeHash = null;';
const code = readFileSync(file, 'utf8');
// Stamped already, the file is no longer the one the hash was of: tsc writes it afresh.
if (!code.includes(unstamped)) {
	process.stderr.write(`${file.pathname} has no "${unstamped}" to stamp: run \`npm run build\`\n`);
	process.exit(1);
}
const {engineCodeHash} = await import(file.href);
writeFileSync(file, code.replace(unstamped, `const builtCodeHash = ${JSON.stringify(engineCodeHash())};`));
