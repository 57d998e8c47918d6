import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {snapshot, tempFolder} from './helpers/temp-folder.js';

// The built binary, as a user runs it (`npm test` builds before testing).
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const cacheHome = mkdtempSync(path.join(tmpdir(), 'dateline-cli-export-'));
after(() => rmSync(cacheHome, {recursive: true, force: true}));

function run(args: string[], cwd?: string) {
	const result = spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: cacheHome}});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

// Longer than the 120 characters a timeline row keeps.
const longSentence =
	'On 16 May 2025 the delegations of Russia and Ukraine met in Istanbul for the first direct talks in three years and agreed to exchange a thousand prisoners each.';
const corpus = {
	'talks.md': `---\ntitle: Talks in Istanbul\noutlet: Wire\nurl: https://example.com/talks\npublished: 2025-05-16\n---\n${longSentence} Zelensky said on 17 May 2025 that a ceasefire must come first.\n`,
	'call.md': `---\ntitle: A phone call\npublished: 2025-05-18\n---\nLavrov and Rubio spoke on the phone on 17 May 2025.\n`,
};

test('--json and --format tsv keep titles whole; the plain list and --entity filter as the interface does', () => {
	const {root, cleanup} = tempFolder(corpus);
	try {
		const json = run(['--json', root]);
		assert.equal(json.code, 0, json.stderr);
		assert.ok(json.stdout.includes(`"title":${JSON.stringify(longSentence)}`), 'the JSON title is the whole sentence');
		const tsv = run(['--format', 'tsv', root]);
		const [header, ...rows] = tsv.stdout.trimEnd().split('\n');
		assert.equal(header!.split('\t')[4], 'title');
		assert.ok(rows.some((row) => row.split('\t')[4] === longSentence));
		const plain = run([root]).stdout.trimEnd().split('\n');
		assert.ok(plain.every((line) => line.split('\t').length === 3));
		const zelensky = run(['--entity', 'Volodymyr Zelensky', root]).stdout.trimEnd().split('\n');
		assert.deepEqual(
			zelensky.map((line) => line.split('\t')[0]),
			['2025-05-17'],
		);
		// Any spelling of the name, in any case.
		const exported = run(['export', root, '--format', 'tsv', '--entity', 'zelensky']).stdout.trimEnd().split('\n');
		assert.equal(exported.length, 2, 'the header and the one event of the filter');
	} finally {
		cleanup();
	}
});

test('export --output writes the file whole, never over an article nor beside the articles as one', () => {
	const {root, cleanup} = tempFolder(corpus);
	const out = mkdtempSync(path.join(tmpdir(), 'dateline-out-'));
	try {
		const before = snapshot(root);
		const target = path.join(out, 'brief.md');
		const written = run(['export', root, '--format', 'markdown', '--output', target]);
		assert.equal(written.code, 0, written.stderr);
		assert.equal(written.stdout, '');
		assert.match(readFileSync(target, 'utf8'), /^# .*\n\n## 2025-05-16\n\n- On 16 May 2025 the delegations/);
		assert.deepEqual(readdirSync(out), ['brief.md'], 'no temporary file left');

		const over = run(['export', root, '--format', 'csv', '--output', path.join(root, 'talks.md')]);
		assert.equal(over.code, 1);
		assert.match(over.stderr, /^dateline: .*talks\.md: is an article of this timeline; not overwritten\n$/);
		const beside = run(['export', root, '--format', 'json', '--output', path.join(root, 'timeline.json')]);
		assert.equal(beside.code, 1);
		assert.match(beside.stderr, /timeline\.json: a \.json file in the corpus folder .* is read as an article; not written there/);
		const relative = run(['export', '.', '--format', 'markdown', '-o', 'talks.md'], root);
		assert.equal(relative.code, 1);
		assert.deepEqual(snapshot(root), before, 'nothing written into the corpus');

		// A calendar beside the articles is no article: it may go there.
		const calendar = run(['export', root, '--format', 'ics', '--output', path.join(root, 'talks.ics')]);
		assert.equal(calendar.code, 0, calendar.stderr);
		assert.ok(existsSync(path.join(root, 'talks.ics')));
		writeFileSync(target, 'old');
		assert.equal(run(['export', root, '--format', 'markdown', '--output', target]).code, 0);
		assert.notEqual(readFileSync(target, 'utf8'), 'old', 'an export replaces an earlier export');
	} finally {
		cleanup();
		rmSync(out, {recursive: true, force: true});
	}
});

test('export usage errors: no format, an unknown format, an option that needs --format', () => {
	assert.match(run(['export']).stderr, /^dateline: export needs --format \(timelinejs, markdown, csv, ics, json, tsv\)\n$/);
	assert.equal(run(['export', '--format', 'pdf']).code, 2);
	assert.match(run(['--output', 'x.csv']).stderr, /--output goes with --format/);
	assert.equal(run(['export', '--format', 'csv', '--zoom', 'week']).code, 2);
	assert.match(run(['--entity', 'Nobody Known']).stderr, /^dateline: --entity: no person, place or organization named "Nobody Known" in this timeline\n$/);
	const stdout = run(['export', '--format', 'ics']);
	assert.equal(stdout.code, 0);
	assert.match(stdout.stdout, /^BEGIN:VCALENDAR\r\n/);
});
