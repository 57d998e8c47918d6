import type {DateLanguage} from '../../date-language.js';
import {words} from './words.js';

export const fr: DateLanguage = {words, parsers: [], refiners: []};
