/** Scrolling arithmetic shared by the screens' state and the panes that draw it. */

export function clamp(value: number, low: number, high: number): number {
	return Math.max(low, Math.min(high, value));
}

/** The smallest scroll from `top` that shows rows first..last (inclusive) in `height` rows. */
export function scrollInto(top: number, first: number, last: number, height: number): number {
	let next = top;
	if (last >= next + height) {
		next = last - height + 1;
	}
	if (first < next) {
		next = first;
	}
	return Math.max(0, next);
}

/**
 * The scroll that navigation kept for a list of `total` rows, as a pane shows it: pulled back
 * into range (a resize since may have left it past the end) and onto rows first..last.
 */
export function keptScroll(top: number, first: number, last: number, height: number, total: number): number {
	return scrollInto(Math.min(top, Math.max(0, total - height)), first, last, height);
}
