/** What the frame holds at a given size: counts in words, and lines never cut mid-sentence. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {buildModel, day, storyModel} from './helpers/fixture.js';
import {drive, lines} from './helpers/ink.js';

const single = buildModel({
	articles: [{id: 'a', title: 'Talks', language: 'en', published: '2025-05-16', text: 'Talks resumed in Istanbul on Friday.'}],
	events: [{id: 'e', date: day('2025-05-16'), title: 'Talks resumed in Istanbul', mentions: [{article: 'a', sentence: 'Talks resumed in Istanbul on Friday.'}]}],
});

test('the title bar counts in words: one article, one event; several articles, several events', async () => {
	const one = await drive({...single, skipped: [{path: 'x.md', reason: 'not UTF-8'}]});
	assert.match(lines(one.frame())[0] ?? '', /dateline · 1 article · 1 event · 1 skipped \(!\)/);
	one.unmount();
	const story = await drive(storyModel());
	assert.match(lines(story.frame())[0] ?? '', /dateline · \d+ articles · \d+ events /);
	story.unmount();
});
