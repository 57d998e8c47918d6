import type {DateWords} from '../../date-language.js';

const count = '(\\d{1,3}|un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici)';
// JavaScript's \b knows only ASCII letters: "più", "così" need a word end that knows accented ones
// (a class, not \p{L}: the Unicode flag makes the combined pattern several times slower).
const end = '(?![0-9A-Za-zÀ-ÖØ-öø-ÿ])';

export const words: DateWords = {
	months: {
		gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10, novembre: 11, dicembre: 12,
	},
	numbers: {un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12},
	year: {
		lead: "nel|in|dal|dall'|fino al|prima del|dopo il|anno|entro il|tra il|e|al|del",
		qualifier: "inizio|fine|metà|all'inizio del|alla fine del|a metà del|primavera|estate|autunno|inverno",
		aside: 'dal|fino al|prima del|dopo il',
		weak: 'e|del|al|tra il',
	},
	month: null,
	since: {words: 'dal|sin dal|fin dal|a partire dal', year: "l'anno"},
	durationLead: 'per|durante|di',
	withinLead: 'tra|fra|in|entro',
	figure: 'del (?:domani|ieri)|oggi giorno',
	deadlineLead: 'entro|prima di|entro il',
	// "lo scorso 11 febbraio", "l'11 febbraio scorso", "il prossimo 15 novembre".
	lastOrNext: {last: 'scorso|passato', next: 'prossimo', lastAfter: 'scorso|passato', nextAfter: 'prossimo'},
	tense: {
		past: /(?<![\p{L}])(?:(?:ha|hanno|aveva|avevano|è|sono|era|erano)\s+(?:stat[oaie]\s+)?\p{L}+(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite)|fu|furono|\p{L}+ò)(?![\p{L}])/iu,
		future: /(?<![\p{L}])(?:\p{L}+(?:rà|ranno)|prossimo|prossima|previsto|prevista)(?![\p{L}])/iu,
	},
	capitalNouns: false,
	anaphora: [
		{pattern: new RegExp(`\\b(?:lo|quello) stesso giorno${end}|\\bquel giorno${end}`, 'i'), unit: 'day', offset: 0},
		{pattern: new RegExp(`\\bil giorno (?:prima|precedente)${end}|\\bla vigilia${end}`, 'i'), unit: 'day', offset: -1},
		{pattern: new RegExp(`\\bil giorno (?:dopo|seguente|successivo)${end}|\\bl'indomani${end}`, 'i'), unit: 'day', offset: 1},
		{pattern: new RegExp(`\\b${count} giorni (?:dopo(?!\\s+(?:(?:il|la|lo|i|gli|le|di|del|della|dello|dei)\\s|l['’]))|più tardi)${end}`, 'i'), unit: 'day', offset: 'count'},
		{pattern: new RegExp(`\\b${count} giorni prima${end}`, 'i'), unit: 'day', offset: '-count'},
		{pattern: new RegExp(`\\b${count} settimane? (?:dopo(?!\\s+(?:(?:il|la|lo|i|gli|le|di|del|della|dello|dei)\\s|l['’]))|più tardi)${end}`, 'i'), unit: 'day', offset: 'count', weeks: true},
		{pattern: new RegExp(`\\b${count} mesi (?:dopo(?!\\s+(?:(?:il|la|lo|i|gli|le|di|del|della|dello|dei)\\s|l['’]))|più tardi)${end}`, 'i'), unit: 'month', offset: 'count'},
		{pattern: new RegExp(`\\b${count} anni (?:dopo(?!\\s+(?:(?:il|la|lo|i|gli|le|di|del|della|dello|dei)\\s|l['’]))|più tardi)${end}`, 'i'), unit: 'year', offset: 'count'},
		{pattern: new RegExp(`\\b${count} anni prima${end}`, 'i'), unit: 'year', offset: '-count'},
		{pattern: new RegExp(`\\b(?:lo|quello) stesso mese${end}`, 'i'), unit: 'month', offset: 0},
		{pattern: new RegExp(`\\bil mese (?:successivo|seguente|dopo)${end}`, 'i'), unit: 'month', offset: 1},
		{pattern: new RegExp(`\\b(?:lo|quello) stesso anno${end}|\\bquell'anno${end}`, 'i'), unit: 'year', offset: 0},
		{pattern: new RegExp(`\\bl'anno (?:successivo|seguente|dopo)${end}`, 'i'), unit: 'year', offset: 1},
		{pattern: new RegExp(`\\bl'anno (?:precedente|prima)${end}`, 'i'), unit: 'year', offset: -1},
	],
	deixis: [
		{pattern: new RegExp(`\\b(?:l'anno prossimo|il prossimo anno)${end}`, 'i'), unit: 'year', offset: 1},
		{pattern: new RegExp(`\\blo scorso anno${end}`, 'i'), unit: 'year', offset: -1},
		{pattern: new RegExp(`\\bquest'anno${end}`, 'i'), unit: 'year', offset: 0},
		{pattern: new RegExp(`\\blo scorso mese${end}`, 'i'), unit: 'month', offset: -1},
		{pattern: new RegExp(`\\bil (?:prossimo mese|mese prossimo)${end}`, 'i'), unit: 'month', offset: 1},
		{pattern: new RegExp(`\\bla scorsa settimana${end}`, 'i'), unit: 'day', offset: -7},
	],
	monthOfYear: [
		{pattern: "dell'anno prossimo|del prossimo anno", offset: 1},
		{pattern: "dell'anno scorso|dello scorso anno", offset: -1},
		{pattern: "di quest'anno", offset: 0},
	],
	approximate: {weeksAgo: /\bsettimane?\s+fa$/iu, daysAgo: /\bgiorni\s+fa$/iu, hedge: 'circa|quasi'},
};
