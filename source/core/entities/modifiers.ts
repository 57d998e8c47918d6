import type {Modifiers} from './entity-language.js';
import {entityWordsFor} from './locales/index.js';

/** Enough characters after a name to hold the longest noun of the patterns. */
export const modifierReach = 16;

/** The modifier patterns of a language, if it has them. */
export const modifiersOf = (language: string): Modifiers | undefined => entityWordsFor(language).modifiers ?? undefined;
