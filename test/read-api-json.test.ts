import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {loadArticles} from '../source/core/load.js';
import {articleFieldNames} from '../source/core/read/api-json.js';
import {tempFolder} from './helpers/temp-folder.js';

const load = async (files: Record<string, string>) => {
	const {root, cleanup} = tempFolder(files);
	try {
		return await loadArticles([root]);
	} finally {
		cleanup();
	}
};

test('the field names of news APIs map to dateline\'s, one record each', async () => {
	const records = [
		{headline: 'H', body: 'Body one.', datePublished: '2025-05-16T10:00:00Z', 'source': {name: 'Outlet One'}, url: 'https://one.example', lang: 'en'},
		{title: 'T', content: 'Body two.', publishedAt: '2025-05-17T23:00:00-05:00', publisher: {name: 'Outlet Two'}, link: 'https://two.example', inLanguage: 'de-AT', authors: ['A. Author', 'B. Author']},
		{title: 'D', description: 'Body three.', publish_date: '18.05.2025', source: 'Outlet Three', byline: 'C. Author'},
		{text: 'Body four.', body: 'Not this one.', pubDate: 'Mon, 19 May 2025 08:00:00 GMT', outlet: 'Outlet Four', source: {name: 'Not this one'}, author: {name: 'D. Author'}},
		{content: 'Body five.', published_at: '2025-05-20', source: {id: 'no-name'}, language: 'fr'},
	];
	const {articles, skipped} = await load({'api.json': JSON.stringify(records)});
	assert.deepEqual(skipped, []);
	assert.deepEqual(
		articles.map(({title, text, published, outlet, author, url, language}) => ({title, text, published, outlet, author, url, language})),
		[
			{title: 'H', text: 'Body one.', published: '2025-05-16', outlet: 'Outlet One', author: undefined, url: 'https://one.example', language: 'en'},
			{title: 'T', text: 'Body two.', published: '2025-05-17', outlet: 'Outlet Two', author: 'A. Author, B. Author', url: 'https://two.example', language: 'de'},
			{title: 'D', text: 'Body three.', published: '2025-05-18', outlet: 'Outlet Three', author: 'C. Author', url: undefined, language: undefined},
			{title: undefined, text: 'Body four.', published: '2025-05-19', outlet: 'Outlet Four', author: 'D. Author', url: undefined, language: undefined},
			{title: undefined, text: 'Body five.', published: '2025-05-20', outlet: undefined, author: undefined, url: undefined, language: 'fr'},
		],
	);
});

test('an API response is read as the list it holds under articles, items, results or data', async () => {
	for (const list of ['articles', 'items', 'results', 'data']) {
		const {articles} = await load({'response.json': JSON.stringify({status: 'ok', totalResults: 2, [list]: [{title: 'A', content: 'First.'}, {title: 'B', content: 'Second.'}]})});
		assert.deepEqual(articles.map((article) => [article.id, article.title]), [['response#1', 'A'], ['response#2', 'B']], list);
	}
	// The Guardian's and others' `response` envelope.
	const {articles} = await load({'guardian.json': JSON.stringify({response: {status: 'ok', results: [{headline: 'G', body: 'Inside the envelope.'}]}})});
	assert.deepEqual(articles.map((article) => article.title), ['G']);
	// A single article object with a list of its own is still one article.
	const single = await load({'one.json': JSON.stringify({title: 'One', text: 'Its own text.', items: ['a', 'b']})});
	assert.deepEqual(single.articles.map((article) => article.title), ['One']);
});

test('an API body in HTML is read as text; dateline\'s own fields of the wrong type are still reasons', async () => {
	const {articles, skipped} = await load({
		'api.jsonl': [
			JSON.stringify({title: 'HTML', content: '<p>First paragraph.</p><p>Second &amp; last.</p>'}),
			JSON.stringify({title: 'Tags in text', text: 'A <b> as written in the text field.'}),
			JSON.stringify({title: {nested: true}, body: 'Wrong title type.'}),
		].join('\n'),
	});
	assert.deepEqual(articles.map((article) => article.text), ['First paragraph.\n\nSecond & last.', 'A <b> as written in the text field.']);
	assert.deepEqual(skipped.map((entry) => [entry.path.split('/').pop(), entry.reason]), [['api.jsonl (line 3)', 'title is not text']]);
});

test('the bundled news-API fixture, and every name of the mapping table documented in readme.md', async () => {
	const fixture = readFileSync(new URL('fixtures/news-api/newsapi-everything.json', import.meta.url), 'utf8');
	const {articles} = await load({'newsapi.json': fixture});
	assert.deepEqual(articles.map((article) => [article.title, article.published, article.outlet]), [
		['Turkey offers to host the next round of Russia-Ukraine talks', '2025-05-30', 'Anatolia Daily'],
		['Zelensky says Ukraine will attend Monday talks', '2025-06-01', 'Nordic Post'],
	]);
	const readme = readFileSync(new URL('../readme.md', import.meta.url), 'utf8');
	const section = readme.slice(readme.indexOf('## Articles it reads'), readme.indexOf('\n## ', readme.indexOf('## Articles it reads') + 1));
	for (const names of Object.values(articleFieldNames)) for (const name of names) assert.ok(section.includes(`\`${name}\``), `readme.md documents "${name}"`);
});
