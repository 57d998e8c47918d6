/**
 * `npm run bench`: generates corpora of 1,000 and 10,000 articles and measures the built binary
 * (`node dist/cli.js`) where the figure is about the user's path, printing one table and writing
 * the same figures to scripts/bench/results.json.
 *
 *   npm run bench                          # sizes 1000,10000; 200 samples
 *   npm run bench -- --quick               # 1000 only, fewer samples
 *   npm run bench -- --sizes 1000 --profile   # also a CPU profile of the cold run (top functions)
 *   npm run bench -- --hostile-only        # only the hostile corpora (worst cases of issue 13)
 *
 * Options: --sizes N,N  --samples N  --pty-samples N  --runs N (cold runs, median; default 3 up to
 *          2,000 articles, else 1)  --seed N  --no-build  --keep  --profile  --markdown (also print
 *          the table as markdown)  --no-hostile  --hostile-only  --out FILE
 */
import {spawn, spawnSync} from 'node:child_process';
import {closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {chronoReference} from './chrono-reference.js';
import {defaultSeed, generateCorpus, languageCounts} from './generate.js';
import {hostileCorpora} from './hostile.js';
import type {InteractiveResult} from './interactive.js';
import {summarizeProfiles, type ProfileSummary} from './profile.js';
import {ptyAvailable, startPty} from './pty.js';
import {benchmarkQueries} from './queries.js';
import {percentile, scrollKey, sleep} from './stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const hook = pathToFileURL(path.join(here, 'maxrss-hook.mjs')).href;

const {values} = parseArgs({
	options: {
		sizes: {type: 'string'},
		quick: {type: 'boolean', default: false},
		samples: {type: 'string'},
		'pty-samples': {type: 'string'},
		runs: {type: 'string'},
		seed: {type: 'string'},
		'no-build': {type: 'boolean', default: false},
		keep: {type: 'boolean', default: false},
		profile: {type: 'boolean', default: false},
		markdown: {type: 'boolean', default: false},
		'no-hostile': {type: 'boolean', default: false},
		'hostile-only': {type: 'boolean', default: false},
		out: {type: 'string', default: path.join(here, 'results.json')},
	},
});
const sizes = values['hostile-only'] ? [] : (values.sizes ?? (values.quick ? '1000' : '1000,10000')).split(',').map((size) => Number(size.replace(/[_\s]/g, '')));
if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) throw new Error(`--sizes takes whole numbers, not ${values.sizes}`);
const samples = Number(values.samples ?? (values.quick ? 40 : 200));
const ptySamples = Number(values['pty-samples'] ?? (values.quick ? 20 : 100));
const seed = values.seed === undefined ? defaultSeed : Number(values.seed);
const queryCount = values.quick ? 50 : 200;
const runsFor = (size: number) => Number(values.runs ?? (size <= 2000 && !values.quick ? 3 : 1));

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const work = mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-run-'));

// ---------------------------------------------------------------- the binary

function newestMtime(folder: string): number {
	let newest = 0;
	for (const entry of readdirSync(folder, {withFileTypes: true})) {
		const file = path.join(folder, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(file) : statSync(file).mtimeMs);
	}
	return newest;
}

function ensureBuilt(): {rebuilt: boolean; note: string | null} {
	const stale = !existsSync(cli) || newestMtime(path.join(root, 'source')) > statSync(cli).mtimeMs;
	if (!stale || values['no-build']) return {rebuilt: false, note: stale ? 'dist/ older than source/ (--no-build)' : null};
	log('dist/ is older than source/: npm run build');
	const build = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32'});
	if (build.status === 0) return {rebuilt: true, note: null};
	if (!existsSync(cli)) throw new Error('npm run build failed and there is no dist/cli.js');
	log('npm run build failed: measuring the existing dist/');
	return {rebuilt: false, note: 'build failed; measured the previous dist/'};
}

type RunResult = {seconds: number; maxRssMb: number | null; status: number | null; stderr: string; timedOut: boolean};

let runCounter = 0;
/** Runs `node dist/cli.js ...args` with stdout to a file (or the null device), timing it and reading its peak RSS. */
function runBinary(args: string[], env: NodeJS.ProcessEnv, stdoutFile: string | null, nodeFlags: string[] = [], timeoutMs = 0): Promise<RunResult> {
	const rssFile = path.join(work, `rss-${runCounter++}.json`);
	const out = openSync(stdoutFile ?? os.devNull, 'w');
	const started = performance.now();
	const child = spawn(process.execPath, [...nodeFlags, `--import=${hook}`, cli, ...args], {cwd: root, env: {...env, DATELINE_BENCH_RSS_FILE: rssFile}, stdio: ['ignore', out, 'pipe']});
	let stderr = '';
	child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
		stderr = (stderr + chunk).slice(-4000);
	});
	let timedOut = false;
	const timer = timeoutMs > 0 ? setTimeout(() => {
		timedOut = true;
		child.kill('SIGKILL');
	}, timeoutMs) : undefined;
	return new Promise((resolve) => {
		child.on('close', (status) => {
			clearTimeout(timer);
			const seconds = (performance.now() - started) / 1000;
			closeSync(out);
			let maxRssMb: number | null = null;
			try {
				maxRssMb = (JSON.parse(readFileSync(rssFile, 'utf8')) as {maxRssKb: number}).maxRssKb / 1024;
			} catch {
				// The process died before its exit handler ran.
			}
			resolve({seconds, maxRssMb, status, stderr, timedOut});
		});
	});
}

function supportsFlag(flag: string): boolean {
	return spawnSync(process.execPath, [cli, flag, '--version'], {cwd: root, stdio: 'ignore'}).status === 0;
}

function folderHasFiles(folder: string): boolean {
	if (!existsSync(folder)) return false;
	return readdirSync(folder, {withFileTypes: true}).some((entry) => entry.isFile() || (entry.isDirectory() && folderHasFiles(path.join(folder, entry.name))));
}

// ---------------------------------------------------------------- the table

type Row = {size: number; figure: string; value: string; target: string; pass: boolean | null; note?: string};
const rows: Row[] = [];
const figures: Record<string, Record<string, unknown>> = {};
const na = (reason: string) => `n/a (${reason})`;
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const mb = (value: number) => `${value.toFixed(0)} MB`;
const count = (value: number) => value.toLocaleString('en-US');
const p50p95 = (list: number[]) => ({p50: percentile(list, 50), p95: percentile(list, 95), max: percentile(list, 100), n: list.length});

function add(row: Row): void {
	rows.push(row);
}

function printTable(): string {
	const header = ['figure', 'articles', 'value', 'target', 'result'];
	const body = rows.map((row) => [row.figure, count(row.size), row.value, row.target, row.pass === null ? '' : row.pass ? 'pass' : 'FAIL']);
	const widths = header.map((cell, column) => body.reduce((width, cells) => Math.max(width, [...cells[column]!].length), cell.length));
	const line = (cells: string[]) => cells.map((cell, column) => cell + ' '.repeat(widths[column]! - [...cell].length)).join('  ').trimEnd();
	return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

function markdownTable(): string {
	const body = rows.map((row) => `| ${row.figure} | ${count(row.size)} | ${row.value} | ${row.target} | ${row.pass === null ? '' : row.pass ? 'pass' : '**fail**'} |`);
	return ['| figure | articles | value | target | result |', '|---|---:|---|---|---|', ...body].join('\n');
}

// ---------------------------------------------------------------- measurements

function fzfAvailable(): boolean {
	return spawnSync('fzf', ['--version'], {stdio: 'ignore'}).status === 0;
}

function timeFzf(titlesFile: string, queries: string[]): number[] {
	return queries.map((query) => {
		const input = openSync(titlesFile, 'r');
		const started = performance.now();
		spawnSync('fzf', ['--filter', query], {stdio: [input, 'ignore', 'ignore']});
		const elapsed = performance.now() - started;
		closeSync(input);
		return elapsed;
	});
}

function runInteractive(modelFile: string, queriesFile: string, titlesFile: string): Promise<InteractiveResult | {error: string}> {
	const args = ['--max-old-space-size=8192', '--import', 'tsx', path.join(here, 'interactive.tsx'), '--model', modelFile, '--queries', queriesFile, '--samples', String(samples), '--titles-out', titlesFile];
	// The binary runs React's production build (dateline sets NODE_ENV before loading the interface).
	const child = spawn(process.execPath, args, {cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production'}});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)));
	return new Promise((resolve) => {
		child.on('close', (status) => {
			const last = stdout.trim().split('\n').pop() ?? '';
			try {
				if (status !== 0) throw new Error(`exit ${status}`);
				resolve(JSON.parse(last) as InteractiveResult);
			} catch (error) {
				resolve({error: `${error instanceof Error ? error.message : String(error)}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`});
			}
		});
	});
}

async function ptyMeasure(corpus: string, env: NodeJS.ProcessEnv, queries: string[]) {
	const session = startPty([process.execPath, cli, corpus], {env, cwd: root, columns: 120, rows: 40});
	const firstFrameMs = await session.firstFrame(30 * 60 * 1000);
	const scroll: number[] = [];
	const typing: number[] = [];
	const results: number[] = [];
	let firstEnterMs: {sources: number | null; source: number | null} | null = null;
	// Resident memory the first Enter added, in bytes.
	let firstEnterGrowth: number | null = null;
	// A key pressed right after the first frame: the start then reads its whole model.
	let firstKeyMs: number | null = null;
	let idleAfterStart = false;
	if (firstFrameMs !== null) {
		await sleep(100);
		firstKeyMs = (await session.press(scrollKey(0), {quietMs: 100, timeoutMs: 60_000})).first;
		// The Enter's own cost, once what the start does after its first frame is done.
		idleAfterStart = await session.idle(500, 60_000);
		// The first source read after the start: Enter lists the selected event's sources (drawn once
		// the status line counts them), Enter opens the first (drawn once its status line offers the
		// ] [ marks). q twice goes back.
		const before = session.residentBytes();
		const sources = (await session.press('\r', {quietMs: 100, timeoutMs: 60_000, settleOn: /source 1\/\d+/})).settled;
		const source = (await session.press('\r', {quietMs: 100, timeoutMs: 60_000, settleOn: /\] \[ marks/})).settled;
		firstEnterMs = {sources, source};
		const after = session.residentBytes();
		firstEnterGrowth = before === null || after === null ? null : after - before;
		await session.press('q', {quietMs: 100});
		await session.press('q', {quietMs: 100});
		for (let i = 0; i < ptySamples && !session.exited(); i++) {
			const {first} = await session.press(scrollKey(i));
			if (first !== null) scroll.push(first);
		}
		// Latin-script queries only: a right-to-left query is reordered on screen.
		const words = queries.filter((query) => query.length >= 3 && /^[a-z -]+$/i.test(query));
		for (let w = 0; typing.length < ptySamples && w < words.length && !session.exited(); w++) {
			await session.press('/', {quietMs: 100});
			for (const letter of [...(words[w] as string)]) {
				if (typing.length >= ptySamples) break;
				// The search pane says "… found" or "nothing found" once results are in.
				const {first, settled} = await session.press(letter, {quietMs: 100, timeoutMs: 60_000, settleOn: /found/});
				if (first !== null) typing.push(first);
				if (settled !== null) results.push(settled);
			}
			await session.press('\u001b', {quietMs: 100});
		}
	}
	const tail = session.tail();
	await session.close();
	return {firstFrameMs, firstKeyMs, idleAfterStart, firstEnterMs, firstEnterGrowth, scroll, typing, results, tail};
}

/** Files added while watching: each a copy of an article under a title of its own. */
const watchSamples = 5;

/**
 * `dateline --watch` in a pty: once the load that the watch begins with is done, one article file
 * at a time is written into the corpus, each timed from the write to the frame whose title bar
 * says "+1 article"; then each is removed, timed to the frame that says "−1 article". A key before
 * each clears what the last one said.
 */
async function watchMeasure(corpus: string, env: NodeJS.ProcessEnv, article: {path: string; content: string}): Promise<{added: number[]; removed: number[]}> {
	const session = startPty([process.execPath, cli, '--watch', corpus], {env, cwd: root, columns: 120, rows: 40});
	const folder = path.join(corpus, 'added-while-watching');
	const times: number[] = [];
	const removed: number[] = [];
	const files: string[] = [];
	try {
		if ((await session.firstFrame(30 * 60 * 1000)) === null) return {added: times, removed};
		// The watch reads the corpus once when it begins; a frame after that one says it is done.
		const reread = (text: string) => {
			const at = text.lastIndexOf('reading the corpus again');
			return at >= 0 && text.indexOf('dateline ·', at) >= 0;
		};
		if (!(await session.until(reread, 30 * 60 * 1000))) return {added: times, removed};
		mkdirSync(folder, {recursive: true});
		for (let i = 0; i < watchSamples && !session.exited(); i++) {
			await session.press('j', {quietMs: 200});
			await session.press('k', {quietMs: 200});
			const file = path.join(folder, `added-${i}${path.extname(article.path)}`);
			const content = article.content.replace(/^title: .*$/m, `title: "Added while watching ${i}"`);
			const {settled} = await session.after(() => writeFileSync(file, content), {quietMs: 300, timeoutMs: 10 * 60 * 1000, settleOn: /\+1 article/});
			if (settled !== null) times.push(settled);
			files.push(file);
		}
		for (const file of files) {
			if (session.exited()) break;
			await session.press('j', {quietMs: 200});
			await session.press('k', {quietMs: 200});
			const {settled} = await session.after(() => rmSync(file), {quietMs: 300, timeoutMs: 10 * 60 * 1000, settleOn: /−1 article/});
			if (settled !== null) removed.push(settled);
		}
	} finally {
		await session.close();
		rmSync(folder, {recursive: true, force: true});
	}
	return {added: times, removed};
}

function machine() {
	const cpus = os.cpus();
	return {
		cpu: cpus[0]?.model.trim() ?? 'unknown',
		cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
		memoryGb: Math.round(os.totalmem() / 2 ** 30),
		node: process.version,
		platform: `${os.type()} ${os.release()} ${os.arch()}`,
		loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
		date: new Date().toISOString(),
	};
}

const hostileTimeoutMs = 60_000;

/** Time and peak memory of a cold `--json` run on each hostile corpus (issue 13's worst cases). */
async function measureHostile(noCacheFlag: boolean): Promise<void> {
	log('hostile corpora: writing');
	const {cases, cleanup} = hostileCorpora(work);
	const measured: Record<string, unknown> = {};
	figures.hostile = measured;
	// What a start costs with one short article that names no language (so the language detector
	// loads, as for every hostile case): the allowance beside 30× the file.
	const baseCorpus = path.join(work, 'hostile-baseline');
	mkdirSync(baseCorpus, {recursive: true});
	writeFileSync(path.join(baseCorpus, 'short.txt'), 'Talks began in Istanbul on 16 May 2025.\n');
	// A start's own cost varies by some megabytes with when the collector runs: the highest of three.
	const starts: RunResult[] = [];
	for (let run = 0; run < 3; run++) starts.push(await runBinary(['--json', ...(noCacheFlag ? ['--no-cache'] : []), baseCorpus], {...process.env, XDG_CACHE_HOME: path.join(work, 'cache-hostile')}, null));
	const base = {seconds: percentile(starts.map((start) => start.seconds), 50), maxRssMb: percentile(starts.map((start) => start.maxRssMb ?? 100), 100)};
	const baseMb = base.maxRssMb;
	measured.baseMaxRssMb = baseMb;
	add({size: 1, figure: 'hostile: one short article without metadata, for the baseline (cold --json; time the median, peak the highest of three)', value: `${base.seconds.toFixed(2)} s, peak ${mb(baseMb)}`, target: '', pass: null});
	try {
		for (const hostile of cases) {
			log(`hostile: ${hostile.name}`);
			const env = {...process.env, XDG_CACHE_HOME: path.join(work, 'cache-hostile')};
			const output = path.join(work, 'hostile-model.json');
			const result = await runBinary(['--json', ...(noCacheFlag ? ['--no-cache'] : []), hostile.root], env, output, [], hostileTimeoutMs);
			// The corpus model, as big as its JSON: what a run has to hold whatever its input.
			const modelMb = statSync(output).size / 2 ** 20;
			rmSync(output, {force: true});
			measured[hostile.name] = {seconds: result.seconds, maxRssMb: result.maxRssMb, status: result.status, largestFileBytes: hostile.largestFileBytes, modelMb};
			const fileMb = hostile.largestFileBytes / 2 ** 20;
			const status = result.timedOut ? `, stopped after ${hostileTimeoutMs / 1000} s` : result.status === 0 ? '' : `, exit ${result.status}: ${result.stderr.trim().split('\n').pop()?.slice(0, 80) ?? ''}`;
			// Issue 13: any 1 MB article analysed in ≤ 2 s (the time beyond what a start with one short
			// article takes: loading Node, the language detector and the parsers is not analysis); peak
			// memory ≤ 30× the largest file plus the corpus model plus what a start with a small corpus peaks at.
			const analysisSeconds = result.seconds - base.seconds;
			const value = `${result.seconds.toFixed(2)} s (${analysisSeconds.toFixed(2)} s beyond a start), ${result.maxRssMb === null ? 'peak n/a' : `peak ${mb(result.maxRssMb)}`}${status}`;
			const timeTarget = fileMb <= 1.05 ? 2 : null;
			const memoryTarget = 30 * fileMb + modelMb + baseMb;
			const pass = result.status === 0 && (timeTarget === null || analysisSeconds <= timeTarget) && result.maxRssMb !== null && result.maxRssMb <= memoryTarget;
			const target = `${timeTarget === null ? '' : `≤ ${timeTarget} s beyond a start, `}peak ≤ ${memoryTarget.toFixed(0)} MB`;
			add({size: hostile.articles, figure: `hostile: ${hostile.name} (cold --json)`, value, target, pass});
		}
	} finally {
		cleanup();
	}
}

// ---------------------------------------------------------------- main

/** The engine's stages, reported by inclusive CPU time in a profile (names as in source/core). */
const stageNames = ['readArticleFile', 'splitFrontMatter', 'analyzeArticle', 'cleanText', 'sentenceSpans', 'extractDates', 'findMentions', 'assembleTimelineSteps', 'resolveEntities', 'buildEventsSteps', 'terminalSafeJsonChunks'];

async function main(): Promise<void> {
	const startedAt = machine();
	const build = ensureBuilt();
	const noCacheFlag = supportsFlag('--no-cache');
	const fzf = fzfAvailable();
	const pty = ptyAvailable();
	log(`${startedAt.cpu}, ${startedAt.cores} cores, node ${startedAt.node}; --no-cache ${noCacheFlag ? 'supported' : 'not supported yet'}; fzf ${fzf ? 'found' : 'not found'}; pty ${pty ? 'via script(1)' : 'not available'}`);
	const queries = benchmarkQueries(queryCount);
	const queriesFile = path.join(work, 'queries.json');
	writeFileSync(queriesFile, JSON.stringify(queries));
	const profiles: Record<string, ProfileSummary> = {};
	let cacheSeen = false;

	for (const size of sizes) {
		const figure: Record<string, unknown> = {};
		figures[size] = figure;
		log(`${count(size)} articles: generating`);
		const started = performance.now();
		const corpus = generateCorpus({count: size, seed, parent: work});
		const generateSeconds = (performance.now() - started) / 1000;
		const languages = languageCounts(corpus.articles);
		const stories = new Set(corpus.articles.map((article) => article.story)).size;
		figure.corpus = {root: corpus.root, articles: size, bytes: corpus.bytes, bodyBytes: corpus.bodyBytes, languages, stories, generateSeconds};
		add({size, figure: 'corpus (generated)', value: `${(corpus.bytes / 1e6).toFixed(1)} MB, en/de/ar ${languages.en}/${languages.de}/${languages.ar}, ${count(stories)} stories, ${generateSeconds.toFixed(1)} s`, target: '', pass: null});

		// Cold: a fresh cache folder, and --no-cache when the binary knows it.
		log(`${count(size)} articles: cold run`);
		const coldEnv = {...process.env, XDG_CACHE_HOME: path.join(work, `cache-cold-${size}`)};
		const coldRuns: RunResult[] = [];
		for (let run = 0; run < runsFor(size); run++) {
			const result = await runBinary(['--json', ...(noCacheFlag ? ['--no-cache'] : []), corpus.root], {...coldEnv, XDG_CACHE_HOME: `${coldEnv.XDG_CACHE_HOME}-${run}`}, null);
			if (result.status !== 0) throw new Error(`dateline --json failed (exit ${result.status}): ${result.stderr.slice(-500)}`);
			coldRuns.push(result);
		}
		const byTime = [...coldRuns].sort((a, b) => a.seconds - b.seconds);
		const rss = coldRuns.map((run) => run.maxRssMb).filter((value): value is number => value !== null);
		// Median time; the highest peak memory of the runs.
		const cold = {seconds: byTime[Math.floor((byTime.length - 1) / 2)]!.seconds, maxRssMb: rss.length > 0 ? rss.reduce((most, value) => Math.max(most, value)) : null};
		const coldRate = size / cold.seconds;
		const spread = coldRuns.length > 1 ? ` (median of ${coldRuns.length}, ${byTime[0]!.seconds.toFixed(1)}–${byTime[byTime.length - 1]!.seconds.toFixed(1)} s)` : '';
		figure.cold = {seconds: cold.seconds, runs: coldRuns.map((run) => ({seconds: run.seconds, maxRssMb: run.maxRssMb})), maxRssMb: cold.maxRssMb, articlesPerSecond: coldRate, mbPerSecond: corpus.bytes / 1e6 / cold.seconds, flag: noCacheFlag ? '--no-cache' : null};
		add({size, figure: `cold indexing (--json${noCacheFlag ? ' --no-cache' : ', no cache yet'}, > /dev/null)`, value: `${cold.seconds.toFixed(1)} s${spread}, ${coldRate.toFixed(0)} articles/s, ${(corpus.bytes / 1e6 / cold.seconds).toFixed(2)} MB/s`, target: '', pass: null});

		log(`${count(size)} articles: chrono-only reference`);
		const bodies = corpus.articles.map((article) => ({language: article.language, published: article.published, body: article.body}));
		const reference = chronoReference(bodies, {runs: 3});
		const referenceRate = size / reference.seconds;
		const bySentence = chronoReference(bodies, {bySentence: true, runs: 3});
		figure.chrono = {...reference, articlesPerSecond: referenceRate, mbPerSecond: reference.bodyBytes / 1e6 / reference.seconds, bySentence: {...bySentence, articlesPerSecond: size / bySentence.seconds}};
		add({size, figure: 'chrono-only parse: casual parser per language, whole body per call, 1 thread', value: `${reference.seconds.toFixed(2)} s, ${referenceRate.toFixed(0)} articles/s, ${(reference.bodyBytes / 1e6 / reference.seconds).toFixed(2)} MB/s`, target: '', pass: null});
		add({size, figure: 'chrono-only parse, one call per sentence (as the engine calls it)', value: `${bySentence.seconds.toFixed(2)} s, ${(size / bySentence.seconds).toFixed(0)} articles/s`, target: '', pass: null});
		const ratio = coldRate / referenceRate;
		figure.ratio = ratio;
		add({size, figure: 'cold indexing ÷ chrono-only (whole body) throughput', value: `${ratio.toFixed(2)}×`, target: '≥ 0.5×', pass: ratio >= 0.5});
		add({size, figure: 'peak memory, cold --json', value: cold.maxRssMb === null ? na('not reported') : mb(cold.maxRssMb), target: '≤ 400 MB', pass: cold.maxRssMb === null ? null : cold.maxRssMb <= 400});

		// Warm: one run fills the cache (its output is the model for the interactive figures), the next reads it.
		const modelFile = path.join(work, `model-${size}.json`);
		const warmEnv = {...process.env, XDG_CACHE_HOME: path.join(work, `cache-warm-${size}`)};
		log(`${count(size)} articles: ${noCacheFlag ? 'run that fills the cache' : 'run for the model file'}`);
		const fill = await runBinary(['--json', corpus.root], warmEnv, modelFile);
		if (fill.status !== 0) throw new Error(`dateline --json failed (exit ${fill.status}): ${fill.stderr.slice(-500)}`);
		const cache = folderHasFiles(path.join(warmEnv.XDG_CACHE_HOME, 'dateline'));
		cacheSeen ||= cache;
		figure.fill = {...fill, stderr: undefined, cacheWritten: cache};
		// A user's first start indexes and writes the cache at once: its peak is what a user meets cold.
		add({size, figure: 'peak memory, first --json run (indexes and writes the cache)', value: fill.maxRssMb === null ? na('not reported') : mb(fill.maxRssMb), target: '≤ 400 MB', pass: fill.maxRssMb === null ? null : fill.maxRssMb <= 400});
		if (cache) {
			log(`${count(size)} articles: warm run`);
			const warm = await runBinary(['--json', corpus.root], warmEnv, null);
			figure.warm = {...warm, stderr: undefined};
			add({size, figure: 'warm start to --json output (cache hit)', value: `${warm.seconds.toFixed(2)} s`, target: '', pass: null});
			add({size, figure: 'peak memory, warm --json', value: warm.maxRssMb === null ? na('not reported') : mb(warm.maxRssMb), target: '≤ 300 MB', pass: warm.maxRssMb === null ? null : warm.maxRssMb <= 300});
		} else {
			add({size, figure: 'warm start to --json output (cache hit)', value: na('no index cache in this build'), target: '', pass: null});
			add({size, figure: 'peak memory, warm --json', value: na('no index cache in this build'), target: '≤ 300 MB', pass: null});
		}

		// The interface in a pseudo-terminal: first frame, then keys.
		if (pty) {
			log(`${count(size)} articles: interface in a pty${cache ? '' : ' (no cache: indexes first)'}`);
			const session = await ptyMeasure(corpus.root, warmEnv, queries);
			figure.pty = {firstFrameMs: session.firstFrameMs, firstKeyMs: session.firstKeyMs, idleAfterStart: session.idleAfterStart, firstEnterMs: session.firstEnterMs, firstEnterGrowthBytes: session.firstEnterGrowth, warm: cache, scroll: p50p95(session.scroll), typing: p50p95(session.typing), results: p50p95(session.results)};
			const frame = session.firstFrameMs === null ? na(`no frame: ${session.tail.replace(/\s+/g, ' ').slice(-80)}`) : `${(session.firstFrameMs / 1000).toFixed(2)} s`;
			if (cache) add({size, figure: 'warm start to first frame (pty)', value: frame, target: '≤ 0.5 s', pass: session.firstFrameMs === null ? null : session.firstFrameMs <= 500});
			const enter = session.firstEnterMs;
			const growth = session.firstEnterGrowth;
			if (cache) {
				const firstKey = session.firstKeyMs;
				add({size, figure: 'a key pressed 0.1 s after the first frame of a warm start → its first frame bytes (pty; the start reads its whole model then)', value: firstKey === null ? na('no answer') : `${ms(firstKey)} ms`, target: '', pass: null});
				const after = session.idleAfterStart ? 'once the start is idle' : 'the start not idle within 60 s';
				const drawn = enter && enter.sources !== null && enter.source !== null ? enter : null;
				add({size, figure: `first Enter into a source after a warm start (${after}): Enter → sources listed, Enter → source view drawn (pty)`, value: drawn ? `${ms(drawn.sources!)} / ${ms(drawn.source!)} ms` : na('no source view'), target: '≤ 100 ms each', pass: drawn ? Math.max(drawn.sources!, drawn.source!) <= 100 : null});
				add({size, figure: 'resident memory the first two Enters into a source add (pty, /proc VmRSS before and after)', value: growth === null ? na('not readable here') : `${(growth / 2 ** 20).toFixed(1)} MB`, target: '≤ +10 MB', pass: growth === null ? null : growth <= 10 * 2 ** 20});
			} else {
				add({size, figure: 'warm start to first frame (pty)', value: na('no index cache in this build'), target: '≤ 0.5 s', pass: null});
				add({size, figure: 'cold start to first frame (pty, indexing included)', value: frame, target: '', pass: null});
			}
			const scroll = p50p95(session.scroll);
			const typing = p50p95(session.typing);
			add({size, figure: `key → first frame bytes, scrolling j/k (pty, p50 / p95, n=${scroll.n})`, value: scroll.n ? `${ms(scroll.p50)} / ${ms(scroll.p95)} ms` : na('no samples'), target: 'p95 ≤ 16 ms', pass: scroll.n ? scroll.p95 <= 16 : null});
			add({size, figure: `key → first frame bytes, typing a search (pty, p50 / p95, n=${typing.n})`, value: typing.n ? `${ms(typing.p50)} / ${ms(typing.p95)} ms` : na('no samples'), target: 'p95 ≤ 16 ms', pass: typing.n ? typing.p95 <= 16 : null});
			const results = p50p95(session.results);
			add({size, figure: `key → search results on screen (pty, p50 / p95, n=${results.n})`, value: results.n ? `${ms(results.p50)} / ${ms(results.p95)} ms` : na('no samples'), target: '', pass: null});
			log(`${count(size)} articles: files added while watching (pty)`);
			const watched = await watchMeasure(corpus.root, warmEnv, corpus.articles.find((article) => article.format === 'md')!);
			const range = (times: number[], said: string) => (times.length > 0 ? `${ms(percentile(times, 0))}–${ms(percentile(times, 100))} ms, median ${ms(percentile(times, 50))} ms` : na(`no frame said "${said}"`));
			figure.watch = {addedMs: watched.added, removedMs: watched.removed};
			add({size, figure: `file added while watching → frame shows it (pty, n=${watched.added.length})`, value: range(watched.added, '+1 article'), target: '≤ 1 s', pass: null});
			add({size, figure: `file removed while watching → frame shows it gone (pty, n=${watched.removed.length})`, value: range(watched.removed, '−1 article'), target: '≤ 1 s', pass: null});
		} else {
			add({size, figure: 'warm start to first frame (pty)', value: na('util-linux script(1) not found'), target: '≤ 0.5 s', pass: null});
		}

		// In-process: the app under ink-testing-library, and the search index.
		log(`${count(size)} articles: keystrokes (ink-testing-library) and search`);
		const titlesFile = path.join(work, `titles-${size}.txt`);
		const interactive = await runInteractive(modelFile, queriesFile, titlesFile);
		if ('error' in interactive) {
			figure.interactive = interactive;
			for (const name of ['key → frame, scrolling', 'key → frame, typing a search', 'search per query']) add({size, figure: name, value: na(interactive.error.slice(0, 120)), target: '', pass: null});
		} else {
			const scroll = p50p95(interactive.keys.scrollMs);
			const echo = p50p95(interactive.keys.typeEchoMs);
			const settled = p50p95(interactive.keys.typeSettledMs);
			const search = p50p95(interactive.search.perQueryMs);
			figure.interactive = {model: interactive.model, searchIndexSeconds: interactive.search.indexSeconds, textIndexSeconds: interactive.search.textIndexSeconds, search, scroll, echo, settled, timeouts: interactive.keys.timeouts};
			add({size, figure: `key → changed frame, scrolling j/k (ink-testing-library, p50 / p95, n=${scroll.n})`, value: `${ms(scroll.p50)} / ${ms(scroll.p95)} ms`, target: 'p95 ≤ 16 ms', pass: scroll.p95 <= 16});
			add({size, figure: `key → changed frame, typing a search (ink-testing-library, p50 / p95, n=${echo.n})`, value: `${ms(echo.p50)} / ${ms(echo.p95)} ms`, target: 'p95 ≤ 16 ms', pass: echo.p95 <= 16});
			add({size, figure: 'key → search results in the frame (ink-testing-library, p50 / p95)', value: `${ms(settled.p50)} / ${ms(settled.p95)} ms`, target: '', pass: null});
			add({size, figure: `search per query, names, titles and full text (source/core/search.ts, ${search.n} queries, p50 / p95)`, value: `${ms(search.p50)} / ${ms(search.p95)} ms`, target: 'p95 ≤ 16 ms', pass: search.p95 <= 16});
			add({size, figure: `search index build (${count(interactive.model.events)} events, ${interactive.model.entities} entities)`, value: `${(interactive.search.indexSeconds * 1000).toFixed(0)} ms`, target: '', pass: null});
			add({size, figure: `full-text index build, at the first search (${count(interactive.model.articles)} articles)`, value: `${(interactive.search.textIndexSeconds * 1000).toFixed(0)} ms`, target: '', pass: null});
			if (fzf) {
				const timed = p50p95(timeFzf(titlesFile, queries));
				figure.fzf = timed;
				add({size, figure: 'fzf --filter per query, same titles (process included, p50 / p95)', value: `${ms(timed.p50)} / ${ms(timed.p95)} ms`, target: '', pass: null});
			} else add({size, figure: 'fzf --filter per query, same titles', value: na('fzf not installed'), target: '', pass: null});
		}

		if (values.profile) {
			log(`${count(size)} articles: cold run under --cpu-prof`);
			const folder = path.join(work, `profile-${size}`);
			mkdirSync(folder, {recursive: true});
			await runBinary(['--json', ...(noCacheFlag ? ['--no-cache'] : []), corpus.root], {...coldEnv, XDG_CACHE_HOME: path.join(work, `cache-prof-${size}`)}, null, ['--cpu-prof', `--cpu-prof-dir=${folder}`]);
			const files = readdirSync(folder).filter((name) => name.endsWith('.cpuprofile')).map((name) => path.join(folder, name));
			if (files.length > 0) profiles[size] = summarizeProfiles(files, root, stageNames, 25);
		}

		if (values.keep) log(`kept ${corpus.root}`);
		else corpus.cleanup();
		rmSync(modelFile, {force: true});
	}

	if (!values['no-hostile']) await measureHostile(noCacheFlag);

	const table = printTable();
	process.stdout.write(`\n${table}\n\n`);
	const info = machine();
	process.stdout.write(`${startedAt.cpu}, ${startedAt.cores} cores, ${startedAt.memoryGb} GB, node ${startedAt.node}, ${startedAt.platform}; load average ${startedAt.loadAverage[0]} at start, ${info.loadAverage[0]} at end; ${startedAt.date.slice(0, 10)}\n`);
	const notes = [
		build.note,
		noCacheFlag ? null : 'dateline has no --no-cache flag yet: cold runs use an empty $XDG_CACHE_HOME instead',
		cacheSeen ? null : 'no index cache was written under $XDG_CACHE_HOME/dateline: warm figures are n/a',
		'pty: the binary under script(1) in a 120×40 terminal, each key sent when the interface is idle (≥ 60 ms after its last output)',
		'ink-testing-library: source/ui/app.tsx at 100×36 in a child process; React in production mode, as the binary runs it',
	].filter((note): note is string => note !== null);
	for (const note of notes) process.stdout.write(`- ${note}\n`);
	if (values.markdown) process.stdout.write(`\n${markdownTable()}\n`);
	for (const [size, profile] of Object.entries(profiles)) {
		const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
		process.stdout.write(`\nCPU profile of the cold run, ${count(Number(size))} articles: ${seconds(profile.busyMs)} busy on ${profile.threads} thread${profile.threads === 1 ? '' : 's'} (${seconds(profile.idleMs)} idle)\n`);
		process.stdout.write(`  stages (inclusive CPU): ${Object.entries(profile.stages).map(([name, value]) => `${name} ${seconds(value)}`).join(', ')}\n`);
		process.stdout.write('  self time by function (share of busy time):\n');
		for (const entry of profile.functions.slice(0, 20)) process.stdout.write(`    ${(entry.selfShare * 100).toFixed(1).padStart(5)} %  ${seconds(entry.selfMs).padStart(8)}  ${entry.name}\n`);
		process.stdout.write('  self time by file:\n');
		for (const entry of profile.files.slice(0, 12)) process.stdout.write(`    ${(entry.selfShare * 100).toFixed(1).padStart(5)} %  ${seconds(entry.selfMs).padStart(8)}  ${entry.name}\n`);
	}

	const results = {
		command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
		machine: {...startedAt, loadAverageAtEnd: info.loadAverage},
		options: {sizes, samples, ptySamples, seed, queries: queries.length},
		binary: {path: 'dist/cli.js', rebuilt: build.rebuilt, note: build.note, noCacheFlag, cacheWritten: cacheSeen},
		tools: {fzf, pty},
		rows,
		figures,
		profiles,
		notes,
	};
	writeFileSync(values.out, `${JSON.stringify(results, null, '\t')}\n`);
	log(`wrote ${path.relative(process.cwd(), values.out) || values.out}`);
}

try {
	await main();
} finally {
	if (!values.keep) rmSync(work, {recursive: true, force: true});
}
