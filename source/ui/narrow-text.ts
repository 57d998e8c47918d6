/**
 * Text that string-width measures as its length: every character one cell wide and a grapheme
 * cluster of its own whatever stands beside it (no marks, joiners, controls, emoji or East Asian
 * wide characters). Latin, Greek, Cyrillic, Hebrew and Arabic letters, punctuation, arrows and box
 * drawing. The bundled interface (scripts/bundle-interface.mjs) asks this before string-width:
 * string-width's first measure of a character beyond ASCII compiles its emoji expression and
 * loads the grapheme segmenter's data, which cost more than the rest of the first frame's text.
 * test/narrow-text.test.ts checks every character of the class against string-width.
 */
const narrowCharacters =
	'\\u0020-\\u007e\\u00a0-\\u00ac\\u00ae-\\u02ff\\u0370-\\u0377\\u037a-\\u037f\\u0384-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u0482\\u048a-\\u052f\\u05d0-\\u05ea\\u05ef-\\u05f4\\u060c\\u061b\\u061f\\u0621-\\u064a\\u0660-\\u066f\\u0671-\\u06d5\\u1e00-\\u1eff\\u2010-\\u2027\\u2030-\\u205e\\u20a0-\\u20c0\\u2100-\\u218b\\u2190-\\u21ff\\u2200-\\u22ff\\u2500-\\u25fc';
const narrow = new RegExp(`^[${narrowCharacters}]*$`);
// The narrow characters and the controls but CR (which a following LF joins): escape sequences stand alone too.
const alone = new RegExp(`^[\\u0000-\\u000c\\u000e-\\u001f\\u007f${narrowCharacters}]*$`);

// Colours and styles (SGR): string-width leaves them out, as every escape sequence.
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const styles = /\u001b\[[0-9;]*m/g;

/** The cells string-width gives `text` with its default options, when `text` is narrow (styles aside); else undefined. */
export function narrowWidth(text: string, options?: {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean}): number | undefined {
	// Box drawing, arrows and some Latin-1 signs are two cells wide where ambiguous means wide.
	if (options?.ambiguousIsNarrow === false || options?.countAnsiEscapeCodes === true) return undefined;
	const visible = text.includes('\u001b') ? text.replace(styles, '') : text;
	return narrow.test(visible) ? visible.length : undefined;
}

/** Whether every character of `text` is a grapheme cluster of its own, whatever stands beside it. */
export function standsAlone(text: string): boolean {
	return alone.test(text);
}
