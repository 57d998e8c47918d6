/**
 * The search pane's state: the query as typed, its results, the selected result and the history
 * of chosen queries. What choosing a result does to the timeline is navigation's.
 */
import type {SearchResult} from '../../core/search.js';
import type {Action} from '../navigation.js';
import {editPrompt, promptOf, typeInto, type PromptLine} from '../prompt-line.js';
import {clamp, scrollInto} from './scroll.js';

export type SearchState = {
	/** The query as typed, with its caret. */
	prompt: PromptLine;
	/** Results for the prompt's text, or null while they are computed. */
	result: SearchResult | null;
	cursor: number;
	/** The first result row shown (group headings count as rows). */
	top: number;
	/** The place in the search history the prompt shows, or null for a query of its own. */
	historyAt: number | null;
};

/** The actions the search handles by itself. */
export type SearchAction = Extract<Action, {type: 'search-type' | 'search-edit' | 'search-history' | 'search-move' | 'search-results'}>;

/** What the search needs beyond itself: the chosen queries, oldest first, and the rows of results shown. */
export type SearchContext = {history: readonly string[]; height: number};

/** The search `/` opens: the last query comes back selected, so typing replaces it and ← → or Ctrl-A/E edit it. */
export function openedSearch(lastQuery: string): SearchState {
	return {prompt: promptOf(lastQuery, true), result: null, cursor: 0, top: 0, historyAt: null};
}

/** The search with a new prompt; results are asked for again only when its text changed. */
function withPrompt(search: SearchState, prompt: PromptLine, historyAt: number | null = null): SearchState {
	return prompt.text === search.prompt.text ? {...search, prompt, historyAt} : {prompt, result: null, cursor: 0, top: 0, historyAt};
}

/** Steps through the search history: -1 to older queries, 1 back towards the query of its own. */
function stepHistory(search: SearchState, history: readonly string[], direction: 1 | -1): SearchState {
	const from = search.historyAt ?? history.length;
	const at = clamp(from + direction, 0, history.length);
	if (history.length === 0 || at === from) {
		return search;
	}
	const entry = history[at];
	return withPrompt(search, promptOf(entry ?? '', true), entry === undefined ? null : at);
}

export function reduceSearch(search: SearchState, action: SearchAction, context: SearchContext): SearchState {
	switch (action.type) {
		case 'search-type':
			return withPrompt(search, typeInto(search.prompt, action.text));
		case 'search-edit':
			return withPrompt(search, editPrompt(search.prompt, action.edit), search.historyAt);
		case 'search-history':
			return stepHistory(search, context.history, action.direction);
		case 'search-move': {
			const count = search.result?.hits.length ?? 0;
			if (count === 0) {
				// Over an empty list, ↑↓ step through earlier queries, as a shell's prompt does.
				return stepHistory(search, context.history, action.delta);
			}
			const cursor = clamp(search.cursor + action.delta, 0, Math.max(0, count - 1));
			return {...search, cursor, top: scrollInto(search.top, cursor, cursor, context.height)};
		}
		case 'search-results': {
			// A result for an older query arrives after the user typed on: ignore it.
			if (action.result.query !== search.prompt.text) return search;
			if (search.result?.query !== action.result.query) return {...search, result: action.result, cursor: 0, top: 0};
			// Results for this query without the article text are completed once it is read; complete ones stay.
			if (!search.result.textPending) return search;
			// A row chosen meanwhile stays chosen; a cursor never moved stays on the best result.
			if (search.cursor === 0) return {...search, result: action.result, top: 0};
			const chosen = search.result.hits[search.cursor];
			const kept = chosen ? action.result.hits.findIndex((hit) => hit.kind === chosen.kind && hit.ref === chosen.ref) : -1;
			const cursor = kept >= 0 ? kept : clamp(search.cursor, 0, Math.max(0, action.result.hits.length - 1));
			return {...search, result: action.result, cursor, top: scrollInto(search.top, cursor, cursor, context.height)};
		}
	}
}

const historyLength = 100;

/** The history with `query` as its newest entry (an earlier equal entry moves up, not repeated). */
export function remembered(history: readonly string[], query: string): readonly string[] {
	if (query.trim() === '') return history;
	return history.filter((entry) => entry !== query).slice(-(historyLength - 1)).concat(query);
}
