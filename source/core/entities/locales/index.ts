import type {EntityWords} from '../entity-language.js';
import {words as ar} from './ar/words.js';
import {words as de} from './de/words.js';
import {words as en} from './en/words.js';
import {words as es} from './es/words.js';
import {words as fr} from './fr/words.js';
import {words as it} from './it/words.js';

/**
 * Every language whose words for references, modifiers and names dateline knows, one folder each
 * (as dates/locales). A language without a folder has none: every name it holds takes part.
 */
const entityLanguages: Record<string, EntityWords> = {ar, de, en, es, fr, it};

const none: EntityWords = {references: [], personalPronoun: null, modifiers: null, names: {}};

/** The words of `language` (ISO 639-1). */
export const entityWordsFor = (language: string): EntityWords => entityLanguages[language] ?? none;

/** The name words of every language with a folder, by language. */
export const nameWordsByLanguage = new Map(Object.entries(entityLanguages).map(([language, words]) => [language, words.names]));
