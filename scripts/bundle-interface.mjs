// Second half of `npm run build`: bundles the interface (the ui files, Ink, React and their
// dependencies) into one script, dist/ui/interface-bundle.js, with V8's code cache of it, and
// replaces tsc's dist/ui/run-interface.js with the module that runs it, so starting the interface
// reads one file compiled already instead of a few hundred modules. The engine (../core/*) stays
// external: the CLI and its worker threads load it from dist/core, and the bundle uses that copy.
// The bundle holds React's production build only (NODE_ENV is "production" at build time):
// its development build doubled the code compiled at every start. Tests run the unbundled
// sources, with React's development build.
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath, pathToFileURL, URL} from 'node:url';
import * as esbuild from 'esbuild';
import {madeAtFirstUse} from './made-at-first-use.mjs';
import {stylesShared} from './styles-shared.mjs';
import {codeCacheFile, writeCodeCache} from '../dist/ui/script-with-code-cache.js';

const entry = fileURLToPath(new URL('../dist/ui/run-interface.js', import.meta.url));
const bundle = fileURLToPath(new URL('../dist/ui/interface-bundle.js', import.meta.url));
const marker = '// dateline: bundled by scripts/bundle-interface.mjs';
const topLevelAwait = 'awaitedAtTopLevelOfTheBundle';
/** The engine's modules the interface imports at first use (engine-at-first-use), by specifier. */
const loadedAtFirstUse = new Set();

// Bundling the bundle again would nest it; tsc writes the unbundled entry afresh.
if (readFileSync(entry, 'utf8').startsWith(marker)) {
	process.stderr.write(`${entry} is already bundled: run \`npm run build\`\n`);
	process.exit(1);
}

const built = await esbuild.build({
	entryPoints: [entry],
	outfile: bundle,
	bundle: true,
	platform: 'node',
	// A script run by source/ui/script-with-code-cache.ts, which gives it require() and import.meta.url.
	format: 'cjs',
	target: 'node20',
	sourcemap: true,
	metafile: true,
	logLevel: 'warning',
	define: {'process.env.NODE_ENV': '"production"', 'import.meta.url': 'importMetaUrl'},
	banner: {js: marker},
	plugins: [
		{
			name: 'engine-external',
			setup(build) {
				// From any folder of dist/ui: a file of dist/core is imported by its path from the entry,
				// or a ui/state file would bundle a second copy of the engine module it imports.
				const core = path.join(path.dirname(entry), '..', 'core') + path.sep;
				build.onResolve({filter: /(^|\/)core\//}, (args) => {
					const target = path.resolve(args.resolveDir, args.path);
					if (!target.startsWith(core)) return undefined;
					return {path: `../core/${path.relative(core, target).split(path.sep).join('/')}`, external: true};
				});
			},
		},
		{
			// source/ui/ink-output.ts loads Ink's Output class from node_modules at run time; in the
			// bundle it must be the bundled copy, the one the bundled Ink draws with.
			name: 'ink-output',
			setup(build) {
				const inkOutput = fileURLToPath(new URL('output.js', import.meta.resolve('ink')));
				build.onLoad({filter: /[\\/]ui[\\/]ink-output\.js$/}, () => ({contents: `export {default as Output} from ${JSON.stringify(inkOutput)};`, loader: 'js'}));
			},
		},
		{
			// A script imports no module: the engine's modules an interface file loads with import()
			// at first use are loaded by source/ui/script-with-code-cache.ts (importModule).
			// Registered after ink-output, which gives ink-output.js its own contents.
			name: 'engine-at-first-use',
			setup(build) {
				const dynamicEngineImport = /\bimport\((['"])((?:\.\.\/)+core\/[^'"]+)\1\)/g;
				const core = path.join(path.dirname(entry), '..', 'core') + path.sep;
				build.onLoad({filter: /[\\/]dist[\\/]ui[\\/].*\.js$/}, (args) => {
					const code = readFileSync(args.path, 'utf8');
					if (code.match(dynamicEngineImport) === null) return undefined;
					const contents = code.replace(dynamicEngineImport, (_, quote, specifier) => {
						const target = path.resolve(path.dirname(args.path), specifier);
						if (!target.startsWith(core)) throw new Error(`${args.path} imports ${specifier}, which is not in dist/core`);
						const engineSpecifier = `../core/${path.relative(core, target).split(path.sep).join('/')}`;
						loadedAtFirstUse.add(engineSpecifier);
						return `importModule(${JSON.stringify(engineSpecifier)})`;
					});
					return {contents, loader: 'js', resolveDir: path.dirname(args.path)};
				});
			},
		},
		{
			// Ink measures the widest line of every text of every frame, though a frame repeats most
			// texts of the one before: in the bundle, widest-line remembers the texts it measured last.
			name: 'widest-line-remembers',
			setup(build) {
				build.onLoad({filter: /[\\/]widest-line[\\/]index\.js$/}, (args) => {
					const code = readFileSync(args.path, 'utf8');
					if (!code.includes("import stringWidth from 'string-width';") || !code.includes('export default function widestLine(string)')) throw new Error(`${args.path} is no longer the widest-line this build remembers widths for`);
					const contents = `import stringWidth from 'string-width';
const widths = new Map();
export default function widestLine(string) {
	let width = widths.get(string);
	if (width === undefined) {
		if (widths.size >= 4096) widths.clear();
		width = 0;
		for (const line of string.split('\\n')) width = Math.max(width, stringWidth(line));
		widths.set(string, width);
	}
	return width;
}
`;
					return {contents, loader: 'js', resolveDir: path.dirname(args.path)};
				});
			},
		},
		{
			// string-width's first measure of a character beyond ASCII compiles its emoji expression and
			// loads the grapheme segmenter: in the bundle, text of one-cell characters that stand alone
			// (source/ui/narrow-text.ts) is measured as its length first. Other copies of string-width
			// (wrap-ansi's) are left as they are.
			name: 'string-width-narrow',
			setup(build) {
				const stringWidthFile = fileURLToPath(import.meta.resolve('string-width'));
				const narrowText = fileURLToPath(new URL('../dist/ui/narrow-text.js', import.meta.url));
				build.onLoad({filter: /[\\/]string-width[\\/]index\.js$/}, (args) => {
					if (args.path !== stringWidthFile) return undefined;
					const declared = 'export default function stringWidth(input, options = {}) {';
					const code = readFileSync(args.path, 'utf8');
					if (!code.includes(declared)) throw new Error(`${args.path} no longer declares stringWidth(input, options) as this build expects`);
					const contents = `import {narrowWidth} from ${JSON.stringify(narrowText)};
${madeAtFirstUse(code, args.path).replace(declared, 'function measuredWidth(input, options = {}) {')}
export default function stringWidth(input, options) {
	return (typeof input === 'string' ? narrowWidth(input, options) : undefined) ?? measuredWidth(input, options);
}
`;
					return {contents, loader: 'js', resolveDir: path.dirname(args.path)};
				});
			},
		},
		{
			// scripts/styles-shared.mjs: a row's characters share their styles.
			name: 'styles-shared',
			setup(build) {
				build.onLoad({filter: /[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/}, (args) => ({
					contents: stylesShared(readFileSync(args.path, 'utf8'), args.path),
					loader: 'js',
					resolveDir: path.dirname(args.path),
				}));
			},
		},
		{
			// Registered after string-width-narrow, which rewrites the main copy of string-width itself.
			name: 'made-at-first-use',
			setup(build) {
				build.onLoad({filter: /[\\/](string-width[\\/]index|slice-ansi[\\/]tokenize-ansi|ansi-tokenize[\\/]build[\\/]tokenize)\.js$/}, (args) => ({
					contents: madeAtFirstUse(readFileSync(args.path, 'utf8'), args.path),
					loader: 'js',
					resolveDir: path.dirname(args.path),
				}));
			},
		},
		{
			// yoga-layout (Ink's layout) reads its WebAssembly from a data: URL with fetch() when
			// there is one, which loads Node's whole HTTP client before the first frame: in the
			// bundle it decodes the URL itself, as it does where there is no fetch().
			name: 'yoga-without-fetch',
			setup(build) {
				build.onLoad({filter: /[\\/]yoga-wasm-base64-esm\.js$/}, (args) => {
					const fetching = 'function ya(){return w||"function"!=typeof fetch?Promise.resolve()';
					const code = readFileSync(args.path, 'utf8');
					if (!code.includes(fetching)) throw new Error(`${args.path} no longer loads its WebAssembly as this build expects`);
					return {contents: code.replace(fetching, 'function ya(){return true?Promise.resolve()'), loader: 'js'};
				});
			},
		},
		{
			// yoga-layout awaits its WebAssembly at its module's top level, which esbuild does not write
			// into CommonJS: it is marked here and made an await of the script's body (an async
			// function) once written, below.
			name: 'yoga-top-level-await',
			setup(build) {
				build.onLoad({filter: /[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/}, (args) => {
					const awaited = 'const Yoga = wrapAssembly(await loadYoga());';
					const code = readFileSync(args.path, 'utf8');
					if (!code.includes(awaited)) throw new Error(`${args.path} no longer awaits its WebAssembly as this build expects`);
					return {contents: code.replace(awaited, `const Yoga = wrapAssembly(${topLevelAwait}(loadYoga()));`), loader: 'js', resolveDir: path.dirname(args.path)};
				});
			},
		},
		{
			// With DEV=true, Ink awaits two things at its reconciler's top level, which a script has
			// not: React DevTools, which dateline does not ship (connecting would do nothing), and its
			// own package.json, no longer next to its module once bundled: the name and version are
			// given at build time instead.
			name: 'ink-reconciler',
			setup(build) {
				build.onLoad({filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/}, (args) => {
					const devtools = "await import('./devtools.js');";
					const packageJson = 'await loadPackageJson()';
					const code = readFileSync(args.path, 'utf8');
					if (!code.includes(devtools) || !code.includes(packageJson)) throw new Error(`${args.path} no longer loads DevTools and its package.json as this build expects`);
					const {name, version} = JSON.parse(readFileSync(new URL('../package.json', pathToFileURL(args.path)), 'utf8'));
					return {contents: code.replace(devtools, ';').replace(packageJson, JSON.stringify({name, version})), loader: 'js'};
				});
			},
		},
	],
});

// The await yoga-top-level-await marked, in the body's own scope (not in a module esbuild wraps
// in a function to run at first use).
const code = readFileSync(bundle, 'utf8');
const marked = new RegExp(`^var Yoga\\w* = wrapAssembly\\(${topLevelAwait}\\(`, 'gm');
if (code.match(marked)?.length !== 1 || code.split(topLevelAwait).length !== 2) throw new Error(`${bundle}: yoga-layout's await is not in the bundle's top level as this build expects`);
writeFileSync(bundle, code.replace(`${topLevelAwait}(`, 'await ('));

// The module the CLI imports, in place of tsc's (and its map): it loads the engine's modules the
// bundle requires (ES modules, which a script cannot import) and runs the bundle with its code cache.
// The modules it imports at first use are imported here too, by name: where the CLI is bundled
// (scripts/bundle-cli.mjs), the interface then shares the CLI's copy of each engine module.
rmSync(`${entry}.map`, {force: true});
const [, output] = Object.entries(built.metafile.outputs).find(([file]) => path.resolve(file) === bundle);
const engineModules = output.imports.filter((imported) => imported.external && imported.path.startsWith('../core/'));
const dynamic = engineModules.filter((imported) => imported.kind !== 'require-call');
if (dynamic.length > 0) throw new Error(`the bundle imports ${dynamic.map((imported) => imported.path).join(', ')} as ${dynamic[0].kind}: a script can only require`);
const specifiers = [...new Set(engineModules.map((imported) => imported.path))].sort();
writeFileSync(
	entry,
	`${marker}
// The interface: interface-bundle.js, run with the code cache the build made for it.
import {fileURLToPath} from 'node:url';
import {runScript} from './script-with-code-cache.js';
${specifiers.map((specifier, index) => `import * as engine${index} from ${JSON.stringify(specifier)};`).join('\n')}

export const interfaceScript = await runScript(fileURLToPath(new URL('interface-bundle.js', import.meta.url)), {
${specifiers.map((specifier, index) => `\t${JSON.stringify(specifier)}: engine${index},`).join('\n')}
}, {
${[...loadedAtFirstUse].sort().map((specifier) => `\t${JSON.stringify(specifier)}: () => import(${JSON.stringify(specifier)}),`).join('\n')}
});
export const {runInterface} = interfaceScript.exports;
`,
);

// The code cache, made by the Node that builds (`npm install` runs the build): another Node rejects
// it, and a start then compiles the bundle as without one. Made after the bundle's top level ran,
// so that it holds the functions that ran there compiled too. V8 accepts a cache only under the
// flags it was made with: the CLI's (heap-growth.js, the CLI's first import).
await import(new URL('../dist/heap-growth.js', import.meta.url).href);
rmSync(codeCacheFile(bundle), {force: true});
const {interfaceScript} = await import(pathToFileURL(entry).href);
writeCodeCache(bundle, interfaceScript);
