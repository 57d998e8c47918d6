// Last step of `npm run build`: bundles the CLI and the engine modules it loads (tsc's dist/cli.js
// and what it imports from dist/, with the runner of the interface bundle) into a few ES modules
// in dist/bundle/, and makes dist/cli.js import them. Node 20 resolves, reads and compiles every
// ES module on its own; a start from the index cache loaded about a hundred of them before its
// first frame. Modules imported at first use become chunks of their own, and a module two chunks
// use is in one chunk only, so each engine module has one copy in the process, as unbundled.
// Packages stay imported from node_modules as they are. Worker threads (dist/core/index-worker.js)
// and tests run the unbundled modules.
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath, URL} from 'node:url';
import * as esbuild from 'esbuild';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const entry = path.join(dist, 'cli.js');
const outdir = path.join(dist, 'bundle');
const marker = '// dateline: bundled by scripts/bundle-cli.mjs';

// Bundling the launcher would bundle nothing: tsc writes the CLI afresh.
const cli = readFileSync(entry, 'utf8');
if (cli.includes(marker)) {
	process.stderr.write(`${entry} is already bundled: run \`npm run build\`\n`);
	process.exit(1);
}
const shebang = '#!/usr/bin/env node\n';
if (!cli.startsWith(shebang)) throw new Error(`${entry} no longer starts with "${shebang.trim()}"`);

rmSync(outdir, {recursive: true, force: true});
await esbuild.build({
	entryPoints: {cli: entry},
	outdir,
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	packages: 'external',
	logLevel: 'warning',
	plugins: [
		{
			// A module finds files beside it (the worker's module, the corpus, package.json, the
			// engine's root) from import.meta.url: in the bundle, that is the URL of its own file in
			// dist/, as unbundled, whichever chunk holds it.
			name: 'own-import-meta-url',
			setup(build) {
				build.onLoad({filter: /[\\/]dist[\\/].*\.js$/}, (args) => {
					const code = readFileSync(args.path, 'utf8');
					if (!code.includes('import.meta.url')) return undefined;
					const own = path.relative(outdir, args.path).split(path.sep).join('/');
					return {contents: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`), loader: 'js', resolveDir: path.dirname(args.path)};
				});
			},
		},
		{
			// The interface bundle is a script the runner reads from dist/ui; a module of dist/ is
			// in the bundle only through the import graph of the CLI.
			name: 'dist-only',
			setup(build) {
				build.onResolve({filter: /^\./}, (args) => {
					const target = path.resolve(args.resolveDir, args.path);
					if (!target.startsWith(dist)) throw new Error(`${args.importer} imports ${args.path}, outside dist/`);
					return undefined;
				});
			},
		},
	],
});

writeFileSync(entry, `${shebang}${marker}\n// The CLI and the engine, bundled: dist/bundle/cli.js.\nimport './bundle/cli.js';\n`);
rmSync(`${entry}.map`, {force: true});
