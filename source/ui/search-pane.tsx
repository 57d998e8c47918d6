import {Box, Text} from 'ink';
import {displayDate} from '../core/dates/calendar.js';
import type {SearchHit, SearchKind} from '../core/search.js';
import {terminalLine} from '../core/terminal-text.js';
import type {SearchState} from './state/search-state.js';
import type {PromptLine} from './prompt-line.js';
import {clipLine, truncate, textWidth, unitsPerCell} from './cell-width.js';
import {Runs} from './styled-line.js';
import {displayRuns, type Mark} from './text-layout.js';
import {counted} from './counted.js';
import {ScrollWindow} from './scroll-window.js';
import {useSettings} from './settings.js';

type Props = {search: SearchState; width: number; height: number; listHeight: number};

/** Each row's kind, in a column of its own: results of every kind are ranked together. */
const kindLabels: Record<SearchKind, string> = {person: 'person', place: 'place', organization: 'org', product: 'product', event: 'event', text: 'text', article: 'article'};
const kindWidth = 8;

/** What follows a hit's label: an entity's events, an event's date and sources, the events a text is in. */
function suffixOf(hit: SearchHit, width: number): string {
	if (hit.kind === 'text') return `  in the sentences of ${counted(hit.events, 'event')}`;
	if (hit.article) return `  ${[hit.article.outlet ?? 'unknown outlet', hit.article.published ?? 'undated', hit.article.language].map((part) => clipLine(part, width)).join(' · ')}`;
	if (hit.kind !== 'event') return `  ${counted(hit.events, 'event')}`;
	return `  ${displayDate(hit.date)} · ${counted(hit.sources, 'source')}${hit.via ? ` · via ${clipLine(hit.via, width)}` : ''}`;
}

function HitRow({hit, selected, width}: {hit: SearchHit; selected: boolean; width: number}) {
	const {reorderBidi} = useSettings();
	const marks: Mark[] = hit.indices.map(([start, end]) => ({start, end: end + 1, kind: 'match'}));
	const alias = hit.matched !== hit.label;
	const suffix = suffixOf(hit, width);
	const label = hit.kind === 'text' ? `"${hit.label}"` : hit.label;
	// Cut in logical order before reordering, so a right-to-left title keeps its beginning; white
	// space becomes spaces one for one, so the match offsets still hold.
	const matched = alias ? truncate(hit.matched.slice(0, width * unitsPerCell).replace(/\s/g, ' '), width) : '';
	const room = Math.max(8, width - 2 - kindWidth - textWidth(suffix) - (alias ? textWidth(matched) + 3 : 0));
	const shown = truncate(label.slice(0, room * unitsPerCell).replace(/\s/g, ' '), room);
	return (
		<Text wrap="truncate-end" inverse={selected} bold={selected}>
			{selected ? '› ' : '  '}
			<Text dimColor={!selected}>{kindLabels[hit.kind].padEnd(kindWidth)}</Text>
			<Runs runs={displayRuns(shown, reorderBidi, alias ? [] : marks)} />
			{alias ? (
				<Text dimColor>
					{' ('}
					<Runs runs={displayRuns(matched, reorderBidi, marks)} />)
				</Text>
			) : null}
			<Text dimColor>{suffix}</Text>
		</Text>
	);
}

/** The query with its caret as an inverse cell, or all of it inverse while it is selected. */
export function PromptText({prompt}: {prompt: PromptLine}) {
	if (prompt.selected) {
		return <Text inverse>{terminalLine(prompt.text)}</Text>;
	}
	const chars = [...prompt.text];
	return (
		<>
			{terminalLine(chars.slice(0, prompt.caret).join(''))}
			<Text inverse>{terminalLine(chars[prompt.caret] ?? ' ')}</Text>
			{terminalLine(chars.slice(prompt.caret + 1).join(''))}
		</>
	);
}

/** The search pane: the query, then results of every kind, best first; results come in after the keystroke. */
export function SearchPane({search, width, height, listHeight}: Props) {
	const hits = search.result?.hits ?? [];
	const count = hits.length;
	const status =
		search.prompt.text.trim() === ''
			? 'type a name, a place or words the articles say'
			: search.result === null
				? 'searching…'
				: count === 0
					? search.result.textPending
						? 'no name or title found · reading the article text…'
						: 'nothing found'
					: `${count} found${search.result.textPending ? ' · reading the article text…' : ''} · ↑↓ select · Enter choose · Esc close`;
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate-end">
				<Text bold>Search: </Text>
				<PromptText prompt={search.prompt} />
			</Text>
			<Text dimColor wrap="truncate-end">
				{status}
			</Text>
			<Text> </Text>
			<ScrollWindow rows={hits} top={search.top} height={listHeight} cursor={search.cursor}>
				{(hit, index) => <HitRow hit={hit} selected={index === search.cursor} width={width} />}
			</ScrollWindow>
		</Box>
	);
}
