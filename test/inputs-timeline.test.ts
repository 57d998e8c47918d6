import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import type {TimelineModel} from '../source/core/model.js';
import {tempFolder} from './helpers/temp-folder.js';

// The built binary with --json, as a user runs it (`npm test` builds before testing).
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const bundledCorpus = new URL('../corpus', import.meta.url).pathname;
const cacheHome = mkdtempSync(path.join(tmpdir(), 'dateline-inputs-'));
after(() => rmSync(cacheHome, {recursive: true, force: true}));

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

function timeline(paths: string[]): {model: TimelineModel; stderr: string} {
	const result = spawnSync(process.execPath, [cli, '--json', ...paths], {encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: cacheHome}});
	assert.equal(result.status, 0, result.stderr);
	return {model: JSON.parse(result.stdout) as TimelineModel, stderr: result.stderr};
}

test('saved pages, an RSS and an Atom feed, a news-API response and the bundled corpus make one timeline', () => {
	const {root, cleanup} = tempFolder({
		'pages/harbour-times.html': fixture('saved-pages/harbour-times-prisoner-exchange.html'),
		'pages/kurier.htm': fixture('saved-pages/kurier-telefonat-lawrow-rubio.htm'),
		'pages/gulf-wire.html': fixture('saved-pages/gulf-wire-second-round.html'),
		'pages/report.pdf': '%PDF-1.7',
		'caspian-wire.rss': fixture('feeds/caspian-wire.rss'),
		'balkan-desk.atom': fixture('feeds/balkan-desk.atom'),
		'newsapi.json': fixture('news-api/newsapi-everything.json'),
	});
	try {
		const {model, stderr} = timeline([root, bundledCorpus]);
		const byId = new Map(model.articles.map((article) => [article.id, article]));
		const summary = (id: string) => {
			const article = byId.get(id);
			assert.ok(article, `${id} is in the timeline`);
			return [article.title, article.published, article.outlet, article.language];
		};
		assert.deepEqual(summary('pages/harbour-times'), ['Russia and Ukraine agree largest prisoner swap of the war', '2025-05-16', 'The Harbour Times', 'en']);
		assert.deepEqual(summary('pages/kurier'), ['Lawrow und Rubio telefonieren nach den Istanbuler Gesprächen', '2025-05-17', 'Kurier am Bosporus', 'de']);
		assert.deepEqual(summary('pages/gulf-wire'), ['روسيا ترسل وفداً إلى إسطنبول لجولة ثانية من المحادثات مع أوكرانيا', '2025-05-30', 'غلف واير', 'ar']);
		assert.deepEqual(summary('caspian-wire#1'), ['Second round of talks opens in Istanbul', '2025-06-02', 'Caspian Wire', 'en']);
		assert.deepEqual(summary('caspian-wire#2'), ['Russia confirms delegation for Monday talks', '2025-05-29', 'Caspian Wire', 'en']);
		assert.deepEqual(summary('balkan-desk#1'), ['European leaders in Tirana threaten sanctions over ceasefire', '2025-05-16', 'Balkan Desk', 'en']);
		assert.deepEqual(summary('balkan-desk#2'), ['Albania hosts summit of 47 leaders', '2025-05-15', 'Balkan Desk', 'en']);
		assert.deepEqual(summary('newsapi#1'), ['Turkey offers to host the next round of Russia-Ukraine talks', '2025-05-30', 'Anatolia Daily', 'en']);
		assert.deepEqual(summary('newsapi#2'), ['Zelensky says Ukraine will attend Monday talks', '2025-06-01', 'Nordic Post', 'en']);
		assert.equal(byId.get('pages/harbour-times')!.author, 'Ellen Marsh, Tom Okafor');
		assert.equal(model.articles.filter((article) => article.path.startsWith('corpus/')).length, 5, 'the bundled corpus beside them');

		// Offsets point into the extracted text, the text the source view shows.
		for (const date of model.dates) assert.equal(byId.get(date.article)!.text.slice(date.start, date.end), date.text);
		for (const event of model.events) for (const mention of event.mentions) assert.ok(mention.sentence.end <= byId.get(mention.article)!.text.length);

		// Every new article is told on the timeline, on the days its sources name.
		const told = new Set(model.events.flatMap((event) => event.sources));
		for (const id of byId.keys()) assert.ok(told.has(id), `${id} has an event`);
		const daysOf = (id: string) => model.events.filter((event) => event.sources.includes(id)).map((event) => event.date?.start);
		assert.ok(daysOf('caspian-wire#1').includes('2025-06-02'), 'the second round on Monday, June 2');
		assert.ok(daysOf('pages/kurier').includes('2025-05-17'), 'the call on Saturday');
		assert.ok(daysOf('pages/harbour-times').includes('2025-05-16'));
		assert.ok(model.events.some((event) => event.date?.start === '2025-05-16' && event.sources.includes('pages/harbour-times') && event.sources.some((id) => id.startsWith('001'))), 'the exchange agreed on May 16 merges the saved page with the bundled report');

		assert.deepEqual(
			model.skipped.map((entry) => [entry.path.replace(/^.*?(pages\/|caspian)/, '$1'), entry.reason]),
			[
				['pages/report.pdf', 'not an article format dateline reads (.pdf)'],
				['caspian-wire.rss (item 3)', 'no content or description'],
			],
		);
		assert.match(stderr, /dateline: skipped .*report\.pdf: not an article format dateline reads \(\.pdf\)/);

		// The second start takes every kind of file from the index cache, with the same result.
		const again = timeline([root, bundledCorpus]);
		assert.deepEqual(again.model, model);
	} finally {
		cleanup();
	}
});
