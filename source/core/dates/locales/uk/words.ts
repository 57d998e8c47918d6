import type {DateWords} from '../../date-language.js';
import {fewWords} from '../few-words.js';

export const words: DateWords = {...fewWords, year: {lead: 'у|в|з|до|після|році|року|рік', qualifier: 'на початку|наприкінці|в середині', aside: 'з|до|після', weak: ''}, since: {words: 'з|із', year: ''}};
