import type {EntityKind} from '../model.js';
import {entityWordsFor} from './locales/index.js';

/** The kind of entity the words opening a sentence refer back to, if they do (see Reference). */
export function referredKind(sentence: string, language: string): EntityKind | undefined {
	for (const {opening, kind} of entityWordsFor(language).references) if (opening.test(sentence)) return kind;
	return undefined;
}

/** Whether a sentence holds a personal pronoun that stands for a person named before it. */
export const hasPersonalPronoun = (sentence: string, language: string): boolean => entityWordsFor(language).personalPronoun?.test(sentence) ?? false;
