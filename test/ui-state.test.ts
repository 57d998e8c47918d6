/** The screens' state slices, reduced without rendering: search, curation prompt, source view and its find. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {buildSearchIndex, search} from '../source/core/search.js';
import type {Article} from '../source/core/model.js';
import {layoutText, type Mark} from '../source/ui/text-layout.js';
import {confirmFind, jumpFinding, jumpHighlight, openedArticle, openedFind, reduceFind, scrollArticle, type ArticlePage} from '../source/ui/state/article-state.js';
import {openedPrompt, promptStep, reducePrompt} from '../source/ui/state/prompt-state.js';
import {openedSearch, reduceSearch, remembered, type SearchState} from '../source/ui/state/search-state.js';
import {storyModel} from './helpers/fixture.js';

const story = storyModel();
const index = buildSearchIndex(story);
const noHistory = {history: [], height: 10};

test('search: typing replaces the last query shown selected, and results are asked for again', () => {
	const opened = openedSearch('putin');
	assert.equal(opened.prompt.selected, true);
	const typed = reduceSearch({...opened, result: search(index, 'putin')}, {type: 'search-type', text: 'i'}, noHistory);
	assert.equal(typed.prompt.text, 'i');
	assert.equal(typed.result, null, 'a new query waits for its results');
	// Moving the caret changes no text: the results stay.
	const withResults = {...opened, result: search(index, 'putin')};
	assert.equal(reduceSearch(withResults, {type: 'search-edit', edit: 'left'}, noHistory).result, withResults.result);
});

test('search: results for a query typed over are dropped, the current query\'s kept', () => {
	const current = reduceSearch(openedSearch(''), {type: 'search-type', text: 'istanbul'}, noHistory);
	assert.equal(reduceSearch(current, {type: 'search-results', result: search(index, 'istan')}, noHistory), current);
	assert.equal(reduceSearch(current, {type: 'search-results', result: search(index, 'istanbul')}, noHistory).result?.query, 'istanbul');
});

test('search: ↑↓ move through the results, scrolling the window of `height` rows', () => {
	const result = search(index, 'istanbul');
	assert.ok(result.hits.length > 3, 'enough results to scroll');
	let state: SearchState = {...openedSearch('istanbul'), result};
	for (let step = 0; step < 3; step++) state = reduceSearch(state, {type: 'search-move', delta: 1}, {history: [], height: 2});
	assert.deepEqual([state.cursor, state.top], [3, 2]);
	state = reduceSearch(state, {type: 'search-move', delta: -1}, {history: [], height: 2});
	assert.deepEqual([state.cursor, state.top], [2, 2], 'the cursor moves, not the window');
});

test('search: over an empty list ↑ steps to older queries and ↓ back to the query of its own', () => {
	const context = {history: ['putin', 'istanbul'], height: 10};
	const empty = openedSearch('');
	const older = reduceSearch(empty, {type: 'search-move', delta: -1}, context);
	assert.deepEqual([older.prompt.text, older.historyAt], ['istanbul', 1]);
	const oldest = reduceSearch(older, {type: 'search-history', direction: -1}, context);
	assert.equal(oldest.prompt.text, 'putin');
	assert.equal(reduceSearch(oldest, {type: 'search-history', direction: -1}, context), oldest, 'no older query');
	const back = reduceSearch(reduceSearch(oldest, {type: 'search-move', delta: 1}, context), {type: 'search-move', delta: 1}, context);
	assert.deepEqual([back.prompt.text, back.historyAt], ['', null]);
});

test('search: the history keeps a chosen query once, as its newest, and no empty one', () => {
	assert.deepEqual(remembered(['a', 'b', 'c'], 'a'), ['b', 'c', 'a']);
	assert.deepEqual(remembered(['a'], '  '), ['a']);
	assert.equal(remembered(Array.from({length: 100}, (_, at) => `q${at}`), 'new').length, 100);
});

test('curation prompt: the title comes selected, typing replaces it, Enter asks for the step with the text trimmed', () => {
	let prompt = openedPrompt('rename', 'e1', 'Old title');
	prompt = reducePrompt(prompt, {type: 'prompt-type', text: 'N'});
	prompt = reducePrompt(prompt, {type: 'prompt-type', text: 'ew '});
	assert.equal(prompt.line.text, 'New ');
	assert.deepEqual(promptStep(prompt), {request: {action: 'rename', eventId: 'e1', text: 'New'}});
	const emptied = reducePrompt(openedPrompt('note', 'e1', 'a note'), {type: 'search-edit', edit: 'kill-line'});
	assert.deepEqual(promptStep(emptied), {notice: 'empty note: nothing saved'});
});

/** A 40-line article shown 10 lines at a time, "ceasefire" on lines 15 and 30, highlights on lines 5, 20 and 35. */
function page(): ArticlePage {
	const text = Array.from({length: 40}, (_, line) => (line === 14 || line === 29 ? `Line ${line + 1}: the ceasefire held.` : `Line ${line + 1}: little.`)).join('\n');
	const lines = layoutText(text, 60, true);
	const highlights: Mark[] = [4, 19, 34].map((line) => ({start: lines[line]!.start, end: lines[line]!.start + 4, kind: 'date'}));
	const article: Article = {id: 'long', title: 'Long', path: 'long.md', outlet: null, url: null, published: null, language: 'en', text};
	return {view: {article, lines, highlights}, height: 10};
}

test('source view: it opens two lines above the sentence that led to it, and scrolls within the text', () => {
	const shown = page();
	const opened = openedArticle('long', 'e', shown, shown.view.lines[20]!.start);
	assert.equal(opened.top, 18);
	assert.equal(scrollArticle(opened, shown, -100).top, 0);
	assert.equal(scrollArticle(opened, shown, 100).top, 30, 'the last line at the bottom');
	assert.equal(openedArticle('long', 'e', shown, undefined).top, 0);
});

test('source view: ] [ go from the top line to the next highlight, scrolling it into view, and say when there is none', () => {
	const shown = page();
	const start = openedArticle('long', 'e', shown, undefined);
	const first = jumpHighlight(start, shown, 1);
	assert.deepEqual([first.article.highlight, first.article.top], [0, 0]);
	const second = jumpHighlight(first.article, shown, 1);
	assert.deepEqual([second.article.highlight, second.article.top], [1, 10], 'line 20 on the last row');
	const last = jumpHighlight(jumpHighlight(second.article, shown, 1).article, shown, 1);
	assert.equal(last.notice, 'no further highlight');
	assert.equal(jumpHighlight(start, shown, -1).notice, 'no earlier highlight');
});

test('source view find: Enter finds from the top line on, n/N step and say where they stop, an empty text closes it', () => {
	const shown = page();
	let article = openedFind(openedArticle('long', 'e', shown, undefined));
	for (const char of 'CEASEFIRE') {
		const find = article.find!;
		article = reduceFind(article, find, {type: 'search-type', text: char}, shown).article;
	}
	const found = reduceFind(article, article.find!, {type: 'search-choose'}, shown);
	assert.deepEqual([found.article.find?.match, found.article.find?.editing, found.article.top], [0, false, 5], 'line 15 on the last row');
	const next = jumpFinding(found.article, shown, 1);
	assert.deepEqual([next.article.find?.match, next.article.top], [1, 20]);
	assert.equal(jumpFinding(next.article, shown, 1).notice, 'no further match');
	assert.equal(jumpFinding(next.article, shown, -1).article.find?.match, 0);
	// `/` again: the text comes back selected; deleting it and Enter close the find.
	const reopened = openedFind(next.article);
	assert.equal(reopened.find?.prompt.text, 'CEASEFIRE');
	const emptied = reduceFind(reopened, reopened.find!, {type: 'search-edit', edit: 'backspace'}, shown).article;
	assert.equal(confirmFind(emptied, shown).article.find, null);
	assert.equal(jumpFinding(openedArticle('long', 'e', shown, undefined), shown, 1).notice, 'nothing to find: press / to find in the text');
});

test('source view find: a text not in the article says so and leaves the view where it was', () => {
	const shown = page();
	const article = openedFind(scrollArticle(openedArticle('long', 'e', shown, undefined), shown, 7));
	const typed = reduceFind(article, article.find!, {type: 'search-type', text: 'armistice'}, shown).article;
	const step = confirmFind(typed, shown);
	assert.equal(step.notice, 'not found in the text: "armistice"');
	assert.deepEqual([step.article.top, step.article.find?.editing], [7, false]);
	assert.equal(reduceFind(typed, typed.find!, {type: 'back'}, shown).article.find, null);
});

test('search: the same query found again with the article text keeps the chosen row chosen, wherever it now ranks', () => {
	const names = {...search(index, 'istanbul'), hits: search(index, 'istanbul').hits.slice(1), textPending: true as const};
	let state = reduceSearch(openedSearch(''), {type: 'search-type', text: 'istanbul'}, noHistory);
	state = reduceSearch(state, {type: 'search-results', result: names}, noHistory);
	state = reduceSearch(state, {type: 'search-move', delta: 1}, noHistory);
	const chosen = state.result!.hits[1]!;
	const full = search(index, 'istanbul');
	state = reduceSearch(state, {type: 'search-results', result: full}, noHistory);
	assert.equal(state.result, full);
	assert.equal(state.cursor, 2, 'one row lower: a hit came in above it');
	assert.deepEqual(state.result.hits[state.cursor], chosen);
	assert.equal(reduceSearch(state, {type: 'search-results', result: search(index, 'istanbul')}, noHistory), state, 'complete results stay: no frame drawn again for them');
	// A cursor the user never moved stays on the best result, whichever it is now.
	let unmoved = reduceSearch(openedSearch(''), {type: 'search-type', text: 'istanbul'}, noHistory);
	unmoved = reduceSearch(unmoved, {type: 'search-results', result: names}, noHistory);
	unmoved = reduceSearch(unmoved, {type: 'search-results', result: full}, noHistory);
	assert.equal(unmoved.cursor, 0);
	assert.equal(unmoved.result, full);
});
