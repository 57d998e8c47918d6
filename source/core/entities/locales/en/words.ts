import {openingWords, withinWords, type EntityWords} from '../../entity-language.js';

export const words: EntityWords = {
	references: [
		{opening: /^(?:He|She)\b/u, kind: 'person'},
		{opening: openingWords('The (?:company|firm|group|airline|carrier|manufacturer|maker|plane ?maker|corporation)'), kind: 'organization', within: withinWords('(?<![Aa]ccording to )the (?:company|firm|airline|carrier|manufacturer|plane ?maker|corporation)')},
		{opening: openingWords('The (?:plane|aircraft|airliner|jet|phone|device|handset)'), kind: 'product', within: withinWords('(?<![Aa]ccording to )the (?:plane|aircraft|airliner|jet|phone|device|handset)')},
	],
	personalPronoun: /\b(?:he|she)\s+\p{Ll}/u,
	// A noun of a happening after "The" or "This"; not a pronoun alone ("This is …", "It …"), which as often points to background.
	happening: /^(?:The|This) (?:\p{Ll}+ )?(?:deal|agreement|contract|sale|purchase|order|merger|acquisition|takeover|announcement|decision|ruling|verdict|settlement|move|event|ceremony|launch|flight|crash|accident|attack|meeting|talks|visit|summit|vote)(?![\p{L}\p{N}'’-])/u,
	modifiers: {
		possessive: /^['’]s?\s/u,
		ofIt: /^\s+(?:parent|rival|subsidiary|unit|factory|plant|headquarters|fleet|shares|stock|stake|brand|users|owners|customers|buyers|line|range|family|spokes(?:man|woman|person)|employees?|workers|staff|unions?)\b/iu,
		madeThing: /^\s+(?:aircraft|jets?|planes?|airliners?|cars?|phones?|devices?|products?)\b/iu,
	},
	names: {
		functionWords:
			'a an the and or but if in on at of for to by from with as after before when while since during although though however ' +
			'this that these those there here it its he she they we his her their our your my i you who what which where why how ' +
			'according also even just only then thus meanwhile earlier later last next first new former mr mrs ms dr sir ' +
			'today yesterday tomorrow tonight now',
		calendar: 'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december',
		calendarDays: 'year day eve',
		titles: 'mr mrs ms dr sir lady lord',
		roles:
			'president minister secretary spokesman spokeswoman spokesperson chancellor prime general chief head director ' +
			'ambassador envoy adviser advisor aide deputy senator governor mayor king queen prince pope ceo chairman ' +
			'commander colonel foreign defense defence interior state special assistant officer official leader ' +
			'analyst expert researcher correspondent reporter journalist employee executive founder cofounder engineer lawyer attorney judge justice',
		organizationWords:
			'department ministry office agency council committee commission company corporation corp inc ltd group bank ' +
			'times news post journal tribune press media university institute foundation association party union court ' +
			'parliament senate congress army navy force forces airlines airways airline service services organization organisation ' +
			'aircraft airplanes aerospace systems technologies motors industries holdings partners capital program programme ' +
			'games olympics record fund trust league club team network channel bureau authority administration ' +
			'computer computers corps store conference center centre kit software',
		placeWords:
			'palace city province region oblast island islands river sea ocean bay mountains valley square airport street ' +
			'east west north south republic county state america africa asia europe beach',
		placeOpenings: 'saint st fort port mount lake cape new north south east west',
		organizationNouns:
			'company companies firm manufacturer maker airframer airline carrier retailer rival rivals competitor giant group conglomerate ' +
			'consortium subsidiary parent partner supplier operator startup bank insurer agency newspaper magazine broadcaster network ' +
			'publisher automaker carmaker chipmaker',
		organizationFollowers: 'spokesman spokeswoman spokesperson executive executives shareholders shares stock',
		placeFollowers: 'airport city province state county district region river island valley',
		locatives: 'in near outside around across through',
		regionLocatives: 'in near outside',
		travel: String.raw`fl(?:y|ies|ew|own|ying|ight|ights)|travel\w*|drive|drove|driving|sail\w*|route\w*|journey\w*|trips?|nonstop`,
		routeFrom: 'from',
		routeTo: 'to',
		numberedUnits: 'flight local',
		designationBefore: 'the a an its their his her our first new',
		thingBefore: 'the a an its their new',
		demonymEndings: 'ish ian ese ean',
	},
};
