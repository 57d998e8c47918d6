import * as chrono from 'chrono-node';
import {getOrAdd, pushAll} from '../collections.js';
import type {DateLocale} from '../language.js';
import {patchChrono} from './chrono-patches.js';
import {dateLanguageFor} from './locales/index.js';
import {createMonthOfYearParser, createMonthParser} from './month-parser.js';
import {dropDuration, dropFigureOfSpeech, dropWithinInPastStory, dropInsideWord, dropShortYear, dropTimeOnly, dropWeekdayAbbreviation} from './refiners.js';
import {createDeicticParser, createTextRelativeParser} from './relative-to-text-parser.js';
import {createYearParser} from './year-parser.js';

const cache = new Map<DateLocale, chrono.Chrono>();

/**
 * chrono-node's casual parser for a locale, extended the way chrono builds its own locales:
 * dateline's general rules, made from the language's words, and the language's own parsers
 * and refiners are appended to that configuration.
 */
export function dateParserFor(locale: DateLocale): chrono.Chrono {
	return getOrAdd(cache, locale, createDateParser);
}

const present = <T>(each: T | null): each is T => each !== null;

function createDateParser(locale: DateLocale): chrono.Chrono {
	const parser = patchChrono(chrono[locale].casual.clone(), locale);
	const {words, parsers, refiners} = dateLanguageFor(locale);
	pushAll(parser.parsers, [createYearParser(words), createTextRelativeParser(words), createDeicticParser(words), createMonthParser(words), createMonthOfYearParser(words)].filter(present).concat(parsers));
	// The refiners run after chrono's own, which already removed overlapping matches.
	pushAll(parser.refiners, [dropInsideWord, dropWeekdayAbbreviation, dropShortYear, dropTimeOnly, dropDuration(words), dropWithinInPastStory(words), dropFigureOfSpeech(words)].filter(present).concat(refiners));
	return parser;
}
