import type {DateLanguage} from '../../date-language.js';
import {words} from './words.js';

export const es: DateLanguage = {words, parsers: [], refiners: []};
