/**
 * How far V8 lets the heap grow past what was alive at its last full collection, set before
 * anything else is loaded (the first import of cli.tsx), for this thread and the indexer's
 * worker threads alike. Indexing and merging make garbage that lives long enough to reach the old
 * generation (a file's analyses, a date's candidates and their features); by default V8 lets it
 * pile up to several times the live heap before collecting it, and that is the run's peak memory.
 * Collecting at a smaller growth costs more full collections, little CPU beside the merge's own.
 */
import {setFlagsFromString} from 'node:v8';

const heapGrowingPercent = 20;

setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
