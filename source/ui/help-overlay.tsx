import {Box, Text} from 'ink';
import {fit} from './cell-width.js';
import {helpGap, helpLayout, helpRows} from './help-layout.js';

type Props = {width: number; height: number; page: number};

/** The help overlay, generated from the key table: columns as the width holds, pages when it is taller than the pane. */
export function HelpOverlay({width, height, page}: Props) {
	const rows = helpRows(height);
	const {columnWidth, pages} = helpLayout(width, height);
	// A resize since the page was chosen may have left fewer pages.
	const shown = Math.min(page, pages.length - 1);
	const footer = pages.length > 1 ? `Page ${shown + 1}/${pages.length} · Space, PgDn: next page · PgUp: previous · other keys close` : 'Any key closes this help.';
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Box flexDirection="row" height={rows} columnGap={helpGap}>
				{(pages[shown] ?? []).map((column, index) => (
					<Box key={index} flexDirection="column" width={columnWidth}>
						{column.map((line, row) => (
							<Text key={row} bold={line.heading} wrap="truncate-end">
								{fit(line.text, columnWidth)}
							</Text>
						))}
					</Box>
				))}
			</Box>
			<Text dimColor wrap="truncate-end">
				{footer}
			</Text>
		</Box>
	);
}
