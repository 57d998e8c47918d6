/** Where each pane goes for a terminal size. Every height here adds up to at most rows - 1. */

export const minWidth = 80;
export const minHeight = 24;
/**
 * From this width the detail pane sits beside the timeline instead of below it: narrower, the
 * timeline keeps the whole width, so that an event's title shows at least 70 characters.
 */
const sideBySideWidth = 160;
/** The timeline's share of the width side by side. */
const listShare = 0.65;
const stripHeight = 2;

export type Panes = {
	tooSmall: boolean;
	width: number;
	/** Lines in a frame: one less than the terminal has, because ink 6 clears the whole screen for a frame as tall as the terminal. */
	frameHeight: number;
	/** Lines between the title bar and the status line. */
	bodyHeight: number;
	sideBySide: boolean;
	/** Rows of the coverage strip above the timeline list, in the list's width. */
	stripHeight: number;
	listWidth: number;
	listHeight: number;
	detailWidth: number;
	detailHeight: number;
};

export function computePanes(width: number, height: number): Panes {
	const tooSmall = width < minWidth || height < minHeight;
	const frameHeight = Math.max(1, height - 1);
	const bodyHeight = Math.max(1, frameHeight - 2);
	const sideBySide = width >= sideBySideWidth;
	if (sideBySide) {
		const listWidth = Math.floor(width * listShare);
		return {tooSmall, width, frameHeight, bodyHeight, sideBySide, stripHeight, listWidth, listHeight: Math.max(1, bodyHeight - stripHeight), detailWidth: width - listWidth - 1, detailHeight: bodyHeight};
	}
	const listHeight = Math.max(1, Math.ceil((bodyHeight - 1 - stripHeight) * 0.55));
	return {tooSmall, width, frameHeight, bodyHeight, sideBySide, stripHeight, listWidth: width, listHeight, detailWidth: width, detailHeight: Math.max(0, bodyHeight - 1 - stripHeight - listHeight)};
}
