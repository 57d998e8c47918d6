import assert from 'node:assert/strict';
import {symlinkSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {MissingPathError} from '../source/core/article-files.js';
import {loadArticles} from '../source/core/load.js';
import {snapshot, tempFolder} from './helpers/temp-folder.js';

const reasonFor = (skipped: Array<{path: string; reason: string}>, name: string) => skipped.find((entry) => entry.path.endsWith(name))?.reason;

test('every article file gets an id of its own, across extensions and given folders', async () => {
	// two/y.md is given twice: by itself and inside two/.
	const {root, cleanup} = tempFolder({
		'one/x.md': 'First x.',
		'one/x.txt': 'Second x.',
		'two/x.md': 'Third x.',
		'two/y.md': 'Only y.',
		'three/one/x.md': 'A folder named like the first.',
		'four/one/x.md': 'Another folder named like the first.',
	});
	try {
		const {articles} = await loadArticles([path.join(root, 'one'), path.join(root, 'two'), path.join(root, 'three', 'one'), path.join(root, 'two', 'y.md'), path.join(root, 'four', 'one')]);
		assert.deepEqual(
			articles.map((article) => [article.id, article.text]),
			[
				['x.md', 'First x.'],
				['x.txt', 'Second x.'],
				['two/x', 'Third x.'],
				['y', 'Only y.'],
				['one/x', 'A folder named like the first.'],
				['one/x~2', 'Another folder named like the first.'],
			],
		);
	} finally {
		cleanup();
	}
});

test('a file named like an item of a JSON array beside it gets an id of its own', async () => {
	const {root, cleanup} = tempFolder({
		'c.json': JSON.stringify([{text: 'Item one.'}, {text: 'Item two.'}]),
		'c#1.md': 'A file named like the first item.',
		'd#1.md': 'No array named d here.',
	});
	try {
		const {articles} = await loadArticles([root]);
		assert.deepEqual(articles.map((article) => [article.id, article.text]).sort(), [
			['c#1', 'Item one.'],
			['c#1~2', 'A file named like the first item.'],
			['c#2', 'Item two.'],
			['d#1', 'No array named d here.'],
		]);
	} finally {
		cleanup();
	}
});

test('reads front matter, plain text, JSON and JSON lines with their metadata', async () => {
	const {root, cleanup} = tempFolder({
		'a.md': '---\ntitle: Talks open\npublished: 2025-05-16\noutlet: Example\nlanguage: EN\nurl: https://example.org/a\n---\nThe talks opened.\n',
		'b.txt': 'No metadata at all. Just text.',
		'c.json': JSON.stringify([{title: 'One', text: 'First.'}, {title: 'Two', text: 'Second.', published: '2025-05-17T23:30:00-08:00'}]),
		'd.jsonl': `${JSON.stringify({text: 'Line one.'})}\nnot json\n${JSON.stringify({text: 'Line three.'})}\n`,
		'sub/deeper/e.md': 'Nested.',
		'ignored.csv': 'a,b',
	});
	try {
		const {articles, skipped} = await loadArticles([root]);
		const byId = new Map(articles.map((article) => [article.id, article]));
		assert.deepEqual([...byId.keys()], ['a', 'b', 'c#1', 'c#2', 'd#1', 'd#2', 'sub/deeper/e']);
		const a = byId.get('a')!;
		assert.equal(a.title, 'Talks open');
		assert.equal(a.published, '2025-05-16');
		assert.equal(a.language, 'en');
		assert.equal(a.outlet, 'Example');
		assert.equal(a.url, 'https://example.org/a');
		assert.equal(a.text, 'The talks opened.\n');
		// The calendar day as written, never shifted into another time zone.
		assert.equal(byId.get('c#2')!.published, '2025-05-17');
		assert.equal(byId.get('b')!.published, undefined);
		assert.match(reasonFor(skipped, 'd.jsonl:2')!, /not valid JSON/);
	} finally {
		cleanup();
	}
});

test('the body of a bundled article is the seed text byte for byte', async () => {
	const {articles} = await loadArticles(['corpus']);
	assert.equal(articles.length, 5);
	const seed004 = articles.find((article) => article.id.startsWith('004'))!;
	assert.ok(seed004.text.startsWith('\n\n\n\n\n\nThe date of the next series'));
	assert.equal(seed004.published, '2025-05-29');
});

test('front matter keeps dates and times as written, and a few aliases are fine', async () => {
	const {root, cleanup} = tempFolder({
		'late.md': '---\ntitle: Late\npublished: 2025-05-16T23:30:00-05:00\n---\nBody.',
		'alias.md': '---\noutlet: &desk Wire desk\ntitle: *desk\n---\nBody.',
	});
	try {
		const {articles, skipped} = await loadArticles([root]);
		assert.deepEqual(skipped, []);
		const byId = new Map(articles.map((article) => [article.id, article]));
		assert.equal(byId.get('late')!.published, '2025-05-16', 'the calendar day written, not shifted to UTC');
		assert.equal(byId.get('alias')!.title, 'Wire desk');
	} finally {
		cleanup();
	}
});

test('bad files are skipped with a reason and the rest still loads', async () => {
	const laughs = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
	for (const name of 'bcdefghi') laughs.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`).join(',')}]`);
	laughs.push('---', 'Body.');
	const {root, cleanup} = tempFolder({
		'good.md': 'A good article.',
		'empty.md': '',
		'blank.txt': '\n\n   \n',
		'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
		'latin1.txt': new Uint8Array([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e]),
		'broken.md': '---\ntitle: [unclosed\n---\nBody.',
		'impossible.md': '---\npublished: 2025-02-30\n---\nBody.',
		'wrongtype.md': '---\ntitle: {nested: map}\n---\nBody.',
		'laughs.md': laughs.join('\n'),
		'bad.json': '{"text": ',
	});
	try {
		const before = snapshot(root);
		const {articles, skipped} = await loadArticles([root]);
		// An impossible publication date costs the article nothing but its date.
		assert.deepEqual(articles.map((article) => [article.id, article.published]), [['good', undefined], ['impossible', undefined]]);
		assert.match(reasonFor(skipped, 'empty.md')!, /empty/);
		assert.match(reasonFor(skipped, 'blank.txt')!, /empty/);
		assert.match(reasonFor(skipped, 'binary.txt')!, /binary/);
		assert.match(reasonFor(skipped, 'latin1.txt')!, /UTF-8/);
		assert.match(reasonFor(skipped, 'broken.md')!, /front matter/);
		assert.match(reasonFor(skipped, 'impossible.md')!, /impossible publication date "2025-02-30"; the article is kept without it/);
		assert.match(reasonFor(skipped, 'wrongtype.md')!, /title is not text/);
		assert.match(reasonFor(skipped, 'laughs.md')!, /front matter: more than 10,000 values once aliases are written out/);
		assert.match(reasonFor(skipped, 'bad.json')!, /not valid JSON/);
		assert.deepEqual(snapshot(root), before, 'nothing is written into the corpus folder');
	} finally {
		cleanup();
	}
});

test('UTF-16 with a byte-order mark is decoded', async () => {
	const body = 'Gespräche in Istanbul.';
	const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(body, 'utf16le')]);
	const {root, cleanup} = tempFolder({'wide.txt': utf16});
	try {
		const {articles} = await loadArticles([root]);
		assert.equal(articles[0]?.text, body);
	} finally {
		cleanup();
	}
});

test('a symbolic link loop is reported once and does not hang', async () => {
	const {root, cleanup} = tempFolder({'inner/a.md': 'Text.'});
	try {
		symlinkSync(root, path.join(root, 'inner', 'loop'));
		symlinkSync(path.join(root, 'nowhere'), path.join(root, 'dangling.md'));
		const {articles, skipped} = await loadArticles([root]);
		assert.deepEqual(articles.map((article) => article.id), ['inner/a']);
		assert.match(reasonFor(skipped, 'loop')!, /loop/);
		assert.ok(reasonFor(skipped, 'dangling.md'));
	} finally {
		cleanup();
	}
});

test('a path that does not exist is an error naming it', async () => {
	await assert.rejects(loadArticles(['no/such/folder']), (error: unknown) => error instanceof MissingPathError && /no\/such\/folder/.test(error.message));
});
