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

/**
 * The words of a text as offsets: two numbers a word, where an object and a copy of each word
 * took ten times the text's size on a long article.
 */
export type Tokens = {
	text: string;
	count: number;
	starts: Int32Array;
	ends: Int32Array;
};

/** The text of token `index`. */
export const tokenText = (tokens: Tokens, index: number) => tokens.text.slice(tokens.starts[index], tokens.ends[index]);

export function tokenize(text: string): Tokens {
	// A word and the character after it: at most one token per two units of text.
	let starts = new Int32Array(Math.min(1024, (text.length >> 1) + 1));
	let ends = new Int32Array(starts.length);
	let count = 0;
	for (let index = 0; index < text.length; ) {
		if (wordCharacterAt(text, index) === 0) {
			index++;
			continue;
		}
		if (count === starts.length) {
			const grown = Math.min(starts.length * 2, (text.length >> 1) + 1);
			starts = grow(starts, grown);
			ends = grow(ends, grown);
		}
		starts[count] = index;
		index = wordEnd(text, index);
		ends[count++] = index;
	}
	return {text, count, starts: starts.slice(0, count), ends: ends.slice(0, count)};
}

/** A longer array that starts with `values`. */
function grow(values: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
	const grown = new Int32Array(length);
	grown.set(values);
	return grown;
}

/** The words of a short text, such as a name of the entity table. */
export function words(text: string): string[] {
	const tokens = tokenize(text);
	return Array.from({length: tokens.count}, (_, index) => tokenText(tokens, index));
}

/** Only white space, and no line break, between the end of one token and the start of the next: they can be parts of one name. */
export function adjacent(text: string, leftEnd: number, rightStart: number): boolean {
	if (leftEnd >= rightStart) return false;
	for (let index = leftEnd; index < rightStart; index++) {
		const code = text.charCodeAt(index);
		if (code !== 0x20 && code !== 0x09 && code !== 0xa0) return false;
	}
	return true;
}
