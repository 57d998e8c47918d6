/**
 * The interactive interface on the real terminal: alternate screen in, app rendered at the
 * terminal's size (following resizes), and the terminal restored on every way out: quitting,
 * signals that end the process, errors nothing caught, and a stop (Ctrl-Z in the shell, SIGTSTP)
 * until the process is continued, as less and vim do.
 */
import {render, useStdout} from 'ink';
import process from 'node:process';
import {constants} from 'node:os';
import {useEffect, useMemo, useState} from 'react';
import type {TimelineModel} from '../core/model.js';
import {App} from './app.js';
import {exportTimelineTo} from './export-timeline.js';
import {CuratedApp, type CuratedAppProps} from './curated-app.js';
import {enterScreen, leaveAlternateScreen} from './alternate-screen.js';
import {guardTerminal} from './terminal-guard.js';
import type {StartFilters} from './navigation.js';
import {SettingsProvider} from './settings.js';
import type {StartCheck} from './use-start-check.js';
import type {Reload} from './use-reload.js';
import {previewOf} from '../core/start-preview.js';

export type InterfaceOptions = {
	/** False for NO_COLOR or --no-color. */
	color: boolean;
	/** False for terminals that reorder bidirectional text themselves. */
	reorderBidi: boolean;
	/** The wheel scrolls and a click selects; false for --no-mouse (the terminal keeps the mouse). */
	mouse: boolean;
	/** The files and folders the timeline was read from: `x` never writes an article among them. */
	corpusPaths: readonly string[];
	/** Loads the corpus again, as at the start. */
	reload: Reload;
	/** For a start from the start file: whether the corpus is still what the model shows, asked after the first frame. */
	startCheck?: StartCheck;
	/** The paths to watch with --watch. */
	watch?: readonly string[];
	/** The corpus's curation: the curation keys change it and save it; `narrow` keeps the key events of the curated model. */
	curation?: Pick<CuratedAppProps, 'curation' | 'save' | 'readOnlyReason' | 'narrow'>;
	/** The filters to start with, from the command line: removable as any other. */
	filters?: StartFilters;
};

/** Signals whose default action ends the process (SIGUSR1 starts Node's inspector, SIGPIPE is ignored). */
const endingSignals = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGUSR2', 'SIGALRM'] as const;

/** Keys typed arrive one by one, not as lines, and are not echoed: the terminal as ink leaves it on exit. */
function setRawMode(on: boolean): void {
	if (process.stdin.isTTY) process.stdin.setRawMode(on);
}

/** The app at the terminal's size, over the start's model and then, after a preview, the whole one. */
export function TerminalApp({model: first, options}: {model: TimelineModel; options: InterfaceOptions}) {
	const {stdout, write} = useStdout();
	// A start that showed a preview reads the whole model after the first frame, in turns that keys
	// and frames come between (or loads the corpus when the start file cannot give it).
	const [model, setModel] = useState(first);
	useEffect(() => {
		const whole = options.startCheck?.wholeInTurns;
		if (!previewOf(first) || !whole) return;
		let mounted = true;
		const timer = setTimeout(() => {
			void whole().then((read) => {
				if (!mounted) return;
				if (read) setModel(read);
				else void options.reload().then((model) => model && mounted && setModel(model));
			});
		}, 0);
		return () => {
			mounted = false;
			clearTimeout(timer);
		};
	}, [first, options]);
	const [size, setSize] = useState({width: stdout.columns || 80, height: stdout.rows || 24});
	useEffect(() => {
		const onResize = () => setSize({width: stdout.columns || 80, height: stdout.rows || 24});
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	useEffect(() => {
		// Continued after a stop: the shell had the terminal meanwhile. Back on the alternate
		// screen, an empty write through ink makes it draw the whole frame again.
		const onContinue = () => {
			setRawMode(true);
			stdout.write(enterScreen(options.mouse));
			write('');
		};
		process.on('SIGCONT', onContinue);
		return () => {
			process.off('SIGCONT', onContinue);
		};
	}, [stdout, write, options.mouse]);
	const exporter = useMemo(() => exportTimelineTo(process.cwd(), options.corpusPaths), [options.corpusPaths]);
	const settings = useMemo(() => ({color: options.color, reorderBidi: options.reorderBidi}), [options.color, options.reorderBidi]);
	const props = {model, width: size.width, height: size.height, mouse: options.mouse, exporter, reload: options.reload, startCheck: options.startCheck, watch: options.watch, filters: options.filters};
	return <SettingsProvider settings={settings}>{options.curation ? <CuratedApp {...props} {...options.curation} /> : <App {...props} />}</SettingsProvider>;
}

export async function runInterface(model: TimelineModel, options: InterfaceOptions): Promise<void> {
	const stdout = process.stdout;
	const leave = () => {
		stdout.write(leaveAlternateScreen);
		setRawMode(false);
	};
	let restored = false;
	stdout.write(enterScreen(options.mouse));
	const restore = () => {
		if (!restored) {
			restored = true;
			leave();
			guard.release();
		}
	};
	// Ctrl-C is a key in the key table (raw mode delivers it as input); exit paths all end in restore().
	const instance = render(<TerminalApp model={model} options={options} />, {exitOnCtrlC: false});
	// Started once the first frame is drawn (render draws it at once): starting a shell is not
	// what the first frame should wait for.
	const guard = guardTerminal(leaveAlternateScreen);
	const onSignal = (signal: (typeof endingSignals)[number]) => {
		instance.unmount();
		restore();
		process.exit(128 + constants.signals[signal]);
	};
	// An error nothing caught: the terminal first, then the error on the user's screen, in the
	// form the CLI gives its own (Node's 'exit' alone would print it on the alternate screen
	// first). An out-of-memory abort runs no JavaScript at all: the layout caches are bounded
	// so that it does not happen, and the guard gives the terminal back if it does.
	const onFatal = (error: unknown) => {
		restore();
		process.stderr.write(`dateline: internal error: ${error instanceof Error ? (error.stack ?? error.message).split('\n')[0] : String(error)}\n`);
		process.exit(1);
	};
	// Stopped: the terminal goes back to the shell as it was, then the stop the user asked for.
	// Without a listener SIGTSTP has its default action again, so sending it stops the process.
	const onStop = () => {
		leave();
		process.off('SIGTSTP', onStop);
		process.kill(process.pid, 'SIGTSTP');
	};
	const onContinue = () => {
		if (!restored) process.on('SIGTSTP', onStop);
	};
	// Every listener this run adds, removed together when it ends.
	const listeners: Array<[string, (argument: unknown) => void]> = [
		...endingSignals.map((signal): [string, () => void] => [signal, () => onSignal(signal)]),
		['SIGTSTP', onStop],
		['SIGCONT', onContinue],
		['uncaughtException', onFatal],
		['unhandledRejection', onFatal],
		// Last resort for a process.exit() elsewhere: the 'exit' event still runs synchronous writes.
		['exit', restore],
	];
	for (const [event, listener] of listeners) process.on(event, listener);
	try {
		await instance.waitUntilExit();
	} finally {
		instance.cleanup();
		restore();
		for (const [event, listener] of listeners) process.off(event, listener);
	}
}
