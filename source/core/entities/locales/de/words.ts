import {openingWords, type EntityWords} from '../../entity-language.js';

export const words: EntityWords = {
	references: [
		// Not "Sie", which is also "they".
		{opening: /^Er\b(?=\s+\p{Ll})/u, kind: 'person'},
		{opening: openingWords('(?:Das Unternehmen|Der Konzern|Die Firma|Die Fluggesellschaft|Der Hersteller)'), kind: 'organization'},
		{opening: openingWords('(?:Das Flugzeug|Die Maschine|Das Gerät|Das Telefon)'), kind: 'product'},
	],
	personalPronoun: /\ber\s+\p{Ll}/u,
	happening: /^(?:(?:Das|Dieses) (?:Geschäft|Urteil|Treffen)|(?:Der|Dieser) (?:Vertrag|Kauf|Verkauf|Flug|Absturz|Angriff|Besuch|Gipfel)|(?:Die|Diese) (?:Vereinbarung|Bestellung|Übernahme|Entscheidung|Ankündigung|Zeremonie|Gespräche|Abstimmung))(?![\p{L}\p{N}])/u,
	modifiers: null,
	names: {
		functionWords:
			'heute gestern morgen der die das den dem des ein eine einer eines und oder aber wenn im am an auf aus bei mit nach seit von vom zu zum zur ' +
			'für über unter vor während trotz laut es er sie wir ihr dieser diese dieses nachdem zudem gleichzeitig ' +
			// Counts are nouns, capitalized before the noun they count ("Millionen Menschen").
			'millionen milliarden tausende hunderte dutzende',
		calendar: 'montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september oktober november dezember',
		calendarDays: 'jahr tag',
		titles: 'herr frau',
		roles: 'präsident außenminister minister kanzler bundeskanzler sprecher sprecherin botschafter general chef experte forscher forscherin korrespondent journalistin',
		// Compounds and feminine endings: "Außenminister", "Kremlsprecher", "Präsidentenberaterin",
		// "Menschenrechtsbeauftragte", "Koordinatorin". Three letters at least before the base, so that
		// "Administer" is not a minister.
		roleCompound:
			/^(?:\p{L}{3,}(?:minister|präsident|sprecher|chef|berater|leiter|kanzler|botschafter|vertreter)(?:in)?|\p{L}*(?:beauftragte[rn]?|koordinator(?:in)?|vorsitzende[rn]?|ministerin|präsidentin|sprecherin|kanzlerin|direktorin|analystin|expertin|unterhändler(?:in)?|korrespondentin))$/iu,
		organizationWords: 'ministerium partei regierung gruppe verband',
		organizationNouns: 'unternehmen konzern hersteller firma fluggesellschaft zeitung',
		placeFollowers: 'flughafen stadt',
		locatives: 'nahe aus nach im',
		regionLocatives: 'nahe',
		travel: String.raw`fl(?:og|iegt|iegen|ug)|reis\w*`,
		routeFrom: 'von',
		routeTo: 'nach',
		numberedUnits: 'flug',
		designationBefore: 'der die das den dem des ein eine einen einer seine seiner ihre ihrer erste ersten neue neuen',
		demonymEndings: 'sche scher ischen',
		capitalizesNouns: true,
	},
};
