import {Box, Text} from 'ink';
import {memo} from 'react';
import {truncate} from './cell-width.js';
import {displayString} from './text-layout.js';
import {ScrollWindow} from './scroll-window.js';
import {useSettings} from './settings.js';
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
};

type GroupRowProps = {row: Extract<TimelineRow, {type: 'group'}>; width: number};

// Rows are memoised: a key that moves the cursor draws again the two rows it leaves and enters, not all of them.
const GroupRow = memo(function GroupRow({row, width}: GroupRowProps) {
	return (
		<Text bold wrap="truncate-end">
			{truncate(`── ${row.label} (${row.count}) `, width)}
		</Text>
	);
});

type EventRowProps = {row: Extract<TimelineRow, {type: 'event'}>; view: TimelineView; width: number; marker: string; selected: boolean; inverse: boolean};

const EventRow = memo(function EventRow({row, view, width, marker, selected, inverse}: EventRowProps) {
	const {reorderBidi} = useSettings();
	const {date, title, padding, meta} = eventColumns(row, view, width);
	return (
		<Text inverse={inverse} bold={selected} wrap="truncate-end">
			{/* Cut in logical order, then right-to-left text put into display order. */}
			{marker} {date}
			{displayString(title, reorderBidi)}
			{' '.repeat(padding)}
			{meta}
		</Text>
	);
});

/** The timeline list: only the rows that fit are rendered. */
export function TimelinePane({view, cursor, top, width, height, focused, matches}: Props) {
	if (view.events.length === 0) {
		return (
			<Box width={width} height={height}>
				<Text>No events to show.</Text>
			</Box>
		);
	}
	const renderRow = (row: TimelineRow) => {
		if (row.type === 'group') {
			return <GroupRow row={row} width={width} />;
		}
		const selected = row.index === cursor;
		const marker = selected ? '›' : matches.has(row.event.id) ? '•' : ' ';
		return <EventRow row={row} view={view} width={width} marker={marker} selected={selected} inverse={selected && focused} />;
	};
	return (
		<Box flexDirection="column" width={width} height={height}>
			{/* The scroll kept by navigation may be stale after a resize: the cursor is kept in view. */}
			<ScrollWindow rows={view.rows} top={top} height={height} cursor={view.rowOfEvent[cursor] ?? 0}>
				{renderRow}
			</ScrollWindow>
		</Box>
	);
}
