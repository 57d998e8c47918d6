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

/** What dateline knows of one language's words for telling who takes part in a sentence; one folder per language under locales/. */
export type EntityWords = {
	references: Reference[];
	/** "he" or "she" as the subject of a verb after the opening words of a sentence ("In 1986 he bought Pixar"); null where none is listed. */
	personalPronoun: RegExp | null;
	modifiers: Modifiers | null;
};

/**
 * The words of a reference as they open a sentence, then no capital (which would begin a name:
 * "The Company Store"). No flag i: with it, \p{Lu} would match small letters too.
 */
export const openingWords = (words: string) => new RegExp(`^(?:${words})(?=[\\s,.'’]+[^\\p{Lu}\\s])`, 'u');

/** The words of a reference inside a sentence (withinWords('the (?:plane|jet)')), then no capital, nor a possessive ("the phone's antenna" only mentions it). */
export const withinWords = (words: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?=[\\s,.]+[^\\p{Lu}\\s])`, 'u');
