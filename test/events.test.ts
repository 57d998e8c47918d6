import assert from 'node:assert/strict';
import {test} from 'node:test';
import countries from 'i18n-iso-countries';
import {displayDate} from '../source/core/dates/calendar.js';
import type {TimelineModel} from '../source/core/model.js';
import {referredKind} from '../source/core/entities/references.js';
import {loadTimeline} from '../source/core/timeline.js';
import {modelOf} from './helpers/analyze-texts.js';

const at = (model: TimelineModel, date: string) => model.events.filter((event) => displayDate(event.date) === date);
const prefixes = (sources: string[]) => sources.map((source) => source.slice(0, 3));

test('reports of one happening in two languages merge; unrelated ones on the same date do not', () => {
	const model = modelOf([
		['en', 'Delegations will meet in Istanbul on June 2.', {language: 'en', published: '2025-05-29'}],
		['ar', 'تقول روسيا إنها سترسل وفداً إلى اسطنبول يوم الاثنين.', {language: 'ar', published: '2025-05-30'}],
		['other', 'A storm hit Lisbon on June 2.', {language: 'en', published: '2025-05-29'}],
	]);
	const june2 = at(model, '2025-06-02');
	assert.equal(june2.length, 2);
	assert.deepEqual(june2.find((event) => event.places.includes('Istanbul'))?.sources, ['en', 'ar']);
	assert.deepEqual(june2.find((event) => event.sources.includes('other'))?.sources, ['other']);
});

test('a busy date does not chain reports into one event through one shared name after another', () => {
	const published = {language: 'en', published: '2025-06-05'};
	const day = modelOf([
		['a', 'On June 2, Vladimir Putin met Friedrich Merz.', published],
		['b', 'On June 2, Friedrich Merz met Emmanuel Macron.', published],
		['c', 'On June 2, Emmanuel Macron met Alexander Lukashenko.', published],
	]);
	// b shares a name with a, c only with b: a and b are one happening, c another.
	assert.deepEqual(at(day, '2025-06-02').map((event) => event.sources), [['a', 'b'], ['c']]);

	const year = modelOf([
		['a', 'In 2014, Vladimir Putin met Friedrich Merz in Berlin.', published],
		['b', 'In 2014, Vladimir Putin visited Minsk.', published],
		['c', 'In 2014, Friedrich Merz and Vladimir Putin met again in Berlin.', published],
		['d', 'In 2014, Vladimir Putin visited Minsk.', published],
	]);
	// A year holds many happenings with the same people: one shared name is not enough, two are,
	// and so is the same sentence.
	assert.deepEqual(at(year, '2014').map((event) => event.sources), [['a', 'c'], ['b', 'd']]);
});

test('a sentence naming every country of the world is merged in bounded time', {timeout: 60_000}, () => {
	const everyCountry = Object.values(countries.getNames('en', {select: 'official'})).join(', ');
	const published = {language: 'en', published: '2025-06-05'};
	const sentence = `In 2014 and on June 2, delegations came from ${everyCountry}.`;
	const model = modelOf([
		['a', sentence, published],
		['b', sentence, published],
		['c', `On June 2, envoys of ${everyCountry} met again.`, published],
	]);
	// A sentence is told once, at its most specific date: June 2, not 2014.
	assert.deepEqual(at(model, '2014'), []);
	assert.deepEqual(at(model, '2025-06-02').map((event) => event.sources), [['a', 'b', 'c']]);
});

test('sentences of one report about the same day are one event with every mention', () => {
	const model = modelOf([['a', 'The talks opened on Friday. Rubio arrived on Friday too. It ended in 2014.', {language: 'en', published: '2025-05-16'}]]);
	const friday = at(model, '2025-05-16');
	assert.equal(friday.length, 1);
	assert.equal(friday[0]!.mentions.length, 2);
	assert.deepEqual(friday[0]!.people, ['Marco Rubio']);
	assert.equal(at(model, '2014').length, 1);
});

test('a date that starts a duration ("since 2022") places no event', () => {
	const model = modelOf([['a', 'The first direct talks since the beginning of 2022 were held in Istanbul on Friday.', {language: 'en', published: '2025-05-16'}]]);
	assert.deepEqual(model.events.map((event) => displayDate(event.date)), ['2025-05-16']);
	assert.deepEqual(model.dates.map((date) => date.value?.start), ['2022', '2025-05-16']);
	// With the word for "year" between: "منذ عام 2014", "seit dem Jahr 2014".
	const arabic = modelOf([['b', 'وتسيطر روسيا على القرم منذ عام 2014. والتقى الوفدان في إسطنبول يوم الجمعة.', {language: 'ar', published: '2025-05-16'}]]);
	assert.deepEqual(arabic.events.map((event) => displayDate(event.date)), ['2025-05-16']);
	const german = modelOf([['c', 'Russland kontrolliert die Krim seit dem Jahr 2014. Die Delegationen trafen sich am Freitag in Istanbul.', {language: 'de', published: '2025-05-16'}]]);
	assert.deepEqual(german.events.map((event) => displayDate(event.date)), ['2025-05-16']);
});

test('a day after "since" and the article a day takes starts a duration too ("desde el 18 de febrero", "desde el pasado 18 de febrero")', () => {
	const cases = [
		['es', 'Los manifestantes ocupan la plaza desde el 18 de febrero. El presidente habló el martes.'],
		['es', 'La ley rige a partir del 18 de febrero. El presidente habló el martes.'],
		['de', 'Die Demonstranten besetzen den Platz seit dem 18. Februar. Der Präsident sprach am Dienstag.'],
		['fr', 'Les manifestants occupent la place depuis le 18 février. Le président a parlé mardi.'],
		// With the word for "the last one" between.
		['es', 'Centenares de yemeníes ocupan la plaza desde el pasado 18 de febrero. El presidente habló el martes.'],
		['de', 'Die Demonstranten besetzen den Platz seit dem vergangenen 18. Februar. Der Präsident sprach am Dienstag.'],
	] as const;
	for (const [language, text] of cases) {
		const model = modelOf([['a', text, {language, published: '2011-03-01'}]]);
		assert.deepEqual(model.events.map((event) => displayDate(event.date)), ['2011-03-01'], text);
		// Still a date expression of the text, shown in the source view.
		assert.ok(model.dates.some((date) => date.value?.start === '2011-02-18'), text);
	}
	// Without "since", the day places its event.
	const told = modelOf([['b', 'Los manifestantes ocuparon la plaza el 18 de febrero de 2011.', {language: 'es', published: '2011-03-01'}]]);
	assert.deepEqual(told.events.map((event) => displayDate(event.date)), ['2011-02-18']);
});

test('a date of a document (a note\'s reference, a work cited by title and source, a photo\'s credit) places no event', () => {
	const text = [
		'Los manifestantes ocuparon la plaza el 18 de febrero de 2011.',
		'Foto de Luke Somers, copyright Demotix (18/09/2011).',
		'Ver: «Allí la gente no quiere tropas» (entrevista), Viento Sur, 20/03/11, disponible en la red.',
		'Global Voices Online, 7 oct, 2011: Yemen: Felicitaciones a Tawakkol Karman',
		'[33] Achcar, G. «Militarización y ausencia de estrategia», 21/11/2011.',
	].join('\n');
	const model = modelOf([['a', text, {language: 'es', published: '2012-01-23'}]]);
	assert.deepEqual(model.events.map((event) => displayDate(event.date)), ['2011-02-18']);
	// Still date expressions of the text, shown in the source view.
	assert.deepEqual(
		model.dates.map((date) => date.value?.start),
		['2011-02-18', '2011-09-18', '2011-03-20', '2011-10-07', '2011-11-21'],
	);
});

test('an article with no usable date stands at its publication date, or in the undated group', () => {
	const model = modelOf([
		['dated', 'Nothing here has a date, but the article was published.', {language: 'en', published: '2025-05-16', title: 'Published'}],
		['undated', 'Neither does this one, and it has no publication date.', {language: 'en', title: 'Undated'}],
	]);
	const published = model.events.find((event) => event.sources[0] === 'dated')!;
	assert.equal(published.basis, 'published');
	assert.deepEqual(published.date, {start: '2025-05-16', end: null, precision: 'day'});
	assert.equal(published.title, 'Published');
	assert.deepEqual(published.mentions[0]!.date, null);
	const undated = model.events[model.events.length - 1]!;
	assert.equal(undated.date, null);
	assert.deepEqual(undated.sources, ['undated']);
});

test('an article without a title is shown by its first sentence, cut at a word', () => {
	const model = modelOf([
		['long', 'The delegations of both countries met again in the old palace on the Bosphorus   to discuss an exchange of prisoners. More.', {language: 'en'}],
		['short', 'Talks resumed.', {language: 'en'}],
	]);
	const titles = Object.fromEntries(model.articles.map((article) => [article.id, article.title]));
	assert.equal(titles.long, 'The delegations of both countries met again in the old palace on the Bosphorus…');
	assert.equal(titles.short, 'Talks resumed.');
});

test('events are in chronological order with the undated group last', () => {
	const model = modelOf([
		['a', 'It began in 2014. The talks were on May 16. The exchange ran from May 23 to 25.', {language: 'en', published: '2025-05-29'}],
		['b', 'Undated text.', {language: 'en'}],
	]);
	assert.deepEqual(model.events.map((event) => displayDate(event.date)), ['2014', '2025-05-16', '2025-05-23…2025-05-25', 'undated']);
});

test('the bundled corpus: Istanbul talks, prisoner exchange and the second round', async () => {
	const model = await loadTimeline(['corpus'], {cache: false});
	const talks = at(model, '2025-05-16');
	assert.equal(talks.length, 1);
	assert.deepEqual(prefixes(talks[0]!.sources), ['001', '003', '004']);
	assert.ok(talks[0]!.places.includes('Istanbul'));

	const exchange = at(model, '2025-05-23…2025-05-25');
	assert.equal(exchange.length, 1);
	assert.match(exchange[0]!.title, /exchange of prisoners/);

	const secondRound = at(model, '2025-06-02');
	assert.equal(secondRound.length, 1);
	assert.deepEqual(prefixes(secondRound[0]!.sources), ['002', '004']);

	const order = model.events.map((event) => displayDate(event.date));
	assert.ok(order.indexOf('2025-05-16') < order.indexOf('2025-05-23…2025-05-25'));
	assert.ok(order.indexOf('2025-05-23…2025-05-25') < order.indexOf('2025-06-02'));

	const zelensky = model.entities.find((entity) => entity.name === 'Volodymyr Zelensky')!;
	const languages = new Set(zelensky.mentions.map((mention) => model.articles.find((article) => article.id === mention.article)!.language));
	assert.deepEqual([...languages].sort(), ['ar', 'en']);
	for (const id of zelensky.events) assert.ok(model.events.some((event) => event.id === id));
});

test('every offset in the model points into its article text', async () => {
	const model = await loadTimeline(['corpus'], {cache: false});
	const text = new Map(model.articles.map((article) => [article.id, article.text]));
	for (const date of model.dates) assert.equal(text.get(date.article)!.slice(date.start, date.end), date.text);
	for (const event of model.events) {
		for (const mention of event.mentions) {
			const body = text.get(mention.article)!;
			assert.ok(mention.sentence.end <= body.length && mention.sentence.start < mention.sentence.end);
			if (mention.date) assert.ok(mention.date.start >= mention.sentence.start && mention.date.end <= mention.sentence.end);
		}
	}
	for (const entity of model.entities) for (const mention of entity.mentions) assert.ok(text.get(mention.article)!.slice(mention.start, mention.end).trim().length > 0);
});

test('the same sentence in three files on one day is one event with three sources, with no name needed', () => {
	const published = {language: 'en', published: '2009-06-01'};
	const model = modelOf([
		['a', 'the carmaker filed for bankruptcy today.', published],
		['b', 'the carmaker filed for bankruptcy today.', published],
		['c', 'the carmaker filed for bankruptcy today.', published],
		['d', 'a heavy storm closed the harbour today.', published],
	]);
	assert.deepEqual(at(model, '2009-06-01').map((event) => event.sources), [['a', 'b', 'c'], ['d']]);
});

test('near-duplicate wording merges; a sentence like the second but not the first of an event starts its own (no chaining)', () => {
	const published = {language: 'en', published: '2025-05-20'};
	const model = modelOf([
		['a', 'harbor cranes tankers diesel pilots anchors on May 16, 2025.', published],
		['b', 'tankers diesel pilots anchors ferries bridges on May 16, 2025.', published],
		['c', 'pilots anchors ferries bridges cargo storms on May 16, 2025.', published],
	]);
	assert.deepEqual(at(model, '2025-05-16').map((event) => event.sources), [['a', 'b'], ['c']]);
	const paraphrase = modelOf([
		['a', 'the carmaker filed for chapter eleven bankruptcy protection in a court on May 16, 2025.', published],
		['b', 'on May 16, 2025 the carmaker filed for bankruptcy protection.', published],
	]);
	assert.deepEqual(at(paraphrase, '2025-05-16').map((event) => event.sources), [['a', 'b']]);
});

test('a sentence is told in one event only, at its most specific date', () => {
	const model = modelOf([['a', 'In 2014, and again in May 2025, the talks resumed on May 16, 2025.', {language: 'en', published: '2025-05-20'}]]);
	assert.deepEqual(model.events.map((event) => displayDate(event.date)), ['2025-05-16']);
	assert.deepEqual(model.dates.map((date) => date.value?.start), ['2014', '2025-05', '2025-05-16']);
});

test('an event is titled by the sentence that names most of what its other sources also name, not the one that names most', () => {
	const published = {language: 'en', published: '2025-05-20'};
	const model = modelOf([
		['a', 'Russia and Ukraine agreed to exchange prisoners in Istanbul on May 16. On May 16, Marco Rubio also met Hakan Fidan, Keir Starmer and Friedrich Merz in Ankara.', published],
		['b', 'In Istanbul on May 16, Russia and Ukraine agreed to swap prisoners.', published],
	]);
	const [event] = at(model, '2025-05-16');
	assert.deepEqual(event?.sources, ['a', 'b']);
	assert.equal(event?.title, 'Russia and Ukraine agreed to exchange prisoners in Istanbul on May 16.');
});

test('an undated sentence that names a participant of the dated sentence before it, in its paragraph, is a further sentence of that event', () => {
	const text = [
		'Marco Rubio and Hakan Fidan met in Istanbul on May 16 about Ukraine. Rubio agreed on an exchange of prisoners. The weather was fine. Ukraine called it a success.',
		'Rubio later called the talks useful.',
	].join('\n\n');
	const model = modelOf([['a', text, {language: 'en', published: '2025-05-18'}]]);
	const may16 = at(model, '2025-05-16');
	assert.equal(may16.length, 1);
	const told = may16[0]!.mentions.map((mention) => text.slice(mention.sentence.start, mention.sentence.end));
	// Not the sentence that names no one of it, nor one that names only a country (a story's countries are in most of its sentences), nor one of the next paragraph.
	assert.deepEqual(told, ['Marco Rubio and Hakan Fidan met in Istanbul on May 16 about Ukraine.', 'Rubio agreed on an exchange of prisoners.']);
	assert.equal(may16[0]!.mentions[1]!.date, null);
	assert.equal(model.events.length, 1);
	// An aside dated otherwise does not cut the report from the sentences that go on with it.
	const aside = 'Marco Rubio and Hakan Fidan met in Istanbul on May 16. Prices were higher a year ago. Rubio agreed on an exchange of prisoners.';
	const asideModel = modelOf([['b', aside, {language: 'en', published: '2025-05-18'}]]);
	assert.equal(at(asideModel, '2025-05-16')[0]!.mentions.length, 2);
	// Of two that name its participant, it goes on telling the day, the report's happening, not a year of its background.
	const background = 'Marco Rubio met Hakan Fidan in Istanbul on May 16. Rubio first visited Istanbul in 2019. Rubio called the talks useful.';
	const backgroundModel = modelOf([['c', background, {language: 'en', published: '2025-05-18'}]]);
	assert.equal(at(backgroundModel, '2025-05-16')[0]!.mentions.length, 2);
	assert.equal(at(backgroundModel, '2019')[0]!.mentions.length, 1);
	// Of two days, it goes on telling the one that happened, not one after the report's date, which is planned.
	const planned = 'Marco Rubio met Hakan Fidan in Istanbul on May 16. Rubio will return on September 30. Rubio called the talks useful.';
	const plannedModel = modelOf([['e', planned, {language: 'en', published: '2025-05-18'}]]);
	assert.deepEqual(plannedModel.events.map((event) => [displayDate(event.date), event.mentions.length]), [['2025-05-16', 2], ['2025-09-30', 1]]);
	// Only the last few dated sentences are within reach: past them the text has moved on ("At that time" is an anaphor no date expression catches).
	const far = 'Marco Rubio met Hakan Fidan in Istanbul on May 16. Talks failed in 2019. Talks failed in 2020. Talks failed in 2021. Talks failed in 2022. At that time, Rubio was a senator.';
	assert.equal(at(modelOf([['d', far, {language: 'en', published: '2025-05-18'}]]), '2025-05-16')[0]!.mentions.length, 1);
});

test('an undated sentence in the present tense tells how things stand on the publication date, not the dated happening before it; a quotation\'s tense is the speaker\'s', () => {
	const text = 'Marco Rubio met Hakan Fidan in Istanbul on May 16. Rubio has a new plan for the talks. "The talks are useful," Rubio said.';
	const model = modelOf([['a', text, {language: 'en', published: '2025-05-18'}]]);
	const told = (date: string) => at(model, date).flatMap((event) => event.mentions.map((mention) => text.slice(mention.sentence.start, mention.sentence.end)));
	assert.deepEqual(told('2025-05-16'), ['Marco Rubio met Hakan Fidan in Istanbul on May 16.', '"The talks are useful," Rubio said.']);
	assert.deepEqual(told('2025-05-18'), ['Rubio has a new plan for the talks.']);
	// After the news of the day, the same sentence goes with it, and Rubio takes part there only if the news names him.
	const lead = 'Talks ended in Istanbul.\n\nMarco Rubio met Hakan Fidan in Istanbul on May 16. Rubio has a new plan for the talks.';
	const leadModel = modelOf([['b', lead, {language: 'en', published: '2025-05-18'}]]);
	assert.equal(at(leadModel, '2025-05-18')[0]!.mentions.length, 2);
	assert.deepEqual(leadModel.entities.find((entity) => entity.name === 'Marco Rubio')!.sentences!.map(({start, end}) => lead.slice(start, end)), ['Marco Rubio met Hakan Fidan in Istanbul on May 16.']);
});

test('a date in what someone is reported to say dates what is said, not the saying: the sentence goes on telling the happening before it; a day of the report stays the saying\'s', () => {
	const text = 'Marco Rubio met Hakan Fidan in Istanbul on May 16. Rubio said that the talks had failed in 2019. Rubio said that the talks would go on today.';
	const model = modelOf([['a', text, {language: 'en', published: '2025-05-18'}]]);
	assert.deepEqual(
		model.events.map((event) => [displayDate(event.date), event.mentions.map((mention) => text.slice(mention.sentence.start, mention.sentence.end))]),
		[
			['2025-05-16', ['Marco Rubio met Hakan Fidan in Istanbul on May 16.', 'Rubio said that the talks had failed in 2019.']],
			['2025-05-18', ['Rubio said that the talks would go on today.']],
		],
	);
});

test('what someone says, naming no one of the happenings told before it, is said on the day of the report: the speaker takes part in its news', () => {
	const published = {language: 'en', published: '2025-05-18'};
	const text = 'Talks ended in Istanbul\n\nMarco Rubio met Hakan Fidan in Istanbul on May 16.\n\nSergei Lavrov said the talks were useless. Lavrov left early.';
	const model = modelOf([['a', text, published]]);
	const lavrov = model.entities.find((entity) => entity.name === 'Sergei Lavrov')!;
	assert.deepEqual(lavrov.sentences!.map(({start, end}) => text.slice(start, end)), ['Sergei Lavrov said the talks were useless.']);
	assert.deepEqual(lavrov.events.map((id) => displayDate(model.events.find((event) => event.id === id)!.date)), ['2025-05-18']);
	// A report whose lead is dated tells no news of the day that a saying could join: it is left out, as before.
	const plain = 'Marco Rubio met Hakan Fidan in Istanbul on May 16.\n\nSergei Lavrov said the talks were useless.';
	assert.deepEqual(at(modelOf([['b', plain, published]]), '2025-05-18'), []);
});

test('a further sentence names a participant of its event again; the others it names are mentioned, and the event is not theirs', () => {
	const text = 'Marco Rubio met Hakan Fidan in Istanbul on May 16. Rubio said that Sergei Lavrov would join them. Lavrov called the plan premature.';
	const model = modelOf([['a', text, {language: 'en', published: '2025-05-18'}]]);
	const [event] = at(model, '2025-05-16');
	assert.deepEqual(
		event!.mentions.map((mention) => text.slice(mention.sentence.start, mention.sentence.end)),
		['Marco Rubio met Hakan Fidan in Istanbul on May 16.', 'Rubio said that Sergei Lavrov would join them.'],
	);
	// Lavrov is only mentioned: the event is not on his timeline, and a sentence that names only him does not join it through him.
	assert.deepEqual(event!.people, ['Hakan Fidan', 'Marco Rubio']);
	assert.deepEqual(model.entities.find((entity) => entity.name === 'Sergei Lavrov')?.events, []);
});

test('an entity takes part in the sentences of its events that name it or refer to it, not in those another report or sentence of the event tells', () => {
	const published = {language: 'en', published: '2025-05-18'};
	const a = 'Marco Rubio met Hakan Fidan in Istanbul on May 16. He called the talks useful.';
	const b = 'On May 16 Hakan Fidan met Marco Rubio in Istanbul, with Sergei Lavrov.';
	const model = modelOf([['a', a, published], ['b', b, published]]);
	const [event] = at(model, '2025-05-16');
	assert.deepEqual(event!.sources, ['a', 'b']);
	const sentencesOf = (name: string) =>
		model.entities
			.find((entity) => entity.name === name)!
			.sentences!.map(({article, start, end}) => (article === 'a' ? a : b).slice(start, end))
			.sort();
	// Both reports name Rubio; "He" after a sentence naming two people stands for neither.
	assert.deepEqual(sentencesOf('Marco Rubio'), [b, 'Marco Rubio met Hakan Fidan in Istanbul on May 16.'].sort());
	// Lavrov is on the event's timeline through b only: a's sentences do not involve him.
	assert.deepEqual(model.entities.find((entity) => entity.name === 'Sergei Lavrov')!.events, [event!.id]);
	assert.deepEqual(sentencesOf('Sergei Lavrov'), [b]);
	// A sentence that refers to the one person named before involves them.
	const c = 'Marco Rubio arrived in Istanbul on May 16. He called the talks useful.';
	const referred = modelOf([['c', c, published]]).entities.find((entity) => entity.name === 'Marco Rubio')!;
	assert.deepEqual(
		referred.sentences!.map(({start, end}) => c.slice(start, end)),
		['Marco Rubio arrived in Istanbul on May 16.', 'He called the talks useful.'],
	);
});

test('a sentence opening "He" or "The company" tells of the one of that kind the sentences before it name, if they name one only', () => {
	const published = {language: 'en', published: '2025-05-18'};
	const sentencesOf = (model: TimelineModel, text: string, date: string) => at(model, date).flatMap((event) => event.mentions.map((mention) => text.slice(mention.sentence.start, mention.sentence.end)));
	// Undated, it goes on telling the happening of the one it stands for.
	const one = 'Marco Rubio arrived in Istanbul on May 16. He called the talks useful.';
	assert.deepEqual(sentencesOf(modelOf([['a', one, published]]), one, '2025-05-16'), ['Marco Rubio arrived in Istanbul on May 16.', 'He called the talks useful.']);
	// Dated, its event is theirs.
	const background = modelOf([['b', 'Marco Rubio arrived in Istanbul on May 16. He first visited Turkey in 2019.', published]]);
	assert.deepEqual(at(background, '2019')[0]?.people, ['Marco Rubio']);
	// After the opening words too, in a sentence that names no person of its own.
	const later = modelOf([['e', 'Marco Rubio arrived in Istanbul on May 16. In 2019 he first visited Turkey. In 2020 Hakan Fidan said he had met him.', published]]);
	assert.deepEqual(at(later, '2019')[0]?.people, ['Marco Rubio']);
	assert.deepEqual(at(later, '2020')[0]?.people, ['Hakan Fidan']);
	// Of two people named before, which one "he" is only the reader of the whole story knows.
	const two = 'Marco Rubio met Hakan Fidan in Istanbul on May 16. He called the talks useful.';
	assert.deepEqual(sentencesOf(modelOf([['c', two, published]]), two, '2025-05-16'), ['Marco Rubio met Hakan Fidan in Istanbul on May 16.']);
	// "The company" stands for the organization named before, not for a person.
	const company = 'Marco Rubio praised Airbus Group on May 16. The company expects more orders.';
	const companyModel = modelOf([['d', company, published]]);
	assert.deepEqual(sentencesOf(companyModel, company, '2025-05-16'), ['Marco Rubio praised Airbus Group on May 16.', 'The company expects more orders.']);
	// However far back: a report about one plane calls it "the plane" sentences later.
	const far = 'Marco Rubio praised Airbus Group on May 16. Talks went on. Crews waited. Engineers checked the engines. Rain fell. The company then raised its forecast.';
	assert.deepEqual(sentencesOf(modelOf([['f', far, published]]), far, '2025-05-16'), ['Marco Rubio praised Airbus Group on May 16.', 'The company then raised its forecast.']);
	// Inside a sentence that names no organization too, but not as a possessive, which only mentions it.
	const within = 'Marco Rubio praised Airbus Group on May 16. Rain fell. After the company raised its forecast, shares rose.';
	assert.deepEqual(sentencesOf(modelOf([['g', within, published]]), within, '2025-05-16'), ['Marco Rubio praised Airbus Group on May 16.', 'After the company raised its forecast, shares rose.']);
	const possessive = "Marco Rubio praised Airbus Group on May 16. Rain fell. After the company's forecast, shares rose.";
	assert.deepEqual(sentencesOf(modelOf([['h', possessive, published]]), possessive, '2025-05-16'), ['Marco Rubio praised Airbus Group on May 16.']);
	// Nor as the source of what is told ("According to the company, …").
	const source = 'Marco Rubio praised Airbus Group on May 16. Rain fell. According to the company, shares rose.';
	assert.deepEqual(sentencesOf(modelOf([['i', source, published]]), source, '2025-05-16'), ['Marco Rubio praised Airbus Group on May 16.']);
	// Words of a name are no reference: "The Company Store" names a shop.
	assert.equal(referredKind('The Company Store opened.', 'en'), undefined);
	assert.equal(referredKind('The company opened a store.', 'en'), 'organization');
});

test('a name that only modifies another noun of the sentence ("Airbus Group\'s offer", "the Airbus Group factory") is mentioned, not taking part; a person\'s possessive and a place stay', () => {
	const published = {language: 'en', published: '2025-05-18'};
	const eventsOf = (model: TimelineModel, name: string) => model.entities.find((entity) => entity.name === name)?.events.length;
	const possessive = modelOf([['a', 'Marco Rubio criticized Airbus Group\'s offer on May 16. Airbus Group answered on May 17.', published]]);
	assert.equal(eventsOf(possessive, 'Airbus Group'), 1);
	assert.deepEqual(at(possessive, '2025-05-16')[0]?.people, ['Marco Rubio']);
	const adjunct = modelOf([['b', 'Marco Rubio visited the Airbus Group factory on May 16. Airbus Group answered on May 17.', published]]);
	assert.equal(eventsOf(adjunct, 'Airbus Group'), 1);
	const person = modelOf([['d', "Marco Rubio's visit to Ankara began on May 16.", published]]);
	assert.deepEqual(at(person, '2025-05-16')[0]?.people, ['Marco Rubio'], "a person's possessive names their own act");
	const place = modelOf([['c', "On May 16 Istanbul's mayor met Marco Rubio.", published]]);
	assert.deepEqual(at(place, '2025-05-16')[0]?.places, ['Istanbul']);
});

test('a name before its users, its line or its spokesman ("iPod users", "the iPod line", "Airbus Group spokesman") is mentioned, not taking part; the same name as the subject takes part', () => {
	const published = {language: 'en', published: '2025-05-18'};
	const eventsOf = (model: TimelineModel, name: string) => model.entities.find((entity) => entity.name === name)?.events.length;
	const users = modelOf([['a', 'Marco Rubio met Boeing 787 users in Istanbul on May 16.', published]]);
	assert.equal(eventsOf(users, 'Boeing 787'), 0);
	const spokesman = modelOf([['b', 'On May 16 Marco Rubio met an Airbus Group spokesman in Istanbul.', published]]);
	assert.equal(eventsOf(spokesman, 'Airbus Group'), 0);
	const subject = modelOf([['c', 'On May 16 Airbus Group users met Marco Rubio. Airbus Group met Marco Rubio in Istanbul on May 17.', published]]);
	assert.equal(eventsOf(subject, 'Airbus Group'), 1);
	// The words are English: in a text of a language without such words, every name takes part.
	const other = modelOf([['d', 'Marco Rubio met Boeing 787 users in Istanbul on May 16.', {language: 'xx', published: '2025-05-18'}]]);
	assert.equal(eventsOf(other, 'Boeing 787'), 1);
});

test('a product named before what it is ("60 Boeing 787 aircraft") is the thing itself and takes part; a maker named so ("Airbus aircraft") does not', () => {
	const published = {language: 'en', published: '2025-05-18'};
	const eventsOf = (model: TimelineModel, name: string) => model.entities.find((entity) => entity.name === name)?.events.length;
	const product = modelOf([['a', 'China Eastern Airlines ordered 60 Boeing 787 aircraft on May 16.', published]]);
	assert.equal(eventsOf(product, 'Boeing 787'), 1);
	const maker = modelOf([['b', 'China Eastern Airlines ordered 60 Airbus Group aircraft on May 16.', published]]);
	assert.equal(eventsOf(maker, 'Airbus Group'), 0);
	assert.equal(eventsOf(maker, 'China Eastern Airlines'), 1);
});

test('the undated headline and first sentence of a news article report the news of its publication date', () => {
	// The dateline on its own line dates the report: no sentence of it.
	const text = 'Russia and Ukraine hold talks in Istanbul\nMay 16, 2025\nDelegations of Russia and Ukraine met in Istanbul. Their last talks were held in 2022.';
	const model = modelOf([['a', text, {language: 'en', published: '2025-05-16'}]]);
	const day = at(model, '2025-05-16');
	assert.equal(day.length, 1);
	assert.deepEqual(
		day[0]!.mentions.map((mention) => text.slice(mention.sentence.start, mention.sentence.end)),
		['Russia and Ukraine hold talks in Istanbul', 'Delegations of Russia and Ukraine met in Istanbul.'],
	);
	assert.equal(day[0]!.basis, 'published');
	assert.deepEqual(day[0]!.places, ['Istanbul', 'Russia', 'Ukraine']);
	assert.equal(at(model, '2022').length, 1);
	// What the first sentence of prose names takes part in the news of the day, as what the headline names does.
	const lede = modelOf([['e', 'Talks in Istanbul\nMarco Rubio met Hakan Fidan. Fidan spoke of peace.', {language: 'en', published: '2025-05-16'}]]);
	assert.deepEqual(at(lede, '2025-05-16')[0]!.people, ['Hakan Fidan', 'Marco Rubio']);
	// But only the headline is the evidence its report is merged by: a first sentence names more than other reports of the day share.
	const twoReports = modelOf([
		['f', 'Talks in Istanbul\nMarco Rubio met Hakan Fidan. The last talks were held in 2022.', {language: 'en', published: '2025-05-16'}],
		['g', 'Storm hits Lisbon\nMarco Rubio cancelled a visit. The last storm was in 2022.', {language: 'en', published: '2025-05-16'}],
	]);
	assert.deepEqual(at(twoReports, '2025-05-16').map((event) => event.sources), [['f'], ['g']]);
	// A later sentence of the lead's paragraph that names who the headline names goes on telling the news of the day.
	const goesOn = 'Marco Rubio meets Hakan Fidan in Istanbul\nThe two last met in 2019. Rubio called the talks useful.';
	const goesOnModel = modelOf([['c', goesOn, {language: 'en', published: '2025-05-16'}]]);
	assert.deepEqual(
		at(goesOnModel, '2025-05-16')[0]!.mentions.map((mention) => goesOn.slice(mention.sentence.start, mention.sentence.end)),
		['Marco Rubio meets Hakan Fidan in Istanbul', 'Rubio called the talks useful.'],
	);
	// A dated lead is placed by its own date, and no event stands at the publication date.
	const dated = modelOf([['b', 'Delegations met in Istanbul in 2022. Nothing else happened.', {language: 'en', published: '2025-05-16'}]]);
	assert.deepEqual(dated.events.map((event) => displayDate(event.date)), ['2022']);
});

test('a report of a day is merged with another that names any of the people its sentences of that day name, not only its first', () => {
	const model = modelOf([
		['a', 'Delegations met in Istanbul on Friday. Marco Rubio said on Friday that the talks went well.', {language: 'en', published: '2025-05-17'}],
		['b', 'On May 16, Rubio praised the negotiators.', {language: 'en', published: '2025-05-20'}],
	]);
	assert.deepEqual(at(model, '2025-05-16').map((event) => event.sources), [['a', 'b']]);
});

test('a sentence opening with a reference to a happening ("The deal …") goes on telling the latest one told, not a planned one, and the happening\'s participants take part in it; in other languages too', () => {
	const sentencesOf = (model: TimelineModel, text: string, name: string) =>
		model.entities.find((entity) => entity.name === name)!.sentences!.map(({start, end}) => text.slice(start, end));
	const text = 'China Eastern Airlines signed an agreement with Airbus in Paris on June 15. Deliveries will start in 2030. The deal was approved unanimously by the board.';
	const model = modelOf([['a', text, {language: 'en', published: '2025-06-18'}]]);
	const told = (date: string) => at(model, date).flatMap((event) => event.mentions.map((mention) => text.slice(mention.sentence.start, mention.sentence.end)));
	assert.deepEqual(told('2025-06-15'), ['China Eastern Airlines signed an agreement with Airbus in Paris on June 15.', 'The deal was approved unanimously by the board.']);
	assert.deepEqual(sentencesOf(model, text, 'China Eastern Airlines'), ['China Eastern Airlines signed an agreement with Airbus in Paris on June 15.', 'The deal was approved unanimously by the board.']);
	// Where it happened the sentence does not say.
	assert.deepEqual(sentencesOf(model, text, 'Paris'), ['China Eastern Airlines signed an agreement with Airbus in Paris on June 15.']);
	// Not a pronoun alone, nor a sentence of what is to come.
	const other = 'China Eastern Airlines signed an agreement with Airbus in Paris on June 15. This is a good sign. The deal will be approved by the board.';
	assert.equal(at(modelOf([['b', other, {language: 'en', published: '2025-06-18'}]]), '2025-06-15')[0]!.mentions.length, 1);
	const spanish = 'China Eastern Airlines firmó un contrato con Airbus en París el 15 de junio de 2025. El acuerdo fue aprobado por el consejo.';
	assert.equal(at(modelOf([['c', spanish, {language: 'es', published: '2025-06-18'}]]), '2025-06-15')[0]!.mentions.length, 2);
});
