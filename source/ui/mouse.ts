/**
 * Mouse input as the terminal reports it in the SGR encoding (ESC [ < button ; column ; row M,
 * or m for a release), turned on in alternate-screen.ts. Ink hands such a report to the input
 * hook as "[<0;12;5M" (its ESC taken off): it is read here, never as keys.
 */

export type MouseInput =
	| {kind: 'wheel'; direction: 1 | -1; column: number; row: number}
	| {kind: 'click'; column: number; row: number}
	/** A release, another button, or a wheel sideways: nothing to do, but not keys either. */
	| {kind: 'other'};

const report = /^\[<(\d+);(\d+);(\d+)([Mm])$/;

/** Button codes: 0 the left button, 64 and 65 the wheel up and down; bits 4, 8 and 16 are Shift, Meta and Ctrl. */
const wheel = 64;
const modifiers = 4 | 8 | 16;

/** The mouse report `input` is, or null when it is a key. Columns and rows count from 1. */
export function parseMouse(input: string): MouseInput | null {
	const found = report.exec(input);
	if (!found) return null;
	const button = Number(found[1]) & ~modifiers;
	const column = Number(found[2]);
	const row = Number(found[3]);
	const pressed = found[4] === 'M';
	if (pressed && (button === wheel || button === wheel + 1)) return {kind: 'wheel', direction: button === wheel ? -1 : 1, column, row};
	if (pressed && button === 0) return {kind: 'click', column, row};
	return {kind: 'other'};
}
