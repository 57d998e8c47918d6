import type {DateWords} from '../../date-language.js';

const count = '(\\d{1,3}|ein|eine|einen|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)';

export const words: DateWords = {
	months: {
		januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, mär: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6, juli: 7, jul: 7,
		august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
	},
	numbers: {ein: 1, eine: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12},
	year: {
		lead: 'im|in|seit|bis|von|vom|vor|nach|ab|um|zwischen|und|Jahr|Jahre|Jahres|Jahren',
		qualifier: 'Anfang|Ende|Mitte|Frühjahr|Frühling|Sommer|Herbst|Winter|Beginn|(?:Anfang|Ende|Mitte) des Jahres|(?:im|zu) (?:Frühjahr|Frühling|Sommer|Herbst|Winter)',
		aside: 'seit|bis|vor|nach|ab',
		weak: 'und|von|vom|bis|zwischen',
	},
	// A capitalized "Mai" or "Juli" alone is too often part of a name: without a year it needs a lead.
	month: {lead: 'im|seit|bis|ab|vom|von|zum|bis zum', qualifier: 'Anfang|Mitte|Ende|Monat'},
	since: {words: 'seit', year: 'dem Jahr|dem'},
	durationLead: 'für|über|während',
	withinLead: 'in|innerhalb',
	figure: null,
	deadlineLead: null,
	// "am vergangenen 11. Februar", "am kommenden 15. November".
	lastOrNext: {last: 'vergangenen|letzten|vorigen', next: 'kommenden|nächsten', lastAfter: '', nextAfter: ''},
	tense: {
		past: /\b(?:war|waren|hatte|hatten|wurde|wurden|sagte|sagten|erklärte|erklärten|traf|trafen|fand|fanden|begann|begannen|endete|endeten|unterzeichnete|besuchte|kam|kamen)\b/i,
		future: /\b(?:wird|werden|soll|sollen|geplant|plant|planen|kommende[nmrs]?|nächste[nmrs]?|bevorstehende[nmrs]?)\b/i,
	},
	capitalNouns: true,
	anaphora: [
		{pattern: /\b(?:am|an|vom) (?:selben|gleichen|demselben|dem gleichen) Tag(?:e)?\b/i, unit: 'day', offset: 0},
		{pattern: /\bam Vortag\b|\btags zuvor\b|\bam Tag (?:davor|zuvor)\b/i, unit: 'day', offset: -1},
		{pattern: /\bam (?:nächsten|folgenden|darauffolgenden) Tag(?:e)?\b|\bam Tag darauf\b|\btags darauf\b|\bam Folgetag\b/i, unit: 'day', offset: 1},
		{pattern: new RegExp(`\\b${count} Tage?n? (?:später|danach|darauf)\\b`, 'i'), unit: 'day', offset: 'count'},
		{pattern: new RegExp(`\\bnach ${count} Tagen\\b`, 'i'), unit: 'day', offset: 'count'},
		{pattern: new RegExp(`\\b${count} Tage?n? (?:zuvor|vorher|früher)\\b`, 'i'), unit: 'day', offset: '-count'},
		{pattern: new RegExp(`\\b${count} Wochen? (?:später|danach|darauf)\\b`, 'i'), unit: 'day', offset: 'count', weeks: true},
		{pattern: new RegExp(`\\b${count} Monate? (?:später|danach|darauf)\\b`, 'i'), unit: 'month', offset: 'count'},
		{pattern: new RegExp(`\\b${count} Jahre? (?:später|danach|darauf)\\b`, 'i'), unit: 'year', offset: 'count'},
		{pattern: new RegExp(`\\b${count} Jahre? (?:zuvor|vorher|früher)\\b`, 'i'), unit: 'year', offset: '-count'},
		{pattern: /\bim (?:selben|gleichen|demselben) Monat\b/i, unit: 'month', offset: 0},
		{pattern: /\bim (?:selben|gleichen|demselben) Jahr(?:e)?\b|\bnoch im Jahr\b/i, unit: 'year', offset: 0},
		{pattern: /\bim (?:folgenden|nächsten|darauffolgenden) Jahr(?:e)?\b|\bim Folgejahr\b/i, unit: 'year', offset: 1},
		{pattern: /\bim Vorjahr\b/i, unit: 'year', offset: -1},
		{pattern: /\ban diesem Tag(?:e)?\b/i, unit: 'day', offset: 0},
		{pattern: /\b(?:Ende|Anfang|Mitte|Beginn) des (?:Jahres|gleichen Jahres|selben Jahres)\b|\bJahres(?:ende|beginn|anfang|mitte|wechsel)\b/i, unit: 'year', offset: 0},
		{pattern: /\b(?:Ende|Anfang|Mitte|Beginn) des Monats\b|\bMonats(?:ende|anfang|mitte)\b/i, unit: 'month', offset: 0},
		{pattern: /\b(?:des|im) neuen Jahr(?:es)?\b/i, unit: 'year', offset: 1},
		{pattern: /\b(?:ein|einem) halben Jahr später\b|\bein halbes Jahr (?:später|danach)\b/i, unit: 'month', offset: 6},
	],
	deixis: [],
	monthOfYear: [
		{pattern: '(?:des )?(?:nächsten|kommenden) Jahres', offset: 1},
		{pattern: '(?:des )?(?:letzten|vergangenen) Jahres|(?:des )?Vorjahres', offset: -1},
		{pattern: 'dieses Jahres', offset: 0},
	],
	approximate: {weeksAgo: /^vor\s.*\bWochen?$/iu, daysAgo: /^vor\s.*\bTagen?$/iu, hedge: 'etwa|rund|knapp|über|fast'},
};
