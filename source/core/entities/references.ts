import type {EntityKind} from '../model.js';
import {entityWordsFor} from './locales/index.js';

/** The kind of entity the words opening a sentence refer back to, if they do (see Reference). */
export function referredKind(sentence: string, language: string): EntityKind | undefined {
	for (const {opening, kind} of entityWordsFor(language).references) if (opening.test(sentence)) return kind;
	return undefined;
}

/** Whether a sentence holds a personal pronoun that stands for a person named before it. */
export const hasPersonalPronoun = (sentence: string, language: string): boolean => entityWordsFor(language).personalPronoun?.test(sentence) ?? false;

/** The kinds of entity that words inside a sentence refer back to ("After the plane was delivered, …"). */
export function referredKindsWithin(sentence: string, language: string): EntityKind[] {
	const kinds: EntityKind[] = [];
	for (const {within, kind} of entityWordsFor(language).references) if (within?.test(sentence) && !kinds.includes(kind)) kinds.push(kind);
	return kinds;
}

/** Whether the words opening a sentence refer back to a happening told before it ("The deal was approved …"). */
export const refersToHappening = (sentence: string, language: string): boolean => entityWordsFor(language).happening?.test(sentence) ?? false;
