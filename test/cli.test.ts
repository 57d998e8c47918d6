import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {chmodSync, closeSync, existsSync, mkdtempSync, openSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {snapshot, tempFolder} from './helpers/temp-folder.js';

// The built binary, as a user runs it (`npm test` builds before testing).
const cli = new URL('../dist/cli.js', import.meta.url).pathname;

// The user's cache folder is left alone: each run of this file has its own.
const cacheHome = mkdtempSync(path.join(tmpdir(), 'dateline-cli-'));
after(() => rmSync(cacheHome, {recursive: true, force: true}));

function run(args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: cacheHome, ...env}});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

test('--help and --version', () => {
	const help = run(['--help']);
	assert.equal(help.code, 0);
	assert.match(help.stdout, /Usage: dateline/);
	const version = run(['--version']);
	assert.equal(version.code, 0);
	assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
});

test('bad usage and a missing path exit with 2 and one line on stderr', () => {
	const unknown = run(['--frobnicate']);
	assert.equal(unknown.code, 2);
	assert.match(unknown.stderr, /^dateline: .*frobnicate/);
	const missing = run(['no/such/folder']);
	assert.equal(missing.code, 2);
	assert.equal(missing.stderr, 'dateline: no/such/folder: no such file or folder\n');
	assert.equal(missing.stdout, '');
});

test('with no path and stdout not a terminal, prints the bundled timeline one event a line', () => {
	const {code, stdout} = run([]);
	assert.equal(code, 0);
	const lines = stdout.trimEnd().split('\n');
	const talks = lines.find((line) => line.startsWith('2025-05-16\t'))!;
	const [date, title, sources] = talks.split('\t');
	assert.equal(date, '2025-05-16');
	assert.match(title!, /exchange of prisoners/);
	assert.deepEqual(sources!.split(', ').map((source) => source.slice(0, 3)), ['001', '003', '004']);
	assert.ok(lines.some((line) => line.startsWith('2025-05-23…2025-05-25\t')));
});

test('a folder without articles says so on stderr and prints an empty timeline', () => {
	const {root, cleanup} = tempFolder({'notes.csv': 'a,b'});
	try {
		const {code, stdout, stderr} = run([root]);
		assert.equal(code, 0);
		assert.equal(stdout, '');
		assert.match(stderr, /^dateline: skipped .*notes\.csv: not an article format dateline reads \(\.csv\)\ndateline: no articles found \(files ending in \.md, /);
	} finally {
		cleanup();
	}
});

test('--json prints the documented model', () => {
	const {code, stdout} = run(['--json']);
	assert.equal(code, 0);
	const model = JSON.parse(stdout);
	assert.deepEqual(Object.keys(model), ['articles', 'dates', 'events', 'entities', 'skipped', 'histogram']);
	// The bundled articles carry their publication date in their metadata.
	assert.deepEqual(Object.keys(model.articles[0]), ['id', 'path', 'title', 'outlet', 'url', 'published', 'publishedFrom', 'language', 'text']);
	assert.equal(model.articles[0].publishedFrom, 'metadata');
	assert.deepEqual(Object.keys(model.dates[0]), ['article', 'start', 'end', 'text', 'value', 'basis']);
	assert.deepEqual(Object.keys(model.events[0]).sort(), ['basis', 'date', 'id', 'mentions', 'people', 'places', 'salience', 'sources', 'title']);
	assert.deepEqual(Object.keys(model.entities[0]).sort(), ['aliases', 'events', 'kind', 'mentions', 'name']);
	assert.deepEqual(Object.keys(model.histogram[0]), ['unit', 'start', 'end', 'sources', 'events']);
});

test('--key-events N keeps the N most salient events; --histogram prints sources per bin', () => {
	const all = run([]).stdout.trim().split('\n');
	const key = run(['--key-events', '2']);
	assert.equal(key.code, 0);
	const lines = key.stdout.trim().split('\n');
	assert.equal(lines.length, 2);
	assert.ok(lines.every((line) => all.includes(line)));
	assert.ok(lines.some((line) => line.startsWith('2025-05-16\t')));
	const json = JSON.parse(run(['--json', '--key-events=2']).stdout);
	assert.equal(json.events.length, 2);
	const kept = new Set(json.events.map((event: {id: string}) => event.id));
	assert.ok(json.entities.every((entity: {events: string[]}) => entity.events.every((id) => kept.has(id))));
	assert.equal(run(['--key-events', '0']).code, 2);
	const histogram = run(['--histogram']);
	assert.equal(histogram.code, 0);
	assert.match(histogram.stdout, /^2025-05-16\t2025-05-16\t3\t\d+$/m);
});

test('the JSON is byte-identical in any time zone', () => {
	const east = run(['--json'], {TZ: 'Pacific/Kiritimati'});
	const west = run(['--json'], {TZ: 'America/Adak'});
	assert.equal(east.code, 0);
	assert.equal(east.stdout, west.stdout);
});

test('bad files are skipped with a warning line each; nothing is written into the folder', () => {
	const {root, cleanup} = tempFolder({
		'good.md': '---\npublished: 2025-05-16\n---\nThe talks opened in Istanbul on Friday.',
		'empty.txt': '',
		'broken.md': '---\ntitle: [\n---\nText',
	});
	try {
		const before = snapshot(root);
		const {code, stdout, stderr} = run(['--json', root]);
		assert.equal(code, 0);
		const model = JSON.parse(stdout);
		assert.equal(model.articles.length, 1);
		assert.deepEqual(model.skipped.map((entry: {path: string}) => entry.path.split('/').pop()).sort(), ['broken.md', 'empty.txt']);
		const warnings = stderr.trimEnd().split('\n');
		assert.equal(warnings.length, 2);
		for (const line of warnings) assert.match(line, /^dateline: skipped .*(empty\.txt: empty|broken\.md: broken front matter)/);
		assert.deepEqual(snapshot(root), before);
	} finally {
		cleanup();
	}
});

test('an unreadable file and an unreadable folder are skipped as "permission denied"; the rest is shown', (t) => {
	const {root, cleanup} = tempFolder({
		'open.md': '---\npublished: 2025-05-16\n---\nTalks opened in Istanbul on Friday.',
		'locked.md': '---\npublished: 2025-05-16\n---\nA locked article.',
		'closed/inside.md': '---\npublished: 2025-05-16\n---\nAn article in a locked folder.',
	});
	try {
		chmodSync(path.join(root, 'locked.md'), 0o000);
		chmodSync(path.join(root, 'closed'), 0o000);
		// Root reads any file: as root the binary runs without the capabilities that let it (setpriv, from util-linux).
		const args = [cli, '--json', '--no-cache', root];
		const result =
			process.getuid?.() === 0
				? spawnSync('setpriv', ['--bounding-set=-dac_override,-dac_read_search', process.execPath, ...args], {encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: cacheHome}})
				: spawnSync(process.execPath, args, {encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: cacheHome}});
		if (result.error || result.stderr.startsWith('setpriv:')) {
			t.skip(`running as root, and setpriv cannot drop the right to read every file: ${result.error?.message ?? result.stderr.trim()}`);
			return;
		}
		assert.equal(result.status, 0, result.stderr);
		const name = path.basename(root);
		assert.equal(result.stderr, `dateline: skipped ${name}/closed: permission denied\ndateline: skipped ${name}/locked.md: permission denied\n`);
		const model = JSON.parse(result.stdout);
		assert.deepEqual(model.articles.map((article: {id: string}) => article.id), ['open']);
		assert.deepEqual(model.skipped, [
			{path: `${name}/closed`, reason: 'permission denied'},
			{path: `${name}/locked.md`, reason: 'permission denied'},
		]);
	} finally {
		chmodSync(path.join(root, 'closed'), 0o755);
		cleanup();
	}
});

test('a corpus alias file teaches names; a broken one is reported by its place in the corpus', () => {
	const {root, cleanup} = tempFolder({
		'a.md': '---\npublished: 2025-05-16\n---\nSettenky met Erdogan in Ankara on Friday.',
		'dateline-aliases.yaml': '- name: Volodymyr Zelensky\n  kind: person\n  aliases: [Settenky]\n',
		'more/dateline-aliases.yaml': '- name: Foo\n  kind: alien\n',
	});
	try {
		const {code, stdout, stderr} = run(['--json', root]);
		assert.equal(code, 0);
		const model = JSON.parse(stdout);
		assert.deepEqual(model.events[0].people, ['Recep Tayyip Erdoğan', 'Volodymyr Zelensky']);
		assert.equal(stderr, `dateline: skipped ${path.basename(root)}/more/dateline-aliases.yaml: alias file entry 1: kind must be person, place or organization\n`);
	} finally {
		cleanup();
	}
});

/* eslint-disable no-control-regex -- control characters are the input under test */
test('escape sequences and bidi overrides in articles never reach the terminal', () => {
	const hostile = 'Title \u001b]52;c;ZXZpbA==\u0007\u001b[2J\u202e\u009b31m';
	const {root, cleanup} = tempFolder({'evil.md': `---\ntitle: "${hostile.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a').replace(/\u009b/g, '\\x9b')}"\npublished: 2025-05-16\n---\n${hostile} body.`});
	try {
		for (const args of [[root], ['--json', root]]) {
			const {code, stdout} = run(args);
			assert.equal(code, 0);
			assert.doesNotMatch(stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
		}
		const model = JSON.parse(run(['--json', root]).stdout);
		assert.equal(model.articles[0].title, hostile, 'the model keeps the original text; only the terminal is protected');
	} finally {
		cleanup();
	}
});

test('a full device for the output is one line on stderr and exit status 1, not a stack trace', {skip: !existsSync('/dev/full') && 'no /dev/full here'}, () => {
	for (const args of [['--json'], [], ['--format', 'csv']]) {
		const output = openSync('/dev/full', 'w');
		try {
			const result = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', stdio: ['ignore', output, 'pipe'], env: {...process.env, XDG_CACHE_HOME: cacheHome}});
			assert.equal(result.status, 1, args.join(' '));
			assert.match(result.stderr, /^dateline: cannot write the output: .*no space left on device.*\n$/);
		} finally {
			closeSync(output);
		}
	}
});
