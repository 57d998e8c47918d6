import type {DateLanguage} from '../../date-language.js';
import {dropAfterInPastStory, dropUnitBeforeYear} from './refiners.js';
import {words} from './words.js';

export const ar: DateLanguage = {words, parsers: [], refiners: [dropUnitBeforeYear, dropAfterInPastStory]};
