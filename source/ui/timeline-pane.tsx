import {Box, Text} from 'ink';
import type {Article} from '../core/model.js';
import {clipLine, textWidth, truncate} from './cell-width.js';
import {displayString} from './text-layout.js';
import {scrollInto} from './navigation.js';
import {displayDate} from '../core/dates/calendar.js';
import type {TimelineRow, TimelineView} from './timeline-rows.js';

type Props = {
	articleById: (id: string) => Article | undefined;
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

function languagesOf(articleById: Props['articleById'], sources: readonly string[]): string {
	const languages = sources.map((id) => articleById(id)?.language ?? '?');
	return [...new Set(languages)].join(' ');
}

/** The timeline list: only the rows that fit are rendered. */
export function TimelinePane({articleById, view, cursor, top, width, height, focused, matches, reorderBidi}: Props) {
	if (view.events.length === 0) {
		return (
			<Box width={width} height={height}>
				<Text>No events to show.</Text>
			</Box>
		);
	}
	const {dateWidth} = view;
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
		const meta = ` ${row.event.sources.length} src ${languagesOf(articleById, row.event.sources)}`;
		const marker = selected ? '›' : matches.has(row.event.id) ? '•' : ' ';
		const room = Math.max(0, width - dateWidth - meta.length - 3);
		// Cut in logical order, then put right-to-left text into display order.
		const cut = clipLine(row.event.title, room);
		const title = displayString(cut, reorderBidi) + ' '.repeat(Math.max(0, room - textWidth(cut)));
		return (
			<Text key={index} inverse={selected && focused} bold={selected} wrap="truncate-end">
				{marker} {displayDate(row.event.date).padEnd(dateWidth)} {title}
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
