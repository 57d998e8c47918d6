/**
 * The one key table: every key, what it does and its help text. The input hook and the help
 * overlay both read it, so help can never disagree with behaviour.
 */
import type {Key} from 'ink';
import type {Action} from './navigation.js';
import {getOrAdd} from '../core/collections.js';

/**
 * `find`: the find prompt of the source view is open; `prompt`: the title or note prompt of
 * curation (Enter saves); `filter-prompt`: the date range or outlet prompt of the filters (Enter
 * applies); `filters`: the list of filters to remove one (`f`).
 */
export type Context = 'timeline' | 'sources' | 'article' | 'skipped' | 'search' | 'find' | 'help' | 'prompt' | 'filter-prompt' | 'filters';

export type Command = Exclude<Action, {type: 'key'}>;

export type Binding = {
	/** Key names as keyName() spells them. */
	keys: readonly string[];
	label: string;
	help: string;
	command: Command;
	contexts: readonly Context[];
	/** Its word on the status line, in the contexts where it is one of the main keys. */
	status?: Partial<Record<Context, string>>;
	/** The keys as the status line names them, when not the first of `label`. */
	statusKeys?: string;
};

const browsing: readonly Context[] = ['timeline', 'sources', 'article', 'skipped'];
const anywhere: readonly Context[] = ['timeline', 'sources', 'article', 'skipped', 'search', 'find', 'help', 'prompt', 'filter-prompt', 'filters'];
/** The prompts (the search, the source view's find, curation's title and note, the filters' dates and outlet) edit their line alike. */
const prompts: readonly Context[] = ['search', 'find', 'prompt', 'filter-prompt'];

export const keyTable: readonly Binding[] = [
	{keys: ['down', 'j'], label: '↓ j', help: 'next event / line', command: {type: 'move', delta: 1}, contexts: browsing},
	{keys: ['up', 'k'], label: '↑ k', help: 'previous event / line', command: {type: 'move', delta: -1}, contexts: browsing},
	{keys: ['pagedown'], label: 'PgDn', help: 'page down', command: {type: 'page', direction: 1, half: false}, contexts: browsing},
	{keys: ['pageup'], label: 'PgUp', help: 'page up', command: {type: 'page', direction: -1, half: false}, contexts: browsing},
	{keys: ['ctrl+d'], label: 'Ctrl-D', help: 'half page down', command: {type: 'page', direction: 1, half: true}, contexts: browsing},
	{keys: ['ctrl+u'], label: 'Ctrl-U', help: 'half page up', command: {type: 'page', direction: -1, half: true}, contexts: browsing},
	{keys: ['g', 'home'], label: 'g Home', help: 'first', command: {type: 'edge', to: 'first'}, contexts: browsing},
	{keys: ['G', 'end'], label: 'G End', help: 'last', command: {type: 'edge', to: 'last'}, contexts: browsing},
	{keys: ['enter'], label: 'Enter', help: 'drill in: event, source, text', command: {type: 'enter'}, contexts: ['timeline', 'sources'], status: {timeline: 'sources', sources: 'read'}},
	{keys: ['escape'], label: 'Esc', help: 'back; removes the newest filter', command: {type: 'back'}, contexts: browsing},
	{keys: ['q'], label: 'q', help: 'back; quits at the top', command: {type: 'quit-or-back'}, contexts: browsing, status: {timeline: 'quit', sources: 'back', article: 'back', skipped: 'back'}},
	{keys: ['/'], label: '/', help: 'search names, titles, article text', command: {type: 'search-open'}, contexts: ['timeline', 'sources', 'skipped'], status: {timeline: 'search'}},
	{keys: ['o'], label: 'o', help: 'open url, or file in $PAGER', command: {type: 'open'}, contexts: browsing, status: {sources: 'open', article: 'open'}},
	{keys: ['?'], label: '?', help: 'this help', command: {type: 'help'}, contexts: browsing, status: {timeline: 'help', sources: 'help', article: 'help'}},
	{keys: ['r'], label: 'r', help: 'reload: read new and changed files', command: {type: 'reload'}, contexts: browsing},
	{keys: [']'], label: ']', help: 'next day group', command: {type: 'group', direction: 1}, contexts: ['timeline']},
	{keys: ['['], label: '[', help: 'previous day group', command: {type: 'group', direction: -1}, contexts: ['timeline']},
	{keys: ['n'], label: 'n', help: 'next match of the search or find', command: {type: 'match', direction: 1}, contexts: ['timeline', 'article']},
	{keys: ['N'], label: 'N', help: 'previous match', command: {type: 'match', direction: -1}, contexts: ['timeline', 'article']},
	{keys: ['tab'], label: 'Tab', help: 'focus timeline / detail', command: {type: 'focus'}, contexts: ['timeline']},
	{keys: ['z'], label: 'z', help: 'group by day, month, year', command: {type: 'zoom'}, contexts: ['timeline'], status: {timeline: 'zoom'}},
	{keys: ['K'], label: 'K', help: 'key events / all events', command: {type: 'key-events'}, contexts: ['timeline'], status: {timeline: 'key/all'}},
	{keys: ['d'], label: 'd', help: 'dates: show a range, as 2025-05', command: {type: 'filter-prompt', kind: 'dates'}, contexts: ['timeline']},
	{keys: ['L'], label: 'L', help: 'language: next one, then all', command: {type: 'filter-cycle', kind: 'language'}, contexts: ['timeline']},
	{keys: ['O'], label: 'O', help: "outlet: only one outlet's reports", command: {type: 'filter-prompt', kind: 'outlet'}, contexts: ['timeline']},
	{keys: ['s'], label: 's', help: 'sources: at least 2, 3, 4…, all', command: {type: 'filter-cycle', kind: 'sources'}, contexts: ['timeline']},
	{keys: ['f'], label: 'f', help: 'filters: choose one to remove', command: {type: 'filter-list'}, contexts: ['timeline']},
	{keys: ['x'], label: 'x', help: 'export the timeline shown', command: {type: 'export'}, contexts: ['timeline']},
	{keys: ['!'], label: '!', help: 'files skipped, with reasons', command: {type: 'skipped'}, contexts: ['timeline']},
	{keys: ['H'], label: 'H', help: 'hide the event (saved)', command: {type: 'curate', action: 'hide'}, contexts: ['timeline']},
	{keys: ['p'], label: 'p', help: 'pin the event: always shown', command: {type: 'curate', action: 'pin'}, contexts: ['timeline']},
	{keys: ['u'], label: 'u', help: 'undo the last curation step', command: {type: 'curate', action: 'undo'}, contexts: ['timeline']},
	{keys: ['R'], label: 'R', help: 'rename the event (saved)', command: {type: 'curate', action: 'rename'}, contexts: ['timeline']},
	{keys: ['a'], label: 'a', help: 'annotate: a note on the event', command: {type: 'curate', action: 'note'}, contexts: ['timeline']},
	{keys: ['m'], label: 'm', help: 'mark, then merge with another', command: {type: 'curate', action: 'merge'}, contexts: ['timeline']},
	{keys: ['S'], label: 'S', help: 'sources: split one out of its event', command: {type: 'curate', action: 'split'}, contexts: ['sources']},
	{keys: [']'], label: ']', help: 'next highlight', command: {type: 'highlight', direction: 1}, contexts: ['article'], status: {article: 'marks'}, statusKeys: '] ['},
	{keys: ['['], label: '[', help: 'previous highlight', command: {type: 'highlight', direction: -1}, contexts: ['article']},
	{keys: ['/'], label: '/', help: 'find in the text', command: {type: 'find-open'}, contexts: ['article'], status: {article: 'find'}},
	{keys: ['down'], label: '↓', help: 'next result, or newer query', command: {type: 'search-move', delta: 1}, contexts: ['search']},
	{keys: ['up'], label: '↑', help: 'previous result, or older query', command: {type: 'search-move', delta: -1}, contexts: ['search']},
	{keys: ['ctrl+p'], label: 'Ctrl-P', help: 'older query (history)', command: {type: 'search-history', direction: -1}, contexts: ['search']},
	{keys: ['ctrl+n'], label: 'Ctrl-N', help: 'newer query (history)', command: {type: 'search-history', direction: 1}, contexts: ['search']},
	{keys: ['enter'], label: 'Enter', help: 'choose / find / save / apply', command: {type: 'search-choose'}, contexts: prompts, status: {search: 'choose', find: 'find', prompt: 'save', 'filter-prompt': 'apply'}},
	{keys: ['backspace'], label: 'Backspace', help: 'delete a character', command: {type: 'search-edit', edit: 'backspace'}, contexts: prompts},
	{keys: ['left'], label: '←', help: 'caret left', command: {type: 'search-edit', edit: 'left'}, contexts: prompts},
	{keys: ['right'], label: '→', help: 'caret right', command: {type: 'search-edit', edit: 'right'}, contexts: prompts},
	{keys: ['ctrl+a', 'home'], label: 'Ctrl-A Home', help: 'caret to the start', command: {type: 'search-edit', edit: 'home'}, contexts: prompts},
	{keys: ['ctrl+e', 'end'], label: 'Ctrl-E End', help: 'caret to the end', command: {type: 'search-edit', edit: 'end'}, contexts: prompts},
	{keys: ['ctrl+u'], label: 'Ctrl-U', help: 'delete to the start', command: {type: 'search-edit', edit: 'kill-line'}, contexts: prompts},
	{keys: ['ctrl+w'], label: 'Ctrl-W', help: 'delete the word before', command: {type: 'search-edit', edit: 'kill-word'}, contexts: prompts},
	{keys: ['escape'], label: 'Esc', help: 'close the search or find; cancel', command: {type: 'back'}, contexts: prompts, status: {search: 'close', find: 'close', prompt: 'cancel', 'filter-prompt': 'cancel'}},
	{keys: ['left'], label: '←', help: 'the filter before', command: {type: 'filter-choose', delta: -1}, contexts: ['filters'], status: {filters: 'choose'}, statusKeys: '← →'},
	{keys: ['right'], label: '→', help: 'the filter after', command: {type: 'filter-choose', delta: 1}, contexts: ['filters']},
	{keys: ['enter'], label: 'Enter', help: 'remove the chosen filter', command: {type: 'filter-remove'}, contexts: ['filters'], status: {filters: 'remove'}},
	{keys: ['escape'], label: 'Esc', help: 'close the list, every filter kept', command: {type: 'back'}, contexts: ['filters'], status: {filters: 'close'}},
	{keys: ['pagedown', ' '], label: 'PgDn Space', help: 'next page of this help', command: {type: 'help-page', direction: 1}, contexts: ['help']},
	{keys: ['pageup'], label: 'PgUp', help: 'previous page of this help', command: {type: 'help-page', direction: -1}, contexts: ['help']},
	{keys: ['ctrl+z'], label: 'Ctrl-Z', help: 'suspend; fg in the shell resumes', command: {type: 'suspend'}, contexts: anywhere},
	{keys: ['ctrl+c'], label: 'Ctrl-C', help: 'quit', command: {type: 'quit'}, contexts: anywhere},
];

/** One name per key: `down`, `ctrl+d`, `enter`, or the character typed (`G`, `[`). */
export function keyName(input: string, key: Key): string {
	const named: [boolean, string][] = [
		[key.upArrow, 'up'],
		[key.downArrow, 'down'],
		[key.leftArrow, 'left'],
		[key.rightArrow, 'right'],
		[key.pageUp, 'pageup'],
		[key.pageDown, 'pagedown'],
		[key.home, 'home'],
		[key.end, 'end'],
		[key.return, 'enter'],
		[key.escape, 'escape'],
		[key.tab, 'tab'],
		// ink 6 reports the Backspace key (DEL, 0x7f) as `delete`; ink 7 as `backspace`.
		[key.backspace || key.delete, 'backspace'],
	];
	const name = named.find(([pressed]) => pressed)?.[1];
	if (name) {
		return name;
	}
	return key.ctrl ? `ctrl+${input}` : input;
}

const controlNames: Record<string, string> = {'\r': 'enter', '\n': 'enter', '\t': 'tab', '\u007f': 'backspace', '\b': 'backspace', '\u001b': 'escape'};

/** The name of one character from a run of input that arrived together ("G\r" is G, then Enter). */
export function charName(char: string): {name: string; ctrl: boolean} {
	const named = controlNames[char];
	if (named) {
		return {name: named, ctrl: false};
	}
	const code = char.codePointAt(0) ?? 0;
	// Ctrl-A … Ctrl-Z arrive as 0x01 … 0x1a.
	return code >= 1 && code <= 26 ? {name: `ctrl+${String.fromCodePoint(code + 96)}`, ctrl: true} : {name: char, ctrl: false};
}

export function commandFor(context: Context, name: string): Command | undefined {
	return keyTable.find((binding) => binding.contexts.includes(context) && binding.keys.includes(name))?.command;
}

const hintsByContext = new Map<Context, string>();

/**
 * The main keys of a context for the status line ("Enter sources  q quit"), from the table, in
 * its order. The table never changes: each context's line is made once, not at every frame.
 */
export function statusHints(context: Context): string {
	return getOrAdd(hintsByContext, context, () =>
		keyTable
			.filter((binding) => binding.contexts.includes(context) && binding.status?.[context])
			.map((binding) => `${binding.statusKeys ?? binding.label.split(' ')[0]} ${binding.status![context]}`)
			.join('  '),
	);
}

/** The help overlay's sections: bindings grouped by where they apply, in table order. */
export function helpSections(): {title: string; bindings: Binding[]}[] {
	const sections: {title: string; test: (binding: Binding) => boolean}[] = [
		{title: 'Everywhere', test: (binding) => binding.contexts.length === anywhere.length},
		{title: 'Timeline, sources, article', test: (binding) => binding.contexts.length >= 3 && binding.contexts.every((context) => browsing.includes(context))},
		// A key of the sources screen alone is listed here too (its help says so): a section of one would cost a row.
		{title: 'Timeline and sources', test: (binding) => binding.contexts.join() === 'timeline,sources' || binding.contexts.join() === 'sources'},
		{title: 'Timeline and source text', test: (binding) => binding.contexts.join() === 'timeline,article'},
		{title: 'Timeline', test: (binding) => binding.contexts.join() === 'timeline'},
		{title: 'Source text', test: (binding) => binding.contexts.join() === 'article'},
		{title: 'Filters to remove (f)', test: (binding) => binding.contexts.join() === 'filters'},
		{title: 'Prompts: search, find, R, a, d, O', test: (binding) => binding.contexts.every((context) => prompts.includes(context))},
		{title: 'This help', test: (binding) => binding.contexts.join() === 'help'},
	];
	return sections
		.map((section) => ({title: section.title, bindings: keyTable.filter(section.test)}))
		.filter((section) => section.bindings.length > 0);
}
