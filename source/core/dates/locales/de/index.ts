import type {DateLanguage} from '../../date-language.js';
import {germanDayListParser} from './day-list-parser.js';
import {words} from './words.js';

export const de: DateLanguage = {words, parsers: [germanDayListParser], refiners: []};
