import type {Span} from '../model.js';

export type Token = Span & {text: string};

// Words and numbers: runs of letters, marks and digits, where an apostrophe or dot between two of
// them keeps the word whole ("Kyiv’s", "U.S"). Hyphens split, so "Ukraine-Russland-Konflikt" still
// names Ukraine and Russland. Scanned by hand: the same regex took most of the tokenizing time.
const wordCharacter = /^[\p{L}\p{M}\p{N}]$/u;
/** Per UTF-16 unit: 1 a word character, 2 not, 0 not yet known. */
const unitKinds = new Uint8Array(0x10000);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isJoiner = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2e;

/** How many UTF-16 units the word character at `index` takes: 0 when there is none. */
function wordCharacterAt(text: string, index: number): number {
	if (index >= text.length) return 0;
	const code = text.charCodeAt(index);
	if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1))) return wordCharacter.test(text.slice(index, index + 2)) ? 2 : 0;
	if (unitKinds[code] === 0) unitKinds[code] = wordCharacter.test(text[index]!) ? 1 : 2;
	return unitKinds[code] === 1 ? 1 : 0;
}

/** Where the word that starts at `index` ends. */
function wordEnd(text: string, index: number): number {
	for (;;) {
		for (let width = wordCharacterAt(text, index); width > 0; width = wordCharacterAt(text, index)) index += width;
		if (!isJoiner(text.charCodeAt(index)) || wordCharacterAt(text, index + 1) === 0) return index;
		index++;
	}
}

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (let index = 0; index < text.length; ) {
		if (wordCharacterAt(text, index) === 0) {
			index++;
			continue;
		}
		const start = index;
		index = wordEnd(text, index);
		tokens.push({start, end: index, text: text.slice(start, index)});
	}
	return tokens;
}

/** Only white space, and no line break, between two tokens: they can be parts of one name. */
export function adjacent(text: string, left: Token, right: Token): boolean {
	if (left.end >= right.start) return false;
	for (let index = left.end; index < right.start; index++) {
		const code = text.charCodeAt(index);
		if (code !== 0x20 && code !== 0x09 && code !== 0xa0) return false;
	}
	return true;
}
