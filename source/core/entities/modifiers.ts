/**
 * What follows a name that only modifies another noun, per language: the name is then
 * mentioned, not taking part (events.ts, participantsIn). Each pattern is matched against the
 * text right after the name.
 */
type Modifiers = {
	/** A possessive ending: "Boeing's offer". */
	possessive: RegExp;
	/** A noun that makes the name before it a thing's owner or maker, or whom people act for: "Boeing shares", "Airbus parent EADS", "iPod users", "the iPod line", "Airbus spokesman". */
	ofIt: RegExp;
	/** Things a maker makes: "Airbus aircraft" are the maker's; "Boeing 787 aircraft" are the product itself. */
	madeThing: RegExp;
};

const modifiers: Record<string, Modifiers> = {
	en: {
		possessive: /^['’]s?\s/u,
		ofIt: /^\s+(?:parent|rival|subsidiary|unit|factory|plant|headquarters|fleet|shares|stock|stake|brand|users|owners|customers|buyers|line|range|family|spokes(?:man|woman|person)|employees?|workers|staff|unions?)\b/iu,
		madeThing: /^\s+(?:aircraft|jets?|planes?|airliners?|cars?|phones?|devices?|products?)\b/iu,
	},
};

/** Enough characters after a name to hold the longest noun of the patterns. */
export const modifierReach = 16;

/** The modifier patterns of a language, if it has them. */
export const modifiersOf = (language: string): Modifiers | undefined => modifiers[language];
