import type {EntityKind} from '../model.js';

/**
 * Words that open a sentence and stand for someone the text named before it: "He said …",
 * "The company expects …", "The plane landed …". Such a sentence tells of that one, as a reader
 * takes it, though it does not name them. Per language: a pattern for the sentence's start and
 * the kind it refers to. Pronouns that stand for several kinds ("it", "they") are left out: which
 * one is meant only the words after tell.
 */
type Reference = {opening: RegExp; kind: EntityKind};

// The words of the reference as they open a sentence, then no capital (which would begin a name:
// "The Company Store"). No flag i: with it, \p{Lu} would match small letters too.
const opening = (words: string) => new RegExp(`^(?:${words})(?=[\\s,.'’]+[^\\p{Lu}\\s])`, 'u');

const references: Record<string, Reference[]> = {
	en: [
		{opening: /^(?:He|She)\b/u, kind: 'person'},
		{opening: opening('The (?:company|firm|group|airline|carrier|manufacturer|maker|plane ?maker|corporation)'), kind: 'organization'},
		{opening: opening('The (?:plane|aircraft|airliner|jet|phone|device|handset)'), kind: 'product'},
	],
	de: [
		// Not "Sie", which is also "they".
		{opening: /^Er\b(?=\s+\p{Ll})/u, kind: 'person'},
		{opening: opening('(?:Das Unternehmen|Der Konzern|Die Firma|Die Fluggesellschaft|Der Hersteller)'), kind: 'organization'},
		{opening: opening('(?:Das Flugzeug|Die Maschine|Das Gerät|Das Telefon)'), kind: 'product'},
	],
	fr: [
		// Not "il", which is also impersonal ("il y a", "il faut").
		{opening: /^Elle\b/u, kind: 'person'},
		{opening: opening("(?:L'entreprise|La société|Le groupe|La compagnie|Le constructeur|Le fabricant)"), kind: 'organization'},
		{opening: opening("(?:L'avion|L'appareil|Le téléphone)"), kind: 'product'},
	],
	es: [
		{opening: /^(?:Él|Ella)(?![\p{L}])/u, kind: 'person'},
		{opening: opening('(?:La empresa|La compañía|El grupo|La aerolínea|El fabricante)'), kind: 'organization'},
		{opening: opening('(?:El avión|El aparato|El teléfono)'), kind: 'product'},
	],
	it: [
		{opening: /^(?:Lui|Lei)\b/u, kind: 'person'},
		{opening: opening("(?:L'azienda|La società|Il gruppo|La compagnia|Il produttore)"), kind: 'organization'},
		{opening: opening("(?:L'aereo|L'apparecchio|Il telefono)"), kind: 'product'},
	],
};

/** The kind of entity the words opening a sentence refer back to, if they do. */
export function referredKind(sentence: string, language: string): EntityKind | undefined {
	for (const {opening, kind} of references[language] ?? []) if (opening.test(sentence)) return kind;
	return undefined;
}

// "he" or "she" as the subject of a verb after the opening words of a sentence ("In 1986 he bought Pixar").
const personalPronouns: Record<string, RegExp> = {
	en: /\b(?:he|she)\s+\p{Ll}/u,
	de: /\ber\s+\p{Ll}/u,
};

/** Whether a sentence holds a personal pronoun that stands for a person named before it. */
export const hasPersonalPronoun = (sentence: string, language: string): boolean => personalPronouns[language]?.test(sentence) ?? false;
