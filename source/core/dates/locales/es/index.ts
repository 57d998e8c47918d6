import type {DateLanguage} from '../../date-language.js';
import {morningIsNotTomorrow} from './refiners.js';
import {words} from './words.js';

export const es: DateLanguage = {words, parsers: [], refiners: [morningIsNotTomorrow]};
