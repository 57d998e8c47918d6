import type {DateLanguage} from '../../date-language.js';
import {words} from './words.js';

export const uk: DateLanguage = {words, parsers: [], refiners: []};
