import assert from 'node:assert/strict';
import {test} from 'node:test';
import {displayDate} from '../source/core/dates/calendar.js';
import {coverageHistogram, histogramText} from '../source/core/histogram.js';
import {keyEvents, salientDays, withKeyEvents} from '../source/core/key-events.js';
import type {DateValue, TimelineEvent, TimelineModel} from '../source/core/model.js';
import {salienceOf, type SalienceArticle} from '../source/core/salience.js';
import {modelOf} from './helpers/analyze-texts.js';
import {seededRandom} from './helpers/seeded-random.js';

const day = (start: string): DateValue => ({start, end: null, precision: 'day'});

function event(id: string, date: DateValue | null, sources: string[], salience = 0): TimelineEvent {
	return {id, date, basis: 'text', title: id, salience, people: [], places: [], sources, mentions: []};
}

const article = (published: string | null, language = 'en', outlet: string | null = null): SalienceArticle => ({published, language, outlet});

test('salience weighs outlets, languages, the precision of the date and whether it was reported after it happened', () => {
	const articles = new Map([
		['a', article('2025-05-16')],
		['b', article('2025-05-17')],
		['c', article('2025-05-17', 'ar')],
		['d', article('2025-05-10')],
		['e', article('2025-05-16', 'en', 'Reuters')],
		['f', article('2025-05-16', 'en', 'Reuters')],
	]);
	const [one, two, twoLanguages, announced, sameOutlet, month, year] = salienceOf(
		[
			event('one', day('2025-05-16'), ['a']),
			event('two', day('2025-05-16'), ['a', 'b']),
			event('two languages', day('2025-05-16'), ['a', 'c']),
			event('announced', day('2025-05-16'), ['d']),
			event('same outlet', day('2025-05-16'), ['e', 'f']),
			event('month', {start: '2025-05', end: null, precision: 'month'}, ['a']),
			event('year', {start: '2025', end: null, precision: 'year'}, ['a']),
		],
		articles,
	);
	assert.ok(two! > one!, 'a second source');
	assert.ok(twoLanguages! > two!, 'a second language');
	assert.ok(announced! < one!, 'told before it happened');
	assert.ok(sameOutlet! > one! && sameOutlet! < two!, 'a second article of one outlet counts less than a second outlet');
	assert.ok(year! < month! && month! < one!, 'a day before a month before a year');
});

test('a day still told a week or more after it happened weighs more than one told only as news', () => {
	// Both reports lie outside each other's burst window: only how long after the day they were published differs.
	const articles = new Map([
		['news', article('2025-03-05')],
		['recalled', article('2025-04-08')],
	]);
	const [news, recalled] = salienceOf([event('news', day('2025-03-01'), ['news']), event('recalled', day('2025-04-01'), ['recalled'])], articles);
	assert.ok(recalled! > news!);
});

test('a burst of coverage right after a day makes it more salient', () => {
	const articles = new Map([
		['a', article('2025-05-16')],
		['b', article('2025-03-01')],
		...['x', 'y', 'z'].map((id) => [id, article('2025-05-17')] as const),
	]);
	const [burst, quiet] = salienceOf([event('burst', day('2025-05-16'), ['a']), event('quiet', day('2025-03-01'), ['b'])], articles);
	assert.ok(burst! > quiet!);
	// Four of the five articles within three days of May 16, against 5/3 a publishing day: a burst of 2.4, which adds half its logarithm.
	assert.equal(burst, Math.round((1 + 0.5 * Math.log2(1 + 2.4)) * 1000) / 1000);
});

/** An event told by one article, at the first occurrence of `date` in its text. */
function toldIn(id: string, text: string, date: string): Pick<TimelineEvent, 'date' | 'sources' | 'mentions'> {
	const start = text.indexOf(date);
	return {date: day('2025-03-04'), sources: [id], mentions: [{article: id, sentence: {start: 0, end: text.length}, date: {start, end: start + date.length}}]};
}

test('an entry of a chronology (a line that opens with its written-out date and tells what happened) counts three reports', () => {
	const texts = {
		entry: 'How the talks went:\n- 4 March 2025: the talks open in Geneva with both delegations.\n- 6 March 2025: they end without a deal.',
		prose: 'The talks opened in Geneva on 4 March 2025 with both delegations.',
		heading: 'Geneva\n4 March 2025\nThe talks opened with both delegations.',
		today: 'Today: the talks open in Geneva with both delegations.',
		dateline: 'Geneva\n4 March 2025 By Anna Berg for www.example.com\nThe talks opened with both delegations.',
		shortWords: 'Fechas:\n- 4 March 2025: EE.UU y Rusia acuerdan una tregua.',
	};
	const articles = new Map(Object.entries(texts).map(([id, text]) => [id, {...article('2025-03-04'), text}]));
	const [entry, prose, heading, today, dateline, shortWords] = salienceOf(
		[
			toldIn('entry', texts.entry, '4 March 2025'),
			toldIn('prose', texts.prose, '4 March 2025'),
			toldIn('heading', texts.heading, '4 March 2025'),
			toldIn('today', texts.today, 'Today'),
			toldIn('dateline', texts.dateline, '4 March 2025'),
			toldIn('shortWords', texts.shortWords, '4 March 2025'),
		],
		articles,
	);
	assert.equal(entry, 3 * prose!);
	assert.equal(heading, prose, 'a date alone on its line is a heading or a dateline, not an entry');
	assert.equal(today, prose, 'a line that opens with "today" is no chronology');
	assert.equal(dateline, prose, 'a date and a byline are a dateline');
	assert.equal(shortWords, entry, 'an entry may tell in words of one letter ("y", "a")');
});

test('an entry of a chronology counts up to three reports by how much of the story it spans: the whole year nearly three, two weeks of it little more than one', () => {
	const texts = {
		whole: 'The year in dates:\n- 10 January 2025: the war begins in the north.\n- 10 December 2025: both sides sign the truce in Geneva.',
		weeks: 'Two weeks of talks:\n- 1 March 2025: the talks open in Geneva.\n- 15 March 2025: the talks end without a deal.',
		prose: 'The war began in the north on 10 January 2025, and the talks opened on 1 March 2025.',
	};
	// The story's articles were published from the first of January to the last of December.
	const articles = new Map<string, SalienceArticle>([
		...Object.entries(texts).map(([id, text]) => [id, {...article('2025-12-31'), text}] as const),
		['january', article('2025-01-01')],
	]);
	const entry = (id: keyof typeof texts, written: string, date: string) => {
		const text = texts[id];
		const start = text.indexOf(written);
		const sentence = {start: text.lastIndexOf('\n', start) + 1, end: text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start)};
		return {date: day(date), sources: [id], mentions: [{article: id, sentence, date: {start, end: start + written.length}}]};
	};
	const [wholeFirst, , weeksFirst, , prose] = salienceOf(
		[
			entry('whole', '10 January 2025', '2025-01-10'),
			entry('whole', '10 December 2025', '2025-12-10'),
			entry('weeks', '1 March 2025', '2025-03-01'),
			entry('weeks', '15 March 2025', '2025-03-15'),
			entry('prose', '10 January 2025', '2025-01-10'),
		],
		articles,
	);
	assert.ok(Math.abs(wholeFirst! / prose! - (1 + (2 * 334) / 364)) < 0.01, 'the whole story\'s chronology spans 334 of its 364 days');
	assert.ok(Math.abs(weeksFirst! / prose! - (1 + (2 * 14) / 364)) < 0.01, 'two weeks of it');
});

test('a date given only as a deadline or the end of a period ("hasta el 31 de enero", "until 15 March") counts half', () => {
	const texts = {
		told: 'La Unión Interparlamentaria publicó los datos el 31 de enero de 2011.',
		bound: 'Hubo avances: hasta el 31 de enero de 2011, según los datos de la Unión.',
		until: 'The talks in Geneva go on until 15 March 2025, the envoy said.',
		onDay: 'The talks in Geneva end on 15 March 2025, the envoy said.',
	};
	const articles = new Map(Object.entries(texts).map(([id, text]) => [id, {...article('2025-06-01'), text}]));
	const told = (id: keyof typeof texts, written: string, date: string) => {
		const start = texts[id].indexOf(written);
		return {date: day(date), sources: [id], mentions: [{article: id, sentence: {start: 0, end: texts[id].length}, date: {start, end: start + written.length}}]};
	};
	const [onJanuary31, upToJanuary31, untilMarch15, onMarch15] = salienceOf(
		[told('told', '31 de enero de 2011', '2011-01-31'), told('bound', '31 de enero de 2011', '2011-01-31'), told('until', '15 March 2025', '2025-03-15'), told('onDay', '15 March 2025', '2025-03-15')],
		articles,
	);
	assert.equal(upToJanuary31, onJanuary31! / 2);
	assert.equal(untilMarch15, onMarch15! / 2);
});

test('the same sentence word for word on pages published weeks apart is furniture (a sidebar), counted once; copies within the week are reports', () => {
	const sidebar = 'Italia espera verdad sobre la muerte del cooperante, hallado muerto el 15 de julio.';
	const own = 'El cooperante fue hallado muerto el 15 de julio en su casa.';
	const articles = new Map<string, SalienceArticle>([
		['january', {...article('2025-01-10'), text: sidebar}],
		['march', {...article('2025-03-20'), text: sidebar}],
		['may', {...article('2025-05-02'), text: sidebar}],
		['wire 1', {...article('2025-05-02'), text: sidebar}],
		['wire 2', {...article('2025-05-04'), text: sidebar}],
		['wire 3', {...article('2025-05-06'), text: sidebar}],
		['may and more', {...article('2025-05-02'), text: `${sidebar} ${own}`}],
	]);
	const mention = (id: string, sentence: string) => ({article: id, sentence: {start: articles.get(id)!.text!.indexOf(sentence), end: articles.get(id)!.text!.indexOf(sentence) + sentence.length}, date: null});
	const told = (ids: string[], sentence = sidebar) => ({date: day('2024-07-15'), sources: ids, mentions: ids.map((id) => mention(id, sentence))});
	const [alone, furniture, wire, ownSentence] = salienceOf(
		[told(['january']), told(['january', 'march', 'may']), told(['wire 1', 'wire 2', 'wire 3']), {...told(['january', 'may and more']), mentions: [mention('january', sidebar), mention('may and more', sidebar), mention('may and more', own)]}],
		articles,
	);
	assert.equal(furniture, alone, 'the copies months later add nothing');
	assert.ok(wire! > 2.5 * alone!, 'three outlets running one report within days count three');
	assert.ok(ownSentence! > 1.5 * alone!, 'an article that tells the event in a sentence of its own counts');
});

test('key events are the most salient, in timeline order, the earlier one on a tie', () => {
	const events = [event('a', day('2025-01-01'), ['x'], 1), event('b', day('2025-01-02'), ['x'], 5), event('c', day('2025-01-03'), ['x'], 1), event('d', day('2025-01-04'), ['x'], 3)];
	assert.deepEqual(keyEvents(events, 3).map((item) => item.id), ['a', 'b', 'd']);
	assert.deepEqual(keyEvents(events, 10).map((item) => item.id), ['a', 'b', 'c', 'd']);
	assert.deepEqual(keyEvents(events, 0), []);
	const model = {events, entities: [{name: 'X', kind: 'person' as const, aliases: [], events: ['a', 'c'], mentions: []}]};
	assert.deepEqual(withKeyEvents(model, 1).entities[0]!.events, []);
	assert.deepEqual(withKeyEvents(model, 3).entities[0]!.events, ['a']);
});

test('a pinned event is always among the key events', () => {
	const events = [event('a', day('2025-01-01'), ['x'], 1), {...event('b', day('2025-01-02'), ['x'], 0), pinned: true as const}, event('c', day('2025-01-03'), ['x'], 5)];
	assert.deepEqual(keyEvents(events, 1).map((item) => item.id), ['b', 'c']);
	assert.deepEqual(keyEvents(events, 0).map((item) => item.id), ['b']);
});

test('salient days are the days of the key events, in the order they join them; month and range dates do not count', () => {
	const events = [
		event('a', day('2025-01-01'), ['x'], 2),
		event('b', day('2025-01-02'), ['x'], 3),
		event('c', day('2025-01-01'), ['y'], 2),
		event('d', {start: '2025-01', end: null, precision: 'month'}, ['x'], 9),
		event('e', {start: '2025-01-05', end: '2025-01-06', precision: 'day'}, ['x'], 9),
	];
	assert.deepEqual(salientDays(events), [
		{day: '2025-01-02', salience: 3},
		{day: '2025-01-01', salience: 2},
	]);
	// The days of the n key events are the first days of salientDays.
	for (const n of [1, 2, 3, 4, 5]) {
		const shown = new Set(keyEvents(events, n).flatMap(({date}) => (date?.precision === 'day' && !date.end ? [date.start] : [])));
		assert.deepEqual(salientDays(events).slice(0, shown.size).map(({day}) => day).sort(), [...shown].sort());
	}
});

test('the histogram counts distinct sources per bin across the span, empty bins included', () => {
	const events = [event('a', day('2025-05-16'), ['x', 'y']), event('b', day('2025-05-16'), ['y', 'z']), event('c', day('2025-05-18'), ['x']), event('d', {start: '2024', end: null, precision: 'year'}, ['q']), event('u', null, ['q'])];
	const histogram = coverageHistogram(events);
	assert.equal(histogram.unit, 'day');
	assert.deepEqual(
		histogram.bins.map((bin) => [bin.start, bin.sources, bin.events]),
		[
			['2025-05-16', 3, 2],
			['2025-05-17', 0, 0],
			['2025-05-18', 1, 1],
		],
	);
	assert.equal(histogramText(histogram).split('\n')[0], '2025-05-16\t2025-05-16\t3\t2');
	// Weeks start on Monday: 2025-05-16 is a Friday, 2025-05-18 a Sunday, 2025-05-19 a Monday.
	const weeks = coverageHistogram([...events, event('e', day('2025-05-19'), ['w'])], 'week');
	assert.deepEqual(
		weeks.bins.map((bin) => [bin.start, bin.end, bin.sources]),
		[
			['2025-05-12', '2025-05-18', 3],
			['2025-05-19', '2025-05-25', 1],
		],
	);
	const long = coverageHistogram([event('a', day('2020-01-31'), ['x']), event('b', {start: '2021-03', end: null, precision: 'month'}, ['y']), event('c', day('2023-02-01'), ['z'])]);
	assert.equal(long.unit, 'month');
	assert.equal(long.bins.length, 38);
	assert.deepEqual(long.bins[0], {start: '2020-01-01', end: '2020-01-31', sources: 1, events: 1});
	assert.equal(long.bins.find((bin) => bin.start === '2021-03-01')?.sources, 1);
	assert.deepEqual(coverageHistogram([]).bins, []);
});

test('the bundled corpus: every event has a salience, the three-article May 16 event most', async () => {
	const {loadTimeline} = await import('../source/core/timeline.js');
	const model: TimelineModel = await loadTimeline([new URL('../corpus', import.meta.url).pathname], {cache: false});
	assert.ok(model.events.every((item) => typeof item.salience === 'number' && item.salience >= 0));
	const top = keyEvents(model.events, 1)[0]!;
	assert.equal(displayDate(top.date), '2025-05-16');
	assert.equal(top.sources.length, 3);
});

test('salience reaches the model from the text', () => {
	const model = modelOf([
		['a', 'The talks opened in Istanbul on May 16, 2025.', {language: 'en', published: '2025-05-16'}],
		['b', 'The talks opened in Istanbul on May 16, 2025.', {language: 'en', published: '2025-05-16'}],
		['c', 'A storm hit Lisbon on May 3, 2025.', {language: 'en', published: '2025-05-16'}],
	]);
	const [storm, talks] = model.events;
	assert.deepEqual(talks?.sources, ['a', 'b']);
	assert.ok(talks!.salience > storm!.salience);
	const chronology = modelOf([
		['a', 'Chronology of the talks.\n16 May 2025: the talks open in Istanbul between the two delegations.', {language: 'en', published: '2025-06-20'}],
		['b', 'A storm hit Lisbon on 17 May 2025 with heavy rain all night.', {language: 'en', published: '2025-06-20'}],
	]);
	const [entry, prose] = ['a', 'b'].map((id) => chronology.events.find((item) => item.sources.includes(id))!.salience);
	assert.ok(entry! > prose!, 'the chronology entry is known to the model');
});

test('the key events are the n most salient in timeline order, ties to the earlier event, with every pinned one, whatever n', () => {
	const {below} = seededRandom(20261207);
	// Few distinct saliences: many ties at every threshold.
	const events = Array.from({length: 300}, (_, index) => ({...event(`e${index}`, null, ['a'], below(12) / 4), ...(below(20) === 0 ? {pinned: true as const} : {})}));
	// The definition: sorted by salience, ties by place, the first n.
	const expected = (n: number) => {
		const chosen = new Set(
			[...events.keys()]
				.sort((a, b) => events[b]!.salience - events[a]!.salience || a - b)
				.slice(0, Math.max(n, 0))
				.map((index) => events[index]),
		);
		return events.filter((each) => chosen.has(each) || each.pinned).map(({id}) => id);
	};
	for (const n of [-1, 0, 1, 2, 7, 50, 149, 150, 299, 300, 301]) assert.deepEqual(keyEvents(events, n).map(({id}) => id), expected(n), `n = ${n}`);
});
