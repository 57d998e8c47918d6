import {Box} from 'ink';
import type {ScreenLine} from './content.js';
import {ScrollWindow} from './scroll-window.js';
import {StyledLine} from './styled-line.js';

type Props = {lines: readonly ScreenLine[]; top: number; width: number; height: number};

/** A scrolled window onto prepared lines: the detail pane. */
export function DetailPane({lines, top, width, height}: Props) {
	return (
		<Box flexDirection="column" width={width} height={height}>
			<ScrollWindow rows={lines} top={top} height={height}>
				{(line) => <StyledLine runs={line.runs} indent={line.indent} tone={line.tone} />}
			</ScrollWindow>
		</Box>
	);
}
