/**
 * Run in its own process by run.ts, over a model printed by `dateline --json`:
 *   - search latency per query with the engine's search index (source/core/search.ts), names,
 *     titles and full text;
 *   - keystroke to rendered frame in the real app (source/ui/app.tsx) rendered by
 *     ink-testing-library, while scrolling (j, k) and while typing a search (/ then letters).
 * Prints one JSON object on stdout. React runs in the same mode as the binary (NODE_ENV as given).
 *
 *   npx tsx scripts/bench/interactive.tsx --model model.json --queries queries.json --samples 200 [--titles-out titles.txt] [--search-only]
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {render} from 'ink-testing-library';
import type {TimelineModel} from '../../source/core/model.js';
import {buildSearchIndex, search} from '../../source/core/search.js';
import {App} from '../../source/ui/app.js';
import {SettingsProvider} from '../../source/ui/settings.js';
import {median, percentile, scrollKey, sleep} from './stats.js';

export type InteractiveResult = {
	model: {articles: number; events: number; entities: number; loadSeconds: number};
	/** `textIndexSeconds`: the full-text index, built at the first search after the names and titles. */
	search: {indexSeconds: number; textIndexSeconds: number; perQueryMs: number[]; hits: number};
	keys: {scrollMs: number[]; typeEchoMs: number[]; typeSettledMs: number[]; frameWidth: number; frameHeight: number; timeouts: number};
};

const {values} = parseArgs({
	options: {model: {type: 'string'}, queries: {type: 'string'}, samples: {type: 'string', default: '200'}, 'titles-out': {type: 'string'}, 'search-only': {type: 'boolean', default: false}, width: {type: 'string', default: '100'}, height: {type: 'string', default: '36'}},
});
if (!values.model || !values.queries) throw new Error('--model and --queries are required');
const samples = Number(values.samples);
const queries = JSON.parse(readFileSync(values.queries, 'utf8')) as string[];

let started = performance.now();
const model = JSON.parse(readFileSync(values.model, 'utf8')) as TimelineModel;
const loadSeconds = (performance.now() - started) / 1000;
if (values['titles-out']) writeFileSync(values['titles-out'], `${model.events.map((event) => event.title.replace(/\s+/g, ' ')).join('\n')}\n`);

// Search: index build once, a few warm-up queries, then every query once; a fast query
// (under 20 ms) twice more, and its figure is the median of the three.
started = performance.now();
const index = buildSearchIndex(model);
const indexSeconds = (performance.now() - started) / 1000;
started = performance.now();
index.text.finish();
const textIndexSeconds = (performance.now() - started) / 1000;
for (const query of queries.slice(0, 5)) search(index, query);
let hits = 0;
const perQueryMs = queries.map((query) => {
	const runs: number[] = [];
	for (let run = 0; run < 3 && (run === 0 || (runs[0] ?? 0) < 20); run++) {
		const t0 = performance.now();
		const result = search(index, query);
		runs.push(performance.now() - t0);
		if (run === 0) hits += result.eventIds.length;
	}
	return median(runs);
});

if (values['search-only']) {
	const at = (p: number) => percentile(perQueryMs, p).toFixed(2);
	process.stdout.write(`${model.articles.length} articles, ${model.events.length} events: index ${(indexSeconds * 1000).toFixed(0)} ms + full text ${(textIndexSeconds * 1000).toFixed(0)} ms; search per query (${perQueryMs.length} queries) p50 ${at(50)} ms, p95 ${at(95)} ms\n`);
	process.exit(0);
}

// Keystrokes: write a key to the app's stdin and time until the frame it writes differs.
const width = Number(values.width);
const height = Number(values.height);
const app = render(
	<SettingsProvider settings={{color: true, reorderBidi: true}}>
		<App model={model} width={width} height={height} onQuit={() => undefined} />
	</SettingsProvider>,
);
let current = app.lastFrame() ?? '';
let changes = 0;
let lastChangeAt = 0;
let notify: (() => void) | null = null;
const write = app.stdout.write;
app.stdout.write = (frame: string) => {
	write(frame);
	if (frame !== current) {
		current = frame;
		changes++;
		lastChangeAt = performance.now();
		notify?.();
	}
};

let timeouts = 0;
/** Time to the first changed frame and to the last one before `quietMs` without change; null on timeout. */
async function press(key: string, quietMs = 25, timeoutMs = 3000): Promise<{first: number; settled: number} | null> {
	const before = changes;
	let firstAt = 0;
	const firstChange = new Promise<boolean>((resolve) => {
		const timer = setTimeout(() => resolve(false), timeoutMs);
		notify = () => {
			if (firstAt === 0) firstAt = lastChangeAt;
			clearTimeout(timer);
			resolve(true);
		};
	});
	const t0 = performance.now();
	app.stdin.write(key);
	const changed = changes > before ? true : await firstChange;
	if (firstAt === 0 && changes > before) firstAt = lastChangeAt;
	notify = null;
	if (!changed) {
		timeouts++;
		return null;
	}
	// Settled: no further change for quietMs (search results arrive in a later frame).
	for (;;) {
		const seen = changes;
		await sleep(quietMs);
		if (changes === seen) break;
	}
	return {first: firstAt - t0, settled: lastChangeAt - t0};
}

await sleep(200);
const scrollMs: number[] = [];
for (let i = 0; i < samples; i++) {
	const result = await press(scrollKey(i));
	if (result) scrollMs.push(result.first);
}
const typeEchoMs: number[] = [];
const typeSettledMs: number[] = [];
const words = queries.filter((query) => query.length >= 3);
for (let w = 0; typeEchoMs.length < samples && w < words.length * 4; w++) {
	await press('/');
	for (const letter of [...(words[w % words.length] as string)]) {
		if (typeEchoMs.length >= samples) break;
		const result = await press(letter);
		if (result) {
			typeEchoMs.push(result.first);
			typeSettledMs.push(result.settled);
		}
	}
	await press('\u001b');
}
app.unmount();
app.cleanup();

const result: InteractiveResult = {
	model: {articles: model.articles.length, events: model.events.length, entities: model.entities.length, loadSeconds},
	search: {indexSeconds, textIndexSeconds, perQueryMs, hits},
	keys: {scrollMs, typeEchoMs, typeSettledMs, frameWidth: width, frameHeight: height, timeouts},
};
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
