/**
 * What indexing lets go of before merging: a run's peak memory is merging's, and whatever the
 * index still holds then (a file's merging inputs as bytes) is memory on top of it.
 */
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {once} from 'node:events';
import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';
import {byteSlabs} from '../source/core/byte-slabs.js';
import {indexCorpus, startIndexWorker, workerYoungGenerationMb} from '../source/core/index-corpus.js';
import {corpusFiles} from '../source/core/timeline.js';
import {nextTurn} from '../source/core/stepwise.js';
import {tempFolder} from './helpers/temp-folder.js';

const cacheHome = tempFolder({});
process.env.XDG_CACHE_HOME = cacheHome.root;
after(cacheHome.cleanup);

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** A weak reference to an entry's merging inputs: this test must not hold them itself. */
function weakBytes({analysis}: {analysis: unknown}): WeakRef<Uint8Array> {
	assert.ok(analysis instanceof Uint8Array);
	return new WeakRef(analysis);
}

/** The index, without a cache, of one file of articles, one for each of `texts`: their merging inputs are encoded as bytes while the file is read. */
async function indexedWire(texts: string[]) {
	const lines = texts.map((text) => JSON.stringify({text}));
	const corpus = tempFolder({'wire.jsonl': `${lines.join('\n')}\n`});
	after(corpus.cleanup);
	const {files, roots, aliases} = await corpusFiles([corpus.root]);
	return indexCorpus(files, roots, aliases, {cache: false});
}

test("a file's merging inputs are let go once read for merging, while the index lives on", async () => {
	const index = await indexedWire(['On 16 May 2025 talks began in Istanbul.', 'Talks ended on 17 May 2025 in Istanbul.']);
	const released = weakBytes(index.entries[0]!);
	const analyzed = await index.analyzed();
	assert.equal(analyzed.flat().length, 2);
	await nextTurn();
	collectGarbage();
	assert.equal(released.deref(), undefined);
	// Still reachable, as a run's index is while it merges, with the file's stamp but not its articles, which the analyzed ones are.
	assert.equal(index.entries.length, 1);
	assert.deepEqual(index.entries[0]!.articles, []);
	assert.ok(index.entries[0]!.hash.length > 0);
});


/** A weak reference to the buffer the entries' merging inputs share: this test must not hold them itself. */
function sharedBuffer(entries: Array<{analysis: unknown}>): WeakRef<ArrayBufferLike> {
	const [first, second] = entries.map(({analysis}) => analysis);
	assert.ok(first instanceof Uint8Array && second instanceof Uint8Array);
	// Not each its own buffer, as the worker thread allocated it (byte-slabs.ts).
	assert.ok(first.buffer === second.buffer, 'each has a buffer of its own');
	return new WeakRef(first.buffer);
}

test("worker threads' merging inputs are copied into one shared buffer, let go with the last copy in it", {skip: availableParallelism() < 2 && 'needs two worker threads'}, async () => {
	const corpus = tempFolder({'a.md': 'On 16 May 2025 talks began in Istanbul.', 'b.md': 'Talks ended on 17 May 2025 in Istanbul.'});
	after(corpus.cleanup);
	const {files, roots, aliases} = await corpusFiles([corpus.root]);
	const index = await indexCorpus(files, roots, aliases, {cache: false, filesPerWorker: 1});
	const slab = sharedBuffer(index.entries);
	assert.equal((await index.analyzed()).flat().length, 2);
	await nextTurn();
	collectGarbage();
	assert.ok(slab.deref() === undefined, 'the shared buffer is still held');
});

test('byte slabs copy small bytes side by side, start a new slab when one is full, and keep large bytes as they are', () => {
	const copy = byteSlabs(16);
	const a = copy(Uint8Array.of(1, 2, 3));
	const b = copy(Uint8Array.of(4));
	assert.deepEqual([...a, ...b], [1, 2, 3, 4]);
	assert.ok(a.buffer === b.buffer);
	assert.equal(b.byteOffset, 3);
	const large = Uint8Array.of(1, 2, 3, 4, 5);
	assert.ok(copy(large) === large);
	for (let filled = 4; filled < 16; filled += 4) assert.ok(copy(new Uint8Array(4)).buffer === a.buffer);
	const next = copy(Uint8Array.of(9, 9));
	assert.ok(next.buffer !== a.buffer);
	assert.deepEqual([...next], [9, 9]);
});

/** Every key of every object in a parsed JSON value. */
function keysIn(value: unknown, found = new Set<string>()): Set<string> {
	if (Array.isArray(value)) for (const item of value) keysIn(item, found);
	else if (typeof value === 'object' && value !== null) {
		for (const [key, item] of Object.entries(value)) {
			found.add(key);
			keysIn(item, found);
		}
	}
	return found;
}

test("merging inputs have no object keyed by an article's words: parsed back, each such object would be a hidden class of its own", async () => {
	const index = await indexedWire(['On 16 May 2025 Fidan met Rubio in Istanbul.', 'Later Lawrow and Fidan spoke on 17 May 2025.']);
	const {analysis} = index.entries[0]!;
	assert.ok(analysis instanceof Uint8Array);
	const keys = keysIn(JSON.parse(new TextDecoder().decode(analysis)));
	for (const word of ['Fidan', 'Rubio', 'Lawrow', 'Later']) assert.ok(!keys.has(word), `keyed by "${word}"`);
	// The surname candidates are still there, as two lists.
	const [first] = (await index.analyzed()).flat();
	assert.ok(first!.mentions.surnames.words.length > 0);
	assert.equal(first!.mentions.surnames.starts.length, first!.mentions.surnames.words.length);
});

/** The young generation, in MB, of a worker thread once it runs; the worker is then ended. */
async function youngGenerationMb(worker: Worker): Promise<number> {
	await once(worker, 'online');
	const size = worker.resourceLimits?.maxYoungGenerationSizeMb ?? Infinity;
	await worker.terminate();
	return size;
}

test("the indexer's worker threads run with a smaller young generation than V8 gives a thread by default", async () => {
	const indexing = await youngGenerationMb(startIndexWorker([]));
	const usual = await youngGenerationMb(new Worker('', {eval: true}));
	assert.equal(indexing, workerYoungGenerationMb);
	assert.ok(indexing < usual, `young generation ${indexing} MB, by default ${usual} MB`);
});
