import assert from 'node:assert/strict';
import {test} from 'node:test';
import {modelOf} from './helpers/analyze-texts.js';
import {dateParserFor} from '../source/core/dates/parser.js';
import {mainTense, saysSomething} from '../source/core/dates/tense.js';
import {datesIn, valuesIn} from './helpers/date-expressions.js';

const report = {published: '2025-05-16'};

test('weekdays and relative expressions resolve against the publication date', () => {
	assert.deepEqual(valuesIn('The talks ended on Friday. Rubio spoke on Thursday. He left yesterday.', report), [
		'on Friday → 2025-05-16',
		'on Thursday → 2025-05-15',
		'yesterday → 2025-05-15',
	]);
	assert.deepEqual(valuesIn('Russia will send a delegation to Istanbul on Monday. It met earlier this month. We want peace this year. It was worse last year.', {published: '2025-05-30'}), [
		'on Monday → 2025-06-02',
		'this month → 2025-05',
		'this year → 2025',
		'last year → 2024',
	]);
});

test('a weekday or a month without a year points the way the sentence\'s tense does', () => {
	// Published on a Monday: the past-tense Tuesday is the one before, the future one the one after.
	assert.deepEqual(valuesIn('Boeing on Tuesday delivered the final jet.', {published: '2006-05-29'}), ['on Tuesday → 2006-05-23']);
	assert.deepEqual(valuesIn('Boeing will deliver the final jet on Tuesday.', {published: '2006-05-29'}), ['on Tuesday → 2006-05-30']);
	assert.deepEqual(valuesIn('The Shuffle was introduced in January.', {published: '2005-09-07'}), ['January → 2005-01']);
	assert.deepEqual(valuesIn('The next model is expected in January.', {published: '2005-09-07'}), ['January → 2006-01']);
});

test('"from 2009 to 2011" is a span of years, "1500 to 2000 jobs" is not', () => {
	assert.deepEqual(valuesIn('It will take six aircraft from 2009 to 2011 and add 1500 to 2000 jobs.', {published: '2008-03-01'}), [
		'2009 to 2011 → 2009..2011',
		'2011 → 2011',
	]);
});

test('Arabic weekdays and years resolve too', () => {
	assert.deepEqual(valuesIn('تقول روسيا إنها سترسل وفداً إلى اسطنبول يوم الاثنين. والتي تم ضمها في عام 2014.', {language: 'ar', published: '2025-05-30'}), [
		'يوم الاثنين → 2025-06-02',
		'2014 → 2014',
	]);
});

test('ranges keep their end, and the end is reported on its own too', () => {
	assert.deepEqual(valuesIn('The exchange took place from May 23 to 25.', {published: '2025-05-29'}), ['May 23 to 25 → 2025-05-23..2025-05-25', '25 → 2025-05-25']);
	assert.deepEqual(valuesIn('Der Austausch fand vom 23. bis 25. Mai statt.', {language: 'de', published: '2025-05-29'}), [
		'23. bis 25. Mai → 2025-05-23..2025-05-25',
		'25. Mai → 2025-05-25',
	]);
	assert.deepEqual(valuesIn('Die Kämpfe dauerten vom 29. März bis 12. Mai 1780 und zwischen dem 15. und 21. Mai.', {language: 'de'}), [
		'29. März bis 12. Mai 1780 → 1780-03-29..1780-05-12',
		'12. Mai 1780 → 1780-05-12',
		'15. und 21. Mai → 1780-05-15..1780-05-21',
		'21. Mai → 1780-05-21',
	]);
});

test('a range end is not a second event', () => {
	const model = modelOf([['a', 'The exchange took place from May 23 to 25.', {language: 'en', published: '2025-05-29'}]]);
	assert.deepEqual(
		model.events.map((event) => event.date),
		[{start: '2025-05-23', end: '2025-05-25', precision: 'day'}],
	);
});

test('bare and phrased years, which chrono-node alone misses', () => {
	assert.deepEqual(valuesIn('Their first direct talks since the beginning of 2022. The 2022 talks failed. It was annexed in 2014.', report), [
		'the beginning of 2022 → 2022',
		'2022 → 2022',
		'2014 → 2014',
	]);
	assert.deepEqual(valuesIn('Anfang 2022 begann der Krieg. Im Jahr 1939 und 1939/40.', {language: 'de', published: '2025-05-17'}), [
		'Anfang 2022 → 2022',
		'1939 → 1939',
		'1939/40 → 1939..1940',
		'40 → 1940',
	]);
});

test('counts and ratios are not years', () => {
	assert.deepEqual(valuesIn('The formula of 1000 by 1000 and 1,000 for 1,000 prisoners; 1500 to 2000 jobs; a 2000 x 3000 grid.', report), []);
	assert.deepEqual(valuesIn('Format 1000 by 1000: historical exchanges.', report), []);
});

test('German months with and without a year', () => {
	assert.deepEqual(valuesIn('Deutschland eroberte Polen im September 1939 und Frankreich (Mai/Juni 1940).', {language: 'de'}), [
		'September 1939 → 1939-09',
		'Mai/Juni 1940 → 1940-05..1940-06',
		'Juni 1940 → 1940-06',
	]);
});

test('"may" the verb, clock times alone and "now" are not dates', () => {
	assert.deepEqual(valuesIn('Talks may resume. The session began at 1:30 pm. Peace is needed now.', report), []);
	assert.deepEqual(valuesIn('Talks resumed on 3 May.', report), ['on 3 May → 2025-05-03']);
});

test('clock times are not read: the day stands alone, and a year is never a time', () => {
	const [date] = datesIn('Der Angriff begann am 1. September 1939 um 4:45 Uhr.', {language: 'de'});
	assert.equal(date?.text, 'am 1. September 1939');
	assert.deepEqual(date?.value, {start: '1939-09-01', end: null, precision: 'day'});
	assert.equal(date?.basis, 'explicit');
	assert.deepEqual(valuesIn('The talks resume on Friday at 3 pm and end Saturday morning.', {published: '2025-05-14'}), ['on Friday → 2025-05-16', 'Saturday → 2025-05-17']);
	// chrono-node's German time parser read "von 1941" as 19:41.
	assert.deepEqual(valuesIn('Die Kriege, die die Länder Indochinas von 1941 bis 1979 zu überstehen hatten, begannen früh.', {language: 'de'}), ['1941 bis 1979 → 1941..1979', '1979 → 1979']);
});

test('"two days later" counts from the date the text told last, and a span of years is no date', () => {
	assert.deepEqual(valuesIn('The talks began on May 2. Two days later they collapsed. Years later, nobody remembered.', report), ['May 2 → 2025-05-02', 'Two days later → 2025-05-04']);
	assert.deepEqual(valuesIn('Over the past five years the front barely moved. It ended three years after the war.', report), []);
	assert.deepEqual(valuesIn('The plane made its maiden flight on 11 December -- four years behind schedule.', {published: '2010-01-25'}), ['on 11 December → 2009-12-11']);
	// Arabic "بعد" and a duration: from the publication day when said of the future, not in a past story.
	assert.deepEqual(valuesIn('ستستأنف المحادثات بعد يومين في إسطنبول.', {language: 'ar', published: '2025-05-16'}), ['بعد يومين → 2025-05-18']);
	assert.deepEqual(valuesIn('قد تستأنف المحادثات بعد يومين.', {language: 'ar', published: '2025-05-16'}), ['بعد يومين → 2025-05-18']);
	assert.deepEqual(valuesIn('وكانت المحادثات التي جرت في إسطنبول عام 2022 قد انهارت بعد أسابيع قليلة.', {language: 'ar', published: '2025-05-16'}), ['2022 → 2022']);
});

test('"the previous day" counts from the last day the text named', () => {
	assert.deepEqual(valuesIn('The delegations met on May 16. The previous day, Zelensky was in Ankara.', {published: '2025-05-29'}), [
		'May 16 → 2025-05-16',
		'The previous day → 2025-05-15',
	]);
});

test('"earlier in the day" is the last day the text named, not a day ahead', () => {
	assert.deepEqual(valuesIn('Boeing unveiled the 787 on Sunday. Earlier in the day, Boeing received a letter. Later in the day the plane was shown.', {published: '2007-07-10'}), [
		'on Sunday → 2007-07-08',
		'Earlier in the day → 2007-07-08',
		'Later in the day → 2007-07-08',
	]);
});

test('a narrative counts "two days later" and "the same year" from the dates it told', () => {
	assert.deepEqual(valuesIn('Am 21. Juli 1942 erreichten sie den Don. Zwei Tage später fiel Rostow. Im selben Jahr endete es. Am 4. August kam der Befehl.', {language: 'de'}), [
		'Am 21. Juli 1942 → 1942-07-21',
		'Zwei Tage später → 1942-07-23',
		'Im selben Jahr → 1942',
		'Am 4. August → 1942-08-04',
	]);
	// A year in passing ("seit 1939") does not move the story out of 1940.
	assert.deepEqual(valuesIn('Am 28. Oktober 1940 griff Italien an, seit 1939 geplant. Am 3. November landeten die Briten.', {language: 'de'}).slice(-1), ['Am 3. November → 1940-11-03']);
	assert.deepEqual(valuesIn('Am 28. Oktober 1940 griff Italien an, seit dem Jahr 1939 geplant. Am 3. November landeten die Briten.', {language: 'de'}).slice(-1), ['Am 3. November → 1940-11-03']);
});

test('"منذ عام 2014" is since the year 2014, not "a year ago"', () => {
	assert.deepEqual(valuesIn('وتسيطر روسيا على القرم منذ عام 2014.', {language: 'ar', published: '2025-05-16'}), ['2014 → 2014']);
	assert.deepEqual(valuesIn('وصل الوفد منذ عام.', {language: 'ar', published: '2025-05-16'}), ['منذ عام → 2024']);
});

test('a bare number before a magnitude, a currency or a unit is an amount, not a year', () => {
	assert.deepEqual(valuesIn('Germany pledged 2000 million euros in 2024.', report), ['2024 → 2024']);
	assert.deepEqual(valuesIn('حزمة مساعدات جديدة بقيمة 1900 مليون يورو', {language: 'ar', published: '2025-05-29'}), []);
	assert.deepEqual(valuesIn('Die Hilfe von 2000 Millionen Euro kam im Jahr 2023.', {language: 'de', published: '2025-05-29'}), ['2023 → 2023']);
	assert.deepEqual(valuesIn('Die Front wurde auf einer Länge von 1600 km gehalten.', {language: 'de'}), []);
});

test('a count of one to three digits after a date is not its year', () => {
	assert.deepEqual(valuesIn('Vom 5. bis 7. April 650 Kriegsgefangene wurden ausgetauscht.', {language: 'de', published: '2025-05-29'}).slice(0, 1), [
		'5. bis 7. April → 2025-04-05..2025-04-07',
	]);
	assert.deepEqual(valuesIn('On May 3, 40 soldiers were freed.', report), ['May 3 → 2025-05-03']);
	// A range over two months: the count after the second took the place of both years.
	assert.deepEqual(valuesIn('Vom 30. November bis 2. Dezember 280 Kriegsgefangene wurden ausgetauscht.', {language: 'de', published: '2024-12-03'}).slice(0, 1), [
		'30. November bis 2. Dezember → 2024-11-30..2024-12-02',
	]);
});

test('in a narrative, a count before a capitalized noun is not a year', () => {
	assert.deepEqual(valuesIn('Im Juni 1944 landeten 5000 Flugzeuge und 1370 Landungsboote.', {language: 'de'}), ['Juni 1944 → 1944-06']);
});

test('without a publication date, a text is anchored on its own explicit dates', () => {
	const dates = datesIn('Am 1. September 1939 griff Deutschland Polen an. Am 3. September erklärte Großbritannien den Krieg. Im Juni war Frankreich besiegt.', {language: 'de'});
	assert.deepEqual(
		dates.map((date) => [date.text, date.value?.start, date.basis]),
		[
			['Am 1. September 1939', '1939-09-01', 'explicit'],
			['Am 3. September', '1939-09-03', 'relative'],
			['Juni', '1939-06', 'relative'],
		],
	);
});

test('with nothing to anchor on, a relative expression stays unresolved, never today', () => {
	const dates = datesIn('The talks ended on Friday.');
	assert.equal(dates.length, 1);
	assert.equal(dates[0]!.value, null);
});

test('offsets point into the original text', () => {
	const text = '\n\nMark R\n\nRubio arrived on Friday.';
	for (const date of datesIn(text, report)) assert.equal(text.slice(date.start, date.end), date.text);
});

test('the result does not depend on the time zone', () => {
	const before = process.env.TZ;
	const run = () => JSON.stringify(datesIn('Talks on Friday, May 16 and on Monday; earlier this month; in 2014.', report));
	try {
		process.env.TZ = 'Pacific/Kiritimati';
		const east = run();
		process.env.TZ = 'America/Adak';
		assert.equal(run(), east);
	} finally {
		if (before === undefined) delete process.env.TZ;
		else process.env.TZ = before;
	}
});

test('a repeated stretch of text is parsed once, and each repeat still gets its own dates', (t) => {
	const parser = dateParserFor('en');
	const parse = t.mock.method(parser, 'parse');
	const sentence = 'On 12 May 2025 the talks began, and on Friday they ended.\n';
	const text = sentence.repeat(600);
	for (const published of ['2025-05-20', null]) {
		parse.mock.resetCalls();
		const dates = datesIn(text, {published});
		assert.equal(dates.length, 1200);
		assert.deepEqual(
			dates.slice(-2).map(({start, text: expression}) => [start, expression]),
			[
				[599 * sentence.length, 'On 12 May 2025'],
				[599 * sentence.length + 36, 'on Friday'],
			],
		);
		// A report is parsed in runs of sentences, a narrative sentence by sentence: a few distinct stretches either way.
		assert.ok(parse.mock.callCount() <= 4, `${parse.mock.callCount()} calls`);
	}
});

test('a sentence is told in the tense of its first finite verb; a quotation is in the speaker\'s', () => {
	assert.equal(mainTense('Structure-wise, iPhone 4 has a new stainless steel frame.', 'en'), 'present');
	assert.equal(mainTense('The world\'s largest aircraft, the Airbus A380, has made its maiden flight.', 'en'), 'present');
	assert.equal(mainTense('Even though it now uses a faster processor (first used in its tablet), it has a claimed seven hours of talk time.', 'en'), 'present');
	assert.equal(mainTense('Chicago-based Boeing has a new deal.', 'en'), 'present');
	assert.equal(mainTense('Apple CEO Steve Jobs unveiled the new products, saying the company has been inspired.', 'en'), 'past');
	assert.equal(mainTense('The deal was announced during a forum.', 'en'), 'past');
	assert.equal(mainTense('" We love the Beatles, and it has been painful, " said Jobs.', 'en'), 'past');
	assert.equal(mainTense('Die Maschine ist neu.', 'de'), null);
	// A saying is a verb of saying, not a name that ends like one.
	assert.equal(saysSomething('Sergei Lavrov said Moscow was ready.', 'en'), true);
	assert.equal(saysSomething('The position of the United States would have been an obstacle.', 'en'), false);
});
