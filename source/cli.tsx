#!/usr/bin/env node
// First: it sets how the heap grows before the engine allocates (heap-growth.ts).
import './heap-growth.js';
import {once} from 'node:events';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {errorReason} from './core/error-reason.js';
import {articleExtensions, MissingPathError} from './core/article-files.js';
import {applyCuration, describeStep, emptyCuration, type Curation} from './core/curation/curation.js';
import {curationFileFor, DamagedCurationError, readCuration, writeCuration} from './core/curation/curation-file.js';
import {coverageHistogram, histogramText} from './core/histogram.js';
import {withKeyEvents} from './core/key-events.js';
import {eventFacts, noEventFilter, outletsNamed, parseDateBound, rangeProblem, withEventFilter, type EventFilter} from './core/event-filter.js';
import {exportFormatNames, isExportFormat} from './core/export/format-names.js';
import {exportGroupings, fullTitle, shownEvents, type ExportGrouping} from './core/export/view.js';
import {ExportTargetError} from './core/export/write-file.js';
import type {Precision, TimelineEvent, TimelineModel} from './core/model.js';
import {plainTimeline} from './core/plain-timeline.js';
import {terminalLine, terminalSafeJsonChunks} from './core/terminal-text.js';
import {startTimeline, type LoadOptions} from './core/timeline.js';
import {liveCorpus} from './core/live-corpus.js';
import {writeExport, type ExportRequest} from './export-output.js';
import {progressLine} from './progress-line.js';
import {modelAccess} from './core/model-access.js';

const bundledCorpus = fileURLToPath(new URL('../corpus', import.meta.url));

const usage = `Usage: dateline [options] [paths...]
       dateline export [paths...] --format FORMAT [--output FILE] [options]

Reads news articles (.md, .txt, .json, .jsonl) from files and folders, extracts dated
events, merges what several sources report, and opens them as a timeline. With no path,
opens the bundled corpus.

Options:
  --json             print the timeline model as JSON
  --key-events=N     only the N most salient events (plain, --json and the interface)
  --histogram        print the sources per day, week or month across the corpus's span:
                     start, end, sources, events, separated by tabs
  --curation=FILE    the curation to apply (default: dateline-curation.yaml in the first
                     corpus folder, when there is one)
  --no-cache         read every file again; neither use nor update the index cache
  --watch            in the interface, read files again as they are added, changed or
                     removed (r reloads at any time, also without --watch)
  --no-color         no colour in the interface (also when NO_COLOR is set)
  --no-mouse         the interface leaves the mouse to the terminal (no wheel or clicks)
  --bidi=MODE        right-to-left text: "reorder" (default) for terminals that show
                     text as stored, "terminal" for terminals that reorder it themselves
  --entity NAME      only the events of a person, place or organization (as the
                     interface's filter)
  --from DATE        only events on or after DATE (2025, 2025-05 or 2025-05-01)
  --to DATE          only events on or before DATE (2025-05 is up to May 31)
  --language CODE    only events with a source in that language (de, en, ar, ...)
  --outlet NAME      only events with a source from that outlet (words of its name,
                     any case: "reuters" names "CNN (with Reuters)")
  --min-sources=N    only events with at least N sources
                     (filters apply before --key-events; in the interface they are
                     its starting filters)

Export (the events the options above select, with full titles):
  --format FORMAT    timelinejs, markdown, csv, ics, json, or tsv (tab-separated, for
                     scripts); without "export" too
  --output FILE      write to FILE (whole or not at all) instead of standard output;
                     never over an article
  --zoom UNIT        headings of the Markdown brief: day (default), month or year
  --group BY         TimelineJS groups: language (default), person, place or outlet
  --bom              start CSV with a byte-order mark (for spreadsheets that need one)
  -h, --help         show this help
  -v, --version      show the version

When standard output is not a terminal, prints one event a line:
date, title and source articles, separated by tabs.`;

function version(): string {
	const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string};
	return manifest.version;
}

function fail(message: string, code: number): never {
	process.stderr.write(`dateline: ${terminalLine(message)}\n`);
	process.exit(code);
}

const zoomUnits: readonly Precision[] = ['day', 'month', 'year'];

/** What `export` or `--format` asks for, or null when neither is given; bad values end the run with usage status 2. */
function exportOptions(
	values: {format?: string; output?: string; bom?: boolean; zoom?: string; group?: string; json?: boolean},
	exporting: boolean,
): ExportRequest | null {
	if (values.format === undefined) {
		const needsFormat = ['output', 'zoom', 'group', 'bom'].find((name) => values[name as keyof typeof values] !== undefined);
		if (needsFormat) fail(`--${needsFormat} goes with --format`, 2);
		if (exporting) fail(`export needs --format (${exportFormatNames.join(', ')})`, 2);
		return null;
	}
	const {format, zoom = 'day', group = 'language'} = values;
	if (!isExportFormat(format)) fail(`--format takes ${exportFormatNames.join(', ')}, not "${format}"`, 2);
	if (!zoomUnits.includes(zoom as Precision)) fail(`--zoom takes day, month or year, not "${zoom}"`, 2);
	if (!(exportGroupings as readonly string[]).includes(group)) fail(`--group takes ${exportGroupings.join(', ')}, not "${group}"`, 2);
	if (values.json) fail('--json and --format are two outputs: choose one', 2);
	return {format, output: values.output, bom: values.bom ?? false, zoom: zoom as Precision, grouping: group as ExportGrouping};
}

/** The filters of --from, --to, --language, --outlet and --min-sources as given; bad values end the run with usage status 2. */
function eventFilterOptions(values: {from?: string; to?: string; language?: string; outlet?: string; 'min-sources'?: string}): Omit<EventFilter, 'entity'> {
	const bound = (name: 'from' | 'to') => {
		const given = values[name];
		if (given === undefined) return null;
		return parseDateBound(given) ?? fail(`--${name} takes a date as 2025, 2025-05 or 2025-05-01, not "${given}"`, 2);
	};
	const range = {from: bound('from'), to: bound('to')};
	const problem = rangeProblem(range);
	if (problem !== null) fail(`--from and --to: ${problem}`, 2);
	const minSources = values['min-sources'] === undefined ? 1 : Number(values['min-sources']);
	if (!(Number.isInteger(minSources) && minSources > 0)) fail(`--min-sources takes a whole number above 0, not "${values['min-sources']}"`, 2);
	const language = values.language?.trim().toLowerCase() ?? null;
	if (language === '') fail('--language takes a language code (de, en, ar, ...)', 2);
	const outlet = values.outlet?.trim() ?? null;
	if (outlet === '') fail("--outlet takes an outlet's name", 2);
	return {...noEventFilter, ...range, language, outlet, minSources};
}

/** The filter when the timeline has what it asks for: a language or outlet no article has is a usage error, as an unknown --entity is. */
function knownToModel(model: TimelineModel, filter: EventFilter): EventFilter {
	if (filter.language === null && filter.outlet === null) return filter;
	const facts = eventFacts(model);
	if (filter.language !== null && !facts.languages.includes(filter.language)) {
		fail(`--language: no article in "${filter.language}" in this timeline (${facts.languages.join(', ') || 'no articles'})`, 2);
	}
	if (filter.outlet !== null && outletsNamed(facts, filter.outlet).size === 0) fail(`--outlet: no article from an outlet named "${filter.outlet}" in this timeline`, 2);
	return filter;
}

/**
 * The model's events, each with its whole title where the model keeps a title cut to fit a screen
 * line: made one at a time as they are written, not as a second list of every event.
 */
function* withFullTitles(model: TimelineModel): Generator<TimelineEvent> {
	// Indexed only when a title was cut: an index of every article is large for a corpus of many short ones.
	const articleById = (id: string) => modelAccess(model).articleById(id);
	for (const event of model.events) yield {...event, title: fullTitle(event, articleById)};
}

/** The corpus's curation; a damaged file is one warning line, and read-only for the session (`damaged` says why). */
async function curationOf(file: string): Promise<{curation: Curation; damaged: string | null}> {
	try {
		return {curation: await readCuration(file), damaged: null};
	} catch (error) {
		if (!(error instanceof DamagedCurationError)) throw error;
		process.stderr.write(`dateline: curation not applied: ${terminalLine(error.message)}\n`);
		return {curation: emptyCuration, damaged: error.message};
	}
}

async function main(): Promise<void> {
	// `dateline | head` closes the pipe early: that is the reader's choice, not an error.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		// A full disk, a quota: one line that says so, not a stack trace.
		fail(`cannot write the output: ${errorReason(error)}`, 1);
	});
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				json: {type: 'boolean'},
				'key-events': {type: 'string'},
				histogram: {type: 'boolean'},
				curation: {type: 'string'},
				'no-cache': {type: 'boolean'},
				watch: {type: 'boolean'},
				'no-color': {type: 'boolean'},
				'no-mouse': {type: 'boolean'},
				bidi: {type: 'string'},
				entity: {type: 'string'},
				from: {type: 'string'},
				to: {type: 'string'},
				language: {type: 'string'},
				outlet: {type: 'string'},
				'min-sources': {type: 'string'},
				format: {type: 'string'},
				output: {type: 'string', short: 'o'},
				zoom: {type: 'string'},
				group: {type: 'string'},
				bom: {type: 'boolean'},
				help: {type: 'boolean', short: 'h'},
				version: {type: 'boolean', short: 'v'},
			},
		});
	} catch (error) {
		fail(`${error instanceof Error ? error.message : String(error)}\nTry 'dateline --help'.`, 2);
	}
	const {values} = parsed;
	// `dateline export …`: a folder named "export" is still read as `./export`.
	const exporting = parsed.positionals[0] === 'export';
	const positionals = exporting ? parsed.positionals.slice(1) : parsed.positionals;
	if (values.help) {
		process.stdout.write(`${usage}\n`);
		return;
	}
	if (values.version) {
		process.stdout.write(`${version()}\n`);
		return;
	}
	if (values.bidi !== undefined && values.bidi !== 'reorder' && values.bidi !== 'terminal') {
		fail(`--bidi takes "reorder" or "terminal", not "${values.bidi}"`, 2);
	}

	const keyEventCount = values['key-events'] === undefined ? undefined : Number(values['key-events']);
	if (keyEventCount !== undefined && !(Number.isInteger(keyEventCount) && keyEventCount > 0)) {
		fail(`--key-events takes a whole number above 0, not "${values['key-events']}"`, 2);
	}

	const filterOptions = eventFilterOptions(values);
	const exportRequest = exportOptions(values, exporting);
	const interactive = !values.json && !values.histogram && !exportRequest && process.stdout.isTTY === true && process.stdin.isTTY === true;
	if (values.watch && !interactive) {
		fail('--watch works only in the interface (a terminal, without --json, --histogram or an export)', 2);
	}
	// The interface loads while the corpus does; printing stays free of React and Ink.
	// React's production build: the bundle holds no other; run from the sources, React picks its build when first loaded.
	if (interactive) process.env.NODE_ENV ??= 'production';
	const userInterface = interactive ? import('./ui/run-interface.js') : null;
	const corpusPaths = positionals.length > 0 ? positionals : [bundledCorpus];
	// The start and every reload in the interface go through the same loading path.
	// The interface shows a few articles at a time: their lines of the cache are checked when read.
	// A reload reads only the files changed since the last, and merges from what the last kept (live-corpus.ts).
	const live = liveCorpus(corpusPaths, {cache: !values['no-cache'], textsCheckedWhenRead: interactive});
	const load = (options: LoadOptions = {}) => live.load(options);
	const withKeys = (loaded: TimelineModel) => (keyEventCount === undefined ? loaded : withKeyEvents(loaded, keyEventCount));
	// The interface starts on the timeline as the cache last held it, and checks the files after its first frame.
	const started = interactive && !values['no-cache'] ? startTimeline(corpusPaths) : null;
	const curationFile = await curationFileFor(corpusPaths, values.curation);
	const {curation, damaged} = await curationOf(curationFile);
	// A preview of the key events is the first frame only where nothing narrows or changes the model.
	const {from, to, language, outlet, minSources} = filterOptions;
	const plainStart = curation.steps.length === 0 && keyEventCount === undefined && values.entity === undefined && [from, to, language, outlet].every((value) => value === null) && minSources === 1;
	let model = (started && (plainStart ? started.first : started.whole())) ?? undefined;
	const startCheck = model && started ? started : undefined;
	if (startCheck) live.startedElsewhere();
	for (const entry of model?.skipped ?? []) process.stderr.write(`dateline: skipped ${terminalLine(`${entry.path}: ${entry.reason}`)}\n`);
	const progress = progressLine(process.stderr);
	try {
		model ??= await load({
			onProgress: progress.update,
			warn: (line) => {
				progress.done();
				process.stderr.write(`dateline: skipped ${terminalLine(line)}\n`);
			},
			onCacheProblem: (line) => {
				progress.done();
				process.stderr.write(`dateline: ${terminalLine(line)}\n`);
			},
		});
	} catch (error) {
		if (error instanceof MissingPathError) fail(error.message, 2);
		throw error;
	} finally {
		progress.done();
	}

	// The filter is an entity's name; any of its spellings, in any case, names it.
	const wanted = values.entity?.toLowerCase();
	const entity = wanted === undefined ? null : model.entities.find(({name, aliases}) => [name, ...aliases].some((spelling) => spelling.toLowerCase() === wanted));
	if (entity === undefined) fail(`--entity: no person, place or organization named "${values.entity}" in this timeline`, 2);
	const filter = entity?.name ?? null;
	if (model.articles.length === 0) {
		process.stderr.write(`dateline: no articles found (files ending in ${[...articleExtensions].join(', ')})\n`);
	}
	const result = applyCuration(model, curation);
	for (const step of result.unmatched) process.stderr.write(`dateline: curation step matches no event: ${terminalLine(describeStep(step))}\n`);
	// Checked on the curated model, whose facts the filter then uses.
	const eventFilter = knownToModel(result.model, {...filterOptions, entity: filter});
	// The interface curates as the user goes, from the model as indexed, and keeps the key events
	// of the curated model (every pinned one among them); everything else prints the curated timeline.
	if (!userInterface) model = withKeys(withEventFilter(result.model, eventFilter));
	if (exportRequest) {
		try {
			await writeExport(model, corpusPaths, filter, exportRequest);
		} catch (error) {
			if (error instanceof ExportTargetError) fail(error.message, 1);
			throw error;
		}
	} else if (values.histogram) {
		process.stdout.write(histogramText(coverageHistogram(model.events)));
	} else if (values.json) {
		const {unit, bins} = coverageHistogram(model.events);
		for (const chunk of terminalSafeJsonChunks({...model, events: withFullTitles(model), histogram: bins.map((bin) => ({unit, ...bin}))})) {
			// Wait for a slow reader instead of buffering the whole model in memory.
			if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
		}
		process.stdout.write('\n');
	} else if (!userInterface) {
		process.stdout.write(plainTimeline({...model, events: shownEvents(model, null)}));
	} else {
		const {runInterface} = await userInterface;
		const color = !values['no-color'] && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
		await runInterface(model, {
			color,
			reorderBidi: values.bidi !== 'terminal',
			mouse: !values['no-mouse'],
			corpusPaths,
			reload: async (changed, progress) => live.update({changed, ...progress}),
			startCheck,
			watch: values.watch ? corpusPaths : undefined,
			// A damaged file is never overwritten: the session curates without saving.
			curation: {
				curation,
				save: damaged === null ? async (next) => writeCuration(curationFile, next) : null,
				readOnlyReason: damaged === null ? undefined : `${curationFile} is damaged`,
				narrow: withKeys,
			},
			filters: {entity: entity && {name: entity.name, kind: entity.kind}, filter: eventFilter},
		});
	}
}

main().catch((error: unknown) => {
	fail(`internal error: ${error instanceof Error ? (error.stack ?? error.message).split('\n')[0] : String(error)}`, 1);
});
