import type {EntityKind, Span} from '../model.js';
import {adjacent, tokenText, type Tokens} from './tokens.js';
import {oneLine} from '../one-line.js';
import {pushTo} from '../collections.js';
import type {NameWords} from './entity-language.js';
import {nameWordsByLanguage} from './locales/index.js';

/**
 * Names that no table lists: runs of two or more capitalized words in Latin-script text
 * ("Rustem Umerov", "Dolmabahçe Palace"), with the titles and sentence openers around them
 * trimmed off; single words that the words around them make an organization or a place
 * ("aircraft maker Boeing", "GAO", "in Toulouse"); and other single capitalized words, which
 * may name a person or thing named elsewhere in the corpus ("Cook" after "Tim Cook").
 */
/**
 * `opening`: the name's first word opens its sentence, where any word is capitalized.
 * `locative`: a word such as "in", "near" or "bei" stands right before it, as before a place.
 * `guessed`: nothing in the name or around it says what it is; it is taken for a person.
 * `designation`: a model's designation without its maker ("the 777", "777-200LR"), `surface` the
 * designation alone: it names the product of the corpus named by a maker the article names and it
 * ("Boeing 777"), or nothing (resolve.ts).
 */
export type FoundName = Span & {surface: string; kind: EntityKind; opening: boolean; locative?: true; guessed?: true; designation?: true};
/**
 * Single capitalized words that may be surnames, each once in order of first use, and where each
 * starts (at the same index). Two lists, not an object keyed by word: an object of its own words
 * for every article, parsed back from the merging inputs, makes the engine a hidden class for
 * each word of each article, which merging a large corpus held by the hundred thousand.
 */
export type SurnameCandidates = {words: string[]; starts: number[][]};

const nameWords = [...nameWordsByLanguage.values()];
/** The words of one field in every language, as one set. */
const everyLanguage = (field: Exclude<keyof NameWords, 'roleCompound' | 'capitalizesNouns'>) =>
	new Set(nameWords.flatMap((names) => names[field]?.split(' ') ?? []));
/** The same words as alternatives of a regular expression. */
const alternatives = (field: 'locatives' | 'regionLocatives' | 'routeFrom' | 'routeTo') => [...everyLanguage(field)].join('|');

const functionWords = everyLanguage('functionWords');

// Weekdays and months break names in the languages that capitalize them. A name in one language
// may hold another's month ("Chiang Mai International Airport" in English), so each language
// takes its own; a language without a folder takes those of all.
const weekdaysAndMonths = everyLanguage('calendar');
const calendarWordsByLanguage = new Map([...nameWordsByLanguage].map(([language, names]) => [language, new Set(names.calendar?.split(' ') ?? [])]));
const calendarWordsOf = (language: string) => calendarWordsByLanguage.get(language) ?? weekdaysAndMonths;

const calendarDays = everyLanguage('calendarDays');
const titles = everyLanguage('titles');
const roleWords = everyLanguage('roles');
const roleCompounds = nameWords.flatMap((names) => names.roleCompound ?? []);
const isRole = (lower: string) => roleWords.has(lower) || roleCompounds.some((compound) => compound.test(lower));

const organizationWords = everyLanguage('organizationWords');
const placeWords = everyLanguage('placeWords');
const placeOpenings = everyLanguage('placeOpenings');

// Particles inside names, whatever the language of the text: "Ursula von der Leyen", "Bashar al Assad".
const particles = new Set(['von', 'van', 'der', 'de', 'da', 'di', 'del', 'al', 'bin', 'ibn', 'la', 'le']);

// An upper-case letter, then a lower-case one ("Umerov", "McCain") or at most a dot ("A", "J.").
const capitalizedWord = /^\p{Lu}(?:[\p{Ll}\p{M}'’.-]*\p{Ll}|\.?$)/u;
const latinWord = /^[\p{Script=Latin}\p{M}'’.\d-]+$/u;

// An acronym: two to six capitals ("EADS", "GAO", "USAF").
const acronymWord = /^\p{Lu}{2,6}$/u;
// Capitals that abbreviate no organization: titles, currencies, time zones, times of day, technology.
const plainAcronyms = new Set(
	'ceo cfo coo cto cio vp usd eur gbp jpy gmt utc est edt pst pdt cet am pm tv pc os cd dvd lcd led gps cpu gpu hd id ok faq pdf ipo ai it ip usb ram mb gb tb'.split(' '),
);
const isAcronym = (word: string) => acronymWord.test(word) && !plainAcronyms.has(word.toLowerCase());

const isAsciiUpper = (code: number) => code >= 0x41 && code <= 0x5a;
const isAsciiLower = (code: number) => code >= 0x61 && code <= 0x7a;

/** Called for many words of an article: one that starts with an ASCII character other than A–Z skips the regex. */
function capitalized(word: string): boolean {
	const first = word.charCodeAt(0);
	if (first < 0x80 && !isAsciiUpper(first)) return false;
	return capitalizedWord.test(word) || acronymWord.test(word);
}

/** Latin script; a word of ASCII letters, digits, apostrophes, dots and hyphens is settled without the regex. */
function latin(word: string): boolean {
	for (let index = 0; index < word.length; index++) {
		const code = word.charCodeAt(index);
		const asciiLatin = isAsciiUpper(code) || isAsciiLower(code) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2e || code === 0x2d;
		if (!asciiLatin) return latinWord.test(word);
	}
	return word.length > 0;
}

// Words that put a place after them, not a person ("to", "on", "über" take both; "at", "from"
// and "bei" often an organization).
const locativeBefore = new RegExp(`(?:^|[^\\p{L}])(?:${alternatives('locatives')})\\s+$`, 'iu');
// The region after a place and a comma: "in Mobile, Alabama", "near Seattle, Washington".
const regionBefore = new RegExp(`(?:^|[^\\p{L}])(?:${alternatives('regionLocatives')})\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}'’-]*)?,\\s+$`, 'u');
// Both ends of a journey are places: "flying from Frankfurt to Chicago", "flog von Berlin nach Paris".
// Without a word of travel before it, "from IBM to Intel" is a change of supplier.
const travelWords = nameWords.flatMap((names) => names.travel ?? []).join('|');
const routeFrom = alternatives('routeFrom');
const routeTo = alternatives('routeTo');
const travel = String.raw`(?:^|[^\p{L}])(?:${travelWords})(?:\s+\S+){0,3}\s+(?:${routeFrom})\s+`;
const routeStart = new RegExp(`${travel}$`, 'iu');
const routeNext = new RegExp(`^\\s+(?:${routeTo})\\s+\\p{Lu}`, 'u');
const routeEnd = new RegExp(`${travel}\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}'’-]*)?\\s+(?:${routeTo})\\s+$`, 'iu');

// A common noun right before a name that says what kind of organization it is: "aircraft
// manufacturer Boeing", "Irish airline Aer Lingus", "electronics retailer Best Buy", "rival Airbus".
const organizationNouns = everyLanguage('organizationNouns');
// Words right after a name that make it an organization: "Boeing spokesman", "Airbus shares", and
// the legal forms of companies in any country ("Apple Inc.", "Siemens AG").
const organizationFollowers = new Set([...everyLanguage('organizationFollowers'), ...'inc corp ltd plc llc ag gmbh sa nv co'.split(' ')]);
const placeFollowers = everyLanguage('placeFollowers');
const routeFroms = everyLanguage('routeFrom');
const routeTos = everyLanguage('routeTo');

const isLetter = (code: number) => isAsciiUpper(code) || isAsciiLower(code) || (code >= 0xc0 && /\p{L}/u.test(String.fromCharCode(code)));

/** The word that ends right before `index`, past white space and at most one comma, in lower case; '' at a line break or other mark. */
function wordBefore(text: string, index: number): string {
	let end = index;
	while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0xa0)) end--;
	if (end === index) return '';
	if (text.charCodeAt(end - 1) === 0x2c) end--;
	let start = end;
	while (start > 0 && end - start < 24 && isLetter(text.charCodeAt(start - 1))) start--;
	return text.slice(start, end).toLowerCase();
}

/** The word that starts right after `index`, past at most one comma and white space, in lower case. */
function wordAfter(text: string, index: number): string {
	let start = index;
	if (text.charCodeAt(start) === 0x2c) start++;
	const spaces = start;
	while (start < text.length && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0xa0)) start++;
	if (start === spaces) return '';
	let end = start;
	while (end < text.length && end - start < 24 && isLetter(text.charCodeAt(end))) end++;
	return text.slice(start, end).toLowerCase();
}

// A demonym opening a run ("Turkish", "Ukrainian") is an adjective, not a first name.
const demonymEnding = new RegExp(`(?:${[...everyLanguage('demonymEndings')].join('|')})$`, 'i');
const demonym = (word: string) => demonymEnding.test(word);

/** "PowerBook", "PayPal": a capital inside a word marks a company or a product, never a person. "McDonnell" and "MacArthur" are names. */
const productWord = (word: string) => /^\p{L}\p{Ll}+\p{Lu}/u.test(word) && !/^Ma?c\p{Lu}/u.test(word);

/** What a name's own words say it is ("Air France", "General Motors", "Heathrow Airport", "San Diego"), if anything; `lower` in lower case. */
function kindByWords(lower: string[]): EntityKind | undefined {
	if (lower[0] === 'air' || lower.some((word) => organizationWords.has(word))) return 'organization';
	if (placeWords.has(lower[lower.length - 1]!) || placeOpenings.has(lower[0]!)) return 'place';
	return undefined;
}

/** A brand written with a lower-case initial and a capital inside ("iPhone", "iTunes") right before a name: the name goes on the product's. */
const brandBefore = /(?:^|[^\p{L}])\p{Ll}{1,2}\p{Lu}\p{L}*[ \t]+$/u;

// A number after these numbers a flight of an airline ("Adam Air Flight 574") or a local of a union ("UAW Local 1520"), not a model.
const numberedUnits = everyLanguage('numberedUnits');

/**
 * A model designation right after a name makes maker and model the product's own name, an entity
 * apart from its maker: "Boeing 787", "Airbus A330-200", "Rolls-Royce Trent 900", "Vickers VC-10",
 * with a model name after it ("Boeing 787 Dreamliner"); a plural "s" is left out ("Boeing 737s").
 * A year is no model ("WWDC 2005"); names that say their kind by their own words keep it, and so
 * do flights and union locals ("UAW Local 1520").
 */
const modelAfter = /^(?:-\d+|[ \t]+(?:\p{Lu}{1,3}-?\d{2,}|(?!(?:1[89]|20)\d\d(?!\d))\d{3,}))[\p{Lu}\d]*(?:-\d+)?/u;
const pluralEnd = /^s?(?![\p{L}\d])/u;
const modelName = /^[ \t]+\p{Lu}\p{Ll}{2,}?(?=s?(?![\p{L}\d]))/u;

/** A brand written with a lower-case initial and a capital inside ("iPhone", "iPod", "iTunes"), and the version after it ("iPhone 4", "iPhone 3G", "iPad 2"). */
const brandProduct = /^\p{Ll}{1,2}\p{Lu}\p{Ll}+(?:[ \t]+\d[\dA-Z]{0,3}(?![\p{L}\d]))?/u;

/**
 * What kind of name the words are. `thing`: the context says it is no person: an article stands
 * before it ("the MacBook Air", "the Royal Courts") or a number after it ("Trent 900", "Flight
 * 574"), as before and after companies, products and buildings, never a person's name.
 */
function kindOf(words: string[], thing: boolean): EntityKind {
	const lower = words.map((word) => word.toLowerCase());
	const byWords = kindByWords(lower);
	if (byWords) return byWords;
	if (thing || words.some(productWord) || words.some(isAcronym)) return 'organization';
	return 'person';
}

const initialMark = (code: number) => code === 0x2e || code === 0x27 || code === 0x2019;

/** A run of more capitalized words than this is a headline in title case or a list, not a name. */
const maxRunWords = 12;

/**
 * A lower-cased word trimmed off the start of a run, a title among them ("Herr", "Madame"). "New", "Los" and "Las" inside a sentence open
 * a place ("New York", "Los Angeles"); at its start they may be the adjective or the article.
 */
const openerTrimmed = (word: string, opening: boolean, calendar: Set<string>) =>
	(functionWords.has(word) && (!placeOpenings.has(word) || opening)) || titles.has(word) || calendar.has(word);

/**
 * Where the name lies in a run of capitalized words: [first, end) of `words`, once what is not
 * part of it is trimmed off, and `role`, the index of the role word trimmed off before it, or -1.
 * `opening`: the run opens its sentence.
 */
function trimRun(words: string[], opening: boolean, calendar: Set<string>): {first: number; end: number; role: number} {
	let first = 0;
	let end = words.length;
	let role = -1;
	const lower = words.map((word) => word.toLowerCase());
	// What stands before a role is an affiliation ("Apple CEO Tim Cook", "Russian Foreign Minister"), not a name.
	// A role word before a single organization word is part of it ("General Motors", "General Dynamics").
	for (let index = end - 1; index >= 0; index--) {
		if (isRole(lower[index]!) && !(index === end - 2 && organizationWords.has(lower[end - 1]!))) {
			first = index + 1;
			role = index;
			break;
		}
	}
	while (first < end && openerTrimmed(lower[first]!, opening, calendar)) first++;
	if (end - first > 2 && demonym(words[first]!)) first++;
	while (end > first && particles.has(words[end - 1]!)) end--;
	for (let index = first; index < end; index++) if (calendar.has(lower[index]!)) return {first: 0, end: 0, role: -1};
	// A name that ends in "Year", "Day" or "Eve" is a day of the calendar ("New Year", "Independence Day"), not a place or a person.
	if (end > first && calendarDays.has(lower[end - 1]!)) return {first: 0, end: 0, role: -1};
	return {first, end, role};
}

/**
 * The organization a role is held at, written before it: "Apple" in "Apple CEO Steve Jobs",
 * "Apple Computer" in "Former Apple Computer CEO". [first, end) of `words`, empty when a
 * demonym ("Russian Foreign Minister") or nothing but function words stands there.
 */
function affiliation(words: string[], role: number, opening: boolean, calendar: Set<string>): [number, number] {
	let first = 0;
	while (first < role && openerTrimmed(words[first]!.toLowerCase(), opening, calendar)) first++;
	// The words up to the first role: those between two roles belong to the title ("Chief Operating Officer").
	let end = first;
	while (end < role && !isRole(words[end]!.toLowerCase())) end++;
	if (end === first || words.slice(first, end).some(demonym)) return [0, 0];
	return [first, end];
}

/** An English possessive ending ("Obama's", "Apple Computer’s"): the name is the word without it. */
const possessive = /['’]s$/;

/** A text that ends with one of a field's words of every language and a space: what stands right before a word. */
const endsWithWordOf = (field: 'thingBefore' | 'designationBefore') => new RegExp(`(?:^|[^\\p{L}])(?:${[...everyLanguage(field)].join('|')})\\s+$`, 'iu');
// Words before a name that make it a thing, not a person: "the MacBook Air", "a new Airbus", "its Everett Factory".
const thingBefore = endsWithWordOf('thingBefore');
// An article or possessive before a number makes it a model's designation ("the 777"), in every language, as names cross languages.
export const designationBefore = endsWithWordOf('designationBefore');
// A number after a name makes it a model or a flight ("Trent 900", "Flight 574").
const numberAfter = /^[ \t]+\d/;

/**
 * `tokens` are the article's tokens, `taken[i]` is 1 where a table name already covers token i,
 * `sentenceStarts` the offsets where sentences begin. One pass over the tokens; a run is looked
 * at as words only when it is short enough to be a name.
 */
export function findNames(
	text: string,
	tokens: Tokens,
	taken: Uint8Array,
	sentenceStarts: Set<number>,
	language: string,
): {names: FoundName[]; surnames: SurnameCandidates} {
	// German capitalizes every noun, so "von" and "der" join nouns ("Schaffung von Bedingungen") far more often than names.
	const capitalizesNouns = nameWordsByLanguage.get(language)?.capitalizesNouns === true;
	const joinsParticles = !capitalizesNouns;
	const calendar = calendarWordsOf(language);
	const {starts, ends} = tokens;
	const names: FoundName[] = [];
	const surnames = new Map<string, number[]>();
	/** A region after a place and a comma, or an end of a route: a place whatever its words. Cheap tests first: most names have none. */
	const placeAround = (start: number, stop: number, previous = wordBefore(text, start)) => {
		const before = () => text.slice(Math.max(0, start - 64), start);
		if (text.charCodeAt(start - 2) === 0x2c && regionBefore.test(before())) return true;
		if (routeTos.has(previous)) return routeEnd.test(before());
		return routeFroms.has(previous) && routeTos.has(wordAfter(text, stop)) && routeStart.test(before()) && routeNext.test(text.slice(stop, stop + 8));
	};
	/** A possessive right after a word ("Jobs' absence", "Obama's speech"): it owns what follows. */
	const ownerAfter = (stop: number) => text.charCodeAt(stop) === 0x27 || text.charCodeAt(stop) === 0x2019;
	/** "US$ 40 billion", "A$", "HK$": a currency, not a name. */
	const currency = (stop: number) => text.charCodeAt(stop) === 0x24;
	/** Words that continue a brand written with a lower-case initial ("iTunes Music Store", "iPhone SDK"): part of the product, named by its brand. */
	const brandContinued = (start: number) => brandBefore.test(text.slice(Math.max(0, start - 24), start));
	// Where the last product found ends: the designation and model name it took in are read no further.
	let productStop = 0;
	const pushProduct = (start: number, stop: number) => {
		names.push({start, end: stop, surface: oneLine(text.slice(start, stop)), kind: 'product', opening: sentenceStarts.has(start)});
		productStop = stop;
	};
	/**
	 * Where the product ends whose maker's name [start, stop) is followed by a model designation
	 * ("Boeing 787", "Boeing 787 Dreamliner"), or -1; `lower` are the name's words in lower case.
	 */
	const productEnd = (lower: string[], stop: number): number => {
		// A month or weekday before a number is a date or a count, not a maker ("May 1000").
		if (kindByWords(lower) || numberedUnits.has(lower[lower.length - 1]!) || lower.some((word) => calendar.has(word))) return -1;
		const rest = text.slice(stop, stop + 40);
		const designation = modelAfter.exec(rest);
		if (!designation) return -1;
		let end = designation[0].length;
		const name = rest[end] === 's' ? null : modelName.exec(rest.slice(end));
		const nameWord = name?.[0].trim().toLowerCase();
		if (name && !functionWords.has(nameWord!) && !calendar.has(nameWord!)) end += name[0].length;
		return pluralEnd.test(rest.slice(end)) ? stop + end : -1;
	};
	/** What the words around [start, stop) say: an organization. */
	const organizationCue = (start: number, stop: number) => organizationNouns.has(wordBefore(text, start)) || organizationFollowers.has(wordAfter(text, stop));
	/** One capitalized word: an organization, a place after "in", or else a surname candidate. */
	const single = (word: string, wordStart: number) => {
		const lower = word.toLowerCase();
		const wordEnd = wordStart + word.length;
		if (functionWords.has(lower) || isRole(lower) || currency(wordEnd) || brandContinued(wordStart)) return;
		const modelStop = productEnd([lower], wordEnd);
		if (modelStop >= 0) {
			pushProduct(wordStart, modelStop);
			return;
		}
		const acronym = isAcronym(word);
		// "13:30 MSK", "10 pm EST": a time zone after a time.
		if (acronym && /\d(?:\s*[ap]\.?m\.?)?\s*$/i.test(text.slice(Math.max(0, wordStart - 8), wordStart))) return;
		const previous = wordBefore(text, wordStart);
		if (acronym || organizationNouns.has(previous) || organizationFollowers.has(wordAfter(text, wordEnd))) {
			names.push({start: wordStart, end: wordEnd, surface: word, kind: 'organization', opening: sentenceStarts.has(wordStart)});
			return;
		}
		// A single name after "in" or "near" is a place ("in California", "near Toulouse"); in German any noun can be ("im Rahmen").
		// A month is a surname candidate ("Theresa May"), never a place; so is an owner ("in Jobs' absence", "in Obama's speech").
		const placeCue = () => (!ownerAfter(wordEnd) && locativeBefore.test(text.slice(Math.max(0, wordStart - 12), wordStart))) || placeFollowers.has(wordAfter(text, wordEnd)) || placeAround(wordStart, wordEnd, previous);
		if (!capitalizesNouns && !calendar.has(lower) && placeCue()) names.push({start: wordStart, end: wordEnd, surface: word, kind: 'place', opening: false, locative: true});
		else pushTo(surnames, word, wordStart);
	};
	const flush = (runFirst: number, runEnd: number) => {
		if (runEnd - runFirst > maxRunWords) return;
		const words: string[] = [];
		for (let index = runFirst; index < runEnd; index++) words.push(tokenText(tokens, index));
		const opening = sentenceStarts.has(starts[runFirst]!);
		// A possessive ends a run (see below): its name is the words without it.
		const owner = possessive.test(words[words.length - 1]!);
		if (owner) words[words.length - 1] = words[words.length - 1]!.slice(0, -2);
		const {first, end, role} = trimRun(words, opening, calendar);
		if (role > 0) {
			const [from, to] = affiliation(words, role, opening, calendar);
			if (to > from) {
				const start = starts[runFirst + from]!;
				const stop = ends[runFirst + to - 1]!;
				names.push({start, end: stop, surface: oneLine(text.slice(start, stop)), kind: 'organization', opening: sentenceStarts.has(start)});
			}
		}
		const start = starts[runFirst + first]!;
		const stop = ends[runFirst + end - 1]! - (owner && end === words.length ? 2 : 0);
		if (end - first >= 2) {
			const parts = words.slice(first, end);
			const lower = parts.map((word) => word.toLowerCase());
			// A lone capital without a dot or apostrophe after it is no initial: a version ("Mac OS X Lion").
			const loneCapital = parts.some((word, index) => /^\p{Lu}$/u.test(word) && !initialMark(text.charCodeAt(ends[runFirst + first + index]!)));
			if (brandContinued(start) || (loneCapital && !kindByWords(lower))) return;
			const modelStop = productEnd(lower, stop);
			if (modelStop >= 0) {
				pushProduct(start, modelStop);
				return;
			}
			const thing = thingBefore.test(text.slice(Math.max(0, start - 8), start)) || numberAfter.test(text.slice(stop, stop + 3));
			const kind = kindOf(parts, thing);
			const cue = kind === 'person' && (organizationCue(start, stop) ? 'organization' : placeAround(start, stop) ? 'place' : undefined);
			const name: FoundName = {start, end: stop, surface: oneLine(text.slice(start, stop)), kind: cue || kind, opening: sentenceStarts.has(start)};
			if (!owner && !ownerAfter(stop) && locativeBefore.test(text.slice(Math.max(0, start - 12), start))) name.locative = true;
			// A role or a title before it ("CEO Steve Jobs", "Mr Paul Smith") says it is a person.
			if (kind === 'person' && !cue && role < 0 && !(first > 0 && titles.has(words[first - 1]!.toLowerCase()))) name.guessed = true;
			names.push(name);
		} else if (end - first === 1) single(words[first]!, start);
		// The word itself where trimming took it away as a title or a weekday ("Theresa May").
		else if (words.length === 1) single(words[0]!, starts[runFirst]!);
	};
	/** An initial and its dot or apostrophe go on to the next word of the name: "Timothy D. Cook", "Michael O' Leary". */
	const afterInitial = (token: number, nextStart: number) => {
		const end = ends[token]!;
		return end - starts[token]! === 1 && isAsciiUpper(text.charCodeAt(end - 1)) && initialMark(text.charCodeAt(end)) && adjacent(text, end + 1, nextStart) && !sentenceStarts.has(nextStart);
	};
	// The run of capitalized words (and particles) being read: [runFirst, runEnd) of the tokens.
	let runFirst = 0;
	let runEnd = 0;
	for (let index = 0; index < tokens.count; index++) {
		if (starts[index]! < productStop) continue;
		const inRun = runEnd > runFirst;
		const first = text.charCodeAt(starts[index]!);
		// Most words start in lower case and are no particle inside a run: no copy of them is made.
		const candidate = taken[index] === 0 && (first >= 0x80 || isAsciiUpper(first) || (inRun && joinsParticles && isAsciiLower(first)));
		const word = candidate ? tokenText(tokens, index) : '';
		const isName = word !== '' && capitalized(word) && latin(word);
		const isParticle = joinsParticles && inRun && particles.has(word);
		if ((isName || isParticle) && (!inRun || adjacent(text, ends[runEnd - 1]!, starts[index]!) || afterInitial(runEnd - 1, starts[index]!))) {
			if (!inRun) runFirst = index;
			runEnd = index + 1;
			// A possessive ends a name: "Apple Computer's Mac" is a company and its product.
			if (isName && possessive.test(word)) {
				flush(runFirst, runEnd);
				runFirst = runEnd = index + 1;
			}
			continue;
		}
		if (inRun) flush(runFirst, runEnd);
		// "iPhone 4": a brand with a lower-case initial and a capital inside, and its version, name a product.
		const start = starts[index]!;
		const brand = !isName && taken[index] === 0 && isAsciiLower(first) && (isAsciiUpper(text.charCodeAt(start + 1)) || isAsciiUpper(text.charCodeAt(start + 2))) ? brandProduct.exec(text.slice(start, start + 24)) : null;
		if (brand) pushProduct(start, start + brand[0].length);
		runFirst = index;
		runEnd = isName ? index + 1 : index;
	}
	if (runEnd > runFirst) flush(runFirst, runEnd);
	return {names, surnames: {words: Array.from(surnames.keys()), starts: Array.from(surnames.values())}};
}

/** A capitalized word that names a kind of organization ("Airlines", "Bank", "Motors"), or "Air" that opens airline names. */
export const isOrganizationCue = (word: string) => capitalized(word) && (organizationWords.has(word.toLowerCase()) || word === 'Air');

/** A capitalized Latin word that is no function word, role, weekday or month. */
export function looksLikeGivenName(word: string): boolean {
	const lower = word.toLowerCase();
	return capitalized(word) && latin(word) && !functionWords.has(lower) && !isRole(lower) && !weekdaysAndMonths.has(lower) && !demonym(word);
}
