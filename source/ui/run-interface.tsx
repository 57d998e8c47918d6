/**
 * The interactive interface on the real terminal: alternate screen in, app rendered at the
 * terminal's size (following resizes), and the terminal restored on every way out.
 */
import {render, useStdout} from 'ink';
import process from 'node:process';
import {constants} from 'node:os';
import {useEffect, useState} from 'react';
import type {TimelineModel} from '../core/model.js';
import {App} from './app.js';
import {CuratedApp, type CuratedAppProps} from './curated-app.js';
import {enterAlternateScreen, leaveAlternateScreen} from './alternate-screen.js';

export type InterfaceOptions = {
	/** False for NO_COLOR or --no-color. */
	color: boolean;
	/** False for terminals that reorder bidirectional text themselves. */
	reorderBidi: boolean;
	/** The corpus's curation: H, p and u change it and save it. */
	curation?: Pick<CuratedAppProps, 'curation' | 'save' | 'readOnlyReason'>;
};

const signals = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

function TerminalApp({model, options}: {model: TimelineModel; options: InterfaceOptions}) {
	const {stdout} = useStdout();
	const [size, setSize] = useState({width: stdout.columns || 80, height: stdout.rows || 24});
	useEffect(() => {
		const onResize = () => setSize({width: stdout.columns || 80, height: stdout.rows || 24});
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	const props = {model, width: size.width, height: size.height, color: options.color, reorderBidi: options.reorderBidi};
	return options.curation ? <CuratedApp {...props} {...options.curation} /> : <App {...props} />;
}

export async function runInterface(model: TimelineModel, options: InterfaceOptions): Promise<void> {
	const stdout = process.stdout;
	let restored = false;
	const restore = () => {
		if (!restored) {
			restored = true;
			stdout.write(leaveAlternateScreen);
		}
	};
	stdout.write(enterAlternateScreen);
	// Ctrl-C is a key in the key table (raw mode delivers it as input); exit paths all end in restore().
	const instance = render(<TerminalApp model={model} options={options} />, {exitOnCtrlC: false});
	const onSignal = (signal: (typeof signals)[number]) => {
		instance.unmount();
		restore();
		process.exit(128 + constants.signals[signal]);
	};
	for (const signal of signals) {
		process.on(signal, onSignal);
	}
	// Last resort for a process.exit() elsewhere: the 'exit' event still runs synchronous writes.
	process.on('exit', restore);
	try {
		await instance.waitUntilExit();
	} finally {
		instance.cleanup();
		restore();
		for (const signal of signals) {
			process.off(signal, onSignal);
		}
		process.off('exit', restore);
	}
}
