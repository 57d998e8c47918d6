import type {DateWords} from '../../date-language.js';

const count = '(\\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)';
// JavaScript's \b knows only ASCII letters: "ce jour-là", "après" need a word end that knows accented ones
// (a class, not \p{L}: the Unicode flag makes the combined pattern several times slower).
const end = '(?![0-9A-Za-zÀ-ÖØ-öø-ÿ])';

export const words: DateWords = {
	months: {
		janvier: 1, janv: 1, février: 2, févr: 2, fév: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7, août: 8,
		septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, décembre: 12, déc: 12,
	},
	numbers: {un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12},
	year: {
		lead: "en|depuis|de|avant|après|jusqu'en|année|dès|vers|entre|et",
		qualifier: 'début|fin|mi-?|au printemps|en été|en automne|en hiver|au début de|à la fin de',
		aside: "depuis|avant|après|jusqu'en|dès",
		weak: 'et|de|entre',
	},
	// chrono-node's French locale reads a month only beside a day ("3 mars"): "en mars 2008" is dateline's.
	month: {lead: "en|depuis|dès|jusqu'en|d'ici|avant|après|au mois de|courant", qualifier: 'début|fin'},
	since: {words: 'depuis|à partir du|à partir de', year: "l'année|le"},
	durationLead: 'pendant|durant|de',
	withinLead: 'dans|en',
	figure: null,
	deadlineLead: "d'ici|avant|jusqu'en|d'ici à",
	// "le 11 février dernier", "le 15 novembre prochain".
	lastOrNext: {last: '', next: '', lastAfter: 'dernier', nextAfter: 'prochain'},
	tense: {
		past: /(?<![\p{L}])(?:(?:a|ont|avait|avaient)\s+(?:été\s+)?\p{L}+(?:é|ée|és|ées|is|it|u|us)|était|étaient|fut|furent)(?![\p{L}])/iu,
		future: /(?<![\p{L}])(?:sera|seront|aura|auront|fera|feront|va|vont|devrait|devraient|prochain|prochaine|prévu|prévue|\p{L}+(?:era|ira|eront|iront))(?![\p{L}])/iu,
	},
	capitalNouns: false,
	anaphora: [
		{pattern: new RegExp(`\\b(?:le|ce) même jour${end}|\\bce jour-là${end}`, 'i'), unit: 'day', offset: 0},
		{pattern: new RegExp(`\\bla veille${end}`, 'i'), unit: 'day', offset: -1},
		{pattern: new RegExp(`\\ble lendemain${end}|\\ble jour suivant${end}`, 'i'), unit: 'day', offset: 1},
		{pattern: new RegExp(`\\b${count} jours? (?:plus tard|après(?!\\s+(?:(?:le|la|les|de|du|des)\\s|[ld]['’])))${end}`, 'i'), unit: 'day', offset: 'count'},
		{pattern: new RegExp(`\\b${count} jours? (?:plus tôt|auparavant)${end}`, 'i'), unit: 'day', offset: '-count'},
		{pattern: new RegExp(`\\b${count} semaines? plus tard${end}`, 'i'), unit: 'day', offset: 'count', weeks: true},
		{pattern: new RegExp(`\\b${count} mois plus tard${end}`, 'i'), unit: 'month', offset: 'count'},
		{pattern: new RegExp(`\\b${count} (?:ans|années?) plus tard${end}`, 'i'), unit: 'year', offset: 'count'},
		{pattern: new RegExp(`\\b${count} (?:ans|années?) (?:plus tôt|auparavant)${end}`, 'i'), unit: 'year', offset: '-count'},
		{pattern: new RegExp(`\\b(?:le|ce) même mois${end}`, 'i'), unit: 'month', offset: 0},
		{pattern: new RegExp(`\\ble mois suivant${end}`, 'i'), unit: 'month', offset: 1},
		{pattern: new RegExp(`\\b(?:la|cette) même année${end}|\\bcette année-là${end}`, 'i'), unit: 'year', offset: 0},
		{pattern: new RegExp(`\\bl'(?:année|an) suivante?${end}`, 'i'), unit: 'year', offset: 1},
		{pattern: new RegExp(`\\bl'année précédente${end}|\\bl'année d'avant${end}`, 'i'), unit: 'year', offset: -1},
	],
	deixis: [
		{pattern: new RegExp(`\\bl'an (?:dernier|passé)${end}`, 'i'), unit: 'year', offset: -1},
		{pattern: new RegExp(`\\bl'an prochain${end}`, 'i'), unit: 'year', offset: 1},
		{pattern: new RegExp(`\\bcette année${end}`, 'i'), unit: 'year', offset: 0},
		{pattern: new RegExp(`\\bce mois-ci${end}`, 'i'), unit: 'month', offset: 0},
	],
	monthOfYear: [
		{pattern: "de l'(?:année|an) prochaine?", offset: 1},
		{pattern: "de l'(?:année|an) (?:dernière?|passée?)", offset: -1},
		{pattern: 'de cette année', offset: 0},
	],
	approximate: {weeksAgo: /^il y a\s.*\bsemaines?$/iu, daysAgo: /^il y a\s.*\bjours?$/iu, hedge: 'environ|presque|plus de|moins de'},
};
