/**
 * Articles added to a watched corpus: the quick model shown while the whole merge runs
 * (core/quick-update.ts) has the events the whole merge gives, and the model after it is the one
 * a start from scratch builds; an update superseded by a newer one gives up its merge.
 */
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {liveCorpus} from '../source/core/live-corpus.js';
import type {TimelineModel} from '../source/core/model.js';
import {loadTimeline} from '../source/core/timeline.js';
import {tempFolder} from './helpers/temp-folder.js';

const cacheHome = tempFolder({});
process.env.XDG_CACHE_HOME = cacheHome.root;
after(cacheHome.cleanup);

const plain = (value: TimelineModel | TimelineModel["events"]): unknown => JSON.parse(JSON.stringify(value));

/** An article of `outlet` published on `published` whose sentence dates `sentence`. */
const article = (outlet: string, published: string, sentence: string) => `---\ntitle: ${outlet} report\noutlet: ${outlet}\npublished: ${published}\n---\n${sentence}\n`;

const corpus = {
	'a.md': article('Ledger', '2024-03-02', 'On 1 March 2024 Vladimir Putin met Recep Tayyip Erdogan in Ankara to discuss the grain corridor.'),
	'b.md': article('Courier', '2024-03-03', 'On 1 March 2024 Vladimir Putin met Recep Tayyip Erdogan in Ankara, where they discussed the grain corridor.'),
	'c.md': article('Herald', '2024-05-20', 'On 18 May 2024 the Danube flooded the port of Galati, closing its grain terminals, said Ion Puchianu, the director of the port.'),
};

/** The quick model and the model of one update of a live corpus of `corpus` once `file` is written (null: removed); `named`: the update is told the file, as the watcher names it. */
async function update(file: string, content: string | null, named = true): Promise<{quick: TimelineModel | undefined; model: TimelineModel; scratch: TimelineModel}> {
	const {root, cleanup} = tempFolder(corpus);
	try {
		const live = liveCorpus([root], {cache: false});
		await live.load();
		await live.load();
		if (content === null) rmSync(path.join(root, file));
		else writeFileSync(path.join(root, file), content);
		let quick: TimelineModel | undefined;
		const model = await live.update({...(named ? {changed: new Set([path.join(root, file)])} : {}), shown: (shown) => {
			quick = shown;
		}});
		return {quick, model: model!, scratch: await loadTimeline([root], {cache: false})};
	} finally {
		cleanup();
	}
}

test('an article on a date no other reported: the quick model has the events and entities the whole merge gives, and the model after is the one from scratch', async () => {
	const {quick, model, scratch} = await update('d.md', article('Tribune', '2024-09-12', 'On 10 September 2024 Olaf Scholz opened the new Berlin airport terminal.'));
	assert.ok(quick, 'a quick model is shown');
	assert.deepEqual(plain(model), plain(scratch));
	assert.equal(quick.events.length, scratch.events.length);
	assert.deepEqual(plain(quick), plain(scratch));
	assert.ok(quick.events.some((event) => event.date?.start === '2024-09-10' && event.sources.includes('d')));
});

test('an article on a date others reported: in the quick model it joins their event, as in the whole merge', async () => {
	const {quick, model, scratch} = await update('d.md', article('Tribune', '2024-03-04', 'On 1 March 2024 Vladimir Putin met Recep Tayyip Erdogan in Ankara and discussed the grain corridor again.'));
	assert.ok(quick, 'a quick model is shown');
	assert.deepEqual(plain(model), plain(scratch));
	const met = (of: TimelineModel) => of.events.find((event) => event.date?.start === '2024-03-01');
	assert.deepEqual(met(scratch)?.sources, ['a', 'b', 'd']);
	assert.deepEqual(plain(quick), plain(scratch));
});

test('an update that checks every file (r) shows the quick model of a file added too', async () => {
	const {quick, scratch} = await update('d.md', article('Tribune', '2024-03-04', 'On 1 March 2024 Vladimir Putin met Recep Tayyip Erdogan in Ankara and discussed the grain corridor again.'), false);
	assert.ok(quick, 'a quick model is shown');
	assert.deepEqual(plain(quick), plain(scratch));
});

test('a file changed: the quick model has its article as it is now, in place of how it was', async () => {
	const {quick, model, scratch} = await update('c.md', article('Herald', '2024-05-21', 'On 19 May 2024 the Danube flooded the port of Galati, said Mihai Lupu, the mayor.'));
	assert.ok(quick, 'a quick model is shown');
	assert.deepEqual(plain(model), plain(scratch));
	const byDay = (of: TimelineModel) => of.events.filter((event) => event.sources.includes('c')).map((event) => event.date?.start);
	assert.deepEqual(byDay(quick), ['2024-05-19']);
	assert.ok(quick.entities.some((entity) => entity.name === 'Mihai Lupu'));
	assert.ok(!quick.entities.some((entity) => entity.name === 'Ion Puchianu'));
	assert.deepEqual(plain(quick.events), plain(scratch.events));
});

test('an update superseded by a newer one gives up its merge; the newer reads what it left', async () => {
	const {root, cleanup} = tempFolder(corpus);
	try {
		const live = liveCorpus([root], {cache: false});
		await live.load();
		await live.load();
		const first = path.join(root, 'd.md');
		writeFileSync(first, article('Tribune', '2024-09-12', 'On 10 September 2024 Olaf Scholz opened the new Berlin airport terminal.'));
		let shown = 0;
		assert.equal(await live.update({changed: new Set([first]), shown: () => {
			shown++;
		}, superseded: () => true}), null);
		assert.equal(shown, 1, 'the quick model was shown before the merge was given up');
		const second = path.join(root, 'e.md');
		writeFileSync(second, article('Mirror', '2024-10-02', 'On 1 October 2024 Olaf Scholz visited the Galati port.'));
		let quick: TimelineModel | undefined;
		const model = await live.update({changed: new Set([second]), shown: (model) => {
			quick = model;
		}});
		const scratch = await loadTimeline([root], {cache: false});
		assert.deepEqual(plain(model!), plain(scratch));
		assert.deepEqual(
			quick?.articles.map((each) => each.id),
			scratch.articles.map((each) => each.id),
			'the quick model has both added articles',
		);
	} finally {
		cleanup();
	}
});

test('a file removed: the quick model is without its article, its events and the entities only it named, as the whole merge gives', async () => {
	const {quick, model, scratch} = await update('c.md', null);
	assert.ok(quick, 'a quick model is shown');
	assert.deepEqual(plain(model), plain(scratch));
	assert.ok(!quick.events.some((event) => event.sources.includes('c')));
	assert.ok(!quick.entities.some((entity) => entity.name === 'Ion Puchianu'));
	assert.ok(!quick.articles.some((each) => each.id === 'c'));
	assert.deepEqual(plain(quick), plain(scratch));
});

test("a file removed whose event others reported too: in the quick model the event keeps the others' sentences", async () => {
	const {quick, scratch} = await update('b.md', null);
	assert.ok(quick, 'a quick model is shown');
	const met = (of: TimelineModel) => of.events.find((event) => event.date?.start === '2024-03-01');
	assert.deepEqual(met(quick)?.sources, ['a']);
	assert.deepEqual(plain(quick), plain(scratch));
});

test('files the watcher names as removed or changed show their quick model before the corpus is listed again', async () => {
	const {root, cleanup} = tempFolder(corpus);
	try {
		const live = liveCorpus([root], {cache: false});
		await live.load();
		await live.load();
		rmSync(path.join(root, 'c.md'));
		writeFileSync(path.join(root, 'b.md'), article('Courier', '2024-03-03', 'On 2 March 2024 Vladimir Putin met Recep Tayyip Erdogan in Ankara, where they discussed the grain corridor.'));
		// Written but not named: a listing would find it.
		writeFileSync(path.join(root, 'd.md'), article('Tribune', '2024-09-12', 'On 10 September 2024 Olaf Scholz opened the new Berlin airport terminal.'));
		let quick: TimelineModel | undefined;
		await live.update({
			changed: new Set([path.join(root, 'c.md'), path.join(root, 'b.md')]),
			shown: (shown) => {
				quick = shown;
			},
		});
		assert.deepEqual(
			quick?.articles.map((each) => each.id),
			['a', 'b'],
		);
		assert.deepEqual(
			quick.events.filter((event) => event.sources.includes('b')).map((event) => event.date?.start),
			['2024-03-02'],
		);
	} finally {
		cleanup();
	}
});

test('a file removed after an update that gave up its merge: the quick model is shown before the corpus is listed again', async () => {
	const {root, cleanup} = tempFolder(corpus);
	try {
		const live = liveCorpus([root], {cache: false});
		await live.load();
		await live.load();
		const added = path.join(root, 'd.md');
		writeFileSync(added, article('Tribune', '2024-09-12', 'On 10 September 2024 Olaf Scholz opened the new Berlin airport terminal.'));
		assert.equal(await live.update({changed: new Set([added]), shown: () => {}, superseded: () => true}), null);
		rmSync(added);
		// Written but not named: a listing would find it.
		writeFileSync(path.join(root, 'e.md'), article('Mirror', '2024-10-02', 'On 1 October 2024 Olaf Scholz visited the Galati port.'));
		let quick: TimelineModel | undefined;
		await live.update({
			changed: new Set([added]),
			shown: (shown) => {
				quick = shown;
			},
		});
		assert.deepEqual(
			quick?.articles.map((each) => each.id),
			['a', 'b', 'c'],
		);
	} finally {
		cleanup();
	}
});
