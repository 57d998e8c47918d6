/**
 * What indexing lets go of before merging: a run's peak memory is merging's, and whatever the
 * index still holds then (a file's merging inputs as bytes) is memory on top of it.
 */
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';
import {indexCorpus} from '../source/core/index-corpus.js';
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

test("a file's merging inputs are let go once read for merging, while the index lives on", async () => {
	// Several articles in one file: their merging inputs are encoded as bytes while the file is read.
	const lines = ['On 16 May 2025 talks began in Istanbul.', 'Talks ended on 17 May 2025 in Istanbul.'].map((text) => JSON.stringify({text}));
	const corpus = tempFolder({'wire.jsonl': `${lines.join('\n')}\n`});
	after(corpus.cleanup);
	const {files, roots, aliases} = await corpusFiles([corpus.root]);
	const index = await indexCorpus(files, roots, aliases, {cache: false});
	const released = weakBytes(index.entries[0]!);
	const analyzed = await index.analyzed();
	assert.equal(analyzed.flat().length, 2);
	await nextTurn();
	collectGarbage();
	assert.equal(released.deref(), undefined);
	// Still reachable, as a run's index is while it merges.
	assert.equal(index.entries.length, 1);
});
