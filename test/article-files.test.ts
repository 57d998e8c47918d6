import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import path from 'node:path';
import {test} from 'node:test';
import {findArticleFiles} from '../source/core/article-files.js';
import {loadArticles} from '../source/core/load.js';
import {loadTimeline} from '../source/core/timeline.js';
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

/** `café.md` with é in Latin-1: not UTF-8. */
const latin1Name = Buffer.from('caf\xe9.md', 'latin1');

test('a file or folder name that is not UTF-8 is read and shown with a replacement character', async () => {
	const {root, cleanup} = tempFolder({'plain.md': 'A plain name.'});
	try {
		writeFileSync(Buffer.concat([Buffer.from(`${root}/`), latin1Name]), 'Talks in a Latin-1 name on 16 May 2025.');
		const folder = Buffer.concat([Buffer.from(`${root}/`), Buffer.from('dossier-\xe9t\xe9', 'latin1')]);
		mkdirSync(folder);
		writeFileSync(Buffer.concat([folder, Buffer.from('/inside.md')]), 'Inside a Latin-1 folder.');
		const {articles, skipped} = await loadArticles([root]);
		assert.deepEqual(skipped, []);
		assert.deepEqual(
			articles.map((article) => [article.id, article.path, article.text]),
			[
				['caf\uFFFD', `${path.basename(root)}/caf\uFFFD.md`, 'Talks in a Latin-1 name on 16 May 2025.'],
				['dossier-\uFFFDt\uFFFD/inside', `${path.basename(root)}/dossier-\uFFFDt\uFFFD/inside.md`, 'Inside a Latin-1 folder.'],
				['plain', `${path.basename(root)}/plain.md`, 'A plain name.'],
			],
		);
		// Worker threads get the path's bytes too.
		const model = await loadTimeline([root], {cache: false, filesPerWorker: 1});
		assert.deepEqual(model.skipped, []);
		assert.equal(model.articles.length, 3);
	} finally {
		cleanup();
	}
});

test('two names that differ only in bytes that are not UTF-8 are two articles', async () => {
	const {root, cleanup} = tempFolder({});
	try {
		writeFileSync(Buffer.concat([Buffer.from(`${root}/`), latin1Name]), 'First.');
		writeFileSync(Buffer.concat([Buffer.from(`${root}/`), Buffer.from('caf\xe8.md', 'latin1')]), 'Second.');
		const {articles} = await loadArticles([root]);
		assert.deepEqual(articles.map((article) => article.text).sort(), ['First.', 'Second.']);
	} finally {
		cleanup();
	}
});

test('named pipes and sockets in a folder are skipped with a reason, never opened', async () => {
	const {root, cleanup} = tempFolder({'real.md': 'Real.'});
	const server = createServer();
	try {
		execFileSync('mkfifo', [path.join(root, 'pipe.md'), path.join(root, 'pipe')]);
		await new Promise<void>((resolve) => server.listen(path.join(root, 'socket.md'), resolve));
		symlinkSync('pipe.md', path.join(root, 'link-to-pipe.md'));
		const {articles, skipped} = await loadArticles([root]);
		assert.deepEqual(articles.map((article) => article.id), ['real']);
		assert.deepEqual(
			skipped.map((entry) => [path.basename(entry.path), entry.reason]),
			[
				['link-to-pipe.md', 'named pipe: not read (only regular files are)'],
				['pipe', 'named pipe: not read (only regular files are)'],
				['pipe.md', 'named pipe: not read (only regular files are)'],
				['socket.md', 'socket: not read (only regular files are)'],
			],
		);
	} finally {
		server.close();
		cleanup();
	}
});
