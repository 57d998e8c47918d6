import type {Span} from '../model.js';

export type Token = Span & {text: string};

// Words and numbers; an apostrophe or dot inside a word keeps it whole ("Kyiv’s", "U.S").
// Hyphens split, so "Ukraine-Russland-Konflikt" still names Ukraine and Russland.
const word = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
	return [...text.matchAll(word)].map((match) => ({start: match.index, end: match.index + match[0].length, text: match[0]}));
}

/** Only white space, and no line break, between two tokens: they can be parts of one name. */
export function adjacent(text: string, left: Token, right: Token): boolean {
	return /^[ \t\u00a0]+$/.test(text.slice(left.end, right.start));
}
