import {Box, Text} from 'ink';
import {truncate} from './cell-width.js';
import {displayString} from './text-layout.js';
import {scrollInto} from './navigation.js';
import {eventColumns, type TimelineRow, type TimelineView} from './timeline-rows.js';

type Props = {
	view: TimelineView;
	cursor: number;
	top: number;
	width: number;
	height: number;
	focused: boolean;
	/** Events of the active search, marked with a dot. */
	matches: ReadonlySet<string>;
	reorderBidi: boolean;
};

/** The timeline list: only the rows that fit are rendered. */
export function TimelinePane({view, cursor, top, width, height, focused, matches, reorderBidi}: Props) {
	if (view.events.length === 0) {
		return (
			<Box width={width} height={height}>
				<Text>No events to show.</Text>
			</Box>
		);
	}
	// The scroll kept by navigation may be stale after a resize: keep the cursor in view.
	const cursorRow = view.rowOfEvent[cursor] ?? 0;
	const first = scrollInto(Math.min(top, Math.max(0, view.rows.length - height)), cursorRow, cursorRow, height);
	const rows = view.rows.slice(first, first + height);
	const renderRow = (row: TimelineRow, index: number) => {
		if (row.type === 'group') {
			return (
				<Text key={index} bold wrap="truncate-end">
					{truncate(`── ${row.label} (${row.count}) `, width)}
				</Text>
			);
		}
		const selected = row.index === cursor;
		const marker = selected ? '›' : matches.has(row.event.id) ? '•' : ' ';
		const {date, title, padding, meta} = eventColumns(row, view, width);
		return (
			<Text key={index} inverse={selected && focused} bold={selected} wrap="truncate-end">
				{/* Cut in logical order, then right-to-left text put into display order. */}
				{marker} {date}
				{displayString(title, reorderBidi)}
				{' '.repeat(padding)}
				{meta}
			</Text>
		);
	};
	return (
		<Box flexDirection="column" width={width} height={height}>
			{rows.map(renderRow)}
		</Box>
	);
}
