import type {DateWords} from '../date-language.js';

/**
 * The words of a language dateline knows little of beyond chrono-node's locale: no years
 * phrased in it, no phrases counted from other dates. A language's folder spreads it and
 * fills in what it knows.
 */
export const fewWords: DateWords = {
	months: {},
	numbers: {},
	year: {lead: '', qualifier: '', aside: '', weak: ''},
	month: null,
	since: {words: '', year: ''},
	durationLead: '',
	withinLead: '',
	figure: null,
	deadlineLead: null,
	lastOrNext: null,
	tense: null,
	capitalNouns: false,
	anaphora: [],
	deixis: [],
	monthOfYear: [],
	approximate: null,
};
