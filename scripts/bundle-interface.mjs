// Second half of `npm run build`: replaces tsc's dist/ui/run-interface.js with one bundled
// file (the ui files, Ink, React and their dependencies), so starting the interface reads one
// module instead of a few hundred. The engine (../core/*) stays external: the CLI and its
// worker threads load it from dist/core, and the bundle imports that same copy.
// The bundle holds React's production build only (NODE_ENV is "production" at build time):
// its development build doubled the code compiled at every start. Tests run the unbundled
// sources, with React's development build.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath, pathToFileURL, URL} from 'node:url';
import * as esbuild from 'esbuild';
import {madeAtFirstUse} from './made-at-first-use.mjs';

const entry = fileURLToPath(new URL('../dist/ui/run-interface.js', import.meta.url));
const marker = '// dateline: bundled by scripts/bundle-interface.mjs';

// Bundling the bundle again would nest it; tsc writes the unbundled entry afresh.
if (readFileSync(entry, 'utf8').startsWith(marker)) {
	process.stderr.write(`${entry} is already bundled: run \`npm run build\`\n`);
	process.exit(1);
}

await esbuild.build({
	entryPoints: [entry],
	outfile: entry,
	allowOverwrite: true,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	sourcemap: true,
	logLevel: 'warning',
	define: {'process.env.NODE_ENV': '"production"'},
	alias: {'react-devtools-core': fileURLToPath(new URL('react-devtools-core-stub.mjs', import.meta.url)), ws: fileURLToPath(new URL('react-devtools-core-stub.mjs', import.meta.url))},
	// CommonJS dependencies (React among them) call require() for Node's built-in modules.
	banner: {
		js: `${marker}\nimport {createRequire as createRequireForBundle} from 'node:module';\nconst require = createRequireForBundle(import.meta.url);`,
	},
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
			// With DEV=true, Ink reads its own package.json next to its module, which is no
			// longer there once bundled: give it the name and version at build time instead.
			name: 'ink-package-json',
			setup(build) {
				build.onLoad({filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/}, (args) => {
					const read = "fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')";
					const code = readFileSync(args.path, 'utf8');
					if (!code.includes(read)) throw new Error(`${args.path} no longer reads its package.json as expected`);
					const {name, version} = JSON.parse(readFileSync(new URL('../package.json', pathToFileURL(args.path)), 'utf8'));
					return {contents: code.replace(read, JSON.stringify(JSON.stringify({name, version}))), loader: 'js'};
				});
			},
		},
	],
});
