import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {writeCuration} from '../source/core/curation/curation-file.js';
import {eventIdentity} from '../source/core/curation/event-identity.js';
import type {TimelineModel} from '../source/core/model.js';
import {snapshot, tempFolder} from './helpers/temp-folder.js';

// The built binary, as a user runs it (`npm test` builds before testing).
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const cacheHome = mkdtempSync(path.join(tmpdir(), 'dateline-cli-'));
after(() => rmSync(cacheHome, {recursive: true, force: true}));

function run(args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: cacheHome}});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const articles = {
	'a.md': '---\npublished: 2024-06-01\n---\nOn 3 March 2024, the council approved the bridge. On 5 May 2024, the mayor resigned.\n',
	'b.md': '---\npublished: 2024-06-02\n---\nThe mayor resigned on 5 May 2024 after the vote.\n',
};

function identities(root: string) {
	const model = JSON.parse(run(['--json', root]).stdout) as TimelineModel;
	const texts = new Map(model.articles.map((article) => [article.id, article.text]));
	const of = (start: string) => eventIdentity(model.events.find((event) => event.date?.start === start)!, texts);
	return {bridge: of('2024-03-03'), resigned: of('2024-05-05')};
}

test('plain output and --json apply dateline-curation.yaml of the corpus folder; an unmatched step is one warning line', async () => {
	const {root, cleanup} = tempFolder(articles);
	try {
		const {bridge, resigned} = identities(root);
		await writeCuration(path.join(root, 'dateline-curation.yaml'), {
			steps: [
				{action: 'hide', event: bridge},
				{action: 'rename', event: resigned, title: 'Mayor resigns'},
				{action: 'pin', event: resigned},
				{action: 'hide', event: {...bridge, sentence: '000000000000'}},
			],
		});
		const before = snapshot(root);
		const plain = run([root]);
		assert.equal(plain.code, 0);
		assert.match(plain.stdout, /^2024-05-05\tMayor resigns\t/mu);
		assert.doesNotMatch(plain.stdout, /2024-03-03/u);
		assert.equal(plain.stderr, `dateline: curation step matches no event: hide of the event on 2024-03-03 from ${bridge.sources.join(', ')} (sentence 000000000000)\n`);
		const json = JSON.parse(run(['--json', root]).stdout) as TimelineModel;
		assert.deepEqual(json.events.map((event) => [event.title, event.pinned]), [['Mayor resigns', true]]);
		assert.deepEqual(snapshot(root), before, 'reading a curation writes nothing');
	} finally {
		cleanup();
	}
});

test('merge, split and note steps apply to plain output, --json and exports', async () => {
	const {root, cleanup} = tempFolder(articles);
	try {
		const {bridge, resigned} = identities(root);
		const file = path.join(root, 'dateline-curation.yaml');
		await writeCuration(file, {
			steps: [
				{action: 'note', event: bridge, note: 'Council *minutes* <b>p. 3</b>'},
				{action: 'merge', event: resigned, with: {...bridge}},
			],
		});
		const plain = run([root]);
		assert.equal(plain.stderr, '');
		assert.deepEqual(plain.stdout.trim().split('\n').map((line) => line.split('\t')[0]), ['2024-03-03'], 'one event, at the earlier date');
		assert.match(plain.stdout, /\ta, b\n$/u);
		const json = JSON.parse(run(['--json', root]).stdout) as TimelineModel;
		assert.deepEqual(json.events.map((event) => [event.date?.start, [...event.sources].sort(), event.note]), [['2024-03-03', ['a', 'b'], 'Council *minutes* <b>p. 3</b>']]);
		const markdown = run(['export', root, '--format', 'markdown']).stdout;
		assert.match(markdown, /^ {2}- Note: Council \\\*minutes\\\* \\<b\\>p\. 3\\<\/b\\>$/mu);

		await writeCuration(file, {steps: [{action: 'split', event: resigned, source: 'b'}]});
		const split = run([root]);
		assert.equal(split.stderr, '');
		assert.deepEqual(
			split.stdout.trim().split('\n').map((line) => [line.split('\t')[0], line.split('\t')[2]]),
			[
				['2024-03-03', 'a'],
				['2024-05-05', 'a'],
				['2024-05-05', 'b'],
			],
		);
	} finally {
		cleanup();
	}
});

test('--curation FILE names the curation; a damaged one is one line with its line number, not applied and left untouched', async () => {
	const {root, cleanup} = tempFolder(articles);
	const elsewhere = tempFolder({});
	try {
		const {bridge} = identities(root);
		const file = path.join(elsewhere.root, 'mine.yaml');
		await writeCuration(file, {steps: [{action: 'hide', event: bridge}]});
		assert.doesNotMatch(run([root, '--curation', file]).stdout, /2024-03-03/u);
		assert.match(run([root]).stdout, /2024-03-03/u, 'the corpus folder has no curation');

		const damaged = 'steps:\n  - action: hide\n    sources: [a.md\n';
		writeFileSync(file, damaged);
		const {code, stdout, stderr} = run([root, `--curation=${file}`]);
		assert.equal(code, 0);
		assert.match(stdout, /2024-03-03/u);
		assert.match(stderr, new RegExp(`^dateline: curation not applied: ${file.replaceAll(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:\\d+: [^\\n]+\\n$`, 'u'));
		assert.equal(readFileSync(file, 'utf8'), damaged);
	} finally {
		cleanup();
		elsewhere.cleanup();
	}
});

test('the curation example of readme.md is valid and every step of it matches an event of the bundled corpus', () => {
	const readme = readFileSync(new URL('../readme.md', import.meta.url), 'utf8');
	const section = readme.slice(readme.indexOf('\n## Curation\n'));
	const example = /```yaml\n([^`]*)```/u.exec(section)![1]!;
	const folder = tempFolder({'curation.yaml': example});
	try {
		const {code, stdout, stderr} = run(['--json', '--curation', path.join(folder.root, 'curation.yaml')]);
		assert.equal(code, 0);
		assert.equal(stderr, '', 'no step unmatched, the file not damaged');
		const model = JSON.parse(stdout) as TimelineModel;
		const exchange = model.events.find((event) => event.title === 'Prisoner exchange agreed in Istanbul')!;
		assert.match(exchange.note ?? '', /^The largest exchange/u);
		assert.deepEqual(model.events.filter((event) => event.date?.start === '2025-06-02').map((event) => [event.sources, event.pinned]), [
			[['004-second-round-june-2'], true],
			[['002-second-round-monday'], undefined],
		]);
		assert.equal(model.events.filter((event) => event.date?.start === '2022').length, 2, 'three events of 2022, two merged');
		assert.ok(!model.events.some((event) => event.date?.start === '2014'));
	} finally {
		folder.cleanup();
	}
});
