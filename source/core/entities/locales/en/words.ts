import {openingWords, withinWords, type EntityWords} from '../../entity-language.js';

export const words: EntityWords = {
	references: [
		{opening: /^(?:He|She)\b/u, kind: 'person'},
		{opening: openingWords('The (?:company|firm|group|airline|carrier|manufacturer|maker|plane ?maker|corporation)'), kind: 'organization', within: withinWords('(?<![Aa]ccording to )the (?:company|firm|airline|carrier|manufacturer|plane ?maker|corporation)')},
		{opening: openingWords('The (?:plane|aircraft|airliner|jet|phone|device|handset)'), kind: 'product', within: withinWords('(?<![Aa]ccording to )the (?:plane|aircraft|airliner|jet|phone|device|handset)')},
	],
	personalPronoun: /\b(?:he|she)\s+\p{Ll}/u,
	modifiers: {
		possessive: /^['’]s?\s/u,
		ofIt: /^\s+(?:parent|rival|subsidiary|unit|factory|plant|headquarters|fleet|shares|stock|stake|brand|users|owners|customers|buyers|line|range|family|spokes(?:man|woman|person)|employees?|workers|staff|unions?)\b/iu,
		madeThing: /^\s+(?:aircraft|jets?|planes?|airliners?|cars?|phones?|devices?|products?)\b/iu,
	},
};
