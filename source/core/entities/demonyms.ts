import {getOrAdd} from '../collections.js';
import {countryDefinitions} from './countries.js';
import type {EntityDefinition} from './definitions.js';

/**
 * Adjectives of nationality derived from place names, as English forms them: "German" from
 * "Germany", "Chinese" from "China", "British" from "Britain". Each pair says which ending of the
 * place gives way to which endings of the adjective; pairs that would make a common word ("Green"
 * from "Greenland", "Roman" from "Romania", "Republican" from "Republic") are left out. Forms that
 * are no word ("Maltan") cost nothing: they never occur.
 */
const endings: Array<[place: string, adjective: string[]]> = [
	['', ['n', 'an', 'ian', 'ese', 'i']], // Russian, Brazilian, Japanese, Qatari
	['y', ['', 'ian']], // German, Italian
	['ey', ['', 'ish']], // Turk, Turkish
	['a', ['ese']], // Chinese, Maltese
	['o', ['an']], // Mexican, Moroccan
	['e', ['an', 'ean', 'ian']], // European, Chilean, Ukrainian
	['ce', ['ch', 'k']], // French, Greek
	['en', ['ish']], // Swedish
	['in', ['nish']], // Spanish
	['ain', ['ish']], // British
	['and', ['ish']], // Polish
	['land', ['nish']], // Finnish
	['eland', ['ish']], // Irish
	['on', ['ese']], // Lebanese
	['um', ['an']], // Belgian
	['es', ['i']], // Emirati
];

// The last word of a longer name stands for it ("Britain", "Korea", "America"), unless it names a kind of country.
const genericWords = new Set(['republic', 'islands', 'island', 'states', 'kingdom', 'federation', 'territory', 'territories', 'city', 'of']);

const latinName = /^\p{Script=Latin}+$/u;

const byTable = new WeakMap<EntityDefinition[], EntityDefinition[]>();
const derived = new WeakSet<EntityDefinition>();

/** The definition lists adjectives of nationality, not names of the place. */
export const isDemonymDefinition = (definition: EntityDefinition) => derived.has(definition);

/**
 * One definition per place of the table or country that has adjectives of nationality, named as
 * the place and listing them, derived from English names only. An adjective two places share
 * ("Korean", "Chinese") names neither.
 */
export function demonymDefinitions(table: EntityDefinition[]): EntityDefinition[] {
	return getOrAdd(byTable, table, () => {
		const places = new Map<string, Set<string>>();
		const tablePlaces = table.filter((definition) => definition.kind === 'place').map((definition) => ({name: definition.name, aliases: []}));
		for (const place of [...countryDefinitions('en'), ...tablePlaces]) {
			for (const name of [place.name, ...place.aliases]) for (const form of demonymsOf(name)) getOrAdd(places, form, () => new Set()).add(place.name);
		}
		const byPlace = new Map<string, string[]>();
		for (const [form, names] of places) if (names.size === 1) getOrAdd(byPlace, [...names][0]!, () => []).push(form);
		const definitions = [...byPlace].map(([name, aliases]): EntityDefinition => ({name, kind: 'place', aliases}));
		for (const definition of definitions) derived.add(definition);
		return definitions;
	});
}

/** The adjectives of nationality of a place name, capitalized as the name is. */
function demonymsOf(name: string): string[] {
	// "Korea, Republic of": the name is before the comma.
	const words = name.split(',')[0]!.split(' ');
	const word = words[words.length - 1]!;
	if (!latinName.test(word) || word.length < 4 || (words.length > 1 && genericWords.has(word.toLowerCase()))) return [];
	const forms: string[] = [];
	for (const [placeEnding, adjectiveEndings] of endings) {
		if (!word.endsWith(placeEnding)) continue;
		const stem = word.slice(0, word.length - placeEnding.length);
		if (stem.length < (placeEnding === 'eland' ? 2 : 3)) continue;
		for (const ending of adjectiveEndings) if (ending !== '' || placeEnding !== '') forms.push(stem + ending);
	}
	return forms;
}
