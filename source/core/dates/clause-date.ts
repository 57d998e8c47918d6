/**
 * A date that belongs to a noun of its sentence, not to the sentence's main verb: "Apple Corps
 * claims that iTunes violates an agreement reached between the two in 1991" tells a claim of
 * today; 1991 dates the agreement. So does a clause set off after a name: "Jobs, born in San
 * Francisco on February 24, 1955, has built …". Such a date stays a date expression, but does
 * not date the sentence's happening.
 *
 * English only so far: a participle right after a noun that a determiner opens, the noun phrase
 * being the object of a word before it (not the sentence's subject, whose participle is its verb:
 * "The company reported in 2005 …"); or a participle right after a comma. The clause runs to the
 * date without a comma or other stop between.
 */

// Participles of the verbs that news dates most: regular ones end in -ed.
const participle = String.raw`(?:\p{Ll}{2,}ed|born|begun|made|signed|held|built|known|taken|given|won|sold|set|struck|brought|paid|founded)`;
// Not "that", which as often opens a clause: "said that the delegation arrived in 2019".
const determiner = String.raw`(?:a|an|the|its|their|his|her|this)`;

// The word before the noun phrase: a verb or a preposition whose object it is, not a word that opens a clause whose subject it would be.
const opensClause = String.raw`(?:that|which|who|and|or|but|when|while|after|before|because|as|if|where)`;
// The participle then a preposition: the clause it opens runs to the date without a comma or other stop.
const clause = String.raw`${participle}\s+(?:in|on|at|between|by|during|with|from|for|until)\s[^,;:.!?"“”]*$`;
const reducedRelative = new RegExp(String.raw`(?:^|\s)(?!${opensClause}\s)\p{Ll}+\s+${determiner}\s+(?:\p{Ll}+[\s-]+){0,2}\p{Ll}+\s+${clause}`, 'u');
// Only "born" after a comma: after a name set off by commas a participle is as often its verb ("Apple Inc., announced Monday").
const appositive = new RegExp(String.raw`,\s*born\s[^,;:.!?"“”]*$`, 'u');

/** How far before a date its clause is looked for. */
const reach = 120;

/** Whether the date starting at `index` of `text`, in the sentence starting at `sentenceStart`, belongs to a noun of the sentence (see above). */
export function datesNoun(text: string, sentenceStart: number, index: number): boolean {
	const before = text.slice(Math.max(sentenceStart, index - reach), index);
	return reducedRelative.test(before) || appositive.test(before);
}
