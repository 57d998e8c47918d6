import type {DateLanguage} from '../../date-language.js';
import {words} from './words.js';

export const ru: DateLanguage = {words, parsers: [], refiners: []};
