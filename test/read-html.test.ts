import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {loadArticles} from '../source/core/load.js';
import {readHtmlArticle} from '../source/core/read/html-article.js';
import {htmlText} from '../source/core/read/html-text.js';
import {tempFolder} from './helpers/temp-folder.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/saved-pages/${name}`, import.meta.url), 'utf8');

function fieldsOf(html: string): Record<string, string> {
	const result = readHtmlArticle(html);
	assert.ok('fields' in result, 'reason' in result ? result.reason : '');
	return result.fields;
}

/** A page of one paragraph and the given head, enough for Readability to take it as an article. */
const page = (head: string, lang = '') =>
	`<!doctype html><html${lang}><head>${head}</head><body><article><p>${'The delegations met in Istanbul on Friday and agreed to exchange prisoners, officials said. '.repeat(4)}</p></article></body></html>`;

test('three outlets\' saved pages: the article text without navigation, related links, comments or footer', () => {
	const cases = [
		{
			name: 'harbour-times-prisoner-exchange.html',
			keeps: ['Russia and Ukraine agreed on Friday to exchange 1,000 prisoners', 'European leaders meeting in Tirana accused Moscow'],
			drops: ['Skip to main content', 'Subscribe today', 'Zelensky meets Erdoğan in Ankara', 'Most viewed', 'Heatwave warning', 'Comments (412)', 'Finally some movement', 'Cookie policy', '14 March 1998', 'Share on Facebook', 'dataLayer'],
		},
		{
			name: 'kurier-telefonat-lawrow-rubio.htm',
			keeps: ['Der russische Außenminister Sergej Lawrow', 'Eine Waffenruhe wurde nicht vereinbart.'],
			drops: ['Wir verwenden Cookies', 'Mehr zum Thema', 'Sanktionspaket', 'Meistgelesen', 'Impressum', '1. Oktober 1999'],
		},
		{
			name: 'gulf-wire-second-round.html',
			keeps: ['قالت روسيا إنها سترسل وفداً إلى إسطنبول', 'واستمرت أقل من ساعتين.'],
			drops: ['أسعار النفط', 'الرئيسية', 'أخبار ذات صلة', 'ارتفاع أسعار الذهب', 'جميع الحقوق محفوظة'],
		},
	];
	for (const {name, keeps, drops} of cases) {
		const {text} = fieldsOf(fixture(name));
		for (const part of keeps) assert.ok(text!.includes(part), `${name} keeps "${part}"`);
		for (const part of drops) assert.ok(!text!.includes(part), `${name} drops "${part}"`);
		// Paragraphs stay paragraphs, so that sentences do not run into each other.
		assert.ok(text!.split('\n\n').length >= 4, name);
		assert.doesNotMatch(text!, /[.!?]\p{L}/u, `${name}: no sentence glued to the next`);
	}
});

test('metadata from JSON-LD graphs and arrays, with @id references followed', () => {
	assert.deepEqual(
		(({text: _text, ...fields}) => fields)(fieldsOf(fixture('harbour-times-prisoner-exchange.html'))),
		{
			title: 'Russia and Ukraine agree largest prisoner swap of the war',
			published: '2025-05-16T18:45:00+01:00',
			outlet: 'The Harbour Times',
			// article:author is a profile address there: the JSON-LD names the people.
			author: 'Ellen Marsh, Tom Okafor',
			url: 'https://www.harbourtimes.example/world/2025/may/16/russia-ukraine-prisoner-swap-istanbul',
			language: 'en-GB',
		},
	);
	const kurier = fieldsOf(fixture('kurier-telefonat-lawrow-rubio.htm'));
	assert.equal(kurier.title, 'Lawrow und Rubio telefonieren nach den Istanbuler Gesprächen', 'the JSON-LD headline, not og:title');
	assert.equal(kurier.published, '2025-05-17T00:30:00+03:00');
	assert.equal(kurier.author, 'Katrin Weber');
	// Open Graph and <html lang> where there is no JSON-LD.
	const gulf = fieldsOf(fixture('gulf-wire-second-round.html'));
	assert.deepEqual([gulf.title, gulf.outlet, gulf.language, gulf.url], ['روسيا ترسل وفداً إلى إسطنبول لجولة ثانية من المحادثات مع أوكرانيا', 'غلف واير', 'ar', 'https://gulfwire.example/ar/news/2025/05/30/russia-istanbul-second-round']);
});

test('each field from the most trusted tag: article meta, then JSON-LD NewsArticle, then Open Graph, then the page', () => {
	const ld = (fields: object) => `<script type="application/ld+json">${JSON.stringify({'@context': 'https://schema.org', ...fields})}</script>`;
	const all = page(
		[
			'<title>Page title | Site</title>',
			'<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG outlet"><meta property="og:locale" content="fr_FR"><meta property="og:url" content="https://og.example/a">',
			'<meta property="article:published_time" content="2025-05-16">',
			ld({'@type': 'Article', headline: 'Plain article headline', datePublished: '2025-05-14'}),
			ld({'@type': 'NewsArticle', headline: 'News headline', datePublished: '2025-05-15', publisher: {name: 'LD outlet'}, inLanguage: 'de', url: 'https://ld.example/a'}),
		].join(''),
		' lang="it"',
	);
	assert.deepEqual((({text: _text, ...fields}) => fields)(fieldsOf(all)), {title: 'News headline', published: '2025-05-16', outlet: 'LD outlet', url: 'https://ld.example/a', language: 'de'});
	const withoutLd = fieldsOf(page('<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG outlet"><meta property="og:locale" content="fr_FR">', ' lang="it"'));
	assert.deepEqual([withoutLd.title, withoutLd.outlet, withoutLd.language], ['OG title', 'OG outlet', 'fr_FR']);
	const bare = fieldsOf(page('<title>Page title</title><meta property="og:locale" content="not a language">', ' lang="it"'));
	assert.deepEqual([bare.title, bare.language, bare.outlet], ['Page title', 'it', undefined]);
	// A broken JSON-LD block is passed over; the other tags still count.
	const broken = fieldsOf(page(`<script type="application/ld+json">{"@type": "NewsArticle", headline</script>${ld({'@type': 'NewsArticle', headline: 'Second block'})}`));
	assert.equal(broken.title, 'Second block');
});

test('saved pages load as articles: dates as written, outlets, languages; a page without an article is skipped with its reason', async () => {
	const {root, cleanup} = tempFolder({
		'pages/harbour.html': fixture('harbour-times-prisoner-exchange.html'),
		'pages/kurier.htm': fixture('kurier-telefonat-lawrow-rubio.htm'),
		'pages/gulf.html': fixture('gulf-wire-second-round.html'),
		'pages/empty.html': '<!doctype html><html><head><title>Nothing</title></head><body><nav><a href="/">Home</a></nav></body></html>',
	});
	try {
		const {articles, skipped} = await loadArticles([root]);
		assert.deepEqual(
			articles.map((article) => [article.id, article.published, article.outlet, article.language]),
			[
				['pages/gulf', '2025-05-30', 'غلف واير', 'ar'],
				['pages/harbour', '2025-05-16', 'The Harbour Times', 'en'],
				// 00:30 in Istanbul is still the 16th in UTC: the day as written is kept.
				['pages/kurier', '2025-05-17', 'Kurier am Bosporus', 'de'],
			],
		);
		assert.deepEqual(skipped.map((entry) => [entry.path.split('/').pop(), entry.reason]), [['empty.html', 'no article text found in the web page']]);
	} finally {
		cleanup();
	}
});

test('a page nested deeper than a browser would build is skipped with its reason; a fragment that deep is read without its tags', () => {
	const deep = `<html><body>${'<div>'.repeat(200_000)}<p>Deep text.</p>${'</div>'.repeat(200_000)}</body></html>`;
	assert.deepEqual(readHtmlArticle(deep), {reason: 'web page nested more than 1,000 elements deep'});
	// What scripts hold and elements whose end tag may be left out do not count as nesting.
	const script = `<script>var s = '${'<div>'.repeat(5000)}';</script>`;
	assert.ok('fields' in readHtmlArticle(page(script + '<ul>'.concat('<li>item <p>para '.repeat(3000), '</ul>'))));
	assert.equal(htmlText(`${'<b>'.repeat(200_000)}Deep text.`), 'Deep text.');
});
