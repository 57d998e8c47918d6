import type {DateWords} from '../../date-language.js';

const count = '(\\d{1,3}|un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)';
// JavaScript's \b knows only ASCII letters: "después", "día" need a word end that knows accented ones
// (a class, not \p{L}: the Unicode flag makes the combined pattern several times slower).
const end = '(?![0-9A-Za-zÀ-ÖØ-öø-ÿ])';

export const words: DateWords = {
	months: {
		enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
	},
	numbers: {un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12},
	year: {
		lead: 'en|desde|de|del|antes de|después de|hasta|año|durante|entre|y|a',
		qualifier: '(?:a )?(?:principios|finales|mediados|comienzos|fines|inicios) de|(?:la )?(?:primavera|verano|otoño|invierno) de',
		aside: 'desde|hasta|antes de|después de',
		weak: 'y|de|del|a|entre',
	},
	month: null,
	since: {words: 'desde|a partir del?', year: 'el año|el'},
	durationLead: 'durante|por|tras|de|en los últimos|en las últimas',
	withinLead: 'en|dentro de',
	// "a día de hoy", "hoy día", "hoy en día": nowadays, not the day of the report.
	figure: 'del (?:mañana|ayer)|hoy en día|(?:a )?día de hoy|hoy día',
	deadlineLead: 'para|hasta|antes de',
	// "el pasado 11 de febrero", "aquel 11 de febrero", "el pasado mes de abril"; "el próximo 15 de noviembre".
	lastOrNext: {last: 'pasado(?: mes de| día)?|último|aquel', next: 'próximo(?: mes de| día)?', lastAfter: 'pasado', nextAfter: 'próximo|que viene'},
	tense: {
		past: /(?<![\p{L}])(?:fue|fueron|era|eran|hubo|dijo|dijeron|estuvo|estaba|estaban|tuvo|tuvieron|(?:ha|han|había|habían|hemos)\s+\p{L}+(?:ado|ido|to|cho)|\p{L}+(?:ó|aron|ieron|aba|aban))(?![\p{L}])/iu,
		future: /(?<![\p{L}])(?:\p{L}+(?:ará|erá|irá|arán|erán|irán)|será|serán|habrá|habrán|tendrá|tendrán|hará|harán|podrá|podrán|va a|van a|próximo|próxima|previsto|prevista|prevé)(?![\p{L}])/iu,
	},
	capitalNouns: false,
	anaphora: [
		{pattern: new RegExp(`\\b(?:ese|aquel|el) mismo día${end}|\\b(?:ese|aquel) día${end}`, 'i'), unit: 'day', offset: 0},
		{pattern: new RegExp(`\\bel día anterior${end}|\\bla víspera${end}`, 'i'), unit: 'day', offset: -1},
		{pattern: new RegExp(`\\b(?:al|el) día siguiente${end}`, 'i'), unit: 'day', offset: 1},
		{pattern: new RegExp(`\\b${count} días? (?:después(?!\\s+del?\\s)|más tarde)${end}`, 'i'), unit: 'day', offset: 'count'},
		{pattern: new RegExp(`\\b${count} días? antes${end}`, 'i'), unit: 'day', offset: '-count'},
		{pattern: new RegExp(`\\b${count} semanas? (?:después(?!\\s+del?\\s)|más tarde)${end}`, 'i'), unit: 'day', offset: 'count', weeks: true},
		{pattern: new RegExp(`\\b${count} mes(?:es)? (?:después(?!\\s+del?\\s)|más tarde)${end}`, 'i'), unit: 'month', offset: 'count'},
		{pattern: new RegExp(`\\b${count} años? (?:después(?!\\s+del?\\s)|más tarde)${end}`, 'i'), unit: 'year', offset: 'count'},
		{pattern: new RegExp(`\\b${count} años? antes${end}`, 'i'), unit: 'year', offset: '-count'},
		{pattern: new RegExp(`\\b(?:ese|aquel|el) mismo mes${end}`, 'i'), unit: 'month', offset: 0},
		{pattern: new RegExp(`\\b(?:al|el) mes siguiente${end}`, 'i'), unit: 'month', offset: 1},
		{pattern: new RegExp(`\\b(?:ese|aquel|el) mismo año${end}|\\b(?:ese|aquel) año${end}`, 'i'), unit: 'year', offset: 0},
		{pattern: new RegExp(`\\b(?:al|el) año siguiente${end}`, 'i'), unit: 'year', offset: 1},
		{pattern: new RegExp(`\\bel año anterior${end}`, 'i'), unit: 'year', offset: -1},
	],
	// chrono-node's Spanish locale reads "ayer" and "mañana", but no "el año pasado" nor "hace dos años".
	deixis: [
		// The evening and night of a report: "anoche" is the night before its day, "esta noche" its own.
		{pattern: new RegExp(`\\banoche${end}`, 'i'), unit: 'day', offset: -1},
		{pattern: new RegExp(`\\b(?:anteanoche|antenoche)${end}`, 'i'), unit: 'day', offset: -2},
		{pattern: new RegExp(`\\besta (?:noche|tarde|madrugada)${end}`, 'i'), unit: 'day', offset: 0},
		{pattern: new RegExp(`\\b(?:el|del) (?:año pasado|pasado año)${end}`, 'i'), unit: 'year', offset: -1},
		{pattern: new RegExp(`\\b(?:el|del) (?:próximo año|año próximo|año que viene)${end}`, 'i'), unit: 'year', offset: 1},
		{pattern: new RegExp(`\\beste (?:mismo )?año${end}`, 'i'), unit: 'year', offset: 0},
		// Not "el pasado mes de abril": that is April.
		{pattern: new RegExp(`\\b(?:el|del) (?:mes pasado|pasado mes)${end}(?!\\s+de\\s)`, 'i'), unit: 'month', offset: -1},
		{pattern: new RegExp(`\\b(?:el|del) (?:próximo mes|mes próximo|mes que viene)${end}(?!\\s+de\\s)`, 'i'), unit: 'month', offset: 1},
		{pattern: new RegExp(`\\beste mes${end}`, 'i'), unit: 'month', offset: 0},
		{pattern: new RegExp(`\\bhace ${count} días?${end}`, 'i'), unit: 'day', offset: '-count'},
		{pattern: new RegExp(`\\bhace ${count} semanas?${end}`, 'i'), unit: 'day', offset: '-count', weeks: true},
		{pattern: new RegExp(`\\bhace ${count} mes(?:es)?${end}`, 'i'), unit: 'month', offset: '-count'},
		{pattern: new RegExp(`\\bhace ${count} años?${end}`, 'i'), unit: 'year', offset: '-count'},
	],
	monthOfYear: [
		{pattern: 'del (?:próximo año|año próximo|año que viene)', offset: 1},
		{pattern: 'del (?:año pasado|pasado año)', offset: -1},
		{pattern: 'de este año|del presente año', offset: 0},
	],
	approximate: {weeksAgo: /^hace\s.*\bsemanas?$/iu, daysAgo: /^hace\s.*\bd[ií]as?$/iu, hedge: 'unos|unas|casi|más de|menos de'},
};
