import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, truncateSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {readArticleFile} from '../source/core/load.js';
import {loadTimeline} from '../source/core/timeline.js';
import {snapshot, tempFolder} from './helpers/temp-folder.js';

const load = (root: string) => loadTimeline([root], {cache: false});

test('a 50 MB article is skipped by its size, without being read', async () => {
	const {root, cleanup} = tempFolder({'small.md': 'A small article.'});
	try {
		writeFileSync(path.join(root, 'huge.md'), '');
		truncateSync(path.join(root, 'huge.md'), 50 * 1024 * 1024);
		const model = await load(root);
		assert.equal(model.articles.length, 1);
		assert.match(model.skipped.find((entry) => entry.path.endsWith('huge.md'))!.reason, /too large \(50\.0 MB/);
	} finally {
		cleanup();
	}
});

test('a one-megabyte line without a line break is read and analyzed', async () => {
	const words = 'the delegations met in Istanbul on Friday and Zelensky spoke with Putin about 2022 while';
	const {root, cleanup} = tempFolder({'long.md': `---\npublished: 2025-05-16\n---\n${`${words} `.repeat(Math.ceil(1_048_576 / words.length))}`});
	try {
		const model = await load(root);
		assert.equal(model.articles.length, 1);
		assert.ok(model.dates.length > 0);
		assert.ok(model.events.some((event) => event.date?.start === '2025-05-16'));
	} finally {
		cleanup();
	}
});

test('ten thousand tiny files and a folder nested a hundred deep', async () => {
	const files: Record<string, string> = {};
	for (let index = 0; index < 10_000; index++) files[`many/${Math.floor(index / 500)}/${index}.txt`] = `Note ${index}.`;
	const {root, cleanup} = tempFolder(files);
	try {
		const deep = path.join(root, ...Array.from({length: 100}, (_, index) => `d${index}`));
		mkdirSync(deep, {recursive: true});
		writeFileSync(path.join(deep, 'bottom.md'), 'At the bottom.');
		const model = await load(root);
		assert.equal(model.articles.length, 10_001);
		assert.ok(model.articles.some((article) => article.id.endsWith('/d99/bottom')));
		assert.equal(model.events.length, 10_001, 'each undated article still appears');
	} finally {
		cleanup();
	}
});

test('a named pipe with an article name is not opened (it would block forever)', async () => {
	const {root, cleanup} = tempFolder({'real.md': 'Real.'});
	try {
		execFileSync('mkfifo', [path.join(root, 'pipe.md')]);
		const model = await load(root);
		assert.deepEqual(model.articles.map((article) => article.id), ['real']);
	} finally {
		cleanup();
	}
});

test('a file removed between the scan and the read is skipped with a reason', async () => {
	const reading = await readArticleFile({absolute: '/nonexistent/dateline/gone.md', display: 'gone.md', idStem: 'gone'});
	assert.deepEqual(reading.articles, []);
	assert.deepEqual(reading.skipped, [{path: 'gone.md', reason: 'file disappeared while reading'}]);
});

test('files changed between the scan and their reading are read as they are then', async () => {
	const {root, cleanup} = tempFolder({
		'a.md': '---\npublished: 2025-05-16\n---\nTalks in Istanbul on Friday.',
		'b.md': '---\npublished: 2025-05-16\n---\nThe first version.',
		'c.md': '---\npublished: 2025-05-16\n---\nSoon empty.',
	});
	try {
		let changed = false;
		// The first progress report comes after the scan found the files and before any is read.
		const model = await loadTimeline([root], {
			cache: false,
			onProgress: () => {
				if (changed) return;
				changed = true;
				writeFileSync(path.join(root, 'b.md'), '---\npublished: 2025-05-17\n---\nThe second, longer version of the article.');
				truncateSync(path.join(root, 'c.md'), 0);
			},
		});
		assert.ok(changed);
		assert.deepEqual(model.articles.map((article) => article.id), ['a', 'b']);
		assert.match(model.articles[1]!.text, /second, longer version/);
		assert.equal(model.articles[1]!.published, '2025-05-17');
		assert.deepEqual(model.skipped, [{path: `${path.basename(root)}/c.md`, reason: 'empty file'}]);
	} finally {
		cleanup();
	}
});

test('hostile metadata and bodies load as text and leave the folder untouched', async () => {
	const {root, cleanup} = tempFolder({
		'escape.md': '---\ntitle: "\\e]0;pwned\\a\\e[2J"\noutlet: "\\e]52;c;ZXZpbA==\\a"\n---\nBody with \u001b[31mred\u001b[0m and \u202eevil text.',
		'notyaml.md': '---\n: : : {[\n---\nBody.',
		'types.md': '---\npublished: [2025]\n---\nBody.',
	});
	try {
		const before = snapshot(root);
		const model = await load(root);
		assert.deepEqual(model.articles.map((article) => article.id), ['escape', 'types']);
		assert.equal(model.articles[0]!.title, '\u001b]0;pwned\u0007\u001b[2J', 'the model keeps the text as it is; output is where it is made safe');
		// types.md keeps its article; only its publication date is not read.
		assert.deepEqual(model.skipped.map((entry) => entry.path.split('/').pop()).sort(), ['notyaml.md', 'types.md']);
		assert.match(model.skipped.find((entry) => entry.path.endsWith('types.md'))!.reason, /not a date string; the article is kept/);
		assert.deepEqual(snapshot(root), before);
	} finally {
		cleanup();
	}
});
