import assert from 'node:assert/strict';
import {before, test} from 'node:test';
import {Worker} from 'node:worker_threads';
import {analyzeWithAliases} from '../source/core/analyze.js';
import {tokenize} from '../source/core/entities/tokens.js';

// Every per-article stage must take time in proportion to the text, whatever the text. Each case
// is a quarter of a megabyte of the most repetitive content a stage could trip on: linear code analyses
// it in well under a second, code that re-reads a run or a sentence per word takes minutes and is
// stopped by the test's timeout. The analysis runs in a worker: a timeout cannot interrupt
// synchronous work on the test's own thread.

const size = 256 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const cases: Array<[string, string, string]> = [
	['repeated month names', fill('May '), 'en'],
	['month names with dots', fill('May. '), 'en'],
	['weekdays', fill('Monday '), 'en'],
	['German weekdays and months', fill('Montag Mai '), 'de'],
	['sentence openers', fill('The '), 'en'],
	['titles', fill('President '), 'en'],
	['capitalized words', fill('Alpha Beta '), 'en'],
	['names with roles between them', fill('Tim Cook Apple CEO '), 'en'],
	['particles', fill('Ursula von der '), 'en'],
	['numbers', fill('1234 '), 'en'],
	['digits without spaces', fill('1'), 'en'],
	['Arabic prefixes without spaces', fill('وال'), 'ar'],
	['Arabic prefixed words', fill('والرئيس '), 'ar'],
	['one word without spaces', fill('a'), 'en'],
	['capitals without spaces', fill('Aa'), 'en'],
	['initials without spaces', fill('A.'), 'en'],
	['possessives', fill("Kyiv's "), 'en'],
	['one huge sentence', fill('the talks went on and on '), 'en'],
	['a month on every line', fill('May\n'), 'en'],
	['dates', fill('on 12 May 2025 '), 'en'],
];

const analyze = analyzeWithAliases([]);

// analyzeArticle in one worker thread (with tsx's loader, as the engine's own workers under tsx).
let worker: Worker;

before(async () => {
	const tsx = import.meta.resolve('tsx/esm/api');
	const source = new URL('./helpers/analyze-worker.ts', import.meta.url).href;
	const bootstrap = `import(${JSON.stringify(tsx)}).then(({register}) => { register(); return import(${JSON.stringify(source)}); });`;
	worker = new Worker(bootstrap, {eval: true});
	// A worker still busy when its test timed out does not keep the run from ending.
	worker.unref();
	await new Promise((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
	});
});

function analyzeInWorker(text: string, language: string): Promise<{length: number; names: string[]}> {
	worker.postMessage({text, language});
	return new Promise((resolve) => worker.once('message', resolve));
}

for (const [name, text, language] of cases) {
	test(`a quarter of a megabyte of ${name} is analysed in linear time`, {timeout: 15_000}, async () => {
		const analyzed = await analyzeInWorker(text, language);
		assert.equal(analyzed.length, size);
		// No name is longer than a name can be: a run of capitalized words is not one name.
		for (const surface of analyzed.names) assert.ok(surface.split(' ').length <= 12, surface.slice(0, 80));
	});
}

test('month names and weekdays are never names, however many follow each other', () => {
	const analyzed = analyze({id: 'months', path: 'months.txt', text: fill('May Monday '), language: 'en', published: '2025-05-20'});
	assert.deepEqual(analyzed.mentions.names, []);
});

test('the words of a text are kept as two offsets each, not an object per word', () => {
	const tokens = tokenize(fill('Alpha beta '));
	assert.equal(tokens.count, tokens.text.split(' ').filter(Boolean).length);
	// Four bytes a start and four an end, and no slack left from growing the arrays.
	assert.equal(tokens.starts.byteLength + tokens.ends.byteLength, tokens.count * 8);
});
