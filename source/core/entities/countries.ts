import {getOrAdd} from '../collections.js';
import {createRequire} from 'node:module';
// The library without its locales: its package entry registers all 78 of them, which a start would parse.
import countries from 'i18n-iso-countries/index.js';
import type {EntityDefinition} from './definitions.js';

const require = createRequire(import.meta.url);

/** Languages whose country names are registered; an article is matched against its own language and English. */
const languages = ['en', 'de', 'ar', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'uk', 'tr', 'sv', 'fi', 'pl'];
let registered = false;

/** The country names, registered when first asked for: a start from the index cache never needs them. */
function registeredCountries(): typeof countries {
	if (!registered) {
		for (const language of languages) countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
		registered = true;
	}
	return countries;
}

/** Every name of every country in a language. getNames builds the whole table on each call: it is taken once a language. */
const namesByLanguage = new Map<string, Record<string, string[]>>();
function namesIn(language: string): Record<string, string[]> {
	return getOrAdd(namesByLanguage, language, () => registeredCountries().getNames(language, {select: 'all'}));
}

/** The English short name: the first alias when it is a name rather than an abbreviation ("Russia", not "Russian Federation"; "United Kingdom", not "UK"). */
function canonicalName(code: string): string {
	const names = namesIn('en')[code] ?? [code];
	const alias = names[1];
	return alias && alias.length > 3 && !alias.includes('.') ? alias : names[0]!;
}

const cache = new Map<string, EntityDefinition[]>();

/** Country names in English and in the given language (`*`: every registered language), one definition per country. */
export function countryDefinitions(language: string): EntityDefinition[] {
	return getOrAdd(cache, language, () => {
		const localized = language === '*' ? languages : registeredCountries().langs().includes(language) ? [language] : [];
		return Object.keys(countries.getAlpha2Codes()).sort().map((code) => {
			const aliases = new Set<string>();
			for (const locale of ['en', ...localized]) for (const name of namesIn(locale)[code] ?? []) aliases.add(name);
			return {name: canonicalName(code), kind: 'place' as const, aliases: [...aliases]};
		});
	});
}

let countryNames: Set<string> | undefined;

/** True for a canonical country name: countries are named in most news sentences and say little about which happening it is. */
export function isCountry(name: string): boolean {
	countryNames ??= new Set(Object.keys(countries.getAlpha2Codes()).map(canonicalName));
	return countryNames.has(name);
}
