import {Text} from 'ink';
import {clipLine, fit, textWidth} from './cell-width.js';

type Props = {width: number; message: string; position: string; keys: string};

/** The bottom line: the current filters or a notice, the position, and the main keys; the keys give way to a long message (help lists them). */
export function StatusLine({width, message, position, keys}: Props) {
	const full = `${position}  ${keys}`;
	const right = textWidth(message) + 1 + textWidth(full) <= width ? full : position;
	const rightWidth = Math.min(textWidth(right), Math.max(0, width - 12));
	return (
		<Text wrap="truncate-end">
			<Text bold>{fit(clipLine(message, width - rightWidth - 1), width - rightWidth - 1)}</Text> <Text dimColor>{fit(right, rightWidth)}</Text>
		</Text>
	);
}
