import type {DateLanguage} from '../../date-language.js';
import {words} from './words.js';

export const it: DateLanguage = {words, parsers: [], refiners: []};
