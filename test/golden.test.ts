import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {test} from 'node:test';
import {loadTimeline} from '../source/core/timeline.js';
import {modelSummary} from './helpers/model-summary.js';

// The expected model of the bundled corpus, read and checked by hand against the five articles.
// After an intended change, regenerate with UPDATE_GOLDEN=1 and read the diff before committing it.
const golden = new URL('golden/bundled-corpus.txt', import.meta.url);

test('the bundled corpus gives the reviewed model', async () => {
	const summary = modelSummary(await loadTimeline(['corpus'], {cache: false}));
	if (process.env.UPDATE_GOLDEN) writeFileSync(golden, summary);
	assert.equal(summary, readFileSync(golden, 'utf8'));
});
