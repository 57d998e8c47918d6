import {Box, Text} from 'ink';
import {flattenHits, type SearchHit, type SearchKind} from '../core/search.js';
import {terminalLine} from '../core/terminal-text.js';
import type {SearchState} from './navigation.js';
import {keptScroll, searchRowOf} from './navigation.js';
import type {PromptLine} from './prompt-line.js';
import {clipLine, truncate, textWidth, unitsPerCell} from './cell-width.js';
import {Runs} from './styled-line.js';
import {displayRuns, type Mark} from './text-layout.js';

type Props = {search: SearchState; width: number; height: number; listHeight: number; color: boolean; reorderBidi: boolean};

const groupTitles: Record<SearchKind, string> = {person: 'People', place: 'Places', organization: 'Organizations', event: 'Events'};

function HitRow({hit, selected, width, color, reorderBidi}: {hit: SearchHit; selected: boolean; width: number; color: boolean; reorderBidi: boolean}) {
	const marks: Mark[] = hit.indices.map(([start, end]) => ({start, end: end + 1, kind: 'match'}));
	const alias = hit.matched !== hit.label;
	const suffix = hit.kind === 'event' ? (hit.via ? `  via ${clipLine(hit.via, width)}` : '') : `  ${hit.events} event${hit.events === 1 ? '' : 's'}`;
	// Cut in logical order before reordering, so a right-to-left title keeps its beginning; white
	// space becomes spaces one for one, so the match offsets still hold.
	const matched = alias ? truncate(hit.matched.slice(0, width * unitsPerCell).replace(/\s/g, ' '), width) : '';
	const room = Math.max(8, width - 2 - textWidth(suffix) - (alias ? textWidth(matched) + 3 : 0));
	const label = truncate(hit.label.slice(0, room * unitsPerCell).replace(/\s/g, ' '), room);
	return (
		<Text wrap="truncate-end" inverse={selected} bold={selected}>
			{selected ? '› ' : '  '}
			<Runs runs={displayRuns(label, reorderBidi, alias ? [] : marks)} color={color} />
			{alias ? (
				<Text dimColor>
					{' ('}
					<Runs runs={displayRuns(matched, reorderBidi, marks)} color={color} />)
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

type Row = {type: 'group'; kind: SearchKind; count: number} | {type: 'hit'; hit: SearchHit; index: number};

/** The search pane: the query, then results grouped by kind; results come in after the keystroke. */
export function SearchPane({search, width, height, listHeight, color, reorderBidi}: Props) {
	const rows: Row[] = [];
	let index = 0;
	for (const group of search.result?.groups ?? []) {
		rows.push({type: 'group', kind: group.kind, count: group.hits.length});
		for (const hit of group.hits) {
			rows.push({type: 'hit', hit, index: index++});
		}
	}
	const count = search.result ? flattenHits(search.result).length : 0;
	const status =
		search.prompt.text.trim() === ''
			? 'type a name, a place or words of a title'
			: search.result === null
				? 'searching…'
				: count === 0
					? 'nothing found'
					: `${count} found · ↑↓ select · Enter choose · Esc close`;
	const cursorRow = search.result ? searchRowOf(search.result, search.cursor) : 0;
	const first = keptScroll(search.top, Math.max(0, cursorRow - 1), cursorRow, listHeight, rows.length);
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
			{rows.slice(first, first + listHeight).map((row) =>
				row.type === 'group' ? (
					<Text key={`g-${row.kind}`} bold wrap="truncate-end">
						{groupTitles[row.kind]} ({row.count})
					</Text>
				) : (
					<HitRow key={`h-${row.index}`} hit={row.hit} selected={row.index === search.cursor} width={width} color={color} reorderBidi={reorderBidi} />
				),
			)}
		</Box>
	);
}
