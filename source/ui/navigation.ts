/**
 * Navigation as a pure reducer: the state of the interface and how each action changes it.
 * The search, the curation prompt and the source view keep their state in slices of their own
 * (state/), each with its reducer; this composes them with the timeline's state, and decides
 * what crosses screens (choosing a result, opening an article). Rendering and key handling live
 * elsewhere; everything here is testable without a terminal.
 */
import type {EntityKind, TimelineEvent} from '../core/model.js';
import {dateRangeText, eventFacts, outletsNamed, parseDateRange, type EventFilter} from '../core/event-filter.js';
import {corpusChange, noChange} from './corpus-change.js';
import type {SearchResult} from '../core/search.js';
import {fullTitle} from '../core/export/view.js';
import type {NavEnv, TimelineFilters} from './environment.js';
import {commandFor, type Context} from './key-table.js';
import {skippedLines} from './skipped-list.js';
import {helpLayout} from './help-layout.js';
import type {MouseInput} from './mouse.js';
import {findAll} from '../core/find-in-text.js';
import {terminalLine} from '../core/terminal-text.js';
import {promptOf, type PromptEdit} from './prompt-line.js';
import {confirmFind, jumpFinding, jumpHighlight, openedArticle, openedFind, reduceFind, scrollArticle, type ArticlePage, type ArticleState, type ArticleStep, type FindState} from './state/article-state.js';
import {isCurationPrompt, openedPrompt, promptStep, reducePrompt, type FilterPrompt, type OpenPrompt} from './state/prompt-state.js';
import {clamp, keptScroll, scrollInto} from './state/scroll.js';
import {openedSearch, reduceSearch, remembered, type SearchState} from './state/search-state.js';
import {zooms, type TimelineView, type Zoom} from './timeline-rows.js';

export type Screen = 'timeline' | 'sources' | 'article' | 'skipped';
/**
 * The filters that narrow the timeline together: an entity's events, the events whose sentences
 * say a text, and the facets: a date range, a language, an outlet, a minimum of sources.
 */
export type FilterKind = 'entity' | 'text' | FacetKind;
export type FacetKind = 'dates' | 'language' | 'outlet' | 'sources';
/** What the facet filters ask of an event; `noFacets` asks nothing. */
export type Facets = Omit<EventFilter, 'entity'>;
export const noFacets: Facets = {from: null, to: null, language: null, outlet: null, minSources: 1};

/** The filters a start opens with (`--entity`, `--from`, `--language`, …): removable as any other. */
export type StartFilters = {entity: {name: string; kind: EntityKind} | null; filter: EventFilter};
export type Focus = 'list' | 'detail';

export type NavState = {
	screen: Screen;
	focus: Focus;
	zoom: Zoom;
	filter: {name: string; kind: EntityKind} | null;
	/** A query whose words the shown events' sentences have, or null. */
	textFilter: string | null;
	/** The date range, language, outlet and minimum of sources asked for. */
	facets: Facets;
	/** The active filters, oldest first: Esc removes the newest. */
	filterOrder: readonly FilterKind[];
	/** `f` lists the active filters to remove one: the index of the chosen one in filterOrder, or null while closed. */
	filterChoice: number | null;
	/** Only the key events (the most salient) instead of every event. */
	keyEvents: boolean;
	/** The selected event: an index into the timeline's events. */
	cursor: number;
	/** The first timeline row shown. */
	listTop: number;
	detailTop: number;
	sourceCursor: number;
	/** The first source row shown in the sources screen. */
	sourceTop: number;
	article: ArticleState | null;
	search: SearchState | null;
	/** The last chosen search: what n/N step through. */
	activeSearch: {query: string; eventIds: string[]} | null;
	/** Chosen queries, oldest first: what Ctrl-P/N (and ↑↓ over an empty list) step through. */
	searchHistory: readonly string[];
	help: boolean;
	/** The page of the help shown, when it takes more than one. */
	helpPage: number;
	notice: string | null;
	/** Set by `o`: the app hands this article to the opener, then reports back with `opened`. */
	openRequest: string | null;
	/** Counts Ctrl-Z: each new count asks the app to suspend to the shell. */
	suspendRequests: number;
	/** Set by `x`: the app writes the shown timeline to files, then reports back with `exported`. */
	exportRequest: boolean;
	/** The first line shown of the skipped files (`!`). */
	skippedTop: number;
	/** Counts `r` and changes seen by the watcher: each new count asks the app to load the corpus again. */
	reloadRequests: number;
	/** What the last reload changed ("+9 articles"), for the title bar until the next key. */
	change: string | null;
	/** A reload asked for by `r` since the last one: it says "no change" too; the watcher's do not. */
	reloadByKey: boolean;
	/** The corpus is being read again: the title bar says so until the new model is in. */
	reloading: boolean;
	/** Set by the curation keys: the app hands this curation step to the curator, then reports back with `curated`. */
	curateRequest: CurateRequest | null;
	/** A title (R) or note (a) being typed for an event, or a date range (d) or outlet (O) to filter by; Enter takes it, Esc cancels. */
	prompt: OpenPrompt | null;
	/** The event `m` marked: `m` on another event merges the two. */
	mergeMark: string | null;
	quit: boolean;
};

export type CurateAction = 'hide' | 'pin' | 'undo' | 'rename' | 'note' | 'merge' | 'split';

/** A curation step asked for: `otherId` is the event merged with, `text` a title or note, `source` the article split out. */
export type CurateRequest = {action: CurateAction; eventId: string | null; otherId?: string; text?: string; source?: string};

/** A curation step with its events looked up: what the app hands the curator. */
export type CurateCall = {action: CurateAction; event: TimelineEvent | undefined; other?: TimelineEvent; text?: string; source?: string};

export type Action =
	| {type: 'move'; delta: 1 | -1}
	| {type: 'page'; direction: 1 | -1; half: boolean}
	| {type: 'edge'; to: 'first' | 'last'}
	| {type: 'group'; direction: 1 | -1}
	| {type: 'highlight'; direction: 1 | -1}
	| {type: 'enter'}
	| {type: 'back'}
	| {type: 'quit-or-back'}
	| {type: 'quit'}
	| {type: 'focus'}
	| {type: 'zoom'}
	| {type: 'key-events'}
	/** d and O: a prompt for a date range or an outlet. */
	| {type: 'filter-prompt'; kind: FilterPrompt['kind']}
	/** L and s: the next language of the corpus, the next minimum of sources; after the last, none. */
	| {type: 'filter-cycle'; kind: 'language' | 'sources'}
	/** f: the list of active filters, to remove one. */
	| {type: 'filter-list'}
	| {type: 'filter-choose'; delta: 1 | -1}
	| {type: 'filter-remove'}
	| {type: 'help'}
	| {type: 'help-page'; direction: 1 | -1}
	| {type: 'match'; direction: 1 | -1}
	| {type: 'search-open'}
	| {type: 'search-type'; text: string}
	| {type: 'search-edit'; edit: PromptEdit}
	| {type: 'search-history'; direction: 1 | -1}
	| {type: 'search-move'; delta: 1 | -1}
	| {type: 'search-choose'}
	| {type: 'search-results'; result: SearchResult}
	| {type: 'find-open'}
	| {type: 'open'}
	| {type: 'suspend'}
	| {type: 'opened'; notice: string}
	| {type: 'export'}
	| {type: 'exported'; notice: string}
	| {type: 'skipped'}
	/** `watcher` when the watcher asks, not the user. */
	| {type: 'reload'; watcher?: boolean}
	/** A load of the corpus started (one for several requests that came while another ran). */
	| {type: 'reload-started'}
	/** The corpus loaded again: `env` is the new model's; the selected event stays selected. */
	| {type: 'reloaded'; env: NavEnv}
	| {type: 'reload-failed'; notice: string}
	| {type: 'change-seen'}
	| {type: 'curate'; action: CurateAction}
	| {type: 'prompt-type'; text: string}
	| {type: 'curated'; notice: string}
	/** The model changed under the state (a curation step): the cursor is kept within the timeline. */
	| {type: 'refit'}
	/** A key as keyName() names it, and the text it typed; the key table turns it into an action. */
	| {type: 'key'; name: string; input: string; ctrl: boolean; meta: boolean}
	/** The wheel or a click, where the terminal reported it; mouseAction() turns it into an action. */
	| {type: 'mouse'; input: MouseInput}
	/** The wheel: lines or events, in the timeline's detail pane when `detail`. */
	| {type: 'scroll'; delta: number; detail: boolean}
	/** A click on the `index`-th event of the timeline, or source of the sources screen. */
	| {type: 'select'; index: number};

export const initialState: NavState = {
	screen: 'timeline',
	focus: 'list',
	zoom: 'day',
	filter: null,
	textFilter: null,
	facets: noFacets,
	filterOrder: [],
	filterChoice: null,
	keyEvents: false,
	cursor: 0,
	listTop: 0,
	detailTop: 0,
	sourceCursor: 0,
	sourceTop: 0,
	article: null,
	search: null,
	activeSearch: null,
	searchHistory: [],
	help: false,
	helpPage: 0,
	notice: null,
	openRequest: null,
	suspendRequests: 0,
	exportRequest: false,
	skippedTop: 0,
	reloadRequests: 0,
	change: null,
	reloadByKey: false,
	reloading: false,
	curateRequest: null,
	prompt: null,
	mergeMark: null,
	quit: false,
};

/** The state a start opens on: a large corpus on its key events, with the filters asked for on the command line. */
export function startState(env: NavEnv, filters?: StartFilters): NavState {
	const state = {...initialState, keyEvents: env.opensOnKeyEvents};
	if (!filters) return state;
	const {from, to, language, outlet, minSources} = filters.filter;
	const on: Record<FilterKind, boolean> = {entity: filters.entity !== null, text: false, dates: from !== null || to !== null, language: language !== null, outlet: outlet !== null, sources: minSources > 1};
	const filterOrder = (Object.keys(on) as FilterKind[]).filter((kind) => on[kind]);
	return {...state, filter: filters.entity, facets: {from, to, language, outlet, minSources}, filterOrder};
}

function contextOf(state: NavState): Context {
	if (state.help) return 'help';
	if (state.search) return 'search';
	if (state.prompt) return isCurationPrompt(state.prompt) ? 'prompt' : 'filter-prompt';
	if (state.filterChoice !== null) return 'filters';
	return findEditing(state) ? 'find' : state.screen;
}

function findEditing(state: NavState): boolean {
	return state.screen === 'article' && state.article?.find?.editing === true;
}

/**
 * What a key does in the state it arrives in. Keys are resolved here, against the newest state,
 * rather than in the input handler, whose state may be a frame old when keys come in quickly.
 */
export function keyAction(state: NavState, key: Extract<Action, {type: 'key'}>, env: NavEnv): Action | null {
	const context = contextOf(state);
	const command = commandFor(context, key.name);
	if (env.panes.tooSmall) {
		// Below the minimum size nothing can be seen: only quitting works.
		return command?.type === 'quit' || command?.type === 'quit-or-back' ? {type: 'quit'} : null;
	}
	if (command) {
		return command;
	}
	if (context === 'help') {
		return {type: 'back'};
	}
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is kept out of the query
	const printable = key.input !== '' && !key.ctrl && !key.meta && !/[\u0000-\u001f\u007f]/.test(key.input);
	if (!printable) return null;
	return context === 'search' || context === 'find' ? {type: 'search-type', text: key.input} : context === 'prompt' || context === 'filter-prompt' ? {type: 'prompt-type', text: key.input} : null;
}

/** Every filter of the state, as the environment's timelines take them. */
export function filtersOf(state: NavState): TimelineFilters {
	return {entity: state.filter?.name ?? null, text: state.textFilter, ...state.facets};
}

export function timelineOf(state: NavState, env: NavEnv): TimelineView {
	return env.timeline(filtersOf(state), state.zoom, state.keyEvents);
}

export function selectedEvent(state: NavState, env: NavEnv): TimelineEvent | undefined {
	return timelineOf(state, env).events[state.cursor];
}

/** The article that `o` opens: the one shown, the selected source, or the selected event's first source. */
function currentArticleId(state: NavState, env: NavEnv): string | undefined {
	if (state.screen === 'article') {
		return state.article?.id;
	}
	if (state.screen === 'skipped') {
		return undefined;
	}
	const event = selectedEvent(state, env);
	return event?.sources[state.screen === 'sources' ? state.sourceCursor : 0];
}

/** Puts the cursor on event `index` and scrolls so it (and its group header) can be seen. */
function select(state: NavState, env: NavEnv, index: number): NavState {
	const timeline = timelineOf(state, env);
	if (timeline.events.length === 0) {
		return {...state, cursor: 0, listTop: 0, detailTop: 0};
	}
	const cursor = clamp(index, 0, timeline.events.length - 1);
	const row = timeline.rowOfEvent[cursor] ?? 0;
	const header = timeline.rows[row - 1]?.type === 'group' ? row - 1 : row;
	return {...state, cursor, detailTop: cursor === state.cursor ? state.detailTop : 0, listTop: scrollInto(state.listTop, header, row, env.panes.listHeight)};
}

/** The article shown, with what its state depends on; null off the source view or when its article is gone. */
function articlePage(state: NavState, env: NavEnv): {article: ArticleState; page: ArticlePage} | null {
	const article = state.article;
	const view = article && env.article(article.id);
	return article && view ? {article, page: {view, height: env.articleHeight}} : null;
}

/** The state with the article after a step, and the step's notice if it has one. */
function withArticle(state: NavState, step: ArticleStep): NavState {
	return step.notice === undefined ? {...state, article: step.article} : {...state, article: step.article, notice: step.notice};
}

/** A step of the article shown; the state as it was when there is none. */
function articleStep(state: NavState, env: NavEnv, step: (article: ArticleState, page: ArticlePage) => ArticleStep): NavState {
	const shown = articlePage(state, env);
	return shown ? withArticle(state, step(shown.article, shown.page)) : state;
}

function detailMaxTop(state: NavState, env: NavEnv): number {
	const event = selectedEvent(state, env);
	return Math.max(0, (event ? env.detail(event).length : 0) - env.panes.detailHeight);
}

function skippedMaxTop(env: NavEnv): number {
	return Math.max(0, skippedLines(env.model.skipped).length - skippedHeight(env));
}

/** Lines of the skipped list below its heading. */
export function skippedHeight(env: NavEnv): number {
	return Math.max(1, env.panes.bodyHeight - 1);
}

/** Moves whatever has the focus by `delta` lines or events. */
function moveBy(state: NavState, env: NavEnv, delta: number): NavState {
	if (state.screen === 'skipped') {
		return {...state, skippedTop: clamp(state.skippedTop + delta, 0, skippedMaxTop(env))};
	}
	if (state.screen === 'article' && state.article) {
		return articleStep(state, env, (article, page) => ({article: scrollArticle(article, page, delta)}));
	}
	if (state.screen === 'sources') {
		const count = selectedEvent(state, env)?.sources.length ?? 0;
		const sourceCursor = clamp(state.sourceCursor + delta, 0, Math.max(0, count - 1));
		return {...state, sourceCursor, sourceTop: scrollInto(state.sourceTop, sourceCursor, sourceCursor, env.sourcesHeight)};
	}
	if (state.focus === 'detail') {
		return {...state, detailTop: clamp(state.detailTop + delta, 0, detailMaxTop(state, env))};
	}
	return select(state, env, state.cursor + delta);
}

function pageSize(state: NavState, env: NavEnv): number {
	if (state.screen === 'article') {
		return env.articleHeight;
	}
	if (state.screen === 'sources') {
		return env.sourcesHeight;
	}
	if (state.screen === 'skipped') {
		return skippedHeight(env);
	}
	return state.focus === 'detail' ? env.panes.detailHeight : env.panes.listHeight;
}

function toGroup(state: NavState, env: NavEnv, direction: 1 | -1): NavState {
	const starts = timelineOf(state, env).groupStarts;
	const target = direction > 0 ? starts.find((start) => start > state.cursor) : [...starts].reverse().find((start) => start < state.cursor);
	return target === undefined ? state : select(state, env, target);
}

function openArticle(state: NavState, env: NavEnv): NavState {
	const event = selectedEvent(state, env);
	const id = event?.sources[state.sourceCursor];
	const view = id === undefined ? null : env.article(id);
	if (!event || !view || id === undefined) {
		return state;
	}
	const sentence = event.mentions.find((mention) => mention.article === id)?.sentence;
	return {...state, screen: 'article', article: openedArticle(id, event.id, {view, height: env.articleHeight}, sentence?.start)};
}

/** Keys while the find prompt is open: they edit it; Enter finds, Esc closes it; others do nothing. */
function findKey(state: NavState, env: NavEnv, action: Action): NavState {
	const find = state.article?.find;
	if (!find || !(action.type === 'search-type' || action.type === 'search-edit' || action.type === 'search-choose' || action.type === 'back')) return state;
	return articleStep(state, env, (article, page) => reduceFind(article, find, action, page));
}

function jumpMatch(state: NavState, env: NavEnv, direction: 1 | -1): NavState {
	if (!state.activeSearch) {
		return {...state, notice: 'no active search: press / to search'};
	}
	const ids = new Set(state.activeSearch.eventIds);
	const events = timelineOf(state, env).events;
	for (let step = 1; step <= events.length; step++) {
		const index = (((state.cursor + direction * step) % events.length) + events.length) % events.length;
		const event = events[index];
		if (event && ids.has(event.id)) {
			return select(state, env, index);
		}
	}
	return {...state, notice: `no event matches "${state.activeSearch.query}"`};
}

/** Changes the filters, zoom or key-events view and keeps the selected event selected when it is still shown. */
function reshape(state: NavState, env: NavEnv, change: Partial<Pick<NavState, 'filter' | 'textFilter' | 'facets' | 'filterOrder' | 'zoom' | 'keyEvents'>>): NavState {
	const selected = selectedEvent(state, env);
	const next = {...state, ...change, listTop: 0};
	const events = timelineOf(next, env).events;
	const index = selected ? events.indexOf(selected) : -1;
	// An event the change leaves out: the one nearest its date instead.
	return select({...next, cursor: -1}, env, Math.max(0, index >= 0 ? index : nearestByDate(events, selected?.date?.start ?? null)));
}

/** Where `date` would sort among `events` (in date order): the nearest event to a vanished one. */
function nearestByDate(events: readonly TimelineEvent[], date: string | null): number {
	if (date === null) return events.length - 1;
	const after = events.findIndex((event) => event.date !== null && event.date.start >= date);
	return after < 0 ? events.length - 1 : after;
}

/**
 * The state for a new model of the same corpus (from `next`): the selected event stays selected
 * (by id, or the event nearest its date when it is gone) on the same screen line; the sources
 * of an event that is gone, an article that is gone and an emptied skipped list go back to the timeline.
 */
function swapModel(state: NavState, previous: NavEnv, next: NavEnv): NavState {
	const timeline = timelineOf(state, previous);
	const selected = timeline.events[state.cursor];
	const screenLine = (timeline.rowOfEvent[state.cursor] ?? 0) - state.listTop;
	const filter = state.filter && next.model.entities.some((entity) => entity.name === state.filter?.name) ? state.filter : null;
	const filterOrder = filter ? state.filterOrder : state.filterOrder.filter((kind) => kind !== 'entity');
	const article = state.article && next.articleById(state.article.id) ? state.article : null;
	const kept = selected ? next.eventById(selected.id) : undefined;
	const change = corpusChange(previous.model, next.model);
	const shaped: NavState = {...state, filter, filterOrder, change: change === noChange && !state.reloadByKey ? state.change : change, reloadByKey: false};
	const view = timelineOf(shaped, next);
	const found = kept ? view.events.findIndex((event) => event.id === kept.id) : -1;
	const cursor = Math.max(0, found >= 0 ? found : nearestByDate(view.events, selected?.date?.start ?? null));
	const row = view.rowOfEvent[cursor] ?? 0;
	const gone = (state.screen === 'article' && !article) || (state.screen === 'sources' && found < 0) || (state.screen === 'skipped' && next.model.skipped.length === 0);
	const screen = gone ? 'timeline' : state.screen;
	const moved = select({...shaped, screen, article: screen === 'article' ? article : null, cursor, listTop: Math.max(0, row - screenLine)}, next, cursor);
	return {
		...moved,
		detailTop: found >= 0 ? Math.min(state.detailTop, detailMaxTop(moved, next)) : 0,
		sourceCursor: screen === 'sources' ? clamp(state.sourceCursor, 0, Math.max(0, (kept?.sources.length ?? 1) - 1)) : state.sourceCursor,
		skippedTop: clamp(state.skippedTop, 0, skippedMaxTop(next)),
		// Results of the old model are asked for again.
		search: state.search ? {...state.search, result: null, cursor: 0, top: 0} : null,
	};
}

/** The filter order with `kind` as the newest filter. */
function newest(order: readonly FilterKind[], kind: FilterKind): FilterKind[] {
	return [...order.filter((other) => other !== kind), kind];
}

const noFilters = {filter: null, textFilter: null, facets: noFacets, filterOrder: []} satisfies Partial<NavState>;

/** The state without the filter of `kind`. */
function withoutFilter(state: NavState, env: NavEnv, kind: FilterKind): NavState {
	const {facets} = state;
	const cleared: Record<FilterKind, Partial<NavState>> = {
		entity: {filter: null},
		text: {textFilter: null},
		dates: {facets: {...facets, from: null, to: null}},
		language: {facets: {...facets, language: null}},
		outlet: {facets: {...facets, outlet: null}},
		sources: {facets: {...facets, minSources: 1}},
	};
	return reshape(state, env, {...cleared[kind], filterOrder: state.filterOrder.filter((other) => other !== kind)});
}

/** The state without its newest filter. */
function withoutNewestFilter(state: NavState, env: NavEnv): NavState {
	const removed = state.filterOrder.at(-1);
	return removed === undefined ? state : withoutFilter(state, env, removed);
}

/** The state with facet `kind` set by `change` (the newest filter), or removed when `on` is false. */
function withFacet(state: NavState, env: NavEnv, kind: FacetKind, change: Partial<Facets>, on: boolean): NavState {
	const filterOrder = on ? newest(state.filterOrder, kind) : state.filterOrder.filter((other) => other !== kind);
	return reshape(state, env, {facets: {...state.facets, ...change}, filterOrder});
}

/** Minimums of sources that `s` steps through, as far as some event has that many. */
const sourceSteps = [2, 3, 4, 5, 10, 20, 50, 100, 200, 500, 1000];

/** L: the next language of the corpus (the most written first), after the last all of them; s: the next minimum of sources. */
function cycleFilter(state: NavState, env: NavEnv, kind: 'language' | 'sources'): NavState {
	const facts = eventFacts(env.model);
	if (kind === 'language') {
		const {languages} = facts;
		if (languages.length === 0) return {...state, notice: 'no language to filter by'};
		const language = languages[languages.indexOf(state.facets.language ?? '') + 1] ?? null;
		return withFacet(state, env, 'language', {language}, language !== null);
	}
	const steps = sourceSteps.filter((count) => count <= facts.maxSources);
	if (steps.length === 0) return {...state, notice: 'no event has more than one source'};
	const minSources = steps.find((count) => count > state.facets.minSources) ?? 1;
	return withFacet(state, env, 'sources', {minSources}, minSources > 1);
}

/** Enter in the date range or outlet prompt: the filter set, or removed when the line is empty; what cannot be one is said. */
function takeFilterPrompt(state: NavState, env: NavEnv, prompt: FilterPrompt): NavState {
	const closed = {...state, prompt: null};
	const text = prompt.line.text.trim();
	if (prompt.kind === 'dates') {
		if (text === '') return withFacet(closed, env, 'dates', {from: null, to: null}, false);
		const range = parseDateRange(text);
		return typeof range === 'string' ? {...closed, notice: `dates: ${terminalLine(range)}`} : withFacet(closed, env, 'dates', range, true);
	}
	if (text === '') return withFacet(closed, env, 'outlet', {outlet: null}, false);
	if (outletsNamed(eventFacts(env.model), text).size === 0) return {...closed, notice: `no article from an outlet named "${terminalLine(text)}"`};
	return withFacet(closed, env, 'outlet', {outlet: text}, true);
}

/** d and O: the prompt opens with the filter's value selected, so typing replaces it. */
function openFilterPrompt(state: NavState, kind: FilterPrompt['kind']): NavState {
	const {from, to, outlet} = state.facets;
	const text = kind === 'dates' ? (from === null && to === null ? '' : dateRangeText({from, to})) : (outlet ?? '');
	return {...state, prompt: {kind, line: promptOf(text, true)}};
}

/** Keys while the list of filters is open: ← → choose one, Enter removes it, Esc closes the list. */
function filterListReduce(state: NavState, env: NavEnv, choice: number, action: Action): NavState {
	switch (action.type) {
		case 'filter-choose':
			return {...state, filterChoice: clamp(choice + action.delta, 0, state.filterOrder.length - 1)};
		case 'filter-remove': {
			const kind = state.filterOrder[choice];
			const removed = kind === undefined ? state : withoutFilter(state, env, kind);
			return {...removed, filterChoice: null};
		}
		case 'back':
			return {...state, filterChoice: null};
		default:
			return state;
	}
}

/**
 * Opens an article that a search found by its text, at the first place it says the query (or
 * the query's longest word, when the words stand apart), as `/` in the article finds it. One of
 * its events is selected, so that Esc goes back to that event's sources.
 */
function openFoundArticle(state: NavState, env: NavEnv, articleId: string, query: string): NavState {
	const hasIt = (event: TimelineEvent) => event.sources.includes(articleId);
	let next = state;
	if (!timelineOf(next, env).events.some(hasIt)) next = reshape(next, env, {...noFilters, keyEvents: false});
	const index = timelineOf(next, env).events.findIndex(hasIt);
	const view = env.article(articleId);
	if (index < 0 || !view) return {...next, notice: 'the article is in no event of the timeline'};
	const selected = select(next, env, index);
	const event = timelineOf(selected, env).events[selected.cursor]!;
	const longestWord = query.split(/\s+/u).reduce((longest, word) => (word.length > longest.length ? word : longest), '');
	const text = findAll(view.article.text, query).length > 0 ? query : longestWord;
	const find: FindState = {prompt: promptOf(text), editing: true, match: -1};
	const sourceCursor = event.sources.indexOf(articleId);
	const opened: NavState = {...selected, screen: 'article', sourceCursor, sourceTop: scrollInto(0, sourceCursor, sourceCursor, env.sourcesHeight)};
	return withArticle(opened, confirmFind({id: articleId, eventId: event.id, top: 0, highlight: -1, find}, {view, height: env.articleHeight}));
}

function chooseHit(state: NavState, env: NavEnv): NavState {
	const search = state.search;
	if (!search) {
		return state;
	}
	const result = search.result;
	const query = search.prompt.text;
	const closed: NavState = {
		...state,
		search: null,
		screen: 'timeline',
		focus: 'list',
		activeSearch: result && result.eventIds.length > 0 ? {query, eventIds: result.eventIds} : state.activeSearch,
		searchHistory: remembered(state.searchHistory, query),
	};
	const hit = result?.hits[search.cursor];
	if (!hit) {
		return closed;
	}
	if (hit.kind === 'text') {
		return {...reshape(closed, env, {textFilter: hit.ref, filterOrder: newest(closed.filterOrder, 'text')}), notice: null};
	}
	if (hit.kind === 'article') {
		return openFoundArticle(closed, env, hit.ref, query);
	}
	if (hit.kind !== 'event') {
		return {...reshape(closed, env, {filter: {name: hit.ref, kind: hit.kind}, filterOrder: newest(closed.filterOrder, 'entity')}), notice: null};
	}
	let next = closed;
	if (!timelineOf(next, env).events.some((event) => event.id === hit.ref)) {
		next = reshape(next, env, noFilters);
	}
	return select(next, env, timelineOf(next, env).events.findIndex((event) => event.id === hit.ref));
}

function back(state: NavState, env: NavEnv): NavState {
	if (state.screen === 'skipped') {
		return {...state, screen: 'timeline'};
	}
	if (state.screen === 'article') {
		return {...state, screen: 'sources', article: null};
	}
	if (state.screen === 'sources') {
		return {...state, screen: 'timeline'};
	}
	if (state.focus === 'detail') {
		return {...state, focus: 'list'};
	}
	if (state.filterOrder.length > 0) {
		return withoutNewestFilter(state, env);
	}
	return state;
}

/** Keys while the search is open: the search handles its own, choosing and closing change the rest of the state. */
function searchReduce(state: NavState, search: SearchState, action: Action, env: NavEnv): NavState {
	switch (action.type) {
		case 'search-type':
		case 'search-edit':
		case 'search-history':
		case 'search-move':
		case 'search-results': {
			const next = reduceSearch(search, action, {history: state.searchHistory, height: env.searchHeight});
			return next === search ? state : {...state, search: next};
		}
		case 'search-choose':
			return chooseHit(state, env);
		case 'back':
			return {...state, search: null};
		case 'quit':
			return {...state, quit: true};
		default:
			return state;
	}
}

/** Typing a title, note, date range or outlet: Enter takes it, Esc cancels, the search's editing keys edit. */
function promptReduce(state: NavState, env: NavEnv, prompt: OpenPrompt, action: Action): NavState {
	switch (action.type) {
		case 'prompt-type':
		case 'search-edit':
			return {...state, prompt: reducePrompt(prompt, action)};
		case 'back':
			return {...state, prompt: null, notice: `${prompt.kind} cancelled`};
		// The search's Enter: here it saves or filters.
		case 'search-choose': {
			if (!isCurationPrompt(prompt)) return takeFilterPrompt(state, env, prompt);
			const step = promptStep(prompt);
			return 'request' in step ? {...state, prompt: null, curateRequest: step.request} : {...state, prompt: null, notice: step.notice};
		}
		default:
			return state;
	}
}

/** H, p, u, R, a and m on the timeline, S on a source: a step asked for, a prompt opened or an event marked. */
function curateKey(state: NavState, env: NavEnv, action: CurateAction): NavState {
	const event = selectedEvent(state, env);
	if (action === 'undo') return state.screen === 'timeline' ? {...state, curateRequest: {action, eventId: event?.id ?? null}} : state;
	if (!event) return state;
	if (action === 'split') {
		if (state.screen !== 'sources') return state;
		if (event.sources.length < 2) return {...state, notice: 'one source: nothing to split out'};
		return {...state, curateRequest: {action, eventId: event.id, source: event.sources[state.sourceCursor]}};
	}
	if (state.screen !== 'timeline') return state;
	if (action === 'rename' || action === 'note') {
		// The title whole, not as cut for a screen line.
		const text = action === 'rename' ? fullTitle(event, env.articleById) : (event.note ?? '');
		return {...state, prompt: openedPrompt(action, event.id, text)};
	}
	if (action === 'merge') {
		if (state.mergeMark === null || !env.eventById(state.mergeMark)) return {...state, mergeMark: event.id, notice: 'marked: m on another event merges the two · m here unmarks'};
		if (state.mergeMark === event.id) return {...state, mergeMark: null, notice: 'unmarked'};
		// The earlier of the two stays, with the other's sources: the cursor goes to it, where the merged event will stand.
		const marked = timelineOf(state, env).events.findIndex((candidate) => candidate.id === state.mergeMark);
		const at = marked >= 0 && marked < state.cursor ? select(state, env, marked) : state;
		return {...at, mergeMark: null, curateRequest: {action, eventId: state.mergeMark, otherId: event.id}};
	}
	return {...state, curateRequest: {action, eventId: event.id}};
}

/** Lines the wheel scrolls a text at a time. */
const wheelLines = 3;

/**
 * What the wheel or a click does where it happens: the wheel scrolls the pane under the pointer
 * (the search's results, a text by three lines, a list by one, the help by pages), a click
 * selects the timeline's event or the source on its row. Rows and columns count from 1; the title bar is row 1.
 */
export function mouseAction(state: NavState, input: MouseInput, env: NavEnv): Action | null {
	const {panes} = env;
	if (input.kind === 'other' || panes.tooSmall) return null;
	if (state.help) return input.kind === 'wheel' ? {type: 'help-page', direction: input.direction} : null;
	const bodyRow = input.row - 2;
	if (input.kind === 'wheel') {
		if (state.search) return {type: 'search-move', delta: input.direction};
		const onDetail = state.screen === 'timeline' && (panes.sideBySide ? input.column > panes.listWidth + 1 : bodyRow > panes.stripHeight + panes.listHeight);
		const text = state.screen === 'article' || state.screen === 'skipped' || onDetail;
		return {type: 'scroll', delta: input.direction * (text ? wheelLines : 1), detail: onDetail};
	}
	if (state.search) return null;
	if (state.screen === 'sources') {
		const count = selectedEvent(state, env)?.sources.length ?? 0;
		const rows = Math.min(env.sourcesHeight, count);
		const first = keptScroll(state.sourceTop, state.sourceCursor, state.sourceCursor, rows, count);
		return bodyRow >= 0 && bodyRow < rows ? {type: 'select', index: first + bodyRow} : null;
	}
	const listRow = bodyRow - panes.stripHeight;
	if (state.screen !== 'timeline' || input.column > panes.listWidth || listRow < 0 || listRow >= panes.listHeight) return null;
	const timeline = timelineOf(state, env);
	const cursorRow = timeline.rowOfEvent[state.cursor] ?? 0;
	// The rows as the timeline pane shows them; a click on a day's heading selects its first event.
	const position = keptScroll(state.listTop, cursorRow, cursorRow, panes.listHeight, timeline.rows.length) + listRow;
	const row = timeline.rows[position]?.type === 'group' ? timeline.rows[position + 1] : timeline.rows[position];
	return row?.type === 'event' ? {type: 'select', index: row.index} : null;
}

export function reduce(state: NavState, action: Action, env: NavEnv): NavState {
	if (action.type === 'key' || action.type === 'mouse') {
		// What the last reload changed stays in the title bar until the next key.
		const seen = state.change === null ? state : {...state, change: null};
		const resolved = action.type === 'key' ? keyAction(seen, action, env) : mouseAction(seen, action.input, env);
		return resolved ? reduce(seen, resolved, env) : seen;
	}
	if (action.type === 'opened') {
		return {...state, openRequest: null, notice: action.notice};
	}
	// Anywhere, even while typing a search: the shell gets the terminal, `fg` gives it back as it was.
	if (action.type === 'suspend') {
		return {...state, suspendRequests: state.suspendRequests + 1};
	}
	if (action.type === 'exported') {
		return {...state, exportRequest: false, notice: action.notice};
	}
	// Reloads come from the watcher as well as from `r`: they keep the help or search open.
	switch (action.type) {
		case 'reload':
			return {...state, reloadRequests: state.reloadRequests + 1, reloadByKey: state.reloadByKey || !action.watcher};
		case 'reload-started':
			return {...state, reloading: true};
		case 'reloaded':
			return {...swapModel(state, env, action.env), reloading: false};
		case 'reload-failed':
			return {...state, notice: action.notice, reloading: false};
		case 'change-seen':
			return {...state, change: null};
	}
	if (action.type === 'curated') {
		return {...state, curateRequest: null, notice: action.notice};
	}
	if (action.type === 'refit') {
		// A split leaves the event in the sources screen with fewer sources.
		const moved = select(state, env, state.cursor);
		return {...moved, sourceCursor: clamp(moved.sourceCursor, 0, Math.max(0, (selectedEvent(moved, env)?.sources.length ?? 1) - 1))};
	}
	// A notice lasts until the next action.
	const current = state.notice === null || action.type === 'search-results' ? state : {...state, notice: null};
	if (action.type === 'quit') {
		return {...current, quit: true};
	}
	if (current.help && action.type === 'help-page') {
		const pages = helpLayout(env.panes.width, env.panes.bodyHeight).pages.length;
		return {...current, helpPage: clamp(current.helpPage + action.direction, 0, pages - 1)};
	}
	if (current.help) {
		return {...current, help: false};
	}
	if (current.search) {
		return searchReduce(current, current.search, action, env);
	}
	if (current.prompt) {
		return promptReduce(current, env, current.prompt, action);
	}
	if (current.filterChoice !== null) {
		return filterListReduce(current, env, current.filterChoice, action);
	}
	if (findEditing(current)) {
		return findKey(current, env, action);
	}
	switch (action.type) {
		case 'move':
			return moveBy(current, env, action.delta);
		case 'scroll':
			// The pane under the pointer scrolls; the focus stays where it was.
			return action.detail ? {...current, detailTop: clamp(current.detailTop + action.delta, 0, detailMaxTop(current, env))} : {...moveBy({...current, focus: 'list'}, env, action.delta), focus: current.focus};
		case 'select':
			if (current.screen === 'sources') return moveBy(current, env, action.index - current.sourceCursor);
			return current.screen === 'timeline' ? select({...current, focus: 'list'}, env, action.index) : current;
		case 'page': {
			const size = pageSize(current, env);
			return moveBy(current, env, action.direction * Math.max(1, action.half ? Math.floor(size / 2) : size - 1));
		}
		case 'edge':
			return moveBy(current, env, action.to === 'first' ? -Number.MAX_SAFE_INTEGER / 2 : Number.MAX_SAFE_INTEGER / 2);
		case 'group':
			return current.screen === 'timeline' ? toGroup(current, env, action.direction) : current;
		case 'highlight':
			return current.screen === 'article' ? articleStep(current, env, (article, page) => jumpHighlight(article, page, action.direction)) : current;
		case 'enter':
			if (current.screen === 'timeline') {
				return selectedEvent(current, env) ? {...current, screen: 'sources', focus: 'list', sourceCursor: 0, sourceTop: 0} : current;
			}
			return current.screen === 'sources' ? openArticle(current, env) : current;
		case 'back':
			return back(current, env);
		case 'quit-or-back':
			return current.screen === 'timeline' ? {...current, quit: true} : back(current, env);
		case 'focus':
			return current.screen === 'timeline' ? {...current, focus: current.focus === 'list' ? 'detail' : 'list'} : current;
		case 'zoom':
			return reshape(current, env, {zoom: zooms[(zooms.indexOf(current.zoom) + 1) % zooms.length] ?? 'day'});
		case 'key-events':
			return current.screen === 'timeline' ? reshape(current, env, {keyEvents: !current.keyEvents}) : current;
		case 'filter-prompt':
			return current.screen === 'timeline' ? openFilterPrompt(current, action.kind) : current;
		case 'filter-cycle':
			return current.screen === 'timeline' ? cycleFilter(current, env, action.kind) : current;
		case 'filter-list':
			if (current.screen !== 'timeline') return current;
			// The newest is chosen first, as Esc would remove it.
			return current.filterOrder.length === 0 ? {...current, notice: 'no filter to remove'} : {...current, filterChoice: current.filterOrder.length - 1};
		case 'help':
			return {...current, help: true, helpPage: 0};
		case 'match':
			if (current.screen === 'article') return articleStep(current, env, (article, page) => jumpFinding(article, page, action.direction));
			return current.screen === 'timeline' ? jumpMatch(current, env, action.direction) : current;
		case 'find-open':
			return current.screen === 'article' && current.article ? {...current, article: openedFind(current.article)} : current;
		case 'search-open':
			return {...current, search: openedSearch(current.activeSearch?.query ?? '')};
		case 'open': {
			const id = currentArticleId(current, env);
			return id === undefined ? {...current, notice: 'nothing to open here'} : {...current, openRequest: id};
		}
		case 'export':
			return {...current, exportRequest: true};
		case 'skipped':
			return env.model.skipped.length === 0 ? {...current, notice: 'no file was skipped'} : {...current, screen: 'skipped', skippedTop: 0};
		case 'curate':
			return curateKey(current, env, action.action);
		default:
			return current;
	}
}
