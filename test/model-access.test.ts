import assert from 'node:assert/strict';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import type {Article, TimelineModel} from '../source/core/model.js';
import {modelAccess} from '../source/core/model-access.js';
import {loadTimeline} from '../source/core/timeline.js';
import {tempFolder} from './helpers/temp-folder.js';

const cacheHome = mkdtempSync(path.join(tmpdir(), 'dateline-cache-'));
process.env.XDG_CACHE_HOME = cacheHome;
after(() => rmSync(cacheHome, {recursive: true, force: true}));

const articles: Record<string, string> = {
	'a.md': '---\npublished: 2025-05-16\noutlet: Kyiv Independent\n---\nVolodymyr Zelensky met Recep Tayyip Erdoğan in Istanbul on 16 May 2025. Talks resumed in Geneva on 2 June 2025.\n',
	'b.md': '---\npublished: 2025-05-17\noutlet: Reuters\n---\nErdoğan said in Ankara on Saturday that the talks in Istanbul would go on in June.\n',
	'c.md': '---\npublished: 2025-06-02\noutlet: Le Monde\n---\nIn Geneva, Zelensky and Erdoğan met again on 2 June 2025, a fortnight after Istanbul.\n',
	'd.md': '---\npublished: 2025-06-03\n---\nThe United Nations welcomed the meeting in Geneva on Tuesday.\n',
};

/** What the corpus-wide lists say of one article: the reference each accessor is checked against. */
function fromCorpusLists(model: TimelineModel, article: Article) {
	const dates = model.dates.filter((date) => date.article === article.id);
	const marks = [
		...dates.map(({start, end}) => ({start, end, kind: 'date'})),
		...model.entities.flatMap(({kind, mentions}) => mentions.filter((mention) => mention.article === article.id).map(({start, end}) => ({start, end, kind}))),
	].sort((a, b) => a.start - b.start || b.end - a.end);
	return {dates, marks};
}

function assertSameAsCorpusLists(model: TimelineModel, answers: Map<string, {dates: unknown; marks: unknown}>) {
	const access = modelAccess(model);
	for (const article of model.articles) {
		const expected = fromCorpusLists(model, article);
		assert.deepEqual(answers.get(article.id), expected, article.id);
		assert.equal(access.articleById(article.id), article);
	}
	assert.ok(model.entities.some((entity) => entity.events.length > 1), 'an entity of several events to check');
	for (const entity of model.entities) {
		const expected = model.events.filter((event) => entity.events.includes(event.id));
		assert.deepEqual(access.eventsOf(entity), expected, entity.name);
	}
	for (const event of model.events) assert.equal(access.eventById(event.id), event);
	assert.equal(access.articleById('no such article'), undefined);
}

/** Every article's dates and marks through the access layer, asked before anything reads the corpus-wide lists. */
function askEveryArticle(model: TimelineModel) {
	const access = modelAccess(model);
	return new Map(model.articles.map((article) => [article.id, {dates: access.datesOf(article), marks: access.marksOf(article)}]));
}

test('the access layer gives of each article, event and entity what the corpus-wide lists give, for a model built in memory and one from the cache', async () => {
	const {root, cleanup} = tempFolder(articles);
	try {
		const built = await loadTimeline([root]);
		const warm = await loadTimeline([root]);
		// Taken from the cache: entity mentions not yet expanded.
		assert.equal(typeof Object.getOwnPropertyDescriptor(warm.entities[0]!, 'mentions')?.get, 'function');
		for (const model of [built, warm]) {
			assert.ok(model.entities.some((entity) => entity.mentions.length > 1) && model.dates.length > 3, 'a corpus with dates and entities to check');
			assertSameAsCorpusLists(model, askEveryArticle(model));
		}
		assert.deepEqual(JSON.parse(JSON.stringify(warm)), JSON.parse(JSON.stringify(built)), 'asking changes nothing of the model');
	} finally {
		cleanup();
	}
});

test("one article's marks read that article's line of the cache and no other's, and expand no entity's mentions", async (t) => {
	const {root, cleanup} = tempFolder(articles);
	try {
		await loadTimeline([root]);
		const warm = await loadTimeline([root]);
		const access = modelAccess(warm);
		const article = warm.articles.find(({id}) => id === 'c')!;
		// Every line of the cache is JSON: counting parses counts the lines read.
		const parse = t.mock.method(JSON, 'parse');
		const marks = access.marksOf(article);
		assert.equal(parse.mock.callCount(), 1, 'the line of c.md only');
		assert.ok(marks.some((mark) => mark.kind === 'date') && marks.some((mark) => mark.kind === 'person'));
		access.marksOf(article);
		assert.equal(parse.mock.callCount(), 1, 'read once');
		for (const entity of warm.entities) assert.equal(typeof Object.getOwnPropertyDescriptor(entity, 'mentions')?.get, 'function', `${entity.name}: its mentions not expanded`);
		parse.mock.restore();
		// What was read is what the corpus-wide lists give (the other articles checked against themselves).
		const answers = new Map<string, {dates: unknown; marks: unknown}>(warm.articles.map((other) => [other.id, fromCorpusLists(warm, other)]));
		assertSameAsCorpusLists(warm, answers.set(article.id, {dates: access.datesOf(article), marks}));
	} finally {
		cleanup();
	}
});

test('a model derived from another (curated, key events) keeps the access to its articles', async () => {
	const {root, cleanup} = tempFolder(articles);
	try {
		await loadTimeline([root]);
		const warm = await loadTimeline([root]);
		const derived: TimelineModel = {articles: warm.articles, dates: [], events: warm.events.slice(1), entities: warm.entities, skipped: []};
		const article = warm.articles[0]!;
		assert.deepEqual(modelAccess(derived).marksOf(article), modelAccess(warm).marksOf(article));
		assert.equal(modelAccess(derived).eventById(warm.events[0]!.id), undefined, 'its own events');
	} finally {
		cleanup();
	}
});
