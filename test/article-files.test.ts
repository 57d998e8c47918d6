import assert from 'node:assert/strict';
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {findArticleFiles} from '../source/core/article-files.js';
import {loadArticles} from '../source/core/load.js';
import {tempFolder} from './helpers/temp-folder.js';

const reasonFor = (skipped: Array<{path: string; reason: string}>, name: string) => skipped.find((entry) => entry.path.endsWith(name))?.reason;

test('a link inside a corpus folder is followed only where it stays inside the given folders', async () => {
	const outside = tempFolder({'secret.md': 'A private note of 16 May 2025.', 'elsewhere/other.md': 'Not part of the corpus.'});
	const other = tempFolder({'given.md': 'A second given folder.'});
	const {root, cleanup} = tempFolder({'a.md': 'First article.', 'sub/b.md': 'Second article.'});
	try {
		symlinkSync('/', path.join(root, 'disk'));
		symlinkSync(path.join(outside.root, 'secret.md'), path.join(root, 'key.md'));
		symlinkSync(path.join(outside.root, 'elsewhere'), path.join(root, 'away'));
		symlinkSync(path.join(root, 'sub', 'b.md'), path.join(root, 'same-b.md'));
		symlinkSync('sub', path.join(root, 'sub-again'));
		symlinkSync(path.join(other.root, 'given.md'), path.join(root, 'to-other.md'));
		const {articles, skipped} = await loadArticles([root, other.root]);
		assert.deepEqual(articles.map((article) => article.id).sort(), ['a', 'given', 'same-b', 'sub/b', 'to-other']);
		assert.equal(reasonFor(skipped, '/disk'), 'link leaves the corpus folder → /');
		assert.equal(reasonFor(skipped, '/key.md'), `link leaves the corpus folder → ${path.join(outside.root, 'secret.md')}`);
		assert.equal(reasonFor(skipped, '/away'), `link leaves the corpus folder → ${path.join(outside.root, 'elsewhere')}`);
		assert.equal(reasonFor(skipped, '/sub-again'), 'folder already read (symbolic link loop)');
		assert.equal(skipped.length, 4);
	} finally {
		cleanup();
		other.cleanup();
		outside.cleanup();
	}
});

test('a link given on the command line is followed wherever it leads', async () => {
	const outside = tempFolder({'folder/x.md': 'In a linked folder.', 'y.md': 'A linked file.'});
	const {root, cleanup} = tempFolder({});
	try {
		symlinkSync(path.join(outside.root, 'folder'), path.join(root, 'linked-folder'));
		symlinkSync(path.join(outside.root, 'y.md'), path.join(root, 'linked.md'));
		const {articles, skipped} = await loadArticles([path.join(root, 'linked-folder'), path.join(root, 'linked.md')]);
		assert.deepEqual(articles.map((article) => article.text), ['In a linked folder.', 'A linked file.']);
		assert.deepEqual(skipped, []);
	} finally {
		cleanup();
		outside.cleanup();
	}
});

test('a folder 1,500 levels deep is walked and its article found', async () => {
	const {root, cleanup} = tempFolder({});
	try {
		const deep = path.join(root, ...Array.from({length: 1500}, () => 'd'));
		mkdirSync(deep, {recursive: true});
		writeFileSync(path.join(deep, 'bottom.md'), 'At the bottom.');
		const {files, skipped} = await findArticleFiles([root]);
		assert.deepEqual(skipped, []);
		assert.deepEqual(files.map((file) => file.idStem), [`${'d/'.repeat(1500)}bottom`]);
	} finally {
		cleanup();
	}
});
