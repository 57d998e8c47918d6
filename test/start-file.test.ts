import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {loadTimeline, startTimeline} from '../source/core/timeline.js';
import {modelAccess} from '../source/core/model-access.js';
import {shownEvents} from '../source/core/export/view.js';
import {coverageHistogram} from '../source/core/histogram.js';
import {keyEventLimit, keyEvents} from '../source/core/key-events.js';
import {previewOf} from '../source/core/start-preview.js';
import {readStartFile, readStartSteps} from '../source/core/index-cache/start-file.js';
import {sealOf} from '../source/core/index-cache/sealed-lines.js';
import {stepwise} from '../source/core/stepwise.js';
import {tempFolder} from './helpers/temp-folder.js';
import {largeCorpus} from './helpers/large-corpus.js';

const cacheHome = mkdtempSync(path.join(tmpdir(), 'dateline-cache-'));
process.env.XDG_CACHE_HOME = cacheHome;
after(() => rmSync(cacheHome, {recursive: true, force: true}));

const cacheFolder = path.join(cacheHome, 'dateline');
const startFiles = () => readdirSync(cacheFolder).filter((name) => name.endsWith('.start.jsonl')).map((name) => path.join(cacheFolder, name));
const article = (day: number, place: string) => `---\npublished: 2025-05-${String(day).padStart(2, '0')}\n---\nThe delegations met in ${place} on Friday. Talks in ${place} ended on May 20, 2025.\n`;
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** A corpus indexed, then read once from its cache: the start file is written on that second start. */
async function indexed(files: Record<string, string>) {
	const folder = tempFolder({...files, 'bad.md': '---\npublished: [\n---\n', 'notes.pdf': 'x'});
	await loadTimeline([folder.root]);
	const model = await loadTimeline([folder.root]);
	return {...folder, model};
}

test('a start from the start file gives the model a start from the cache gives, and finds the corpus unchanged', async () => {
	const {root, cleanup, model} = await indexed({'a.md': article(16, 'Istanbul'), 'b.md': article(16, 'Istanbul, with Ankara'), 'c.md': article(23, 'Geneva')});
	try {
		assert.equal(startFiles().length, 1);
		const start = startTimeline([root]);
		assert.ok(start, 'a start file to start from');
		assert.equal(start.files, 4, "bad.md is an article file too, skipped when read");
		// A small corpus shows all its events: the start gives the whole model at once.
		assert.equal(previewOf(start.first), undefined);
		assert.equal(start.whole(), start.first);
		assert.deepEqual(plain(start.first), plain(model));
		assert.ok(start.first.skipped.length >= 2, 'skipped files are shown as at any start');
		// One article's text and marks come from its own line of the cache.
		const {articleById, marksOf} = modelAccess(start.first);
		const first = articleById(start.first.events[0]!.sources[0]!)!;
		assert.match(first.text, /The delegations met in/);
		assert.ok(marksOf(first).some((mark) => mark.kind === 'date'));
		assert.equal(await start.unchanged(), true);
	} finally {
		cleanup();
	}
});

test('a start file is ASCII: text beyond it is written as JSON escapes, and read back as it was', async () => {
	const {root, cleanup, model} = await indexed({
		// Quotes, brackets, commas and a backslash in a title: the snapshot's events are split into lines between them, never inside a string.
		'c.md': '---\npublished: 2025-05-18\n---\nThe envoy said "we met ]] in Geneva, {again} \\ and again \\" on 18 May 2025.\n',
		'a.md': '---\npublished: 2025-05-16\nlanguage: ar\ntitle: محادثات في إسطنبول 🕊️\n---\nالتقى الوفدان في إسطنبول يوم 16 مايو 2025.\n',
		'b.md': '---\npublished: 2025-05-17\noutlet: Süddeutsche Zeitung\n---\nErdoğan met the delegations in Zürich on 17 May 2025.\n',
	});
	try {
		const [file] = startFiles();
		assert.ok(readFileSync(file!).every((byte) => byte < 0x80), 'every byte ASCII');
		assert.ok(model.articles.some((article) => article.title.includes('🕊️')) && model.articles.some((article) => article.outlet === 'Süddeutsche Zeitung'), 'a corpus of text beyond ASCII');
		assert.ok(model.events.some((event) => event.title.includes(']] in Geneva, {again} \\ and again \\"')), "a title of JSON's special characters");
		const start = startTimeline([root]);
		assert.ok(start);
		assert.deepEqual(plain(start.whole()), plain(model));
	} finally {
		cleanup();
	}
});

test('the start check finds a file touched but not changed unchanged: its content is the same', async () => {
	const {root, cleanup} = await indexed({'a.md': article(16, 'Istanbul'), 'b.md': article(23, 'Geneva')});
	try {
		const start = startTimeline([root]);
		assert.ok(start);
		const file = path.join(root, 'a.md');
		const later = new Date(Date.now() + 60_000);
		utimesSync(file, later, later);
		assert.equal(await start.unchanged(), true, 'touched, same content');
		writeFileSync(file, article(16, 'Brussels'));
		utimesSync(file, later, later);
		assert.equal(await start.unchanged(), false, 'same size and time, other content');
	} finally {
		cleanup();
	}
});

test('the start check finds a file changed, added or removed, and an alias file added', async () => {
	const {root, cleanup} = await indexed({'a.md': article(16, 'Istanbul'), 'b.md': article(23, 'Geneva')});
	try {
		const changes: Array<[string, () => void]> = [
			['a changed file', () => writeFileSync(path.join(root, 'a.md'), article(16, 'Brussels'))],
			['an added file', () => writeFileSync(path.join(root, 'd.md'), article(24, 'Rome'))],
			['a removed file', () => unlinkSync(path.join(root, 'b.md'))],
			['an added alias file', () => writeFileSync(path.join(root, 'dateline-aliases.yaml'), 'people:\n  Someone: [Some One]\n')],
		];
		for (const [what, change] of changes) {
			const start = startTimeline([root]);
			assert.ok(start, `a start file before ${what}`);
			change();
			assert.equal(await start.unchanged(), false, what);
			// The next start reads the corpus as it is, and writes a start file of it.
			await loadTimeline([root]);
			await loadTimeline([root]);
		}
	} finally {
		cleanup();
	}
});

test('a start file that is damaged, or of another cache file than the one there, is not used', async () => {
	const {root, cleanup} = await indexed({'a.md': article(16, 'Istanbul')});
	try {
		const [file] = startFiles();
		const text = readFileSync(file!, 'utf8');
		writeFileSync(file!, text.replace('Istanbul', 'Istanbol'));
		assert.equal(startTimeline([root]), null, 'a changed byte breaks a seal');
		writeFileSync(file!, text.slice(0, text.length / 2));
		assert.equal(startTimeline([root]), null, 'a truncated start file');
		writeFileSync(file!, text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1));
		assert.equal(startTimeline([root]), null, 'a start file without its last line');
		writeFileSync(file!, text);
		assert.ok(startTimeline([root]));
		// Another dateline wrote the cache file again since: its generation is not the start file's.
		writeFileSync(path.join(root, 'b.md'), article(23, 'Geneva'));
		await loadTimeline([root]);
		assert.equal(startTimeline([root]), null);
		// The next start from the cache writes the start file of the new cache file.
		await loadTimeline([root]);
		assert.equal(startTimeline([root])?.first.articles.length, 2);
	} finally {
		cleanup();
	}
});

test('no start file is used for a path that does not exist any more, nor written for a run without the cache', async () => {
	const {root, cleanup} = await indexed({'a.md': article(16, 'Istanbul')});
	rmSync(root, {recursive: true, force: true});
	assert.equal(startTimeline([root]), null);
	cleanup();
	const other = tempFolder({'a.md': article(16, 'Istanbul')});
	try {
		const before = startFiles().length;
		await loadTimeline([other.root], {cache: false});
		await loadTimeline([other.root], {cache: false});
		assert.equal(startFiles().length, before);
		assert.equal(startTimeline([other.root]), null);
	} finally {
		other.cleanup();
	}
});

test('a large corpus starts on a preview: its key events and their sources, and the whole model\'s counts and coverage', async () => {
	const {root, cleanup, model} = await indexed(largeCorpus(170));
	try {
		const start = startTimeline([root]);
		assert.ok(start);
		const totals = previewOf(start.first);
		assert.ok(totals, 'a preview');
		assert.deepEqual([totals.articles, totals.events], [model.articles.length, model.events.length]);
		assert.ok(model.events.length > 150);
		assert.deepEqual(totals.coverage, coverageHistogram(model.events));
		const key = keyEvents(shownEvents(model, null), keyEventLimit);
		assert.deepEqual(plain(start.first.events), plain(key));
		assert.deepEqual(plain(start.first.skipped), plain(model.skipped));
		// Every source of a key event, with its text read from the cache file.
		const {articleById} = modelAccess(model);
		const sources = [...new Set(key.flatMap((event) => event.sources))].sort();
		assert.deepEqual(start.first.articles.map((article) => article.id).sort(), sources);
		for (const article of start.first.articles) assert.equal(article.text, articleById(article.id)!.text);
		// The whole model comes after, as a start from the cache gives it.
		assert.deepEqual(plain(start.whole()), plain(model));
		assert.equal(await start.unchanged(), true);
	} finally {
		cleanup();
	}
});

/** The lines of a start file sealed again after `change`: a file as another dateline could have written it. */
function resealed(file: string, change: (body: string, index: number) => string): void {
	let previous = '';
	const lines = readFileSync(file, 'latin1').split('\n').filter((line) => line !== '').map((line, index) => {
		const body = Buffer.from(change(line.slice(0, line.lastIndexOf('\t')), index), 'latin1');
		previous = sealOf(previous, body);
		return `${body.toString('latin1')}\t${previous}\n`;
	});
	writeFileSync(file, lines.join(''), 'latin1');
}

test('the whole model read a step at a time, or in turns of the event loop, is the model read at once', async () => {
	const {root, cleanup, model} = await indexed(largeCorpus(170));
	try {
		const [file] = startFiles();
		const tagged = (tag: string) => readFileSync(file!, 'latin1').split('\n').filter((line) => line.startsWith(`["${tag}",`)).length;
		assert.ok(tagged('#files') > 1 && tagged('#events') > 1, 'entries and events in several lines');
		const cacheFolderOf = path.join(cacheHome, 'dateline');
		const atOnce = readStartFile(cacheFolderOf, [root]);
		assert.ok(atOnce);
		// Null, not undefined, for a start file not read: undefined is a result not built yet.
		const steps = stepwise(function* () {
			return (yield* readStartSteps(cacheFolderOf, [root])) ?? null;
		});
		// Lines parsed in each step: the header and the skipped files together, then one line at a time.
		const parse = JSON.parse;
		let parsed = 0;
		const parsedInSteps: number[] = [];
		JSON.parse = ((...call: Parameters<typeof JSON.parse>) => {
			parsed++;
			return parse(...call);
		}) as typeof JSON.parse;
		try {
			let done;
			do {
				parsed = 0;
				done = steps.advance(0) !== undefined;
				parsedInSteps.push(parsed);
			} while (!done);
		} finally {
			JSON.parse = parse;
		}
		const most = parsedInSteps.reduce((a, b) => Math.max(a, b), 0);
		assert.ok(most <= 2, `lines parsed in a step: ${most}`);
		assert.ok(parsedInSteps.filter((count) => count > 0).length > tagged('#files') + tagged('#events') + tagged('#entities'));
		const stepped = steps.built();
		assert.ok(stepped);
		// All but the descriptor each reading opens its cache file with.
		const fields = (start: typeof atOnce) => JSON.stringify({files: start.files, snapshot: start.snapshot, skipped: start.corpusSkipped, aliasKey: start.aliasKey}, (key, value: unknown) => (key === 'descriptor' ? undefined : value));
		assert.equal(fields(stepped), fields(atOnce));
		const inTurns = startTimeline([root]);
		assert.ok(inTurns && previewOf(inTurns.first));
		const read = await inTurns.wholeInTurns();
		assert.deepEqual(plain(read), plain(model));
		assert.deepEqual(plain(read?.events.map((event) => event.mentions)), plain(model.events.map((event) => event.mentions)));
		assert.equal(inTurns.whole(), read, 'one reading, whichever way it is asked for');
	} finally {
		cleanup();
	}
});

test('a start file of an older format is not used, and the next start writes it again', async () => {
	const {root, cleanup, model} = await indexed(largeCorpus(170));
	try {
		const [file] = startFiles();
		resealed(file!, (body, index) => (index === 0 ? body.replace(/"format":"dateline-start\/\d+"/, '"format":"dateline-start/2"') : body));
		assert.equal(startTimeline([root]), null);
		await loadTimeline([root]);
		const start = startTimeline([root]);
		assert.ok(start && previewOf(start.first));
		assert.deepEqual(plain(start.whole()), plain(model));
	} finally {
		cleanup();
	}
});
