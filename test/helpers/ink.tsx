/**
 * Driving the app under ink-testing-library: `press()` writes a key and waits for the frame it
 * causes, `waitFor()` waits for a frame that passes a check. Both poll one macrotask at a time
 * (ink renders after a macrotask, a lone Escape after two) instead of sleeping.
 */
import {render} from 'ink-testing-library';
import type {ReactElement} from 'react';
import type {Span, TimelineModel} from '../../source/core/model.js';
import {App} from '../../source/ui/app.js';
import type {TimelineExporter} from '../../source/ui/export-timeline.js';
import {CuratedApp, type CuratedAppProps} from '../../source/ui/curated-app.js';
import type {ArticleOpener} from '../../source/ui/open-article.js';
import {SettingsProvider, type Settings} from '../../source/ui/settings.js';
import type {StartCheck} from '../../source/ui/use-start-check.js';
import type {Reload} from '../../source/ui/use-reload.js';

export const keys = {
	up: '\u001b[A',
	down: '\u001b[B',
	pageUp: '\u001b[5~',
	pageDown: '\u001b[6~',
	home: '\u001b[H',
	end: '\u001b[F',
	enter: '\r',
	escape: '\u001b',
	tab: '\t',
	backspace: '\u007f',
	ctrlC: '\u0003',
	ctrlZ: '\u001a',
	ctrlD: '\u0004',
	ctrlU: '\u0015',
	ctrlN: '\u000e',
	ctrlP: '\u0010',
	ctrlA: '\u0001',
	ctrlE: '\u0005',
	ctrlW: '\u0017',
	left: '\u001b[D',
	right: '\u001b[C',
} as const;

/** `element` as the interface draws it: inside the settings, by default without colour, reordering right-to-left text. */
export function withSettings(element: ReactElement, settings: Partial<Settings> = {}): ReactElement {
	return <SettingsProvider settings={{color: settings.color ?? false, reorderBidi: settings.reorderBidi ?? true}}>{element}</SettingsProvider>;
}

const macrotask = () => new Promise<void>((resolve) => setImmediate(resolve));
// Polling bound: far more macrotasks than a frame takes, so a key that changes nothing does not hang.
const maxTicks = 200;

export type Driver = {
	frame(): string;
	press(key: string): Promise<string>;
	type(text: string): Promise<string>;
	waitFor(check: (frame: string) => boolean, what?: string): Promise<string>;
	opened: string[];
	/** The marked sentence handed to the opener with each article opened. */
	openedAt: (Span | undefined)[];
	/** What `x` asked to export, when no exporter was given. */
	exported: Parameters<TimelineExporter>[1][];
	quit: {count: number};
	suspended: {count: number};
	unmount(): void;
};

export type DriverOptions = {
	width?: number;
	height?: number;
	color?: boolean;
	reorderBidi?: boolean;
	exporter?: TimelineExporter;
	reload?: Reload;
	/** The folders the app watches (--watch). */
	watch?: readonly string[];
	/** The start's check of the corpus, for a model taken from the start file. */
	startCheck?: StartCheck;
	/** Renders the app as curated, H p u saving through `save`. */
	curation?: Pick<CuratedAppProps, 'curation' | 'save' | 'readOnlyReason' | 'narrow'>;
};

export async function drive(model: TimelineModel, options: DriverOptions = {}): Promise<Driver> {
	const opened: string[] = [];
	const openedAt: (Span | undefined)[] = [];
	const quit = {count: 0};
	const suspended = {count: 0};
	const opener: ArticleOpener = (article, _terminal, sentence) => {
		opened.push(article.id);
		openedAt.push(sentence);
		return `opened ${article.id}`;
	};
	// Tests never write into the working folder: `x` is recorded unless a test gives an exporter.
	const exported: Parameters<TimelineExporter>[1][] = [];
	const exporter: TimelineExporter =
		options.exporter ??
		((_model, shown) => {
			exported.push(shown);
			return `exported ${shown.filter ?? 'all'} by ${shown.zoom}`;
		});
	const props = {
		model,
		width: options.width ?? 100,
		height: options.height ?? 30,
		opener,
		exporter,
		onQuit: () => quit.count++,
		onSuspend: () => suspended.count++,
		reload: options.reload,
		startCheck: options.startCheck,
		watch: options.watch,
	};
	const app = options.curation ? <CuratedApp {...props} {...options.curation} /> : <App {...props} />;
	const instance = render(withSettings(app, {color: options.color, reorderBidi: options.reorderBidi}));
	const frame = () => instance.lastFrame() ?? '';
	const waitFor = async (check: (frame: string) => boolean, what = 'a matching frame') => {
		for (let tick = 0; tick < maxTicks * 10; tick++) {
			if (check(frame())) {
				return frame();
			}
			await macrotask();
		}
		throw new Error(`timed out waiting for ${what}; last frame:\n${frame()}`);
	};
	const press = async (key: string) => {
		const count = instance.frames.length;
		instance.stdin.write(key);
		for (let tick = 0; tick < maxTicks && instance.frames.length === count; tick++) {
			await macrotask();
		}
		return frame();
	};
	const type = async (text: string) => {
		for (const char of text) {
			await press(char);
		}
		return frame();
	};
	await waitFor((current) => current !== '', 'the first frame');
	// Input written before useInput's effect subscribes is lost.
	await macrotask();
	return {frame, press, type, waitFor, opened, openedAt, exported, quit, suspended, unmount: () => instance.unmount()};
}

/** The lines of a frame. */
export function lines(frame: string): string[] {
	return frame.split('\n');
}

/** The line holding the selection marker. */
export function selectedLine(frame: string): string {
	return lines(frame).find((line) => line.startsWith('›')) ?? '';
}

/**
 * The selected event as the screen tells it: its row, whose date says only what its day's
 * heading does not, then its whole date, the first line of the detail pane below the rule.
 */
export function selectedEvent(frame: string): string {
	const shown = lines(frame);
	const rule = shown.findIndex((line) => line.startsWith('───'));
	return `${selectedLine(frame)} ${rule < 0 ? '' : (shown[rule + 1] ?? '')}`;
}
