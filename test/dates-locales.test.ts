import assert from 'node:assert/strict';
import {test} from 'node:test';
import * as chrono from 'chrono-node';
import {ChronoChangedError, patchChrono} from '../source/core/dates/chrono-patches.js';
import {dateLanguages} from '../source/core/dates/locales/index.js';
import {dateParserFor} from '../source/core/dates/parser.js';
import {dateLocales} from '../source/core/language.js';
import {valuesIn} from './helpers/date-expressions.js';

test('every chrono-node locale builds with dateline\'s patches: chrono-node still has what they change', () => {
	for (const locale of dateLocales) assert.ok(dateParserFor(locale).parsers.length > 0, locale);
});

test('a patch whose chrono-node part is gone fails loudly, naming the module', () => {
	const renamed = chrono.en.casual.clone();
	renamed.refiners = renamed.refiners.filter((refiner) => refiner.constructor.name !== 'ENEndOfPeriodRefiner');
	assert.throws(() => patchChrono(renamed, 'en'), (error: unknown) => error instanceof ChronoChangedError && /ENEndOfPeriodRefiner.*chrono-patches\.ts/.test(error.message));
	const noPatterns = chrono.de.casual.clone();
	noPatterns.parsers = [];
	assert.throws(() => patchChrono(noPatterns, 'de'), ChronoChangedError);
});

test('German, English, Arabic, Spanish, French and Italian each have their own folder of words', () => {
	assert.deepEqual(Object.keys(dateLanguages).sort(), ['ar', 'de', 'en', 'es', 'fr', 'it', 'ru', 'uk']);
});

test('Spanish: years, anaphora, deixis, tense and since', () => {
	const report = {language: 'es', published: '2011-02-16'};
	assert.deepEqual(
		valuesIn('En 2010 cayeron las ventas. El año pasado cayeron. El 3 de marzo de 2009 cerró. Al día siguiente subieron. Hace dos años murió. En marzo bajaron. Esta mañana llovió. Desde 2011 trabaja allí. Cincuenta años después del asesinato.', report),
		['2010 → 2010', 'El año pasado → 2010', '3 de marzo de 2009 → 2009-03-03', 'Al día siguiente → 2009-03-04', 'Hace dos años → 2009', 'marzo → 2010-03', 'mañana → 2011-02-16', '2011 → 2011'],
	);
	assert.deepEqual(valuesIn('El pasado mes de abril murió. Cerrará en octubre del año que viene.', report), ['abril → 2010-04', 'octubre del año que viene → 2012-10']);
	// The report's evening and the night before; "a día de hoy" and "hoy día" are nowadays, no day.
	assert.deepEqual(valuesIn('El Gobierno afirmó anoche que hubo muertos. Mubarak ha anunciado esta noche su marcha. Ha bloqueado Youtube esta tarde.', report), [
		'anoche → 2011-02-15',
		'esta noche → 2011-02-16',
		'esta tarde → 2011-02-16',
	]);
	assert.deepEqual(valuesIn('A día de hoy dona cien toneladas. Hoy día nadie lo duda. Hoy en día tienen más poder.', report), []);
});

test('French: months with and without a year, anaphora, durations', () => {
	const report = {language: 'fr', published: '2011-02-16'};
	assert.deepEqual(valuesIn('En mars 2008, la société a chuté. Le 3 mars 2008 elle a chuté. Le lendemain elle a augmenté. Pendant quatre ans. L\'an dernier elle a chuté. Début mars.', report), [
		'mars 2008 → 2008-03',
		'3 mars 2008 → 2008-03-03',
		'Le lendemain → 2008-03-04',
		'L\'an dernier → 2010',
		'Début mars → 2011-03',
	]);
});

test('Italian: anaphora, a count after a named event, durations', () => {
	const report = {language: 'it', published: '2011-02-16'};
	assert.deepEqual(valuesIn('Nel marzo 2008 è caduta. Il 3 marzo 2008 è caduta. Il giorno dopo è salita. Per quattro anni. Due anni dopo il voto. Lo stesso anno.', report), [
		'marzo 2008 → 2008-03',
		'Il 3 marzo 2008 → 2008-03-03',
		'Il giorno dopo → 2008-03-04',
		'Lo stesso anno → 2008',
	]);
});

test('"el pasado 11 de febrero", "le 11 février dernier", "am vergangenen 11. Februar": the last one before the report; "el próximo" the next', () => {
	// Published in November: without the word, a day three months ahead told without a clear tense is the next one.
	const report = {published: '2011-11-23'};
	assert.deepEqual(valuesIn('Dirige el país desde la renuncia del rais el pasado 11 de febrero. Nunca olvidaré aquel 11 de febrero. Llegó el 11 de febrero.', {...report, language: 'es'}), [
		'11 de febrero → 2011-02-11',
		'11 de febrero → 2011-02-11',
		'11 de febrero → 2012-02-11',
	]);
	// "el próximo 15 de noviembre" told in a sentence of the past is still the next one.
	assert.deepEqual(valuesIn('Anunció que el aeropuerto abría el próximo 15 de noviembre.', {...report, language: 'es'}), ['15 de noviembre → 2012-11-15']);
	assert.deepEqual(valuesIn('Le président a démissionné le 11 février dernier. Il revient le 15 novembre prochain.', {...report, language: 'fr'}), ['11 février → 2011-02-11', '15 novembre → 2012-11-15']);
	assert.deepEqual(valuesIn('Il presidente si è dimesso lo scorso 11 febbraio.', {...report, language: 'it'}), ['11 febbraio → 2011-02-11']);
	assert.deepEqual(valuesIn('Der Präsident trat am vergangenen 11. Februar zurück.', {...report, language: 'de'}), ['11. Februar → 2011-02-11']);
});

test('Spanish: a day without a year that is part of a name ("Movimiento 6 de abril", "Revolución del 25 de Enero") is no date of the report\'s year', () => {
	const report = {language: 'es', published: '2013-07-04'};
	assert.deepEqual(valuesIn('El Movimiento 6 de abril convocó la marcha. Se corrige la Revolución del 25 de Enero, dijo. Cruzan el Puente del 6 de Octubre hacia Tahrir.', report), []);
	// A lower-case month after "del" is a happening named by its day; with its year a name's date is a date; a weekday heads a date.
	assert.deepEqual(valuesIn('Recordó la masacre de Maspero del 9 de octubre. La Revolución del 25 de Enero de 2011 triunfó. El diario publicó el Viernes 5 de julio.', report), [
		'9 de octubre → 2012-10-09',
		'25 de Enero de 2011 → 2011-01-25',
		'Viernes 5 de julio → 2013-07-05',
	]);
});
