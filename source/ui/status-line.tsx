import {Text} from 'ink';
import {clipLine, fit, textWidth} from './cell-width.js';
import {statusHints} from './key-table.js';
import type {CurationPrompt} from './state/prompt-state.js';
import {PromptText} from './search-pane.js';

type Props = {width: number; message: string; position: string; keys: string};

/**
 * The bottom line: the current filter or a notice, the position, and the main keys. The message
 * comes first (a notice may hold a url to copy); the keys give way to it, as the help lists them.
 */
export function StatusLine({width, message, position, keys}: Props) {
	// The keys whole or not at all; the position always.
	const full = `${position}  ${keys}`;
	const right = textWidth(message) + 1 + textWidth(full) <= width ? full : position;
	const rightWidth = Math.min(textWidth(right), Math.max(0, width - 12));
	return (
		<Text wrap="truncate-end">
			<Text bold>{fit(clipLine(message, width - rightWidth - 1), width - rightWidth - 1)}</Text> <Text dimColor>{fit(right, rightWidth)}</Text>
		</Text>
	);
}

/** The status line while a title or note is typed: the prompt with its caret, and its keys. */
export function CurationPromptLine({prompt, width}: {prompt: CurationPrompt; width: number}) {
	const label = prompt.kind === 'rename' ? 'Title: ' : 'Note: ';
	const hints = `  ${statusHints('prompt')}`;
	// A title longer than the line scrolls, as a shell's prompt does, so the caret stays in sight.
	const room = Math.max(4, width - label.length - hints.length - 1);
	const chars = [...prompt.line.text];
	const from = Math.max(0, Math.min(prompt.line.caret + 1 - room, chars.length - room + 1));
	const shown = from === 0 ? prompt.line : {...prompt.line, text: chars.slice(from).join(''), caret: prompt.line.caret - from};
	return (
		<Text wrap="truncate-end">
			<Text bold>{label}</Text>
			<PromptText prompt={shown} />
			<Text dimColor>{hints}</Text>
		</Text>
	);
}
