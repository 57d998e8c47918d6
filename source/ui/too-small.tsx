import {Box, Text} from 'ink';
import {minHeight, minWidth} from './panes.js';
import {wrapWords} from './text-layout.js';

/** Shown instead of the layout when the terminal is below the minimum size: wrapped at spaces, never cut mid-word. */
export function TooSmall({width, height}: {width: number; height: number}) {
	const message = `dateline needs ${minWidth}×${minHeight} or more (now ${width}×${height}); enlarge the window or press q`;
	// One line less than the terminal has: ink 6 clears the screen for a frame as tall as it.
	const lines = wrapWords(message, width).slice(0, Math.max(1, height - 1));
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				<Text key={index} wrap="truncate-end">
					{line}
				</Text>
			))}
		</Box>
	);
}
