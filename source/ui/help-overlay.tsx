import {Box, Text} from 'ink';
import {fit} from './cell-width.js';
import {helpSections} from './key-table.js';

type Props = {width: number; height: number};

type HelpLine = {text: string; heading: boolean};

/** The help overlay, generated from the key table; it flows into columns when it is taller than the pane. */
export function HelpOverlay({width, height}: Props) {
	const lines: HelpLine[] = [];
	// Sections follow one another without a blank line: their bold headings part them, and the
	// rows saved keep the overlay in two columns on a terminal of ordinary size.
	for (const section of helpSections()) {
		lines.push({text: section.title, heading: true});
		for (const binding of section.bindings) {
			lines.push({text: `  ${binding.label.padEnd(10)} ${binding.help}`, heading: false});
		}
	}
	// "Any key closes this help" is on the status line: every row of the pane is the help's.
	const rows = Math.max(1, height);
	const columns: HelpLine[][] = [];
	for (let start = 0; start < lines.length; start += rows) {
		columns.push(lines.slice(start, start + rows));
	}
	const columnWidth = Math.floor(width / columns.length);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Box flexDirection="row" height={rows}>
				{columns.map((column, index) => (
					<Box key={index} flexDirection="column" width={columnWidth}>
						{column.map((line, row) => (
							<Text key={row} bold={line.heading} wrap="truncate-end">
								{fit(line.text, columnWidth - 1)}
							</Text>
						))}
					</Box>
				))}
			</Box>
		</Box>
	);
}
