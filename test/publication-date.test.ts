import assert from 'node:assert/strict';
import {test} from 'node:test';
import {buildTimeline} from '../source/core/build-timeline.js';
import {loadArticles} from '../source/core/load.js';
import {readPublicationDate} from '../source/core/read/publication-date.js';
import {tempFolder} from './helpers/temp-folder.js';

const read = (written: string, language?: string) => {
	const result = readPublicationDate(written, language);
	return 'published' in result ? result.published : `unread: ${result.reason}`;
};

test('publication dates in the forms news sources write them', () => {
	const june1 = [
		'2009-06-01',
		'2009-06-01T10:00:00Z',
		'2009-06-01T23:30:00-05:00',
		'2009-06-01T00:30:00+14:00',
		'2009/06/01',
		'Mon, 01 Jun 2009 10:00:00 GMT',
		'Mon, 01 Jun 2009 23:59:59 -0800',
		'June 1, 2009',
		'Monday, June 1st, 2009 10:00 AM',
		'Jun. 1, 2009',
		'1 June 2009',
		'01.06.2009',
		'1.6.2009',
		'1. Juni 2009',
		'Montag, 1. Juni 2009, 14:00 Uhr',
		'1 de junio de 2009',
		'1º de junio de 2009',
		'lundi 1er juin 2009',
		'1 giugno 2009',
		'1 يونيو 2009',
		'١ يونيو ٢٠٠٩',
		'الاثنين 1 حزيران 2009',
		'1 حزيران/يونيو 2009',
	];
	for (const written of june1) assert.equal(read(written), '2009-06-01', written);
	assert.equal(read('4 févr. 2021'), '2021-02-04');
	assert.equal(read('Sept. 4, 2021'), '2021-09-04');
	assert.equal(read('3 März 2021'), '2021-03-03');
	assert.equal(read('12 أيلول 2021'), '2021-09-12');
});

test('day and month that could be swapped are read by the article language, or not at all', () => {
	assert.equal(read('03/02/2009', 'en'), '2009-03-02');
	assert.equal(read('03/02/2009', 'en-US'), '2009-03-02');
	assert.equal(read('03/02/2009', 'en-GB'), '2009-02-03');
	assert.equal(read('03-02-2009', 'de'), '2009-02-03');
	assert.equal(read('03/02/2009', 'es'), '2009-02-03');
	assert.match(read('03/02/2009'), /unread: .*"03\/02\/2009" is ambiguous/);
	assert.match(read('03-02-2009'), /ambiguous/);
	// Not ambiguous: one of the numbers cannot be a month, or both are the same.
	assert.equal(read('13/02/2009'), '2009-02-13');
	assert.equal(read('02/13/2009'), '2009-02-13');
	assert.equal(read('03/03/2009'), '2009-03-03');
});

test('years 0000–0099 are years of their own, and impossible or unknown dates are reasons', () => {
	assert.equal(read('0050-03-01'), '0050-03-01');
	assert.equal(read('0000-01-01'), '0000-01-01');
	assert.equal(read('0099-12-31T10:00:00Z'), '0099-12-31');
	assert.match(read('2025-02-30'), /impossible publication date "2025-02-30"/);
	assert.match(read('31 June 2009'), /impossible/);
	assert.match(read('yesterday'), /is not a date dateline reads/);
	assert.match(read('June 2009'), /is not a date dateline reads/);
	assert.match(read('x'.repeat(500)), /"x{57}\.\.\."/, 'a long value is cut in its reason');
});

test('the calendar day as written, whatever the time zone of the machine', async () => {
	const zone = process.env.TZ;
	const {root, cleanup} = tempFolder({
		'a.json': JSON.stringify([
			{text: 'Late in the evening.', published: '2009-06-01T23:30:00-05:00'},
			{text: 'Early in the morning.', published: 'Mon, 01 Jun 2009 00:30:00 +1400'},
			{text: 'At midnight.', published: '2009-06-01T00:00:00Z'},
		]),
	});
	try {
		for (const timeZone of ['Pacific/Kiritimati', 'America/Adak']) {
			process.env.TZ = timeZone;
			// The zone is in effect: a Date would carry these days to another one.
			assert.notEqual(new Date('2009-06-01T23:30:00-05:00').getDate() === 1 && new Date('2009-06-01T00:30:00+14:00').getDate() === 1, true, timeZone);
			const {articles} = await loadArticles([root]);
			assert.deepEqual(articles.map((article) => article.published), ['2009-06-01', '2009-06-01', '2009-06-01'], timeZone);
		}
	} finally {
		if (zone === undefined) delete process.env.TZ;
		else process.env.TZ = zone;
		cleanup();
	}
});

test('an article whose publication date cannot be read is kept, undated, with a warning', async () => {
	const {root, cleanup} = tempFolder({
		'ambiguous.json': JSON.stringify({title: 'Talks', text: 'The talks opened in Istanbul.', published: '03/02/2009'}),
		'english.json': JSON.stringify({title: 'Talks', text: 'The talks opened in Istanbul.', published: '03/02/2009', language: 'en'}),
		'words.md': '---\npublished: sometime last spring\n---\nThe talks opened in Istanbul.',
	});
	try {
		const {articles, skipped} = await loadArticles([root]);
		assert.deepEqual(articles.map((article) => [article.id, article.published]), [['ambiguous', undefined], ['english', '2009-03-02'], ['words', undefined]]);
		assert.deepEqual(
			skipped.map((entry) => [entry.path.split('/').pop(), entry.reason]),
			[
				['ambiguous.json (item 1)', 'publication date "03/02/2009" is ambiguous (day or month first?) and the article names no language; the article is kept without it'],
				['words.md', 'publication date "sometime last spring" is not a date dateline reads; the article is kept without it'],
			],
		);
	} finally {
		cleanup();
	}
});

test('dates computed past the year 9999 are no dates; days of the years 0–99 stay in them', () => {
	const model = buildTimeline({
		articles: [
			{id: 'far', path: 'far', text: 'On 5 May 9999 the city fell. Two years later it rose again.', language: 'en'},
			{id: 'old', path: 'old', text: 'The council met yesterday in the forum.', language: 'en', published: '0050-03-02'},
		],
	});
	const values = Object.fromEntries(model.dates.map((date) => [date.text, date.value?.start ?? null]));
	assert.deepEqual(values, {'On 5 May 9999': '9999-05-05', 'Two years later': null, yesterday: '0050-03-01'});
	assert.ok(model.events.every((event) => event.date === null || /^\d{4}(?:-|$)/.test(event.date.start)));
});
