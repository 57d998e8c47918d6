import {oneLine} from './one-line.js';
import {inPieces} from './pieces.js';

/**
 * Text from articles reaches the terminal only through these functions: escape sequences,
 * control characters and bidi overrides in an article could otherwise move the cursor,
 * retitle the window, write the clipboard (OSC 52) or reorder what the user reads.
 */

// Control characters are what these patterns are for.
/* eslint-disable no-control-regex */
// ESC-introduced sequences (CSI, OSC, DCS, …) first, so their parameters go with them.
const escapeSequence = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[@-Z\\-_])?/g;
// C0 controls but tab and newline, DEL, C1 controls (U+009B is a one-byte CSI), and the
// bidi embedding, override and isolate characters.
const controlCharacter = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** Removes every control sequence; keeps tabs and line breaks. */
export function terminalSafe(text: string): string {
	return text.replace(escapeSequence, '').replace(controlCharacter, '');
}

/**
 * The text with every control sequence, control character and tab turned into spaces: the same
 * length, so offsets into the text stay valid; line breaks stay where they are.
 */
export function terminalMask(text: string): string {
	const blank = (match: string) => match.replace(/[^\n]/g, ' ');
	return text.replace(escapeSequence, blank).replace(controlCharacter, blank).replace(/\t/g, ' ');
}

/** One line for a list row or a status line: control sequences removed, white space folded. */
export function terminalLine(text: string): string {
	return oneLine(terminalSafe(text));
}

const escapeControls = (json: string) =>
	json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** An object of lists as JSON, one element a line, in parts of one element each. */
function* jsonLines(object: Record<string, Iterable<unknown>>): Generator<string> {
	const keys = Object.keys(object);
	yield '{';
	for (const [index, key] of keys.entries()) {
		yield `\n${JSON.stringify(key)}: [`;
		let count = 0;
		for (const item of object[key]!) yield `${count++ > 0 ? ',' : ''}\n  ${JSON.stringify(item)}`;
		yield `${count > 0 ? '\n' : ''}]${index < keys.length - 1 ? ',' : ''}`;
	}
	yield keys.length > 0 ? '\n}' : '}';
}

/**
 * Whether UTF-8 bytes hold a character escapeControls rewrites: DEL, a C1 control (C2 80–C2 9F)
 * or a bidi embedding, override (E2 80 AA–AE) or isolate (E2 81 A6–A9). Looking for their lead
 * bytes is a tenth of the time a pattern over the string takes, and a piece has to be encoded
 * for writing anyway.
 */
function holdsControl(bytes: Buffer): boolean {
	if (bytes.indexOf(0x7f) !== -1) return true;
	for (let at = bytes.indexOf(0xc2); at !== -1; at = bytes.indexOf(0xc2, at + 1)) if (bytes[at + 1]! <= 0x9f) return true;
	for (let at = bytes.indexOf(0xe2); at !== -1; at = bytes.indexOf(0xe2, at + 1)) {
		const second = bytes[at + 1];
		const third = bytes[at + 2]!;
		if ((second === 0x80 && third >= 0xaa && third <= 0xae) || (second === 0x81 && third >= 0xa6 && third <= 0xa9)) return true;
	}
	return false;
}

/**
 * An object of lists (arrays, or generators that make each element as it is written) as JSON whose strings cannot act on a terminal (C1 and bidi control
 * characters written as \u escapes; JSON.stringify already escapes C0), one array element a
 * line: compact, and still a file to read, grep or diff record by record. As UTF-8 in pieces of
 * about 64 KB (or one element, when that is longer), so a large model is never one string in memory.
 */
export function* terminalSafeJsonChunks(object: Record<string, Iterable<unknown>>): Generator<Buffer> {
	for (const piece of inPieces(jsonLines(object))) {
		const bytes = Buffer.from(piece);
		yield holdsControl(bytes) ? Buffer.from(escapeControls(piece)) : bytes;
	}
}
