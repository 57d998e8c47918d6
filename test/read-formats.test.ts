import assert from 'node:assert/strict';
import path from 'node:path';
import {test} from 'node:test';
import {loadArticles} from '../source/core/load.js';
import {tempFolder} from './helpers/temp-folder.js';

test('files of formats dateline does not read are listed with their reason, not dropped in silence', async () => {
	const {root, cleanup} = tempFolder({
		'story.md': 'The talks opened in Istanbul.',
		'report.pdf': '%PDF-1.7 not read',
		'memo.docx': new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
		'photo.JPG': new Uint8Array([0xff, 0xd8, 0xff]),
		'archive.tar.gz': new Uint8Array([0x1f, 0x8b]),
		'README': 'A file without an extension in a folder is no article and no format: left alone.',
		'.hidden.pdf': 'hidden files stay out of sight',
	});
	try {
		const {articles, skipped} = await loadArticles([root]);
		assert.deepEqual(articles.map((article) => article.id), ['story']);
		assert.deepEqual(
			skipped.map((entry) => [path.basename(entry.path), entry.reason]),
			[
				['archive.tar.gz', 'not an article format dateline reads (.gz)'],
				['memo.docx', 'not an article format dateline reads (.docx)'],
				['photo.JPG', 'not an article format dateline reads (.jpg)'],
				['report.pdf', 'not an article format dateline reads (.pdf)'],
			],
		);
		// Given by name, the same reason.
		const given = await loadArticles([path.join(root, 'report.pdf')]);
		assert.deepEqual(given.skipped.map((entry) => entry.reason), ['not an article format dateline reads (.pdf)']);
	} finally {
		cleanup();
	}
});

test('the folder of pictures and scripts a browser saves beside a page is not read', async () => {
	const body = `<p>${'The talks opened in Istanbul on Friday, officials said, and ended after two hours. '.repeat(4)}</p>`;
	const {root, cleanup} = tempFolder({
		'Talks open – News.html': `<!doctype html><html lang="en"><head><title>Talks open</title></head><body><article>${body}</article></body></html>`,
		'Talks open – News_files/app.js': 'var x = 1;',
		'Talks open – News_files/style.css': 'body {}',
		'Talks open – News_files/inner.html': `<!doctype html><html><body><article>${body}</article></body></html>`,
		'other_files/notes.md': 'A folder named like this but beside no page is read.',
	});
	try {
		const {articles, skipped} = await loadArticles([root]);
		assert.deepEqual(articles.map((article) => article.id), ['Talks open – News', 'other_files/notes']);
		assert.deepEqual(skipped, []);
	} finally {
		cleanup();
	}
});
