import assert from 'node:assert/strict';
import {test} from 'node:test';
import {datelineOf} from '../source/core/dates/dateline.js';
import {modelOf} from './helpers/analyze-texts.js';
import {valuesIn} from './helpers/date-expressions.js';

const bankruptcy = 'GM files for bankruptcy\n\nFebruary 03, 2009\nGeneral Motors filed for bankruptcy today. In January sales fell. A year ago they rose. Last month they fell. The previous year was worse.';

test('a plain article dated by its own first lines: deixis from that date, anaphora from the last date told', () => {
	const model = modelOf([['gm', bankruptcy, {language: 'en'}]]);
	const [article] = model.articles;
	assert.equal(article!.published, '2009-02-03');
	assert.equal(article!.publishedFrom, 'dateline');
	const values = model.dates.map((date) => `${date.text} → ${date.value?.start ?? 'null'}`);
	// "today" stays the dateline's day; "last month" and "a year ago" count from it, not from the date before them.
	assert.deepEqual(values, ['February 03, 2009 → 2009-02-03', 'today → 2009-02-03', 'January → 2009-01', 'A year ago → 2008', 'Last month → 2009-01', 'The previous year → 2008']);
});

test('metadata wins over a dateline, and says so', () => {
	const model = modelOf([['gm', bankruptcy, {language: 'en', published: '2009-02-04'}]]);
	assert.equal(model.articles[0]!.published, '2009-02-04');
	assert.equal(model.articles[0]!.publishedFrom, 'metadata');
});

test('datelines of several shapes and languages; a date opening a sentence is none', () => {
	assert.equal(datelineOf('Northrop wins\n\nMarch 01, 2008 Northrop Grumman and Airbus have won.', 'en'), '2008-03-01');
	assert.equal(datelineOf('MADRID, 3 de febrero de 2009 - La empresa presentó la quiebra.', 'es'), '2009-02-03');
	assert.equal(datelineOf('Se quiebra el frente\n22 de junio de 2011 01:10 PM\nEl frente de países', 'es'), '2011-06-22');
	assert.equal(datelineOf('PARIS, 3 février 2009 (AFP) - La société a déposé le bilan.', 'fr'), '2009-02-03');
	// Without a year: the latest year the article names outside a deadline.
	assert.equal(datelineOf('GM to close plants\n\nWASHINGTON, Feb. 3 (Reuters) - GM lost money in 2008. It hopes to be profitable by 2012.', 'en'), '2008-02-03');
	assert.equal(datelineOf('Ausbruch\n\nAm 19. April 1775 fand das erste Scharmützel statt.', 'de'), null);
	assert.equal(datelineOf('On 1 September 1939 Germany invaded Poland.', 'en'), null);
	assert.equal(datelineOf('Manifestantes, 25 de enero.\nDesde reportes de 2011', 'es'), null);
});

test('a history without any anchor keeps its narrative mode', () => {
	const model = modelOf([['war', 'Verlauf\n\nAm 1. September 1939 überfiel Deutschland Polen. Zwei Tage später erklärten Frankreich und Großbritannien den Krieg.', {language: 'de'}]]);
	assert.equal(model.articles[0]!.published, null);
	assert.equal(model.articles[0]!.publishedFrom, undefined);
	assert.deepEqual(model.dates.map((date) => date.value?.start), ['1939-09-01', '1939-09-03']);
});

test('a sentence that starts with a dateline is placed once', () => {
	// The dateline and "today" are one day: without a publication date "today" once drifted from it.
	const model = modelOf([['gm', 'GM files\n\nFebruary 03, 2009 General Motors filed for bankruptcy today. A year ago it was profitable.', {language: 'en'}]]);
	const placed = model.events.filter((event) => event.mentions.some((mention) => model.articles[0]!.text.slice(mention.sentence.start, mention.sentence.end).includes('filed')));
	assert.deepEqual(placed.map((event) => event.date?.start), ['2009-02-03']);
});

test('durations, ages, counts, names with numbers and figures of speech are no dates', () => {
	const report = {published: '2009-02-03'};
	assert.deepEqual(valuesIn('He worked there for 33 years. He served for four years. The village is 2000 years old.', report), []);
	assert.deepEqual(valuesIn('They showed the cars of tomorrow. The talks resume tomorrow.', report), ['tomorrow → 2009-02-04']);
	// Told in the past, "in two weeks" is how long something took; said of the future, a date.
	assert.deepEqual(valuesIn('The plant was built in two weeks. The plant will open in two weeks.', report), ['in two weeks → 2009-02-17']);
	assert.deepEqual(valuesIn('The Russell 2000 fell, Windows 2000 aged and Local 1520 voted. WWDC 2009 opens in June.', report), ['2009 → 2009', 'June → 2009-06']);
	assert.deepEqual(valuesIn('The company cut 2000 jobs. In 2000 jobs grew. The 2000 election was close.', report), ['2000 → 2000', '2000 → 2000']);
	// Local 1520 in a text without a publication date, where years of every century are read.
	assert.deepEqual(valuesIn('The workers of Local 1520 went on strike in 1937.'), ['1937 → 1937']);
	assert.deepEqual(valuesIn('Trabajó durante 33 años. Su hija de cuatro años murió. Hoy en día todo cambia.', {language: 'es', published: '2011-02-16'}), []);
});

test('a month, a weekday or a day without a year points the way its sentence does, a deadline ahead', () => {
	const july = {published: '2009-07-10'};
	assert.deepEqual(valuesIn('GM expects to repay the loans by March. Production will resume by early June. Chrysler will close the plant in June.', july), [
		'March → 2010-03',
		'June → 2010-06',
		'June → 2010-06',
	]);
	assert.deepEqual(valuesIn('GM had repaid the loans by March.', july), ['March → 2009-03']);
	assert.deepEqual(valuesIn('The new model comes in October of next year.', july), ['October of next year → 2010-10']);
	assert.deepEqual(valuesIn('La nueva planta abrirá en marzo. La planta cerró en marzo.', {language: 'es', published: '2011-07-10'}), ['marzo → 2012-03', 'marzo → 2011-03']);
	// Months ahead and not said of the future: a day of the past.
	assert.deepEqual(valuesIn('La rebelión comenzada en Bengasi el 17 de febrero prolongaba las revoluciones.', {language: 'es', published: '2011-09-19'}), ['17 de febrero → 2011-02-17']);
	assert.deepEqual(valuesIn('Apple announced today another event to be held on October 12.', {published: '2005-10-04'}), ['today → 2005-10-04', 'October 12 → 2005-10-12']);
});

test('a chronology that leaves out its years takes them from its order: a year turns where the months start again', () => {
	const report = {language: 'es', published: '2018-12-20'};
	// No entry states a year: the last, the latest, is placed by the report's date, the others count back from it.
	const chronology = 'Fechas destacadas del conflicto:\n- 15 marzo: Primeras protestas.\n- 30 octubre: Conferencia en Viena.\n1 enero: Negociaciones en Ginebra.\n7 abril: EEUU bombardea la base tras el ataque del 4 de abril.\n19 diciembre: La Casa Blanca anuncia la retirada.';
	assert.deepEqual(valuesIn(chronology, report), ['15 marzo → 2017-03-15', '30 octubre → 2017-10-30', '1 enero → 2018-01-01', '7 abril → 2018-04-07', '4 de abril → 2018-04-04', '19 diciembre → 2018-12-19']);
	// An entry that states its year anchors the entries after it, and a date told on an entry's line moves with the entry.
	const fromFirst = 'Sanciones:\n- 17 de mayo de 2011. Primera lista.\n- 2 de septiembre. Crudo.\n- 23 de enero. Nueva ronda tras la del 1 de diciembre.\n- 23 de marzo. Última ronda.';
	assert.deepEqual(valuesIn(fromFirst, {language: 'es', published: '2013-03-25'}), ['17 de mayo de 2011 → 2011-05-17', '2 de septiembre → 2011-09-02', '23 de enero → 2012-01-23', '1 de diciembre → 2011-12-01', '23 de marzo → 2012-03-23']);
	// Dates in sentences, not heading lines, keep the year the report's date gives them.
	// (as heading lines they would be 2017-03-15, 2017-10-30 and 2018-01-01).
	assert.deepEqual(valuesIn('El 15 de marzo hubo protestas. El 30 de octubre hubo una conferencia. El 1 de enero empezaron las negociaciones.', {language: 'es', published: '2018-06-20'}), [
		'15 de marzo → 2018-03-15',
		'30 de octubre → 2017-10-30',
		'1 de enero → 2018-01-01',
	]);
	assert.deepEqual(valuesIn('Fechas:\n15 de marzo: protestas.\n30 de octubre: conferencia.\n1 de enero: negociaciones.', {language: 'es', published: '2018-06-20'}), [
		'15 de marzo → 2017-03-15',
		'30 de octubre → 2017-10-30',
		'1 de enero → 2018-01-01',
	]);
	// Lines whose months jump back and forth are no chronology in date order: each date is placed by the report's own.
	assert.deepEqual(valuesIn('Agenda:\n- 3 mayo: A.\n- 1 marzo: B.\n- 9 julio: C.\n- 2 febrero: D.', report), ['3 mayo → 2018-05-03', '1 marzo → 2019-03-01', '9 julio → 2018-07-09', '2 febrero → 2019-02-02']);
});
