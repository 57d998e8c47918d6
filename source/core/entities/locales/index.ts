import type {EntityWords} from '../entity-language.js';
import {words as de} from './de/words.js';
import {words as en} from './en/words.js';
import {words as es} from './es/words.js';
import {words as fr} from './fr/words.js';
import {words as it} from './it/words.js';

/**
 * Every language whose words for references and modifiers dateline knows, one folder each (as
 * dates/locales). A language without a folder has none: every name it holds takes part.
 */
const entityLanguages: Record<string, EntityWords> = {de, en, es, fr, it};

const none: EntityWords = {references: [], personalPronoun: null, modifiers: null};

/** The words of `language` (ISO 639-1). */
export const entityWordsFor = (language: string): EntityWords => entityLanguages[language] ?? none;
