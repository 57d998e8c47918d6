import type {DateWords} from '../../date-language.js';

const count = '(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

export const words: DateWords = {
	months: {
		january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
		august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
	},
	numbers: {a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12},
	year: {
		lead: 'in|since|of|by|until|till|from|during|before|after|to|through|throughout|year|between|and|around|circa',
		qualifier:
			'(?:the )?(?:beginning|start|end|middle|first half|second half|spring|summer|autumn|fall|winter) of|early|late|mid-?|spring|summer|autumn|fall|winter',
		aside: 'since|until|till|before|after',
		weak: 'and|to|from|between',
	},
	month: null,
	since: {words: 'since|ever since', year: 'the year'},
	durationLead: 'for|over|lasting',
	withinLead: 'in|within',
	figure: 'of (?:tomorrow|yesterday)',
	deadlineLead: 'by|before|until',
	lastOrNext: null,
	tense: {
		past: /\b(?:was|were|had|did|said|told|met|held|took|began|ended|agreed|announced|signed|visited|arrived|left|delivered|introduced|launched|released|reported|confirmed|rejected|refused|dismissed|accused|attended)\b/i,
		future: /\b(?:will|shall|going to|is to|are to|is due|are due|scheduled|planned|plans|expected|next|upcoming|coming)\b/i,
		present: /\b(?:is|are|am|has|have|does|says|remains|currently|now)\b/i,
		// A lower-case word in -ed not after an article or an auxiliary ("Jobs unveiled"; not "a claimed", "has made", "Chicago-based").
		// No flag i: "United States" is no saying.
		saying: /\b(?:said|says|stated|states|commented|comments|added|adds|told|tells|[Aa]ccording to)\b/,
		reported: /\b(?:said|says|announced|announces|stated|states|claimed|claims|argued|argues|added|adds|reported|reports)\s+that\b/,
		pastForm: /(?<![-\p{L}])(?<!\b(?:[aA]n?|[tT]he|has|have|had|is|are|was|were|be|been|being)\s)\p{Ll}{2,}[^\se]ed\b/u,
	},
	capitalNouns: false,
	anaphora: [
		{pattern: /\b(?:the|that) same day\b|\bthat day\b|\b(?:earlier|later) in the day\b/i, unit: 'day', offset: 0},
		{pattern: /\b(?:the|that) (?:previous|preceding) day\b|\bthe day before\b/i, unit: 'day', offset: -1},
		{pattern: /\b(?:the|that) (?:next|following) day\b|\bthe day after\b/i, unit: 'day', offset: 1},
		{pattern: /\bthe (?:following|next) week\b|\bthe week after\b/i, unit: 'day', offset: 7},
		{pattern: /\bthe (?:previous|preceding) week\b|\bthe week before\b/i, unit: 'day', offset: -7},
		{pattern: new RegExp(`\\b${count} days? (?:later|afterwards|after that)\\b`, 'i'), unit: 'day', offset: 'count'},
		{pattern: new RegExp(`\\b${count} days? (?:earlier|before that|previously)\\b`, 'i'), unit: 'day', offset: '-count'},
		{pattern: new RegExp(`\\b${count} weeks? (?:later|afterwards)\\b`, 'i'), unit: 'day', offset: 'count', weeks: true},
		{pattern: new RegExp(`\\b${count} months? (?:later|afterwards)\\b`, 'i'), unit: 'month', offset: 'count'},
		{pattern: new RegExp(`\\b${count} years? (?:later|afterwards)\\b`, 'i'), unit: 'year', offset: 'count'},
		{pattern: /\b(?:the|that) same month\b/i, unit: 'month', offset: 0},
		{pattern: /\bthe (?:following|next) month\b|\bthe month after\b/i, unit: 'month', offset: 1},
		{pattern: /\bthe (?:previous|preceding) month\b|\bthe month before\b/i, unit: 'month', offset: -1},
		{pattern: /\b(?:the|that) same year\b|\blater that year\b|\bearlier that year\b/i, unit: 'year', offset: 0},
		{pattern: /\bthe (?:following|next) year\b/i, unit: 'year', offset: 1},
		{pattern: /\bthe (?:previous|preceding) year\b|\bthe year before\b/i, unit: 'year', offset: -1},
		{pattern: /\b(?:the )?(?:end|beginning|start|middle) of (?:the|that) year\b/i, unit: 'year', offset: 0},
		{pattern: /\b(?:the )?(?:end|beginning|start|middle) of (?:the|that) month\b/i, unit: 'month', offset: 0},
		{pattern: /\bhalf a year later\b|\bsix months later\b/i, unit: 'month', offset: 6},
	],
	deixis: [],
	monthOfYear: [
		{pattern: '(?:of|in) next year', offset: 1},
		{pattern: '(?:of|in) last year', offset: -1},
		{pattern: '(?:of|in) this year', offset: 0},
	],
	approximate: {weeksAgo: /\bweeks?\s+ago$/i, daysAgo: /\bdays?\s+ago$/i, hedge: 'less than|more than|about|nearly|almost|around|some|roughly|over|under'},
};
