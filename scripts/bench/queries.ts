/**
 * About 200 search queries a reader types: names in every script, surnames, misspellings
 * (swapped, dropped and doubled letters), partial words, topic words and two-word queries.
 * Deterministic: built from the corpus cast with a fixed seed.
 */
import {analysts, languages, organizations, people, places} from './corpus-names.js';
import {createRandom, type Random} from './prng.js';

function misspell(word: string, random: Random): string {
	const letters = [...word];
	if (letters.length < 4) return word;
	const at = random.int(1, letters.length - 2);
	switch (random.int(0, 2)) {
		case 0: {
			const swap = letters[at] as string;
			letters[at] = letters[at + 1] as string;
			letters[at + 1] = swap;
			break;
		}
		case 1:
			letters.splice(at, 1);
			break;
		default:
			letters.splice(at, 0, letters[at] as string);
	}
	return letters.join('');
}

const topics = ['prisoner exchange', 'ceasefire', 'sanctions package', 'drone attack', 'talks', 'Waffenruhe', 'Gefangenenaustausch', 'Sanktionen', 'Drohnen', 'تبادل الأسرى', 'وقف إطلاق النار', 'العقوبات', 'summit', 'aid package', 'Militärhilfe', 'phone call', 'Telefonat'];

export function benchmarkQueries(count = 200, seed = 4242): string[] {
	const random = createRandom(seed);
	const names = new Set<string>();
	for (const person of people) for (const lang of languages) names.add(person.full[lang]).add(person.short[lang]);
	for (const place of places) for (const lang of languages) names.add(place.name[lang]);
	for (const organization of organizations) names.add(organization.name.en.replace(/^the /, ''));
	for (const analyst of analysts) names.add(analyst.en);
	const pool = [...names];
	const queries = new Set<string>();
	const kinds = [
		() => random.pick(pool),
		() => misspell(random.pick(pool).toLowerCase(), random),
		() => random.pick(pool).slice(0, random.int(3, 5)).toLowerCase(),
		() => random.pick(topics),
		() => `${random.pick(people).short.en} ${random.pick(places).name.en}`.toLowerCase(),
	];
	for (let attempt = 0; queries.size < count && attempt < count * 50; attempt++) {
		const query = random.pick(kinds)().trim();
		if (query.length >= 2) queries.add(query);
	}
	return [...queries];
}
