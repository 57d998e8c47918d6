import {Fragment, type ReactNode} from 'react';
import {keptScroll} from './state/scroll.js';

type Props<Row> = {
	rows: readonly Row[];
	/** The first row shown, as navigation keeps it. */
	top: number;
	height: number;
	/**
	 * A row kept in view. With it, a scroll made stale by a resize is pulled back into range and
	 * onto this row, as mouseAction() reckons it for a click; without it, rows start at `top`.
	 */
	cursor?: number;
	/** Draws a row; `index` counts from the first of all rows, not the first shown. */
	children: (row: Row, index: number) => ReactNode;
};

/** A window of `height` rows onto a list: only the rows in it are drawn. */
export function ScrollWindow<Row>({rows, top, height, cursor, children}: Props<Row>) {
	const first = cursor === undefined ? top : keptScroll(top, cursor, cursor, height, rows.length);
	return (
		<>
			{rows.slice(first, first + height).map((row, offset) => (
				<Fragment key={first + offset}>{children(row, first + offset)}</Fragment>
			))}
		</>
	);
}
