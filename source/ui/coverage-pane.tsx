import {Box, Text} from 'ink';
import type {Histogram} from '../core/histogram.js';
import type {TimelineEvent} from '../core/model.js';
import {coverageStrip} from './coverage-strip.js';

type Props = {histogram: Histogram; keyEvents: readonly TimelineEvent[]; selected: TimelineEvent | undefined; width: number};

/** The coverage strip: sources over the corpus's span, then where the key and selected events fall. */
export function CoveragePane({histogram, keyEvents, selected, width}: Props) {
	const {bars, marks} = coverageStrip(histogram, width, keyEvents, selected);
	return (
		<Box flexDirection="column" width={width} height={2}>
			<Text dimColor wrap="truncate-end">
				{bars || ' '}
			</Text>
			<Text wrap="truncate-end">{marks || ' '}</Text>
		</Box>
	);
}
