import {Text} from 'ink';
import {minHeight, minWidth} from './panes.js';

/** Shown instead of the layout when the terminal is below the minimum size. */
export function TooSmall({width, height}: {width: number; height: number}) {
	return (
		<Text wrap="truncate-end">
			dateline needs {minWidth}×{minHeight} or more (now {width}×{height}); enlarge the window or press q
		</Text>
	);
}
