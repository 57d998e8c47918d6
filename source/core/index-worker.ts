import {parentPort, workerData} from 'node:worker_threads';
import type {EntityDefinition} from './entities/definitions.js';
import {indexFile} from './index-file.js';
import type {ArticleFile} from './article-files.js';

/** A worker thread of the indexer: takes batches of files, answers with their index entries. */
export type WorkerBatch = Array<{index: number; file: ArticleFile}>;

const {aliases} = workerData as {aliases: EntityDefinition[]};

async function indexBatch(batch: WorkerBatch): Promise<void> {
	const results = [];
	for (const {index, file} of batch) results.push({index, entry: await indexFile(file, aliases)});
	// The merging inputs move to the main thread without a copy.
	const transfer = results.flatMap(({entry}) => (entry.analysis instanceof Uint8Array ? [entry.analysis.buffer as ArrayBuffer] : []));
	parentPort!.postMessage(results, transfer);
}

// Batches come while one is being read: each waits for the one before, and the last (null) for all.
let previous = Promise.resolve();
parentPort!.on('message', (batch: WorkerBatch | null) => {
	previous = previous.then(() => (batch === null ? parentPort!.close() : indexBatch(batch)));
});
