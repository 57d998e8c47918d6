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
	assert.deepEqual(Object.keys(model.entities[0]).sort(), ['aliases', 'events', 'kind', 'mentions', 'name', 'sentences']);
	assert.deepEqual(Object.keys(model.histogram[0]), ['unit', 'start', 'end', 'sources', 'events']);
});

test('--from, --to, --language, --outlet and --min-sources narrow the plain list, --json and exports together, before --key-events', () => {
	const plain = (args: string[]) => {
		const result = run(args);
		assert.equal(result.code, 0, result.stderr);
		return result.stdout.trim().split('\n').filter(Boolean);
	};
	const all = plain([]);
	const german = plain(['--language', 'DE']);
	assert.deepEqual(german, all.filter((line) => line.includes('000-lawrow-rubio-telefonat')));
	assert.equal(german.length, 1);
	// "reuters" is a word of "CNN (with Reuters)", the outlet of article 001.
	assert.deepEqual(plain(['--outlet', 'reuters']), all.filter((line) => line.includes('001-istanbul-talks-prisoner-exchange')));
	const may = plain(['--from', '2025-05-17', '--to=2025-05-29']);
	assert.ok(may.length > 0);
	// An event is in the range when any of its days is: 2025, May 2025, May 23–25.
	for (const line of all) {
		const [date = ''] = line.split('\t');
		const [first = '', last = first] = date.split('…');
		const inside = date !== 'undated' && first.padEnd(10, '-01') <= '2025-05-29' && (last.length === 4 ? `${last}-12-31` : last.length === 7 ? `${last}-31` : last) >= '2025-05-17';
		assert.equal(may.includes(line), inside, line);
	}
	assert.deepEqual(plain(['--min-sources', '3']), all.filter((line) => line.split('\t')[2]!.split(', ').length >= 3));
	assert.deepEqual(plain(['--language', 'en', '--min-sources=2', '--to', '2025-05']), all.filter((line) => line.startsWith('2025-05-16\t')));

	const json = JSON.parse(run(['--json', '--language', 'en', '--key-events', '1']).stdout);
	assert.equal(json.events.length, 1, 'the key event of the English events');
	assert.equal(json.events[0].date.start, '2025-05-16');
	const kept = new Set(json.events.map((event: {id: string}) => event.id));
	assert.ok(json.entities.every((entity: {events: string[]}) => entity.events.every((id) => kept.has(id))));
	assert.equal(json.histogram.reduce((sum: number, bin: {events: number}) => sum + bin.events, 0), 1, 'the histogram follows the filters');

	const tsv = run(['export', '--format', 'tsv', '--language', 'ar']);
	assert.equal(tsv.code, 0, tsv.stderr);
	const rows = tsv.stdout.trim().split('\n').slice(1);
	assert.equal(rows.length, all.filter((line) => line.includes('002-second-round-monday')).length);
	assert.ok(rows.every((row) => row.split('\t')[7]!.includes('BBC Arabic (2025-05-30)')), 'each from the Arabic article');
});

test('bad filter values: one line on stderr, exit status 2', () => {
	for (const [args, message] of [
		[['--from', '2025-13'], 'dateline: --from takes a date as 2025, 2025-05 or 2025-05-01, not "2025-13"\n'],
		[['--to', 'May'], 'dateline: --to takes a date as 2025, 2025-05 or 2025-05-01, not "May"\n'],
		[['--from', '2025-06', '--to', '2025-05'], 'dateline: --from and --to: 2025-06 is after 2025-05\n'],
		[['--min-sources', '0'], 'dateline: --min-sources takes a whole number above 0, not "0"\n'],
		[['--language', 'xx'], 'dateline: --language: no article in "xx" in this timeline (en, ar, de)\n'],
		[['--outlet', 'Nobody Times'], 'dateline: --outlet: no article from an outlet named "Nobody Times" in this timeline\n'],
	] as const) {
		const result = run([...args]);
		assert.equal(result.code, 2, args.join(' '));
		assert.equal(result.stderr, message);
		assert.equal(result.stdout, '');
	}
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
		assert.equal(stderr, `dateline: skipped ${path.basename(root)}/more/dateline-aliases.yaml: alias file entry 1: kind must be person, place, organization or product\n`);
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
