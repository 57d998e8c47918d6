import {Text} from 'ink';
import {clipLine, textWidth} from './cell-width.js';
import {useSettings} from './settings.js';
import {displayString} from './text-layout.js';

type Props = {width: number; prefix?: string; title: string; right: string};

/** The top line: a left-to-right prefix (a date), a title in its own direction, and the context on the right. */
export function TitleBar({width, prefix = '', title, right}: Props) {
	const {reorderBidi} = useSettings();
	const lead = ` ${prefix}`;
	const room = Math.max(0, width - textWidth(right) - 2 - textWidth(lead));
	const cut = clipLine(title, room);
	const gap = ' '.repeat(Math.max(1, width - textWidth(lead) - textWidth(cut) - textWidth(right) - 1));
	return (
		<Text inverse wrap="truncate-end">
			{lead}
			{displayString(cut, reorderBidi)}
			{gap}
			{right}{' '}
		</Text>
	);
}
