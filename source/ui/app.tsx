import {Box, Text, useApp, useStdout} from 'ink';
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import type {TimelineModel} from '../core/model.js';
import {search} from '../core/search.js';
import {DetailPane} from './detail-pane.js';
import {createEnvironment, indexModel, type ModelIndex, type NavEnv} from './environment.js';
import {HelpOverlay} from './help-overlay.js';
import {patchInk} from './ink-patches.js';
import {commandFor, statusHints} from './key-table.js';
import {filtersOf, reduce, selectedEvent, skippedHeight, startState, timelineOf, type Action, type CurateCall, type NavState, type StartFilters} from './navigation.js';
import {CoveragePane} from './coverage-pane.js';
import {openArticle, type ArticleOpener} from './open-article.js';
import {exportTimelineTo, type TimelineExporter} from './export-timeline.js';
import {SearchPane} from './search-pane.js';
import {useSettings} from './settings.js';
import {SourceView} from './source-view.js';
import {skippedLines} from './skipped-list.js';
import {SkippedScreen} from './skipped-screen.js';
import {SourcesScreen} from './sources-screen.js';
import {EditLine, FilterListLine, filtersNote, PromptStatusLine, StatusLine} from './status-line.js';
import {TimelinePane} from './timeline-pane.js';
import {displayDate} from '../core/dates/calendar.js';
import {TitleBar} from './title-bar.js';
import {counted} from './counted.js';
import {TooSmall} from './too-small.js';
import {useCorpusWatch} from './use-corpus-watch.js';
import {useKeyInput} from './use-key-input.js';
import {usePrefetch} from './use-prefetch.js';
import {useReload, type Reload, type ReloadProgress} from './use-reload.js';
import {watchedChanges} from './watched-changes.js';
import {lastResult} from './last-result.js';
import {useStartCheck, type StartCheck} from './use-start-check.js';
import {useSearchBuild} from './use-search-build.js';
import {terminalLine} from '../core/terminal-text.js';
import {findAll} from '../core/find-in-text.js';
import {enterScreen, leaveAlternateScreen} from './alternate-screen.js';
import {withFields} from '../core/lazy.js';
import {previewOf} from '../core/start-preview.js';

export type AppProps = {
	model: TimelineModel;
	width: number;
	height: number;
	/** Replaced in tests; by default $BROWSER, the platform's opener or $PAGER. */
	opener?: ArticleOpener;
	/** The terminal reports the mouse (wheel and clicks): it is turned on again after the pager. */
	mouse?: boolean;
	/** `x` writes the shown timeline with this; by default into the working folder. */
	exporter?: TimelineExporter;
	/** Called once when the user quits, before the app exits. */
	onQuit?: () => void;
	/** Ctrl-Z: by default the stop a shell's Ctrl-Z sends, which the terminal's raw mode keeps from being sent. */
	onSuspend?: () => void;
	/** Loads the corpus again, as at the start (`r`, and changes seen with `watch`); `changed`: the only files that may have changed (watched-changes.ts). */
	reload?: Reload;
	/** For a model shown before the corpus's files were checked: a change found loads the corpus again. */
	startCheck?: StartCheck;
	/** The files and folders to watch (`--watch`): what changes there is loaded again. */
	watch?: readonly string[];
	/** Takes a curation step (H, p, u, R, a, m, S) and says what came of it; without it the timeline cannot be curated. */
	curate?: (call: CurateCall) => Promise<string>;
	/** Steps of the curation file that match no event: said in the title bar. */
	unmatchedSteps?: number;
	/** The filters to start with (`--entity`, `--from`, `--language`, …). */
	filters?: StartFilters;
};

/** How long the title bar says what a reload changed, unless a key is pressed first. */
const changeShown = 4000;

function statusOf(state: NavState, env: NavEnv): {message: string; position: string; keys: string} {
	const timeline = timelineOf(state, env);
	const searchNote = state.activeSearch ? `search "${state.activeSearch.query}" · n/N` : '';
	const shown = state.keyEvents ? `key events (${timeline.events.length} of ${previewOf(env.model)?.events ?? env.shown(filtersOf(state)).length}) · K all` : '';
	const marked = state.mergeMark !== null && env.eventById(state.mergeMark) ? 'marked: m on another event merges' : '';
	const message = state.notice ?? ([shown, filtersNote(state), searchNote, marked].filter(Boolean).join(' · ') || 'all events');
	if (state.help) {
		return {message: 'help', position: '', keys: ''};
	}
	if (state.search) {
		return {message: 'search', position: '', keys: statusHints('search')};
	}
	if (state.screen === 'article' && state.article) {
		const view = env.article(state.article.id);
		const total = view?.lines.length ?? 0;
		const {find} = state.article;
		const highlight = state.article.highlight >= 0 ? ` · mark ${state.article.highlight + 1}/${view?.highlights.length ?? 0}` : '';
		const position = `line ${Math.min(total, state.article.top + 1)}/${total}${highlight}`;
		// The find prompt itself is drawn by EditLine, with the position and keys after it.
		if (find?.editing) return {message: '', position, keys: statusHints('find')};
		const finding = find && view && find.match >= 0 ? ` · match ${find.match + 1}/${findAll(view.article.text, find.prompt.text).length}` : '';
		return {message, position: position + finding, keys: statusHints('article')};
	}
	if (state.screen === 'skipped') {
		const total = skippedLines(env.model.skipped).length;
		return {message, position: `line ${Math.min(total, state.skippedTop + 1)}/${total}`, keys: statusHints('skipped')};
	}
	if (state.screen === 'sources') {
		const count = selectedEvent(state, env)?.sources.length ?? 0;
		return {message, position: `source ${state.sourceCursor + 1}/${count}`, keys: statusHints('sources')};
	}
	const position = timeline.events.length === 0 ? '0/0' : `${state.cursor + 1}/${timeline.events.length}`;
	return {message, position, keys: statusHints('timeline')};
}

function Body({state, env}: {state: NavState; env: NavEnv}) {
	const {panes} = env;
	// Built when the search changes, not on every key that moves the cursor.
	const matches = useMemo(() => new Set(state.activeSearch?.eventIds ?? []), [state.activeSearch]);
	if (state.help) {
		return <HelpOverlay width={panes.width} height={panes.bodyHeight} page={state.helpPage} />;
	}
	if (state.search) {
		return <SearchPane search={state.search} width={panes.width} height={panes.bodyHeight} listHeight={env.searchHeight} />;
	}
	if (state.screen === 'skipped') {
		return <SkippedScreen skipped={env.model.skipped} top={state.skippedTop} width={panes.width} height={skippedHeight(env) + 1} />;
	}
	const event = selectedEvent(state, env);
	if (state.screen === 'article' && state.article) {
		const view = env.article(state.article.id);
		const led = state.article.eventId === null ? undefined : env.eventById(state.article.eventId);
		const find = state.article.find;
		const found = view && find && !find.editing ? findAll(view.article.text, find.prompt.text) : [];
		return view ? <SourceView view={view} event={led} top={state.article.top} highlight={state.article.highlight} found={found} finding={find?.match ?? -1} width={panes.width} height={panes.bodyHeight} /> : null;
	}
	if (state.screen === 'sources' && event) {
		const articles = event.sources.flatMap((id) => env.articleById(id) ?? []);
		return (
			<SourcesScreen event={event} articles={articles} cursor={state.sourceCursor} top={state.sourceTop} width={panes.width} height={panes.bodyHeight} listHeight={env.sourcesHeight} />
		);
	}
	const view = timelineOf(state, env);
	const list = (
		<Box flexDirection="column" width={panes.listWidth} height={panes.stripHeight + panes.listHeight}>
			<CoveragePane histogram={env.coverage(filtersOf(state))} keyEvents={env.timeline(filtersOf(state), state.zoom, true).events} selected={event} width={panes.listWidth} />
			<TimelinePane view={view} cursor={state.cursor} top={state.listTop} width={panes.listWidth} height={panes.listHeight} focused={state.focus === 'list'} matches={matches} />
		</Box>
	);
	const detail = <DetailPane lines={event ? env.detailShown(event, state.detailTop) : []} top={state.detailTop} width={panes.detailWidth} height={panes.detailHeight} />;
	const rule = state.focus === 'detail' ? '━' : '─';
	if (panes.sideBySide) {
		return (
			<Box flexDirection="row" height={panes.bodyHeight}>
				{list}
				<Box flexDirection="column" width={1}>
					<Text dimColor={state.focus !== 'detail'}>{Array.from({length: panes.bodyHeight}, () => (state.focus === 'detail' ? '┃' : '│')).join('\n')}</Text>
				</Box>
				{detail}
			</Box>
		);
	}
	return (
		<Box flexDirection="column" height={panes.bodyHeight}>
			{list}
			<Text dimColor={state.focus !== 'detail'} wrap="truncate-end">
				{rule.repeat(panes.width)}
			</Text>
			{detail}
		</Box>
	);
}

function titleOf(state: NavState, env: NavEnv, model: TimelineModel, unmatchedSteps: number): {prefix?: string; title: string; right: string} {
	const event = selectedEvent(state, env);
	if (state.help) {
		return {title: 'dateline · keys', right: ''};
	}
	if (state.search) {
		return {title: 'dateline · search people, places, events and what the articles say', right: ''};
	}
	if (state.screen === 'skipped') {
		return {title: 'dateline · skipped files', right: 'Esc back'};
	}
	if (state.screen !== 'timeline' && event) {
		return {prefix: `${displayDate(event.date)}  `, title: event.title, right: state.screen === 'sources' ? 'sources' : 'source text'};
	}
	const skipped = model.skipped.length > 0 ? ` · ${model.skipped.length} skipped (!)` : '';
	const unmatched = unmatchedSteps > 0 ? ` · ${counted(unmatchedSteps, 'curation step')} match${unmatchedSteps === 1 ? 'es' : ''} no event` : '';
	const totals = previewOf(model) ?? {articles: model.articles.length, events: model.events.length};
	return {title: `dateline · ${counted(totals.articles, 'article')} · ${counted(totals.events, 'event')}${skipped}${unmatched}`, right: `grouped by ${state.zoom}`};
}

// Ink draws every row of every frame anew, though a key changes a few of them: see ink-patches.ts.
patchInk();

/** The whole interface for a terminal of `width` × `height`; the frame is at most height - 1 lines. */
const workingFolderExporter = exportTimelineTo(process.cwd(), []);
// The interface's SIGTSTP handler (run-interface.tsx) gives the terminal back, then stops.
const suspendToShell = () => process.kill(process.pid, 'SIGTSTP');

/** Drawn inside a SettingsProvider: the settings say how text is shown, and how articles are laid out. */
export function App({model: givenModel, width, height, opener = openArticle, mouse = false, exporter = workingFolderExporter, onQuit, onSuspend = suspendToShell, reload, startCheck, watch, curate, unmatchedSteps = 0, filters}: AppProps) {
	// A reload swaps the model; its index is built once, for the swap and the frames after it, and
	// once only when the caller also passes the model the reload gave (CuratedApp does).
	const [indexOnce] = useState(() => lastResult(indexModel));
	const [corpus, setCorpus] = useState(() => ({model: givenModel, index: indexOnce(givenModel)}));
	// A new model from the caller (a curation step) replaces the one shown, as a reload does.
	const [given, setGiven] = useState(givenModel);
	if (given !== givenModel) {
		setGiven(givenModel);
		setCorpus({model: givenModel, index: indexOnce(givenModel)});
	}
	const {model, index: modelIndex} = corpus;
	const {reorderBidi} = useSettings();
	// One environment for a model and a size: a reload hands the reducer the environment the frames after it use.
	const lastEnv = useRef<{made: readonly unknown[]; env: NavEnv} | null>(null);
	const environmentFor = (next: TimelineModel, index: ModelIndex): NavEnv => {
		const made = [next, index, width, height, reorderBidi];
		const kept = lastEnv.current;
		if (kept?.made.every((value, at) => value === made[at])) return kept.env;
		lastEnv.current = {made, env: createEnvironment(next, {width, height}, reorderBidi, index)};
		return lastEnv.current.env;
	};
	const env = environmentFor(model, modelIndex);
	const [state, setState] = useState<NavState>(() => startState(env, filters));
	const dispatch = useCallback((action: Action) => setState((previous) => reduce(previous, action, env)), [env]);
	const {exit} = useApp();
	const {stdout, write} = useStdout();

	// Results are computed after the keystroke's frame, and dropped if the user typed on meanwhile.
	const pendingQuery = state.search && state.search.result === null ? state.search.prompt.text : null;
	useEffect(() => {
		if (pendingQuery === null) {
			return;
		}
		// The index is built once the search opens, not before the first frame (most starts never
		// search), a slice at a time (below), which hands over the results of the query typed by then.
		const index = env.search.built();
		if (!index) return;
		const timer = setTimeout(() => dispatch({type: 'search-results', result: search(index, pendingQuery, {waitForText: false})}), 0);
		return () => clearTimeout(timer);
	}, [pendingQuery, env, dispatch]);
	useSearchBuild(state.search ? env.search : null, state.search?.prompt.text ?? '', (result) => dispatch({type: 'search-results', result}));

	useEffect(() => {
		if (state.quit) {
			onQuit?.();
			exit();
		}
	}, [state.quit, onQuit, exit]);

	useEffect(() => {
		if (state.suspendRequests > 0) onSuspend();
	}, [state.suspendRequests, onSuspend]);

	// `o` leaves the app for a moment: the reducer asks, this effect does it and reports back.
	// The ref keeps a request from being taken twice while an opener is still at work.
	const takenOpen = useRef<string | null>(null);
	const markedEvent = state.screen === 'article' ? (state.article?.eventId ?? null) : (selectedEvent(state, env)?.id ?? null);
	useEffect(() => {
		const article = state.openRequest === null ? undefined : env.articleById(state.openRequest);
		takenOpen.current = article ? takenOpen.current : null;
		if (!article || takenOpen.current === article.id) {
			return;
		}
		takenOpen.current = article.id;
		const sentence = markedEvent === null ? undefined : env.eventById(markedEvent)?.mentions.find((mention) => mention.article === article.id)?.sentence;
		const terminal = {
			suspend: () => stdout.write(leaveAlternateScreen),
			// Written through ink, which then draws the whole frame again.
			resume: () => write(enterScreen(mouse)),
		};
		void Promise.resolve(opener(article, terminal, sentence)).then(
			(notice) => dispatch({type: 'opened', notice}),
			(error: unknown) => dispatch({type: 'opened', notice: `could not open it: ${error instanceof Error ? error.message : String(error)}`}),
		);
	}, [state.openRequest, markedEvent, env, opener, stdout, write, mouse, dispatch]);

	// The ref keeps a request from being taken twice while the export is at work.
	const exporting = useRef(false);
	useEffect(() => {
		if (!state.exportRequest || exporting.current) return;
		exporting.current = true;
		// The text and facet filters narrow the events exported as they narrow the timeline; the export names the entity.
		const shown = withFields(model, {events: env.shown({...filtersOf(state), entity: null})});
		void Promise.resolve(exporter(shown, {filter: state.filter?.name ?? null, zoom: state.zoom})).then((notice) => {
			exporting.current = false;
			dispatch({type: 'exported', notice});
		});
	}, [state.exportRequest, state.filter, state.textFilter, state.facets, state.zoom, model, env, exporter, dispatch]);
	// A load only the watcher asked for is told the files it named.
	const [watched] = useState(watchedChanges);
	const requests = useRef(state.reloadRequests);
	requests.current = state.reloadRequests;
	const load = useMemo(() => reload && ((progress: ReloadProgress) => reload(watched.take(requests.current), progress)), [reload, watched]);
	useReload(
		load,
		state.reloadRequests,
		(next) => {
			const index = indexOnce(next);
			setCorpus({model: next, index});
			dispatch({type: 'reloaded', env: environmentFor(next, index)});
		},
		(reason) => dispatch({type: 'reload-failed', notice: `reload failed: ${terminalLine(reason)}`}),
		() => dispatch({type: 'reload-started'}),
	);
	// A preview (core/start-preview.ts) stands for the whole model until it comes: keys wait for it,
	// but for moves while none waits: the preview's timeline is the whole model's key events.
	const preview = previewOf(model) !== undefined;
	const {checking, keyPressed} = useStartCheck(startCheck, !preview, () => dispatch({type: 'reload', watcher: true}));
	useCorpusWatch(
		watch,
		(files) => {
			watched.seen(files);
			dispatch({type: 'reload', watcher: true});
		},
		(reason) => dispatch({type: 'reload-failed', notice: `watching the corpus: ${terminalLine(reason)}`}),
	);
	useEffect(() => {
		if (state.change === null) return;
		const timer = setTimeout(() => dispatch({type: 'change-seen'}), changeShown);
		return () => clearTimeout(timer);
	}, [state.change, state.reloadRequests, dispatch]);
	// After a curation step the cursor may point past the end of the shorter timeline.
	const fittedIndex = useRef(modelIndex);
	useEffect(() => {
		if (fittedIndex.current !== modelIndex) {
			fittedIndex.current = modelIndex;
			dispatch({type: 'refit'});
		}
	}, [modelIndex, dispatch]);

	// A curation step changes the model, hence env: the ref keeps one request from being taken twice.
	const takenRequest = useRef<NavState['curateRequest']>(null);
	useEffect(() => {
		const request = state.curateRequest;
		if (request === null || request === takenRequest.current) {
			return;
		}
		takenRequest.current = request;
		const {eventId, otherId, ...rest} = request;
		const call: CurateCall = {...rest, event: eventId === null ? undefined : env.eventById(eventId), other: otherId === undefined ? undefined : env.eventById(otherId)};
		void (curate ? curate(call) : Promise.resolve('this timeline cannot be curated')).then((notice) => dispatch({type: 'curated', notice}));
	}, [state.curateRequest, env, curate, dispatch]);

	const heldKeys = useRef<Action[]>([]);
	useKeyInput(
		useCallback(
			(action: Action) => {
				keyPressed();
				// A preview opens on the timeline, where no key that waits has taken it from yet.
				const move = heldKeys.current.length === 0 && action.type === 'key' && commandFor('timeline', action.name)?.type === 'move';
				if (preview && !move) heldKeys.current.push(action);
				else dispatch(action);
			},
			[preview, dispatch, keyPressed],
		),
	);
	useEffect(() => {
		if (!preview) for (const action of heldKeys.current.splice(0)) dispatch(action);
	}, [preview, dispatch]);
	usePrefetch(timelineOf(state, env).events, state.cursor, env.detail, state.screen === 'timeline' && !state.search && !state.help && !env.panes.tooSmall);

	const tooSmall = env.panes.tooSmall;
	if (tooSmall) {
		return <TooSmall width={width} height={height} />;
	}
	const {prefix, title, right: context} = titleOf(state, env, model, unmatchedSteps);
	const news = state.reloading ? 'reading the corpus again…' : checking && startCheck ? `checking ${counted(startCheck.files, 'file')}…` : state.change;
	const right = news === null ? context : `${news} · ${context}`;
	const status = statusOf(state, env);
	return (
		<Box flexDirection="column" width={width} height={env.panes.frameHeight}>
			<TitleBar width={width} prefix={prefix} title={title} right={right} />
			<Body state={state} env={env} />
			{state.prompt ? (
				<PromptStatusLine prompt={state.prompt} width={width} />
			) : state.screen === 'article' && state.article?.find?.editing ? (
				<EditLine label="find: " line={state.article.find.prompt} hints={`  ${status.position}  ${status.keys}`} width={width} />
			) : state.filterChoice !== null ? (
				<FilterListLine state={state} choice={state.filterChoice} width={width} />
			) : (
				<StatusLine width={width} message={status.message} position={status.position} keys={status.keys} />
			)}
		</Box>
	);
}
