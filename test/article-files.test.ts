import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {findArticleFiles} from '../source/core/article-files.js';
import {tempFolder} from './helpers/temp-folder.js';

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
