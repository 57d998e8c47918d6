import assert from 'node:assert/strict';
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, truncateSync, unlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';
import {loadArticles} from '../source/core/load.js';
import {buildTimeline} from '../source/core/build-timeline.js';
import {loadTimeline} from '../source/core/timeline.js';
import {plainTimeline} from '../source/core/plain-timeline.js';
import {modelAccess} from '../source/core/model-access.js';
import {seededRandom} from './helpers/seeded-random.js';
import {snapshot, tempFolder} from './helpers/temp-folder.js';

const cacheHome = mkdtempSync(path.join(tmpdir(), 'dateline-cache-'));
process.env.XDG_CACHE_HOME = cacheHome;
after(() => rmSync(cacheHome, {recursive: true, force: true}));

// The built binary, as a user runs it (`npm test` builds before testing).
const cli = new URL('../dist/cli.js', import.meta.url).pathname;

// The cache files, without the start files a start from the cache writes beside them (start-file.test.ts).
const cacheFiles = () => (existsSync(path.join(cacheHome, 'dateline')) ? readdirSync(path.join(cacheHome, 'dateline')).filter((name) => !name.endsWith('.start.jsonl')).map((name) => path.join(cacheHome, 'dateline', name)) : []);
const article = (day: number, place: string) => `---\npublished: 2025-05-${String(day).padStart(2, '0')}\n---\nThe delegations met in ${place} on Friday.\n`;
/** A cache file's text without what each writing has of its own: its generation, and so every seal, as each takes in the one before. */
const withoutGeneration = (text: string) => text.replace(/"generation":"[^"]*"/, '').replaceAll(/\t[0-9a-f]{40}$/gm, '');
const titles = async (root: string) => (await loadTimeline([root])).events.map((event) => event.title);

test('a second start reads from the cache, a changed file is read again, a removed one disappears', async () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul'), 'b.md': article(23, 'Geneva')});
	const a = path.join(root, 'a.md');
	// Whole seconds, so that the time can be set back exactly.
	const mtime = new Date('2025-05-16T12:00:00Z');
	utimesSync(a, mtime, mtime);
	try {
		const before = snapshot(root);
		assert.deepEqual(await titles(root), ['The delegations met in Istanbul on Friday.', 'The delegations met in Geneva on Friday.']);
		assert.equal(cacheFiles().length, 1);
		assert.deepEqual(snapshot(root), before, 'the cache is never written into the corpus folder');

		// Same size and modification time, written since (its change time moved): read again.
		writeFileSync(a, article(16, 'Brussels'));
		utimesSync(a, mtime, mtime);
		assert.equal((await titles(root))[0], 'The delegations met in Brussels on Friday.');

		// A real change is seen.
		writeFileSync(a, article(16, 'Ankara, then Istanbul'));
		assert.equal((await titles(root))[0], 'The delegations met in Ankara, then Istanbul on Friday.');

		unlinkSync(path.join(root, 'b.md'));
		assert.deepEqual(await titles(root), ['The delegations met in Ankara, then Istanbul on Friday.']);
	} finally {
		cleanup();
	}
});

test('a start with nothing changed takes the merged events and entities from the cache as they were', async () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul'), 'b.md': article(16, 'Istanbul, with Ankara')});
	try {
		const first = await loadTimeline([root]);
		const second = await loadTimeline([root]);
		assert.deepEqual(JSON.parse(JSON.stringify(second)), JSON.parse(JSON.stringify(first)));
		// Ankara takes part in b's sentence of the event only, Istanbul in both: an entity's sentences come back as they were.
		const sentencesOf = (name: string) => second.entities.find((entity) => entity.name === name)?.sentences?.map((sentence) => sentence.article);
		assert.deepEqual(sentencesOf('Ankara'), ['b']);
		assert.deepEqual(sentencesOf('Istanbul'), ['a', 'b']);
		// Taken from the cache's snapshot, not merged again: their mentions are expanded when first read.
		for (const item of [second.events[0]!, second.entities[0]!]) assert.equal(typeof Object.getOwnPropertyDescriptor(item, 'mentions')?.get, 'function');
		assert.equal(typeof Object.getOwnPropertyDescriptor(first.events[0]!, 'mentions')?.get, 'undefined');
	} finally {
		cleanup();
	}
});

test('a file added since the last start that makes an unchanged file\'s id repeat gives both ids of their own', async () => {
	const {root, cleanup} = tempFolder({'c#1.md': article(16, 'Istanbul')});
	try {
		assert.deepEqual((await loadTimeline([root])).articles.map((each) => each.id), ['c#1']);
		writeFileSync(path.join(root, 'c.json'), JSON.stringify([{text: 'First item.'}, {text: 'Second item.'}]));
		const ids = (await loadTimeline([root])).articles.map((each) => each.id);
		assert.deepEqual([...ids].sort(), ['c#1', 'c#1~2', 'c#2']);
	} finally {
		cleanup();
	}
});

test('a corrupt, truncated or foreign cache is rebuilt without a crash', async () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul')});
	try {
		const expected = await titles(root);
		const [file] = cacheFiles().filter((name) => readFileSync(name, 'utf8').includes(JSON.stringify(path.join(root, 'a.md'))));
		const intact = readFileSync(file!, 'utf8');
		const damages = [
			() => truncateSync(file!, 40),
			() => truncateSync(file!, intact.length - 10),
			() => writeFileSync(file!, '\u0000garbage'),
			() => writeFileSync(file!, '{"format":"other","files":[]}'),
			() => writeFileSync(file!, intact.replace(/"hash":"[^"]*"/, '"hash":7')),
			() => writeFileSync(file!, intact.replace(/\n\["\+",[^\n]*\n/, '\n')),
			() => writeFileSync(file!, intact.replace(/\n\["=",[^\n]*\n/, '\n')),
			// Still JSON of the right shape, a letter changed: the article's and the event's title.
			() => writeFileSync(file!, intact.replace('"title":"The delegations', '"title":"The delegatiions')),
			() => writeFileSync(file!, intact.replace(/("#model".*,"The )delegations/, '$1delegatiions')),
		];
		for (const damage of damages) {
			damage();
			assert.deepEqual(await titles(root), expected);
			assert.equal(withoutGeneration(readFileSync(file!, 'utf8')), withoutGeneration(intact), 'rebuilt');
		}
	} finally {
		cleanup();
	}
});

test('article texts and dates are read from the cache when first asked for; a damaged line of them is not trusted', async () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul'), 'b.md': article(23, 'Geneva')});
	try {
		const cold = await loadTimeline([root], {cache: false});
		const warm = await loadTimeline([root]).then(() => loadTimeline([root]));
		assert.deepEqual(JSON.parse(JSON.stringify(warm)), JSON.parse(JSON.stringify(cold)));
		assert.equal(warm.articles[1]!.text, cold.articles[1]!.text);

		const [file] = cacheFiles().filter((name) => readFileSync(name, 'utf8').includes(JSON.stringify(path.join(root, 'b.md'))));
		const intact = readFileSync(file!, 'utf8');
		// b's texts line, changed inside with its seal kept.
		const damaged = intact.replace(/(\n\["=",\{"texts":\["The delegations met in )Geneva/, '$1Genevb');
		assert.notEqual(damaged, intact);
		writeFileSync(file!, damaged);
		const afterDamage = await loadTimeline([root]);
		assert.equal(afterDamage.articles[1]!.text, cold.articles[1]!.text, 'found at start: b is read again');
		assert.equal(withoutGeneration(readFileSync(file!, 'utf8')), withoutGeneration(intact), 'and the cache written again');

		// Changed in place after a start read the cache, before b's text was first asked for.
		const started = await loadTimeline([root]);
		writeFileSync(file!, readFileSync(file!, 'utf8').replace(/(\n\["=",\{"texts":\["The delegations met in )Geneva/, '$1Genevb'));
		assert.equal(started.articles[0]!.text, cold.articles[0]!.text);
		assert.equal(started.articles[1]!.text, '', 'the article shows empty rather than what the line now says');
		assert.deepEqual(started.events.map((event) => event.title), cold.events.map((event) => event.title));
	} finally {
		cleanup();
	}
});

test('the interface\'s start checks a line of texts and dates when an article is first read: damaged, it shows empty, and the next start reads the file again', async () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul'), 'b.md': article(23, 'Geneva')});
	try {
		const cold = await loadTimeline([root], {cache: false});
		await loadTimeline([root]);
		const [file] = cacheFiles().filter((name) => readFileSync(name, 'utf8').includes(JSON.stringify(path.join(root, 'b.md'))));
		const intact = readFileSync(file!, 'utf8');
		const damaged = intact.replace(/(\n\["=",\{"texts":\["The delegations met in )Geneva/, '$1Genevb');
		assert.notEqual(damaged, intact);
		writeFileSync(file!, damaged);
		const started = await loadTimeline([root], {textsCheckedWhenRead: true});
		assert.equal(readFileSync(file!, 'utf8'), damaged, 'not hashed at the start: the cache is not written again');
		assert.deepEqual(JSON.parse(JSON.stringify(started.events)), JSON.parse(JSON.stringify(cold.events)));
		assert.equal(started.articles[0]!.text, cold.articles[0]!.text);
		assert.equal(started.articles[1]!.text, '', 'never what the damaged line says');
		assert.deepEqual(modelAccess(started).datesOf(started.articles[1]!), []);
		assert.equal(existsSync(file!), false, 'the damaged cache is removed once found');
		assert.deepEqual(JSON.parse(JSON.stringify(await loadTimeline([root], {textsCheckedWhenRead: true}))), JSON.parse(JSON.stringify(cold)), 'the next start reads the files again');
		assert.equal(withoutGeneration(readFileSync(file!, 'utf8')), withoutGeneration(intact), 'and writes the cache again');
	} finally {
		cleanup();
	}
});

test('damaged merging inputs of an unchanged file are read again when another file changes', async () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul'), 'b.md': article(23, 'Geneva')});
	try {
		await titles(root);
		const [file] = cacheFiles().filter((name) => readFileSync(name, 'utf8').includes(JSON.stringify(path.join(root, 'b.md'))));
		const damages: Array<[string, (line: string) => string]> = [
			['a foreign line', () => '["+",7]'],
			['a name changed inside, the seal kept', (line) => line.replaceAll('"Geneva"', '"Genf"')],
			['a span changed inside, the seal kept', (line) => line.replace(/"start":\d+/, '"start":"x"')],
			['the seal changed', (line) => line.replace(/\t[0-9a-f]/, '\t_')],
			['the seal cut off', (line) => line.slice(0, -41)],
		];
		for (const [index, [damage, change]] of damages.entries()) {
			// b's line of merging inputs follows b's entry and its texts line; a's come first.
			const lines = readFileSync(file!, 'utf8').split('\n');
			const entry = lines.findIndex((line) => line.startsWith(`[${JSON.stringify(path.join(root, 'b.md'))},`));
			const inputs = lines.findIndex((line, at) => at > entry && line.startsWith('["+",'));
			assert.ok(entry > 0 && inputs === entry + 2, 'b has a line of merging inputs to damage');
			assert.notEqual(change(lines[inputs]!), lines[inputs], damage);
			lines[inputs] = change(lines[inputs]!);
			writeFileSync(file!, lines.join('\n'));
			// Another file changes, so that the unchanged b's inputs are merged again.
			const place = index % 2 === 0 ? 'Ankara' : 'Lisbon';
			writeFileSync(path.join(root, 'a.md'), article(16, place));
			assert.deepEqual(await titles(root), [`The delegations met in ${place} on Friday.`, 'The delegations met in Geneva on Friday.'], damage);
		}
	} finally {
		cleanup();
	}
});

test('a cache damaged anywhere, a value or a few bytes at a time, never fails a start', async () => {
	const {root, cleanup} = tempFolder({
		'a.md': article(16, 'Istanbul'),
		'b.md': '---\npublished: 2025-05-23\n---\nZelensky met Erdogan in Ankara on Friday. Putin stayed in Moscow.\n',
	});
	try {
		await loadTimeline([root]);
		const [file] = cacheFiles().filter((name) => readFileSync(name, 'utf8').includes(JSON.stringify(path.join(root, 'b.md'))));
		const intact = readFileSync(file!);
		const {below} = seededRandom(20250516);
		const replacements = [null, 7, -1, 'x', '', [], [null], {}, true, [1, 2, 3]];
		const damaged = (value: unknown): unknown => {
			if (Array.isArray(value) && value.length > 0 && below(3) > 0) {
				const chosen = below(value.length);
				return value.map((item, index) => (index === chosen ? damaged(item) : item));
			}
			if (value !== null && typeof value === 'object' && !Array.isArray(value) && below(3) > 0) {
				const entries = Object.entries(value);
				const chosen = below(entries.length);
				return Object.fromEntries(entries.map(([key, item], index) => [key, index === chosen ? damaged(item) : item]));
			}
			return replacements[below(replacements.length)];
		};
		for (let run = 0; run < 200; run++) {
			let bytes: Buffer;
			if (run % 2 === 0) {
				// One value of one line replaced by a value of another kind: the line still parses.
				const lines = intact.toString('utf8').split('\n');
				const line = below(lines.length - 1);
				const seal = lines[line]!.slice(-41);
				lines[line] = JSON.stringify(damaged(JSON.parse(lines[line]!.slice(0, -41)))) + seal;
				bytes = Buffer.from(lines.join('\n'));
			} else {
				bytes = Buffer.from(intact);
				for (let flips = 1 + below(3); flips > 0; flips--) bytes[below(bytes.length)] = below(256);
			}
			writeFileSync(file!, bytes);
			// Every other run a file changes, so that the others' merging inputs are read too.
			if (run % 4 < 2) writeFileSync(path.join(root, 'a.md'), article(16, run % 8 < 4 ? 'Geneva' : 'Istanbul'));
			// Every third run as the interface starts: texts checked when read, by JSON.stringify here.
			const lazy = run % 3 === 0;
			const model = await loadTimeline([root], {textsCheckedWhenRead: lazy});
			assert.equal(model.articles.length, 2, `run ${run}`);
			assert.ok(JSON.stringify(model).length > 0);
			// Never what a damaged line says: the events as built from the files, and each text as
			// written or, checked when read and found damaged, empty.
			const cold = await loadTimeline([root], {cache: false});
			assert.equal(JSON.stringify(model.events), JSON.stringify(cold.events), `run ${run}`);
			for (const [index, {text}] of model.articles.entries()) assert.ok(text === cold.articles[index]!.text || (lazy && text === ''), `run ${run}`);
		}
	} finally {
		cleanup();
	}
});

test('--no-cache neither reads nor writes the cache', async () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Lisbon')});
	try {
		const count = cacheFiles().length;
		await loadTimeline([root], {cache: false});
		assert.equal(cacheFiles().length, count);
	} finally {
		cleanup();
	}
});

test('two processes indexing at once leave a valid cache', async () => {
	const files: Record<string, string> = {};
	for (let index = 0; index < 40; index++) files[`n${index}.md`] = article(1 + (index % 28), `City${index}`);
	const {root, cleanup} = tempFolder(files);
	const home = mkdtempSync(path.join(tmpdir(), 'dateline-race-'));
	const run = () =>
		new Promise<{code: number | null; stdout: string}>((resolve) => {
			const child = spawn(process.execPath, [cli, '--json', root], {env: {...process.env, XDG_CACHE_HOME: home}});
			let stdout = '';
			child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
			child.on('close', (code) => resolve({code, stdout}));
		});
	try {
		const [first, second] = await Promise.all([run(), run()]);
		assert.equal(first.code, 0);
		assert.equal(second.code, 0);
		assert.equal(first.stdout, second.stdout);
		const left = readdirSync(path.join(home, 'dateline'));
		assert.equal(left.length, 1, `no temporary files are left: ${left.join(', ')}`);
		// Every line is JSON and a tab with the SHA-1 of the seal before it and that JSON.
		let previous = '';
		for (const line of readFileSync(path.join(home, 'dateline', left[0]!), 'utf8').trimEnd().split('\n')) {
			const [json, seal] = line.split('\t');
			JSON.parse(json!);
			assert.equal(seal, createHash('sha1').update(previous).update(json!).digest('hex'));
			previous = seal!;
		}
		assert.equal((await run()).stdout, first.stdout, 'a warm start gives the same model');
	} finally {
		cleanup();
		rmSync(home, {recursive: true, force: true});
	}
});

test('indexing on worker threads gives the same model as in one thread', async () => {
	const files: Record<string, string> = {};
	const places = ['Istanbul', 'Kyiv', 'Moscow', 'Ankara', 'Geneva'];
	for (let index = 0; index < 240; index++) files[`batch/${String(index).padStart(3, '0')}.md`] = article(1 + (index % 28), places[index % places.length]!);
	const {root, cleanup} = tempFolder(files);
	try {
		// Two worker threads of 120 files each, however few a real run would start them for.
		const threaded = await loadTimeline([root], {cache: false, filesPerWorker: 100});
		const loaded = await loadArticles([root]);
		const inline = buildTimeline({articles: loaded.articles});
		assert.equal(threaded.articles.length, 240);
		assert.deepEqual(threaded, inline);
	} finally {
		cleanup();
	}
});

test('the cache is keyed by the versions of the libraries that extract, not only by dateline\'s code', async () => {
	const {extractionDependencies} = await import('../source/core/index-cache/fingerprint.js');
	const manifest = (name: string) => JSON.parse(readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')) as {version: string};
	const dependencies = extractionDependencies();
	// Upgrading chrono-node must not leave dates it would read otherwise in the cache.
	for (const name of ['chrono-node', 'eld', 'i18n-iso-countries', 'js-yaml']) assert.equal(dependencies[name], manifest(name).version, name);
	assert.equal(dependencies.unicode, process.versions.unicode);
});

test('writing the cache removes what older versions, killed runs and removed corpora left in its folder, and nothing else', async () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul')});
	const removedCorpus = tempFolder({'r.md': article(17, 'Ankara')});
	const otherCorpus = tempFolder({'o.md': article(18, 'Geneva')});
	const folder = path.join(cacheHome, 'dateline');
	const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
	const leftovers = {
		olderFormat: path.join(folder, '0123456789abcdef01234567.json'),
		killedRun: path.join(folder, '0123456789abcdef01234567.jsonl.999.1.tmp'),
	};
	const kept = {
		writingNow: path.join(folder, '0123456789abcdef01234567.jsonl.998.2.tmp'),
		unreadable: path.join(folder, 'fedcba9876543210fedcba98.jsonl'),
		notOurs: path.join(folder, 'notes.txt'),
	};
	// The cache file a load added to the folder.
	const cacheOf = async (corpus: string) => {
		const before = new Set(cacheFiles());
		await loadTimeline([corpus]);
		return cacheFiles().find((file) => !before.has(file))!;
	};
	try {
		await loadTimeline([root]);
		const removedCorpusCache = await cacheOf(removedCorpus.root);
		const otherCorpusCache = await cacheOf(otherCorpus.root);
		removedCorpus.cleanup();
		for (const file of [...Object.values(leftovers), ...Object.values(kept)]) writeFileSync(file, 'x');
		utimesSync(leftovers.killedRun, hoursAgo, hoursAgo);
		writeFileSync(path.join(root, 'b.md'), article(23, 'Geneva'));
		await loadTimeline([root]);
		for (const file of [...Object.values(leftovers), removedCorpusCache]) assert.equal(existsSync(file), false, file);
		for (const file of [...Object.values(kept), otherCorpusCache]) assert.equal(existsSync(file), true, file);
	} finally {
		for (const file of Object.values(kept)) rmSync(file, {force: true});
		cleanup();
		removedCorpus.cleanup();
		otherCorpus.cleanup();
	}
});

const hasPrlimit = !spawnSync('prlimit', ['--version']).error;

/**
 * The built binary with the given environment. As root, `unprivileged` drops the right to read
 * and write every file (setpriv, from util-linux). Killed after 30 s, and held to 3 GB of memory
 * where prlimit exists: a cache that hangs the run or eats memory fails the test, not the machine.
 */
function runCli(args: string[], env: Record<string, string>, options: {cwd?: string; unprivileged?: boolean} = {}) {
	const command = [process.execPath, cli, ...args];
	if (options.unprivileged && process.getuid?.() === 0) command.unshift('setpriv', '--bounding-set=-dac_override,-dac_read_search');
	if (hasPrlimit) command.unshift('prlimit', '--as=3000000000');
	const result = spawnSync(command[0]!, command.slice(1), {encoding: 'utf8', cwd: options.cwd, env: {...process.env, ...env}, timeout: 30_000});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

test('an unusable cache folder costs one warning, never the run', (t) => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul')});
	const home = mkdtempSync(path.join(tmpdir(), 'dateline-unusable-'));
	const fileHome = path.join(home, 'file');
	const lockedHome = path.join(home, 'locked');
	try {
		const expected = runCli(['--json', '--no-cache', root], {XDG_CACHE_HOME: home}).stdout;
		mkdirSync(fileHome);
		writeFileSync(path.join(fileHome, 'dateline'), 'not a folder');
		mkdirSync(path.join(lockedHome, 'dateline'), {recursive: true});
		chmodSync(path.join(lockedHome, 'dateline'), 0o000);
		for (const [what, xdg] of [
			['a file in its place', fileHome],
			['a folder without permission', lockedHome],
		] as const) {
			const result = runCli(['--json', root], {XDG_CACHE_HOME: xdg}, {unprivileged: true});
			if (result.stderr.startsWith('setpriv:')) return t.skip(`running as root, and setpriv cannot drop the right to write everywhere: ${result.stderr.trim()}`);
			assert.equal(result.status, 0, `${what}: ${result.stderr}`);
			assert.equal(result.stdout, expected, what);
			assert.match(result.stderr, /^dateline: cache folder [^\n]*: running without the cache\n$/, what);
		}
		assert.equal(readFileSync(path.join(fileHome, 'dateline'), 'utf8'), 'not a folder');
		assert.deepEqual(readdirSync(path.join(lockedHome, 'dateline')), []);
	} finally {
		chmodSync(path.join(lockedHome, 'dateline'), 0o700);
		rmSync(home, {recursive: true, force: true});
		cleanup();
	}
});

test('a relative XDG_CACHE_HOME is ignored, as the XDG spec asks: the cache never goes into the corpus', {skip: process.platform === 'darwin' || process.platform === 'win32'}, () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul')});
	const home = mkdtempSync(path.join(tmpdir(), 'dateline-home-'));
	try {
		const before = snapshot(root);
		for (const start of ['first', 'second']) {
			const result = runCli(['--json', '.'], {XDG_CACHE_HOME: 'cache', HOME: home}, {cwd: root});
			assert.equal(result.status, 0, result.stderr);
			assert.deepEqual(
				(JSON.parse(result.stdout) as {articles: Array<{id: string}>}).articles.map((each) => each.id),
				['a'],
				`${start} start`,
			);
		}
		assert.deepEqual(snapshot(root), before);
		// The cache file, and the start file the second start wrote beside it.
		assert.deepEqual(
			readdirSync(path.join(home, '.cache', 'dateline')).map((name) => name.replace(/^[0-9a-f]{24}/, 'key')).sort(),
			['key.jsonl', 'key.start.jsonl'],
			'the cache is in ~/.cache',
		);
	} finally {
		rmSync(home, {recursive: true, force: true});
		cleanup();
	}
});

test('a cache file that is not a regular file is not read: a named pipe, a link to /dev/zero', () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul')});
	const home = mkdtempSync(path.join(tmpdir(), 'dateline-special-'));
	try {
		const first = runCli(['--json', root], {XDG_CACHE_HOME: home});
		const folder = path.join(home, 'dateline');
		const file = path.join(folder, readdirSync(folder)[0]!);
		const replacements: Array<[string, () => void]> = [
			['a named pipe', () => execFileSync('mkfifo', [file])],
			['a link to /dev/zero', () => symlinkSync('/dev/zero', file)],
		];
		for (const [what, replace] of replacements) {
			rmSync(file);
			replace();
			const result = runCli(['--json', root], {XDG_CACHE_HOME: home});
			assert.equal(result.status, 0, `${what}: ${result.stderr}`);
			assert.equal(result.stdout, first.stdout, what);
			assert.ok(statSync(file).isFile(), `${what}: replaced by a cache file`);
		}
	} finally {
		rmSync(home, {recursive: true, force: true});
		cleanup();
	}
});

test('the cache is private to its user: folders 0700, files 0600, a looser cache folder tightened', async () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul')});
	const home = path.join(cacheHome, 'private', 'xdg');
	const folder = path.join(home, 'dateline');
	const mode = (file: string) => statSync(file).mode & 0o777;
	const cacheFile = () => path.join(folder, readdirSync(folder)[0]!);
	process.env.XDG_CACHE_HOME = home;
	try {
		await loadTimeline([root]);
		assert.equal(mode(home), 0o700);
		assert.equal(mode(folder), 0o700);
		assert.equal(mode(cacheFile()), 0o600);
		// As an older dateline left them.
		chmodSync(folder, 0o755);
		chmodSync(cacheFile(), 0o644);
		await loadTimeline([root]);
		assert.equal(mode(folder), 0o700, 'tightened at the next start');
		writeFileSync(path.join(root, 'b.md'), article(23, 'Geneva'));
		await loadTimeline([root]);
		assert.equal(mode(cacheFile()), 0o600, 'written again private');
	} finally {
		process.env.XDG_CACHE_HOME = cacheHome;
		cleanup();
	}
});

/** The lines with every seal made again: a change inside that no seal can tell from dateline's own writing. */
function resealed(lines: string[]): string {
	let previous = '';
	return lines
		.map((line) => {
			if (line === '') return line;
			const body = line.slice(0, -41);
			previous = createHash('sha1').update(previous).update(body).digest('hex');
			return `${body}\t${previous}`;
		})
		.join('\n');
}

test('a line moved to another place of the cache is not trusted: a seal ties each line to the one before it', async () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul'), 'b.md': '---\npublished: 2025-05-23\n---\nZelensky met Erdogan in Ankara on Friday.\n'});
	try {
		const cold = JSON.parse(JSON.stringify(await loadTimeline([root], {cache: false}))) as unknown;
		await loadTimeline([root]);
		const [file] = cacheFiles().filter((name) => readFileSync(name, 'utf8').includes(JSON.stringify(path.join(root, 'b.md'))));
		const intact = readFileSync(file!, 'utf8');
		const starting = (prefix: string) => intact.split('\n').flatMap((line, index) => (line.startsWith(prefix) ? [index] : []));
		const swapped = (first: number[], second: number[]) => {
			const lines = intact.split('\n');
			const moved = second.map((index) => lines[index]!);
			// A few lines each: the splice's spread is bounded.
			// eslint-disable-next-line no-restricted-syntax
			lines.splice(second[0]!, second.length, ...first.map((index) => lines[index]!));
			// eslint-disable-next-line no-restricted-syntax
			lines.splice(first[0]!, first.length, ...moved);
			return lines.join('\n');
		};
		const [textsOfA, textsOfB] = starting('["=",');
		const [entryOfA, entryOfB] = starting(`[${JSON.stringify(root).slice(0, -1)}`);
		const damages: Array<[string, string]> = [
			['two files\' lines of texts swapped', swapped([textsOfA!], [textsOfB!])],
			// The snapshot names articles by their place in the cache: b's events would become a's.
			['two files\' entries swapped with their lines', swapped([entryOfA!, entryOfA! + 1, entryOfA! + 2], [entryOfB!, entryOfB! + 1, entryOfB! + 2])],
		];
		for (const [damage, text] of damages) {
			writeFileSync(file!, text);
			for (const start of ['first', 'second']) assert.deepEqual(JSON.parse(JSON.stringify(await loadTimeline([root]))), cold, `${damage}, ${start} start`);
		}
	} finally {
		cleanup();
	}
});

/** A change to the tuples of the snapshot line (its body, without the seal); other lines as they are. */
const inSnapshot = (change: (snapshot: {events: unknown[][]; entities: unknown[][]}) => void) => (line: string) => {
	if (!line.startsWith('["#model"')) return line;
	const [key, snapshot] = JSON.parse(line) as [string, {events: unknown[][]; entities: unknown[][]}];
	change(snapshot);
	return JSON.stringify([key, snapshot]);
};

/** A change to the events' mention numbers in the mentions line (32-bit little-endian integers in base64). */
const inMentions = (change: (numbers: Int32Array) => void) => (line: string) => {
	if (!line.startsWith('["#mentions"')) return line;
	const [key, events, entities] = JSON.parse(line) as [string, string, string];
	const bytes = Buffer.from(events, 'base64');
	const numbers = new Int32Array(bytes.length / 4);
	for (let index = 0; index < numbers.length; index++) numbers[index] = bytes.readInt32LE(index * 4);
	change(numbers);
	const changed = Buffer.alloc(bytes.length);
	for (const [index, number] of numbers.entries()) changed.writeInt32LE(number, index * 4);
	return JSON.stringify([key, changed.toString('base64'), entities]);
};

test('a sealed line of the wrong shape is treated as missing, never shown or merged', async () => {
	const b = '---\npublished: 2025-05-23\n---\nZelensky met Erdogan in Ankara on Friday. Putin stayed in Moscow.\n';
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul'), 'b.md': b});
	try {
		const expected = async () => plainTimeline(await loadTimeline([root], {cache: false}));
		// The whole model, for the snapshot's lines: a plain timeline shows no mentions.
		const expectedModel = async () => JSON.stringify(await loadTimeline([root], {cache: false}));
		await loadTimeline([root]);
		const [file] = cacheFiles().filter((name) => readFileSync(name, 'utf8').includes(JSON.stringify(path.join(root, 'b.md'))));
		const bEntry = `[${JSON.stringify(path.join(root, 'b.md'))},`;
		const damages: Array<[string, (line: string) => string]> = [
			['an article title not text', (line) => (line.startsWith(bEntry) ? line.replace(/"title":"[^"]*"/, '"title":7') : line)],
			['a skipped file not an object', (line) => (line.startsWith(bEntry) ? line.replace('"skipped":[]', '"skipped":[7]') : line)],
			['a date text not text', (line) => (line.startsWith('["=",') ? line.replace(/("dates":\[\[\[\d+,\d+,)"[^"]*"/, '$17') : line)],
			['an event title not text', inSnapshot(({events}) => (events[0]![5] = 7))],
			['an event\'s people not a list', inSnapshot(({events}) => (events[0]![7] = 'x'))],
			['an event\'s source not an article\'s place', inSnapshot(({events}) => (events[0]![9] = [0.5]))],
			['an entity name not text', inSnapshot(({entities}) => (entities[0]![0] = {}))],
			['an entity\'s event not an event\'s place', inSnapshot(({entities}) => (entities[0]![3] = [99]))],
			['a mention count not the numbers\' count', inSnapshot(({events}) => (events[0]![10] = 3))],
			['mentions not numbers', (line) => (line.startsWith('["#mentions"') ? '["#mentions","A","A"]' : line)],
			['a mention of an article the cache does not hold', inMentions((numbers) => (numbers[0] = 99))],
			['merging inputs of another shape', (line) => (line.startsWith('["+",') ? line.replace(/"sentences":\[[^\]]*\]/, '"sentences":[{"start":"x"}]') : line)],
			['names found of another shape', (line) => (line.startsWith('["+",') ? line.replace(/"names":\[[^\]]*\]/, '"names":[7]') : line)],
		];
		// Each damage at a start with nothing changed (the snapshot is read) and at one where a file
		// changed (the merging inputs of the others are read).
		for (const [index, [damage, change]] of damages.flatMap((each) => [each, each]).entries()) {
			// Each damage to a cache as written.
			rmSync(file!, {force: true});
			await loadTimeline([root]);
			const lines = readFileSync(file!, 'utf8').split('\n');
			const changed = lines.map((line) => (line === '' ? line : `${change(line.slice(0, -41))}${line.slice(-41)}`));
			assert.notDeepEqual(changed, lines, damage);
			writeFileSync(file!, resealed(changed));
			const merged = index % 2 === 1;
			if (merged) writeFileSync(path.join(root, 'a.md'), article(16, index % 4 === 1 ? 'Geneva' : 'Istanbul'));
			const model = await loadTimeline([root]);
			assert.equal(plainTimeline(model), await expected(), damage);
			// The whole model as it should be; but a line of texts and dates is checked when read,
			// and at a start from the snapshot its article shows empty.
			if (merged || !damage.startsWith('a date')) assert.equal(JSON.stringify(model), await expectedModel(), `${damage}${merged ? ', merged' : ''}`);
			else assert.deepEqual([model.articles[1]!.text, model.dates.filter((date) => date.article === 'b')], ['', []], damage);
		}
	} finally {
		cleanup();
	}
});

test('a file replaced by one of the same size and modification time is read again (tar, rsync -t)', async () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul')});
	const a = path.join(root, 'a.md');
	const mtime = new Date('2025-05-16T12:00:00Z');
	utimesSync(a, mtime, mtime);
	try {
		assert.deepEqual(await titles(root), ['The delegations met in Istanbul on Friday.']);
		// As rsync -t does: written beside, given the old time, renamed over the old file.
		const fresh = path.join(root, '.a.md.new');
		writeFileSync(fresh, article(16, 'Brussels'));
		utimesSync(fresh, mtime, mtime);
		renameSync(fresh, a);
		assert.deepEqual(await titles(root), ['The delegations met in Brussels on Friday.']);
	} finally {
		cleanup();
	}
});

test('a start closes the cache file it opened once its model is no longer used', {skip: existsSync('/proc/self/fd') ? false : 'no /proc/self/fd to count open files in'}, async () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul'), 'b.md': article(23, 'Geneva')});
	// The garbage collector decides when a model is no longer used: asked to run here.
	setFlagsFromString('--expose-gc');
	const collectGarbage = runInNewContext('gc') as () => void;
	const openFiles = () => readdirSync('/proc/self/fd').length;
	// Until at most `limit` files are open, or for a few rounds: what is closed, is closed after a collection.
	const settle = async (limit: number, rounds: number) => {
		for (let round = 0; round < rounds && openFiles() > limit; round++) {
			collectGarbage();
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	};
	try {
		await loadTimeline([root]);
		// What earlier tests left to close is closed first.
		await settle(0, 3);
		const before = openFiles();
		// In a function of their own: a frame still running can hold on to its last model.
		const warmStarts = async () => {
			for (let start = 0; start < 50; start++) {
				const model = await loadTimeline([root]);
				// A text read from the cache file after the start.
				assert.match(model.articles[start % 2]!.text, /delegations/);
			}
		};
		await warmStarts();
		await settle(before, 20);
		assert.ok(openFiles() <= before, `${openFiles() - before} more files open than before`);
	} finally {
		cleanup();
	}
});

test('DATELINE_DEBUG=cache tells what the cache passed over, one line each; without it, nothing', () => {
	const {root, cleanup} = tempFolder({'a.md': article(16, 'Istanbul'), 'b.md': article(23, 'Geneva')});
	const home = mkdtempSync(path.join(tmpdir(), 'dateline-debug-'));
	try {
		const first = runCli(['--json', root], {XDG_CACHE_HOME: home});
		const folder = path.join(home, 'dateline');
		const file = path.join(folder, readdirSync(folder)[0]!);
		const intact = readFileSync(file, 'utf8');
		const damage = () => writeFileSync(file, intact.replace(/(\n\["=",\{"texts":\["The delegations met in )Geneva/, '$1Genevb'));
		damage();
		const quiet = runCli(['--json', root], {XDG_CACHE_HOME: home});
		assert.equal(quiet.stdout, first.stdout);
		assert.equal(quiet.stderr, '');
		damage();
		const told = runCli(['--json', root], {XDG_CACHE_HOME: home, DATELINE_DEBUG: 'cache'});
		assert.equal(told.stdout, first.stdout);
		assert.match(told.stderr, /^dateline: cache: [^\n]*\.jsonl: line at byte \d+: its seal does not hold; what it held is read again\n/);
		assert.ok(told.stderr.split('\n').every((line) => line === '' || line.startsWith('dateline: cache: ')), told.stderr);
	} finally {
		rmSync(home, {recursive: true, force: true});
		cleanup();
	}
});

test("a file's merging inputs are written article by article, never as one string of all of them", async (t) => {
	const {analyzeWithAliases} = await import('../source/core/analyze.js');
	const {analyzedArticles, toCachedFile} = await import('../source/core/index-cache/codec.js');
	const analyze = analyzeWithAliases([]);
	const texts = ['Talks began in Istanbul on 16 May 2025.', 'Zelensky arrived in Ankara on 15 May 2025.', 'Nothing happened.'];
	const analyzed = texts.map((text, index) => analyze({id: `f#${index + 1}`, path: 'f.jsonl', text, language: 'en', published: '2025-05-20'}));
	const stringify = t.mock.method(JSON, 'stringify');
	const entry = toCachedFile({size: 1, mtimeMs: 1, ctimeMs: 1, ino: 1, hash: 'x'}, analyzed.values(), []);
	const arrays = stringify.mock.calls.filter((call) => Array.isArray(call.arguments[0]));
	stringify.mock.restore();
	assert.deepEqual(arrays, []);
	assert.equal(stringify.mock.callCount(), texts.length);
	const decoded = analyzedArticles(entry, entry.analysis as Uint8Array, false);
	const inputs = (articles: typeof analyzed | null) => JSON.stringify(articles?.map(({sentences, repeated, mentions}) => ({sentences, repeated, mentions})));
	assert.equal(inputs(decoded), inputs(analyzed));
});

test("decoded merging inputs share one frozen empty list for every empty list of mentions and repeats, and equal what was analyzed", async () => {
	const {analyzeWithAliases} = await import('../source/core/analyze.js');
	const {analyzedArticles, toCachedFile} = await import('../source/core/index-cache/codec.js');
	const analyze = analyzeWithAliases([]);
	const analyzed = ['1 May 2025.', '2 May 2025.', 'Zelensky arrived in Ankara on 15 May 2025. Zelensky arrived in Ankara on 15 May 2025.'].map((text, index) => analyze({id: `f#${index + 1}`, path: 'f.jsonl', text, language: 'en'}));
	const entry = toCachedFile({size: 1, mtimeMs: 1, ctimeMs: 1, ino: 1, hash: 'x'}, analyzed.values(), []);
	const decoded = analyzedArticles(entry, entry.analysis as Uint8Array, false)!;
	assert.deepEqual(decoded, analyzed);
	const [first, second, third] = decoded;
	for (const list of [first!.repeated, first!.mentions.known, first!.mentions.names]) {
		assert.equal(list.length, 0);
		assert.ok(Object.isFrozen(list));
	}
	assert.ok(first!.repeated === second!.repeated && first!.mentions.known === (second!.mentions.names as unknown));
	// Lists with items are the article's own.
	assert.ok(third!.repeated.length > 0 && third!.mentions.known.length > 0 && !Object.isFrozen(third!.repeated));
});

test("the entity table's mentions are written as tuples, the words as written only where they are not the entity's name", async () => {
	const {analyzeWithAliases} = await import('../source/core/analyze.js');
	const {analyzedArticles, toCachedFile} = await import('../source/core/index-cache/codec.js');
	const {isMergeInputs} = await import('../source/core/index-cache/shapes.js');
	const analyzed = [analyzeWithAliases([{name: 'Hakan Fidan', kind: 'person', aliases: ['Fidan']}])({id: 'f', path: 'f.md', text: 'Hakan Fidan met reporters in Ankara. Fidan said little.', language: 'en'})];
	const entry = toCachedFile({size: 1, mtimeMs: 1, ctimeMs: 1, ino: 1, hash: 'x'}, analyzed.values(), []);
	const written = JSON.parse(new TextDecoder().decode(entry.analysis as Uint8Array)) as Array<{mentions: {known: unknown}}>;
	// The merge holds every article's mentions: an object with its surface repeated for each took several times the room.
	assert.deepEqual(written[0]!.mentions.known, [
		[0, 11, 'Hakan Fidan'],
		[29, 35, 'Ankara'],
		[37, 42, 'Hakan Fidan', 'Fidan'],
	]);
	const decoded = analyzedArticles(entry, entry.analysis as Uint8Array);
	assert.deepEqual(decoded?.[0]!.mentions.known, written[0]!.mentions.known, 'what the cache wrote passes its shape check');
	// A cache of the bulky form is of another shape: read again, never merged half understood.
	assert.equal(isMergeInputs({...written[0], mentions: {...written[0]!.mentions, known: [{start: 0, end: 11, entity: 'Hakan Fidan', surface: 'Hakan Fidan'}]}}), false);
	assert.equal(isMergeInputs({...written[0], mentions: {...written[0]!.mentions, known: [[0, 11, 'Hakan Fidan', 7]]}}), false);
});

test('a run without a cache keeps the analysis of a one-article file as it is, and encodes a file of many as it reads them', async () => {
	const {findArticleFiles} = await import('../source/core/article-files.js');
	const {indexFileUncached} = await import('../source/core/index-file.js');
	const jsonl = ['Talks began in Istanbul on 16 May 2025.', 'Zelensky arrived in Ankara on 15 May 2025.', 'Nothing happened.'].map((text) => JSON.stringify({text, published: '2025-05-20'})).join('\n');
	const {root, cleanup} = tempFolder({'one.md': article(16, 'Lisbon'), 'many.jsonl': `${jsonl}\n`});
	try {
		const {files} = await findArticleFiles([root]);
		const byName = (name: string) => files.find((file) => file.absolute.endsWith(name))!;
		const one = await indexFileUncached(byName('one.md'), []);
		assert.equal(one.analyzed?.length, 1, 'kept as objects');
		assert.equal(one.entry.analysis, undefined, 'nothing encoded');
		assert.equal(one.analyzed[0]!.article, one.entry.articles[0]!.article);
		const many = await indexFileUncached(byName('many.jsonl'), []);
		assert.equal(many.analyzed, null);
		assert.ok(many.entry.analysis instanceof Uint8Array, 'encoded');
		assert.equal(many.entry.articles.length, 3);
		// Whichever way a file's analysis travelled, the model is the one a cached run builds.
		assert.deepEqual(await loadTimeline([root], {cache: false}), await loadTimeline([root]));
	} finally {
		cleanup();
	}
});
