import type {DateLanguage} from '../../date-language.js';
import {dropMayVerb} from './refiners.js';
import {words} from './words.js';

export const en: DateLanguage = {words, parsers: [], refiners: [dropMayVerb]};
