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

/** One line for a list row or a status line: control sequences removed, white space folded. */
export function terminalLine(text: string): string {
	return terminalSafe(text).replace(/\s+/g, ' ').trim();
}

const escapeControls = (json: string) =>
	json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** JSON whose string values cannot act on a terminal: C1 and bidi control characters are written as \u escapes (JSON.stringify already escapes C0). */
export function terminalSafeJson(value: unknown): string {
	return escapeControls(JSON.stringify(value, null, 2));
}

/** How many array elements go into one piece of terminalSafeJsonChunks: few writes, no huge strings. */
const itemsPerChunk = 256;
// An array stringified as the value of a one-key object is indented as the model's arrays are.
const [chunkPrefix, chunkSuffix] = JSON.stringify({k: [0]}, null, 2).split('\n    0');

/**
 * The same text as terminalSafeJson(object) for an object of arrays, in pieces of a few hundred
 * array elements each: a large model is written without ever being one string in memory.
 */
export function* terminalSafeJsonChunks(object: Record<string, unknown[]>): Generator<string> {
	const keys = Object.keys(object);
	yield '{';
	for (const [index, key] of keys.entries()) {
		const items = object[key]!;
		yield `\n  ${JSON.stringify(key)}: [`;
		for (let from = 0; from < items.length; from += itemsPerChunk) {
			const text = JSON.stringify({k: items.slice(from, from + itemsPerChunk)}, null, 2);
			yield `${from > 0 ? ',' : ''}${escapeControls(text.slice(chunkPrefix!.length, text.length - chunkSuffix!.length))}`;
		}
		yield `${items.length > 0 ? '\n  ' : ''}]${index < keys.length - 1 ? ',' : ''}`;
	}
	yield keys.length > 0 ? '\n}' : '}';
}
