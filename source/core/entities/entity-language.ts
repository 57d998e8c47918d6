import type {EntityKind} from '../model.js';

/**
 * Words that open a sentence and stand for someone the text named before it: "He said …",
 * "The company expects …", "The plane landed …". Such a sentence tells of that one, as a reader
 * takes it, though it does not name them: a pattern for the sentence's start and the kind it
 * refers to. Pronouns that stand for several kinds ("it", "they") are left out: which one is
 * meant only the words after tell.
 */
export type Reference = {
	opening: RegExp;
	kind: EntityKind;
	/** The same words inside a sentence that names no one of the kind ("After the plane was delivered, …", "Jobs left the company"): they refer back too. */
	within?: RegExp;
};

/**
 * What follows a name that only modifies another noun: the name is then mentioned, not taking
 * part (events.ts, participantsIn). Each pattern is matched against the text right after the name.
 */
export type Modifiers = {
	/** A possessive ending: "Boeing's offer". */
	possessive: RegExp;
	/** A noun that makes the name before it a thing's owner or maker, or whom people act for: "Boeing shares", "Airbus parent EADS", "iPod users", "the iPod line", "Airbus spokesman". */
	ofIt: RegExp;
	/** Things a maker makes: "Airbus aircraft" are the maker's; "Boeing 787 aircraft" are the product itself. */
	madeThing: RegExp;
};

/**
 * Words in and around names that no table lists, read by the name finder (name-finder.ts), in
 * lower case. A name written in one language turns up in text of another ("Deutsche Bank" in
 * English news), so the finder reads the words of every language at once, except `calendar`.
 */
export type NameWords = {
	/** Words that open sentences or stand capitalized before names: "The", "According", "Heute". */
	functionWords?: string;
	/** Weekdays and months as the language capitalizes them, which break names; none where it writes them in small letters. */
	calendar?: string;
	/** Last words of the names of days, not of places or people: "New Year", "Independence Day". */
	calendarDays?: string;
	/** Titles before a person's name: "Mr", "Herr", "Señora". */
	titles?: string;
	/** Roles written before a name ("Foreign Minister Hakan Fidan"), never part of it. */
	roles?: string;
	/** Roles the language writes as compounds or with a feminine ending ("Außenminister", "Sprecherin"). */
	roleCompound?: RegExp;
	/** Words inside a name that make it an organization: "Bank", "Airlines", "Partei". */
	organizationWords?: string;
	/** Last words of place names: "Palace", "Island". */
	placeWords?: string;
	/** First words of place names: "San Francisco", "Fort Worth", "North Carolina". */
	placeOpenings?: string;
	/** Common nouns right before a name that say it is an organization: "aircraft manufacturer Boeing". */
	organizationNouns?: string;
	/** Words right after a name that make it an organization: "Boeing spokesman", "Airbus shares". */
	organizationFollowers?: string;
	/** Common nouns after a name that make it a place: "Heathrow airport", "Washington state". */
	placeFollowers?: string;
	/** Words right before a single name that make it a place: "in", "near", "nahe". */
	locatives?: string;
	/** Those of them that stand before a place, a comma and its region: "in Mobile, Alabama". */
	regionLocatives?: string;
	/** Words of travel, as regular-expression alternatives, before a route "from X to Y". */
	travel?: string;
	/** The words of a route: "from … to", "von … nach", "desde … hasta". */
	routeFrom?: string;
	routeTo?: string;
	/** Nouns that a number after them numbers, not a model: "Flight 574", "Local 1520". */
	numberedUnits?: string;
	/** Words before a name that make it a thing, not a person: "the MacBook Air", "its Everett Factory". */
	thingBefore?: string;
	/** Articles and possessives that make a number after them a model's designation: "the 777", "its 777 airliner", "die 777", "el 777". */
	designationBefore?: string;
	/** Endings of demonyms, adjectives that open a run ("Turkish", "Ukrainian") and are no first names. */
	demonymEndings?: string;
	/** The language capitalizes every noun (German): a capitalized word alone says nothing of a name. */
	capitalizesNouns?: true;
};

/** What dateline knows of one language's words for telling who takes part in a sentence; one folder per language under locales/. */
export type EntityWords = {
	references: Reference[];
	/** "he" or "she" as the subject of a verb after the opening words of a sentence ("In 1986 he bought Pixar"); null where none is listed. */
	personalPronoun: RegExp | null;
	/** Words opening a sentence that refer back to a happening told before ("The deal was approved …", "This brings …"): the sentence goes on telling it (events.ts). */
	happening?: RegExp;
	modifiers: Modifiers | null;
	names: NameWords;
};

/**
 * The words of a reference as they open a sentence, then no capital (which would begin a name:
 * "The Company Store"). No flag i: with it, \p{Lu} would match small letters too.
 */
export const openingWords = (words: string) => new RegExp(`^(?:${words})(?=[\\s,.'’]+[^\\p{Lu}\\s])`, 'u');

/** The words of a reference inside a sentence (withinWords('the (?:plane|jet)')), then no capital, nor a possessive ("the phone's antenna" only mentions it). */
export const withinWords = (words: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?=[\\s,.]+[^\\p{Lu}\\s])`, 'u');
