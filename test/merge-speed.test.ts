import assert from 'node:assert/strict';
import {test} from 'node:test';
import countries from 'i18n-iso-countries';
import {countryDefinitions} from '../source/core/entities/countries.js';
import {resolveEntities} from '../source/core/entities/resolve.js';
import {buildEvents, type EventArticle} from '../source/core/events.js';
import {randomJoins} from './helpers/seeded-random.js';

// The shortcuts of the corpus-wide merge must agree with the plain definitions they replace.

/** A sentence as a one-line title, made from the whole sentence. */
function plainTitle(sentence: string): string {
	const line = sentence.replace(/\s+/g, ' ').trim();
	if (line.length <= 120) return line;
	const cut = line.slice(0, 120);
	const space = cut.lastIndexOf(' ');
	return `${(space > 60 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

const pieces = [' ', '  ', '\n', '\t', '\u00a0', ' '.repeat(300), 'word', 'Straße', 'اسطنبول', ',', ' – ', 'x'.repeat(70), '😀'];

const randomSentences = (count: number) => randomJoins(pieces, 60, count, 11);

test('an event title is the one made from its whole sentence, however long or spaced the sentence', () => {
	const sentences = ['', 'Short.', `${' '.repeat(250)}Late start, long enough to be cut ${'word '.repeat(40)}`, ...randomSentences(3000)];
	// One article a sentence, dated by a year of its own at its first unit.
	const articles: EventArticle[] = sentences.map((text, index) => ({
		id: `a${index}`,
		title: '',
		published: null,
		text: `${text}.`,
		sentences: [{start: 0, end: text.length + 1}],
		dates: [{article: `a${index}`, start: 0, end: 1, text: '.', value: {start: String(1000 + index), end: null, precision: 'year'}, basis: 'explicit'}],
		named: {mentions: [], entities: []},
	}));
	const {events} = buildEvents(articles);
	assert.equal(events.length, sentences.length);
	for (const event of events) {
		const index = Number(event.sources[0]!.slice(1));
		assert.equal(event.title, plainTitle(`${sentences[index]}.`), JSON.stringify(sentences[index]!.slice(0, 60)));
	}
});

test('country definitions are the ones built country by country and language by language', () => {
	const canonicalName = (code: string) => {
		const names = countries.getNames('en', {select: 'all'})[code] ?? [code];
		const alias = names[1];
		return alias && alias.length > 3 && !alias.includes('.') ? alias : names[0]!;
	};
	const plain = (locales: string[]) =>
		Object.keys(countries.getAlpha2Codes())
			.sort()
			.map((code) => {
				const aliases = new Set<string>();
				for (const locale of ['en', ...locales]) for (const name of countries.getNames(locale, {select: 'all'})[code] ?? []) aliases.add(name);
				return {name: canonicalName(code), kind: 'place', aliases: [...aliases]};
			});
	assert.deepEqual(countryDefinitions('de'), plain(['de']));
	assert.deepEqual(countryDefinitions('xx'), plain([]));
	assert.deepEqual(countryDefinitions('*'), plain(['en', 'de', 'ar', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'uk', 'tr', 'sv', 'fi', 'pl']));
});

test("each article's resolved mentions are its entities' mentions, each beside its entity", () => {
	const {entities, byArticle} = resolveEntities(
		[
			{article: 'b', known: [[30, 35, 'Kyiv']], names: [{start: 0, end: 11, surface: 'Hakan Fidan', kind: 'person', opening: false}], surnames: {words: ['Fidan'], starts: [[20, 40]]}},
			{article: 'a', known: [[5, 10, 'Hakan Fidan', 'Fidan']], names: [], surnames: {words: ['Fidan'], starts: [[0]]}},
		],
		[
			{name: 'Kyiv', kind: 'place', aliases: ['Kiev']},
			{name: 'Hakan Fidan', kind: 'person', aliases: ['Fidan']},
		],
	);
	const spans = (list: Array<{start: number; end: number}>) => list.map(({start, end}) => [start, end]);
	assert.deepEqual(spans(entities.find((entity) => entity.name === 'Hakan Fidan')!.mentions), [[0, 5], [5, 10], [0, 11], [20, 25], [40, 45]]);
	assert.deepEqual(
		byArticle.map(({mentions, entities}) => mentions.map(({start, end}, index) => [start, end, entities[index]!.name])),
		[
			[[30, 35, 'Kyiv'], [0, 11, 'Hakan Fidan'], [20, 25, 'Hakan Fidan'], [40, 45, 'Hakan Fidan']],
			[[5, 10, 'Hakan Fidan'], [0, 5, 'Hakan Fidan']],
		],
	);
	for (const {mentions, entities: named} of byArticle) mentions.forEach((mention, index) => assert.ok(named[index]!.mentions.includes(mention)));
});
