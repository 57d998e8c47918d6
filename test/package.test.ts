import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {test} from 'node:test';

const root = new URL('..', import.meta.url).pathname;

/** The files `npm pack` would publish, read without running the build again. */
function packedFiles(): string[] {
	const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'});
	assert.equal(result.status, 0, result.stderr);
	const [pack] = JSON.parse(result.stdout) as Array<{files: Array<{path: string}>}>;
	assert.ok(pack);
	return pack.files.map((file) => file.path);
}

test('a published package holds the built program and the bundled corpus, not the tests, sources or media', () => {
	const files = packedFiles();
	for (const needed of ['dist/cli.js', 'dist/ui/run-interface.js', 'dist/ui/interface-bundle.js', 'dist/ui/interface-bundle.js.code-cache', 'dist/core/index-worker.js', 'package.json', 'readme.md']) {
		assert.ok(files.includes(needed), `${needed} is published`);
	}
	assert.ok(files.some((file) => file.startsWith('corpus/') && file.endsWith('.md')), 'the bundled corpus is published');
	const unwanted = files.filter((file) => /^(test|source|scripts|media|\.ci)\//.test(file));
	assert.deepEqual(unwanted, []);
});

test('the bundled interface imports the engine from dist/core instead of carrying second copies of its modules', () => {
	const map = JSON.parse(readFileSync(new URL('../dist/ui/interface-bundle.js.map', import.meta.url), 'utf8')) as {sources: string[]};
	assert.ok(map.sources.some((source) => source.endsWith('source/ui/state/article-state.ts')), 'the map lists the bundled ui files');
	assert.deepEqual(map.sources.filter((source) => source.includes('source/core/')), []);
});

test('the bundled CLI holds each module of dist/ once, and the interface takes the engine modules it loads at first use from it', () => {
	const bundle = new URL('../dist/bundle/', import.meta.url);
	const chunksOf = new Map<string, string[]>();
	for (const chunk of readdirSync(bundle).filter((file) => file.endsWith('.js'))) {
		const code = readFileSync(new URL(chunk, bundle), 'utf8');
		// esbuild heads each module's code with its path.
		for (const module of new Set(code.match(/^\/\/ dist\/\S+\.js$/gm) ?? [])) chunksOf.set(module, [...(chunksOf.get(module) ?? []), chunk]);
	}
	assert.ok(chunksOf.has('// dist/core/model-access.js') && chunksOf.has('// dist/ui/run-interface.js'), 'the engine and the interface runner are bundled');
	assert.deepEqual([...chunksOf].filter(([, chunks]) => chunks.length > 1), []);
	assert.match(readFileSync(new URL('../dist/cli.js', import.meta.url), 'utf8'), /^#!\/usr\/bin\/env node\n[^]*import '\.\/bundle\/cli\.js';/);
	const runner = chunksOf.get('// dist/ui/run-interface.js')![0]!;
	assert.match(readFileSync(new URL(runner, bundle), 'utf8'), /"\.\.\/core\/export\/formats\.js": \(\) => import\("\.\/formats-\w+\.js"\)/);
});
