/**
 * Loading a corpus again while dateline runs: after files are added, changed and removed, the
 * model a live corpus builds from its last load is the one a start from scratch builds.
 */
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {generateArticles, writeArticles, type GeneratedArticle} from '../scripts/bench/generate.js';
import {createRandom} from '../scripts/bench/prng.js';
import {liveCorpus, oneOfEachLanguage} from '../source/core/live-corpus.js';
import type {TimelineModel} from '../source/core/model.js';
import {indexCorpus} from '../source/core/index-corpus.js';
import {corpusFiles, loadTimeline} from '../source/core/timeline.js';
import {tempFolder} from './helpers/temp-folder.js';

const cacheHome = tempFolder({});
process.env.XDG_CACHE_HOME = cacheHome.root;
after(cacheHome.cleanup);

const plain = (model: TimelineModel): unknown => JSON.parse(JSON.stringify(model));

/** Applies a random step to the corpus under `root`: a file added from `pool`, one changed (its text, or only its outlet), or one removed; says which, and adds the file's path to `touched`. */
function randomStep(root: string, present: GeneratedArticle[], pool: GeneratedArticle[], random: ReturnType<typeof createRandom>, touched: Set<string>): string {
	const kind = present.length < 3 ? 0 : random.int(0, 4);
	if (kind === 0 && pool.length > 0) {
		const added = pool.splice(random.int(0, pool.length - 1), 1)[0]!;
		writeArticles([added], root);
		touched.add(path.join(root, added.path));
		present.push(added);
		return `added ${added.path}`;
	}
	const at = random.int(0, present.length - 1);
	const target = present[at]!;
	const file = path.join(root, target.path);
	touched.add(file);
	if (kind === 1) {
		present.splice(at, 1);
		rmSync(file);
		return `removed ${target.path}`;
	}
	// The same sentences, events and dates from another outlet: what the merge keeps of its events is weighed anew.
	if (kind === 4) {
		const outlet = /^outlet: .*$/m.exec(present[random.int(0, present.length - 1)]!.content)?.[0] ?? 'outlet: "Another"';
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^outlet: .*$/m, outlet));
		return `moved ${target.path} to another outlet`;
	}
	// Another article's body under this one's front matter, or the same body with a sentence of another.
	const donor = present[random.int(0, present.length - 1)]!;
	const body = (content: string) => content.slice(content.indexOf('\n---\n') + 5);
	const head = target.content.slice(0, target.content.indexOf('\n---\n') + 5);
	const text = kind === 2 ? head + body(donor.content) : `${readFileSync(file, 'utf8')}\n${body(donor.content).split('\n')[0]}\n`;
	writeFileSync(file, text);
	return `changed ${target.path}`;
}

for (const seed of [1, 2, 3]) {
	test(`after random additions, changes and removals the live model is the model built from scratch (seed ${seed})`, async () => {
		const random = createRandom(seed);
		const articles = generateArticles({count: 90, seed: 40 + seed});
		const present = articles.slice(0, 60);
		const pool = articles.slice(60);
		const {root, cleanup} = tempFolder({});
		try {
			writeArticles(present, root);
			const live = liveCorpus([root]);
			await live.load();
			// A second load keeps what the next ones take from.
			assert.deepEqual(plain(await live.load()), plain(await loadTimeline([root], {cache: false})));
			const steps: string[] = [];
			for (let round = 0; round < 6; round++) {
				const count = random.int(1, 3);
				const touched = new Set<string>();
				for (let step = 0; step < count; step++) steps.push(randomStep(root, present, pool, random, touched));
				// Every other load is told the files changed, as the watcher names them, and shows their quick model first.
				const model = round % 2 === 0 ? (await live.update({changed: touched, shown: () => {}}))! : await live.load();
				const scratch = await loadTimeline([root], {cache: false});
				assert.ok(scratch.events.length > 0);
				assert.deepEqual(plain(model), plain(scratch), `after ${steps.join(', ')}`);
			}
		} finally {
			cleanup();
		}
	});
}

test('the cache is written after a load that read only the changed files: the next start takes the model from it', async () => {
	const articles = generateArticles({count: 30, seed: 9});
	const {root, cleanup} = tempFolder({});
	try {
		writeArticles(articles.slice(0, 25), root);
		const live = liveCorpus([root], {}, 0);
		await live.load();
		await live.load();
		writeArticles(articles.slice(25), root);
		rmSync(path.join(root, articles[0]!.path));
		const model = await live.load();
		await live.cacheWritten();
		const {files, aliases, roots} = await corpusFiles([root]);
		const index = await indexCorpus(files, roots, aliases);
		assert.ok(index.snapshot, 'the cache holds the model of every file as it is');
		index.save(null);
		assert.deepEqual(plain(await loadTimeline([root])), plain(model));
		assert.deepEqual(plain(model), plain(await loadTimeline([root], {cache: false})));
		assert.equal(await live.load(), model, 'nothing changed since: the same model, not merged again');
	} finally {
		cleanup();
	}
});

test('an article moved to the outlet of another source of its event weighs that event again', async () => {
	const article = (outlet: string) => `---\ntitle: Talks\noutlet: ${outlet}\npublished: 2024-03-02\n---\nOn 1 March 2024 Jon Ferrow met the envoy in Geneva.\n`;
	const {root, cleanup} = tempFolder({'a.md': article('Ledger'), 'b.md': article('Courier')});
	try {
		const live = liveCorpus([root], {cache: false});
		await live.load();
		const before = await live.load();
		writeFileSync(path.join(root, 'b.md'), article('Ledger'));
		const after = await live.load();
		const scratch = await loadTimeline([root], {cache: false});
		assert.deepEqual(plain(after), plain(scratch));
		assert.ok(after.events[0]!.salience < before.events[0]!.salience, 'a second report of one outlet counts less than one of another');
	} finally {
		cleanup();
	}
});

test('a load told which files changed checks no other file: a change the watcher did not name waits for a load that checks every file', async () => {
	const article = (day: number) => `---\ntitle: Talks\npublished: 2024-03-0${day}\n---\nOn ${day} March 2024 the envoys met in Geneva.\n`;
	const {root, cleanup} = tempFolder({'a.md': article(1), 'b.md': article(2)});
	try {
		const live = liveCorpus([root], {cache: false});
		await live.load();
		await live.load();
		writeFileSync(path.join(root, 'a.md'), article(3));
		writeFileSync(path.join(root, 'c.md'), article(4));
		const named = await live.load({changed: new Set([path.join(root, 'c.md')])});
		assert.deepEqual(named.articles.map((each) => each.published), ['2024-03-01', '2024-03-02', '2024-03-04']);
		assert.deepEqual(plain(await live.load()), plain(await loadTimeline([root], {cache: false})));
	} finally {
		cleanup();
	}
});

test('an alias file added beside the articles is read by the next load', async () => {
	const {root, cleanup} = tempFolder({
		'a.md': '---\ntitle: Talks\npublished: 2024-03-02\n---\nOn 1 March 2024 Jon Ferrow met the envoy in Geneva.\n',
	});
	try {
		const live = liveCorpus([root]);
		await live.load();
		await live.load();
		mkdirSync(path.join(root, 'more'));
		writeFileSync(path.join(root, 'dateline-aliases.yaml'), '- name: Jon Ferrow\n  kind: person\n  aliases: [Ferrow]\n');
		writeFileSync(path.join(root, 'more', 'b.md'), '---\ntitle: Again\npublished: 2024-03-05\n---\nOn 1 March 2024 Ferrow met the envoy in Geneva.\n');
		assert.deepEqual(plain(await live.load()), plain(await loadTimeline([root], {cache: false})));
	} finally {
		cleanup();
	}
});

test('after a start from elsewhere (the start file) the first load already keeps what the next ones take from', async () => {
	const {root, cleanup} = tempFolder({
		'a.md': '---\ntitle: Talks\npublished: 2024-03-02\n---\nOn 1 March 2024 the envoys met in Geneva.\n',
	});
	try {
		const live = liveCorpus([root], {cache: false});
		live.startedElsewhere();
		const model = await live.load();
		assert.equal(await live.load(), model, 'the second load finds nothing changed since the first, which kept its files');
	} finally {
		cleanup();
	}
});

test('reading is made ready with one article of each language, the most common first, its language declared', () => {
	const articles = [
		{id: 'a', language: 'de'},
		{id: 'b', language: 'en'},
		{id: 'c', language: 'en', published: '2024-03-02'},
		{id: 'd', language: 'ar'},
		{id: 'e', language: 'en'},
		{id: 'f', language: 'ar'},
	].map(({id, language, published}) => ({id, path: `${id}.md`, title: id, outlet: null, url: null, published: published ?? null, language, text: `Text of ${id}.`}));
	const model: TimelineModel = {articles, dates: [], events: [], entities: [], skipped: []};
	assert.deepEqual(oneOfEachLanguage(model), [
		{id: 'b', path: 'b.md', text: 'Text of b.', title: 'b', language: 'en'},
		{id: 'd', path: 'd.md', text: 'Text of d.', title: 'd', language: 'ar'},
		{id: 'a', path: 'a.md', text: 'Text of a.', title: 'a', language: 'de'},
	]);
});
