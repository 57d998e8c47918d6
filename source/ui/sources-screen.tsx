import {Box, Text} from 'ink';
import type {Article, TimelineEvent} from '../core/model.js';
import {clipLine} from './cell-width.js';
import {sourceLabel, sourceSentences} from './content.js';
import {ScrollWindow} from './scroll-window.js';
import {useSettings} from './settings.js';
import {StyledLine} from './styled-line.js';
import {displayString} from './text-layout.js';

type Props = {
	event: TimelineEvent;
	articles: readonly Article[];
	cursor: number;
	/** The first row shown, as navigation keeps it. */
	top: number;
	width: number;
	height: number;
	listHeight: number;
};

/** An event's sources: one row each, and below, the selected source's sentences. */
export function SourcesScreen({event, articles, cursor, top, width, height, listHeight}: Props) {
	const {reorderBidi} = useSettings();
	const rows = Math.min(listHeight, articles.length);
	const selected = articles[cursor];
	const previewHeight = Math.max(0, height - rows - 1);
	const preview = selected ? sourceSentences(selected, event, width, reorderBidi).slice(0, previewHeight) : [];
	return (
		<Box flexDirection="column" width={width} height={height}>
			<ScrollWindow rows={articles} top={top} height={rows} cursor={cursor}>
				{(article, index) => {
					const isSelected = index === cursor;
					return (
						<Text inverse={isSelected} bold={isSelected} wrap="truncate-end">
							{isSelected ? '›' : ' '} {displayString(clipLine(sourceLabel(article), width - 2), reorderBidi)}
						</Text>
					);
				}}
			</ScrollWindow>
			<Text dimColor wrap="truncate-end">
				{'─'.repeat(width)}
			</Text>
			{preview.map((line, index) => (
				<StyledLine key={index} runs={line.runs} indent={line.indent} tone={line.tone} />
			))}
		</Box>
	);
}
