import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {loadArticles} from '../source/core/load.js';
import {readXmlFeed} from '../source/core/read/feed-articles.js';
import {tempFolder} from './helpers/temp-folder.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/feeds/${name}`, import.meta.url), 'utf8');

const jsonFeed = {
	version: 'https://jsonfeed.org/version/1.1',
	title: 'Danube Notes',
	language: 'en',
	items: [
		{id: '2', url: 'https://danube.example/2', title: 'Talks end without ceasefire', content_html: '<p>The talks ended on Friday.</p><p>No ceasefire was agreed.</p>', date_published: '2025-05-16T22:00:00-07:00', authors: [{name: 'Ana Pop'}]},
		{id: '1', url: 'https://danube.example/1', title: 'Delegations arrive', content_text: 'The delegations arrived in Istanbul on Thursday.', date_published: '2025-05-15T08:00:00+03:00'},
		{id: '0', title: 'Empty item'},
	],
};

test('RSS and Atom items are articles: title, link, date as written, content or description as text', async () => {
	const {root, cleanup} = tempFolder({'caspian.rss': fixture('caspian-wire.rss'), 'balkan.atom': fixture('balkan-desk.atom'), 'danube.json': JSON.stringify(jsonFeed)});
	try {
		const {articles, skipped} = await loadArticles([root]);
		assert.deepEqual(
			articles.map(({id, title, published, outlet, author, url, language}) => ({id, title, published, outlet, author, url, language})),
			[
				{id: 'balkan#1', title: 'European leaders in Tirana threaten sanctions over ceasefire', published: '2025-05-16', outlet: 'Balkan Desk', author: 'Arben Hoxha', url: 'https://balkandesk.example/2025/05/16/tirana-summit-sanctions', language: 'en'},
				{id: 'balkan#2', title: 'Albania hosts summit of 47 leaders', published: '2025-05-15', outlet: 'Balkan Desk', author: undefined, url: 'https://balkandesk.example/2025/05/15/albania-hosts-summit', language: 'en'},
				// 21:10 at -04:00 is June 3 in UTC: the day as written is kept.
				{id: 'caspian#1', title: 'Second round of talks opens in Istanbul', published: '2025-06-02', outlet: 'Caspian Wire', author: 'Leyla Mammadova', url: 'https://caspianwire.example/2025/06/02/second-round-istanbul/', language: 'en'},
				{id: 'caspian#2', title: 'Russia confirms delegation for Monday talks', published: '2025-05-29', outlet: 'Caspian Wire', author: 'Leyla Mammadova', url: 'https://caspianwire.example/2025/05/29/russia-confirms-delegation/', language: 'en'},
				{id: 'danube#1', title: 'Talks end without ceasefire', published: '2025-05-16', outlet: 'Danube Notes', author: 'Ana Pop', url: 'https://danube.example/2', language: 'en'},
				{id: 'danube#2', title: 'Delegations arrive', published: '2025-05-15', outlet: 'Danube Notes', author: undefined, url: 'https://danube.example/1', language: 'en'},
			],
		);
		const text = (id: string) => articles.find((article) => article.id === id)!.text;
		// content:encoded over the description, as paragraphs of plain text.
		assert.equal(text('caspian#1').split('\n\n')[0], 'Delegations from Russia and Ukraine met on Monday at the Çırağan palace in Istanbul for a second round of direct talks, which ended after about an hour.');
		assert.doesNotMatch(text('caspian#1'), /<p>|&#8230;/);
		assert.equal(text('caspian#2'), 'Russia said on Thursday that its delegation, again led by Vladimir Medinsky, would be in Istanbul on June 2 for a second round of talks with Ukraine.');
		assert.equal(text('balkan#2'), 'Albania welcomed the heads of state and government of 47 European countries to Tirana on Thursday evening, the largest gathering the country has hosted.');
		assert.equal(text('danube#1'), 'The talks ended on Friday.\n\nNo ceasefire was agreed.');
		assert.deepEqual(
			skipped.map((entry) => [entry.path.split('/').pop(), entry.reason]),
			[
				['caspian.rss (item 3)', 'no content or description'],
				['danube.json (item 3)', 'no content or description'],
			],
		);
	} finally {
		cleanup();
	}
});

test('feed items keep their ids from one reading to the next, and a one-item feed is one article named like its file', async () => {
	const single = '<?xml version="1.0"?><rss version="2.0"><channel><title>One</title><item><title>Only</title><description>The only item, dated 16 May 2025.</description></item></channel></rss>';
	const {root, cleanup} = tempFolder({'caspian.rss': fixture('caspian-wire.rss'), 'single.xml': single, 'caspian#1.md': 'A file named like the first item.'});
	try {
		const first = await loadArticles([root]);
		const second = await loadArticles([root]);
		const ids = (result: typeof first) => result.articles.map((article) => [article.id, article.title ?? article.text]);
		assert.deepEqual(ids(first), ids(second));
		assert.deepEqual(ids(first), [
			['caspian#1~2', 'A file named like the first item.'],
			['caspian#1', 'Second round of talks opens in Istanbul'],
			['caspian#2', 'Russia confirms delegation for Monday talks'],
			['single', 'Only'],
		]);
	} finally {
		cleanup();
	}
});

test('XML that is no feed, and XML declaring entities, is skipped with its reason', async () => {
	assert.match((readXmlFeed('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>') as {reason: string}).reason, /^not an RSS or Atom feed/);
	const laughs = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title></channel></rss>';
	assert.match((readXmlFeed(laughs) as {reason: string}).reason, /declares entities/);
	const {root, cleanup} = tempFolder({'sitemap.xml': '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>', 'broken.rss': '<rss><channel><item><title>Unclosed'});
	try {
		const {articles, skipped} = await loadArticles([root]);
		assert.deepEqual(articles, []);
		// The parser is lenient: an unclosed feed still gives its item, which has no text.
		assert.deepEqual(
			skipped.map((entry) => [entry.path.split('/').pop(), entry.reason.replace(/ \(.*/, '')]),
			[
				['broken.rss (item 1)', 'no content or description'],
				['sitemap.xml', 'not an RSS or Atom feed'],
			],
		);
	} finally {
		cleanup();
	}
});
