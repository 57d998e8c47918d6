import {Box, Text} from 'ink';
import type {Skipped} from '../core/model.js';
import {truncate} from './cell-width.js';
import {skippedLines} from './skipped-list.js';
import {counted} from './counted.js';
import {ScrollWindow} from './scroll-window.js';
import {useSettings} from './settings.js';
import {displayString} from './text-layout.js';

type Props = {skipped: readonly Skipped[]; top: number; width: number; height: number};

/** The files skipped at the last load, with their reasons, from line `top`. */
export function SkippedScreen({skipped, top, width, height}: Props) {
	const {reorderBidi} = useSettings();
	const lines = skippedLines(skipped);
	const count = counted(skipped.length, 'file');
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold wrap="truncate-end">
				{truncate(`${count} skipped: not in the timeline`, width)}
			</Text>
			<ScrollWindow rows={lines} top={top} height={height - 1}>
				{(line) => (
					<Text dimColor={line.reason} wrap="truncate-end">
						{displayString(truncate(line.text, width), reorderBidi)}
					</Text>
				)}
			</ScrollWindow>
		</Box>
	);
}
