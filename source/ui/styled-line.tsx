import {Text} from 'ink';
import {terminalSafe} from '../core/terminal-text.js';
import type {Tone} from './content.js';
import type {Run} from './text-layout.js';
import {useSettings} from './settings.js';
import {markStyle, toneStyle} from './theme.js';

/** Marked runs inside a line; every piece of text passes terminalSafe on its way out. */
export function Runs({runs}: {runs: readonly Run[]}) {
	const {color} = useSettings();
	return (
		<>
			{runs.map((run, index) => (
				<Text key={index} {...markStyle(run.kinds, color)}>
					{terminalSafe(run.text)}
				</Text>
			))}
		</>
	);
}

type Props = {
	runs: readonly Run[];
	indent?: number;
	tone?: Tone;
	/** Drawn in the first column: a selection or sentence marker. */
	gutter?: string;
};

/** One screen line of marked text, cut at the pane edge. */
export function StyledLine({runs, indent = 0, tone = 'plain', gutter = ''}: Props) {
	const {color} = useSettings();
	return (
		<Text wrap="truncate-end" {...toneStyle(tone, color)}>
			{gutter}
			{' '.repeat(indent)}
			<Runs runs={runs} />
		</Text>
	);
}
