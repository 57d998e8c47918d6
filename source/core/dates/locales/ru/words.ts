import type {DateWords} from '../../date-language.js';
import {fewWords} from '../few-words.js';

export const words: DateWords = {...fewWords, year: {lead: 'в|с|до|после|году|года|год', qualifier: 'начале|конце|середине', aside: 'с|до|после', weak: ''}, since: {words: 'с|со', year: ''}};
