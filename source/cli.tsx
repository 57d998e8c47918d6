#!/usr/bin/env node
import {once} from 'node:events';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {articleExtensions, MissingPathError} from './core/article-files.js';
import {applyCuration, describeStep, emptyCuration, type Curation} from './core/curation/curation.js';
import {curationFileFor, DamagedCurationError, readCuration, writeCuration} from './core/curation/curation-file.js';
import {coverageHistogram, histogramText} from './core/histogram.js';
import {withKeyEvents} from './core/key-events.js';
import {plainTimeline} from './core/plain-timeline.js';
import {terminalLine, terminalSafeJsonChunks} from './core/terminal-text.js';
import {loadTimeline} from './core/timeline.js';
import {progressLine} from './progress-line.js';

const bundledCorpus = fileURLToPath(new URL('../corpus', import.meta.url));

const usage = `Usage: dateline [options] [paths...]

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
  --no-color         no colour in the interface (also when NO_COLOR is set)
  --bidi=MODE        right-to-left text: "reorder" (default) for terminals that show
                     text as stored, "terminal" for terminals that reorder it themselves
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
		throw error;
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
				'no-color': {type: 'boolean'},
				bidi: {type: 'string'},
				help: {type: 'boolean', short: 'h'},
				version: {type: 'boolean', short: 'v'},
			},
		});
	} catch (error) {
		fail(`${error instanceof Error ? error.message : String(error)}\nTry 'dateline --help'.`, 2);
	}
	const {values, positionals} = parsed;
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

	const interactive = !values.json && !values.histogram && process.stdout.isTTY === true && process.stdin.isTTY === true;
	// The interface loads while the corpus does; printing stays free of React and Ink.
	// React picks its build when first loaded: the production one, unless asked otherwise.
	if (interactive) process.env.NODE_ENV ??= 'production';
	const userInterface = interactive ? import('./ui/run-interface.js') : null;
	const corpusPaths = positionals.length > 0 ? positionals : [bundledCorpus];
	let model;
	const progress = progressLine(process.stderr);
	try {
		model = await loadTimeline(corpusPaths, {
			cache: !values['no-cache'],
			onProgress: progress.update,
			warn: (line) => {
				progress.done();
				process.stderr.write(`dateline: skipped ${terminalLine(line)}\n`);
			},
		});
	} catch (error) {
		if (error instanceof MissingPathError) fail(error.message, 2);
		throw error;
	} finally {
		progress.done();
	}

	if (model.articles.length === 0) {
		process.stderr.write(`dateline: no articles found (files ending in ${[...articleExtensions].join(', ')})\n`);
	}
	const curationFile = await curationFileFor(corpusPaths, values.curation);
	const {curation, damaged} = await curationOf(curationFile);
	const result = applyCuration(model, curation);
	for (const step of result.unmatched) process.stderr.write(`dateline: curation step matches no event: ${terminalLine(describeStep(step))}\n`);
	// The interface curates as the user goes, from the model as indexed; everything else prints the curated timeline.
	if (!userInterface) model = result.model;
	if (keyEventCount !== undefined) model = withKeyEvents(model, keyEventCount);
	if (values.histogram) {
		process.stdout.write(histogramText(coverageHistogram(model.events)));
	} else if (values.json) {
		const {unit, bins} = coverageHistogram(model.events);
		for (const chunk of terminalSafeJsonChunks({...model, histogram: bins.map((bin) => ({unit, ...bin}))})) {
			// Wait for a slow reader instead of buffering the whole model in memory.
			if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
		}
		process.stdout.write('\n');
	} else if (!userInterface) {
		process.stdout.write(plainTimeline(model));
	} else {
		const {runInterface} = await userInterface;
		const color = !values['no-color'] && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
		await runInterface(model, {
			color,
			reorderBidi: values.bidi !== 'terminal',
			// A damaged file is never overwritten: the session curates without saving.
			curation: {curation, save: damaged === null ? async (next) => writeCuration(curationFile, next) : null, readOnlyReason: damaged === null ? undefined : `${curationFile} is damaged`},
		});
	}
}

main().catch((error: unknown) => {
	fail(`internal error: ${error instanceof Error ? (error.stack ?? error.message).split('\n')[0] : String(error)}`, 1);
});
