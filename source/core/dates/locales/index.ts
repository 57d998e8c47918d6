import type {DateLanguage} from '../date-language.js';
import type {DateLocale} from '../../language.js';
import {ar} from './ar/index.js';
import {de} from './de/index.js';
import {en} from './en/index.js';
import {fewWords} from './few-words.js';
import {es} from './es/index.js';
import {fr} from './fr/index.js';
import {it} from './it/index.js';
import {ru} from './ru/index.js';
import {uk} from './uk/index.js';

/**
 * Every language dateline adds its own words, parsers and refiners to, one folder each
 * (chrono-node's layout). Adding a language is adding its folder here; a chrono-node locale
 * without one gets dateline's general rules with English year words, as the nearest default.
 */
export const dateLanguages: Partial<Record<DateLocale, DateLanguage>> = {ar, de, en, es, fr, it, ru, uk};

const general: DateLanguage = {words: {...fewWords, year: en.words.year}, parsers: [], refiners: []};

export const dateLanguageFor = (locale: DateLocale): DateLanguage => dateLanguages[locale] ?? general;
