import assert from 'node:assert/strict';
import {test} from 'node:test';
import {loadTimeline} from '../source/core/timeline.js';
import {tempFolder} from './helpers/temp-folder.js';

test('a JSON lines file of 130,000 bad lines gives its good article and one line of skipped', async () => {
	const good = JSON.stringify({title: 'Talks', text: 'The talks opened in Istanbul on 16 May 2025.'});
	const lines = [...Array.from({length: 130_000}, (_, index) => `not json ${index}`), good];
	const {root, cleanup} = tempFolder({'feed.jsonl': lines.join('\n'), 'items.json': JSON.stringify([...Array.from({length: 130_000}, () => ({title: 'No body'})), {text: 'An item with a body.'}])});
	try {
		const model = await loadTimeline([root], {cache: false});
		assert.deepEqual(model.articles.map((article) => article.title).sort(), ['An item with a body.', 'Talks']);
		assert.deepEqual(model.skipped, [
			{path: `${root.split('/').pop()}/feed.jsonl`, reason: '130,000 lines are not articles (first: line 1: line is not valid JSON)'},
			{path: `${root.split('/').pop()}/items.json`, reason: '130,000 items are not articles (first: item 1: no "text" field with the article body)'},
		]);
	} finally {
		cleanup();
	}
});

test('a few bad lines are each listed with their line', async () => {
	const {root, cleanup} = tempFolder({'d.jsonl': `${JSON.stringify({title: 'x'})}\nnot json\n${JSON.stringify({text: 'Line three.'})}\n`});
	try {
		const model = await loadTimeline([root], {cache: false});
		assert.deepEqual(model.articles.map((article) => article.text), ['Line three.']);
		const folder = root.split('/').pop();
		assert.deepEqual(model.skipped, [
			{path: `${folder}/d.jsonl:2`, reason: 'line is not valid JSON'},
			{path: `${folder}/d.jsonl (line 1)`, reason: 'no "text" field with the article body'},
		]);
	} finally {
		cleanup();
	}
});
