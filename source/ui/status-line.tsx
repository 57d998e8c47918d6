import {Text} from 'ink';
import {dateRangeText} from '../core/event-filter.js';
import {terminalLine} from '../core/terminal-text.js';
import {clipLine, fit, textWidth} from './cell-width.js';
import {statusHints} from './key-table.js';
import type {FilterKind, NavState} from './navigation.js';
import {isCurationPrompt, type OpenPrompt} from './state/prompt-state.js';
import type {PromptLine} from './prompt-line.js';
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

type Filters = Pick<NavState, 'filter' | 'textFilter' | 'facets'>;

/** A filter as the status line names it: `filter: Volodymyr Zelensky (person)`, `dates 2025-05`, `outlet "reuters"`. */
function filterLabel({filter, textFilter, facets}: Filters, kind: FilterKind): string {
	switch (kind) {
		case 'entity':
			return `filter: ${terminalLine(filter?.name ?? '')} (${filter?.kind})`;
		case 'text':
			return `text "${terminalLine(textFilter ?? '')}"`;
		case 'dates':
			return `dates ${dateRangeText(facets)}`;
		case 'language':
			return `language ${terminalLine(facets.language ?? '')}`;
		case 'outlet':
			return `outlet "${terminalLine(facets.outlet ?? '')}"`;
		case 'sources':
			return `${facets.minSources}+ sources`;
	}
}

/** The active filters, oldest first, and which one Esc removes (and that f chooses another). */
export function filtersNote(state: Filters & Pick<NavState, 'filterOrder'>): string {
	const {filterOrder} = state;
	const removed = filterOrder.at(-1);
	if (removed === undefined) return '';
	const notes = filterOrder.map((kind) => filterLabel(state, kind));
	const removes = filterOrder.length === 1 ? 'clears' : `removes ${removed === 'entity' ? state.filter?.kind : removed} · f chooses`;
	return `${notes.join(' · ')} · Esc ${removes}`;
}

/** The status line while `f` lists the filters: the chosen one inverse, and the list's keys. */
export function FilterListLine({state, choice, width}: {state: Filters & Pick<NavState, 'filterOrder'>; choice: number; width: number}) {
	const hints = `  ${statusHints('filters')}`;
	// On a short line the filters before the chosen one give way, then those after it: the chosen one and the keys stay in sight.
	const room = Math.max(10, width - textWidth(hints) - 'Remove: … '.length - ' …'.length);
	const labels = state.filterOrder.map((kind) => clipLine(filterLabel(state, kind), room));
	const widthOf = (from: number, to: number) => textWidth(labels.slice(from, to + 1).join(' · '));
	let first = 0;
	while (first < choice && widthOf(first, choice) > room) first++;
	let last = choice;
	while (last + 1 < labels.length && widthOf(first, last + 1) <= room) last++;
	return (
		<Text wrap="truncate-end">
			<Text bold>Remove: </Text>
			{first > 0 ? '… ' : ''}
			{labels.slice(first, last + 1).map((label, index) => (
				<Text key={state.filterOrder[first + index]}>
					{index > 0 ? ' · ' : ''}
					<Text inverse={first + index === choice}>{label}</Text>
				</Text>
			))}
			{last + 1 < labels.length ? ' …' : ''}
			<Text dimColor>{hints}</Text>
		</Text>
	);
}

const promptLabels: Record<OpenPrompt['kind'], string> = {rename: 'Title: ', note: 'Note: ', dates: 'Dates (2025-05, from..to): ', outlet: 'Outlet: '};

/** The status line while a title, note, date range or outlet is typed: the prompt with its caret, and its keys. */
export function PromptStatusLine({prompt, width}: {prompt: OpenPrompt; width: number}) {
	return <EditLine label={promptLabels[prompt.kind]} line={prompt.line} hints={`  ${statusHints(isCurationPrompt(prompt) ? 'prompt' : 'filter-prompt')}`} width={width} />;
}

/** A line typed on the status line: its label, the text with its caret (or selected, to be typed over), and what follows it. */
export function EditLine({label, line, hints, width}: {label: string; line: PromptLine; hints: string; width: number}) {
	// A title longer than the line scrolls, as a shell's prompt does, so the caret stays in sight.
	const room = Math.max(4, width - label.length - hints.length - 1);
	const chars = [...line.text];
	const from = Math.max(0, Math.min(line.caret + 1 - room, chars.length - room + 1));
	const shown = from === 0 ? line : {...line, text: chars.slice(from).join(''), caret: line.caret - from};
	return (
		<Text wrap="truncate-end">
			<Text bold>{label}</Text>
			<PromptText prompt={shown} />
			<Text dimColor>{hints}</Text>
		</Text>
	);
}
