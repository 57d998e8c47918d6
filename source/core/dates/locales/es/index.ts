import type {DateLanguage} from '../../date-language.js';
import {dropDateInName, morningIsNotTomorrow} from './refiners.js';
import {words} from './words.js';

export const es: DateLanguage = {words, parsers: [], refiners: [morningIsNotTomorrow, dropDateInName]};
