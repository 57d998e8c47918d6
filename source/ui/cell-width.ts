/** Terminal cell widths, close enough to what ink (string-width) measures for layout. */

const zeroWidth = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
const wideRanges: readonly (readonly [number, number])[] = [
	[0x1100, 0x115f],
	[0x2e80, 0x303e],
	[0x3041, 0x33ff],
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff],
	[0xa000, 0xa4cf],
	[0xac00, 0xd7a3],
	[0xf900, 0xfaff],
	[0xfe30, 0xfe4f],
	[0xff00, 0xff60],
	[0xffe0, 0xffe6],
	[0x1f300, 0x1f64f],
	[0x1f900, 0x1f9ff],
	[0x20000, 0x3fffd],
];

export function charWidth(char: string): number {
	if (zeroWidth.test(char)) {
		return 0;
	}
	const code = char.codePointAt(0) ?? 0;
	return wideRanges.some(([low, high]) => code >= low && code <= high) ? 2 : 1;
}

export function textWidth(text: string): number {
	let width = 0;
	for (const char of text) {
		width += charWidth(char);
	}
	return width;
}

/** Cuts `text` to at most `width` cells, ending in "…" when something was cut. */
export function truncate(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}
	if (textWidth(text) <= width) {
		return text;
	}
	let result = '';
	let used = 0;
	for (const char of text) {
		const w = charWidth(char);
		if (used + w > width - 1) {
			break;
		}
		result += char;
		used += w;
	}
	return `${result}…`;
}

/** Pads `text` with spaces to exactly `width` cells (cutting it first if needed). */
export function fit(text: string, width: number): string {
	const cut = truncate(text, width);
	return cut + ' '.repeat(Math.max(0, width - textWidth(cut)));
}
