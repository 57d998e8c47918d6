import {Text} from 'ink';
import {clipLine, fit, textWidth} from './cell-width.js';

type Props = {width: number; message: string; position: string; keys: string};

/**
 * The bottom line: the current filter or a notice, the position, and the main keys. The message
 * comes first (a notice may hold a url to copy); the keys give way to it, as the help lists them.
 */
export function StatusLine({width, message, position, keys}: Props) {
	const right = `${position}  ${keys}`;
	const rightWidth = Math.min(textWidth(right), Math.max(textWidth(position), width - 1 - textWidth(message)), Math.max(0, width - 12));
	return (
		<Text wrap="truncate-end">
			<Text bold>{fit(clipLine(message, width - rightWidth - 1), width - rightWidth - 1)}</Text> <Text dimColor>{fit(right, rightWidth)}</Text>
		</Text>
	);
}
