import {useEffect, useRef} from 'react';
import type {TimelineModel} from '../core/model.js';

/**
 * What a reload is told besides the files that changed: `shown` takes a model to show before its
 * own (a quick model of the files added, changed or removed: core/quick-update.ts), and keeps its
 * promise once the interface drew it, so that the merge behind it does not hold the frame back;
 * `superseded()` says that a newer reload waits and that this one may give up the merge behind
 * the model shown (it then resolves null).
 */
export type ReloadProgress = {shown: (model: TimelineModel) => Promise<void>; superseded: () => boolean};

/** Loads the corpus again; `changed`: the only files that may have changed, as the watcher named them. */
export type Reload = (changed?: ReadonlySet<string>, progress?: ReloadProgress) => Promise<TimelineModel | null>;

/**
 * Loads the corpus again at each new count of `requests`, one load at a time: requests during a
 * load make one more load after it, so the last change written is always read. A load that
 * already showed a model gives up for the next one.
 */
export function useReload(
	load: ((progress: ReloadProgress) => Promise<TimelineModel | null>) | undefined,
	requests: number,
	onLoaded: (model: TimelineModel) => void,
	onFailed: (reason: string) => void,
	onStarted: () => void,
): void {
	const callbacks = useRef({onLoaded, onFailed, onStarted});
	callbacks.current = {onLoaded, onFailed, onStarted};
	const loading = useRef({busy: false, again: false, mounted: true, shown: false});
	// Kept at the first commit after a model was shown: the frame that has it is drawn.
	const drawn = useRef<(() => void) | undefined>(undefined);
	useEffect(() => {
		drawn.current?.();
		drawn.current = undefined;
	});
	useEffect(() => {
		const current = loading.current;
		current.mounted = true;
		return () => {
			current.mounted = false;
			drawn.current?.();
		};
	}, []);
	useEffect(() => {
		if (requests === 0 || !load) return;
		const current = loading.current;
		const run = () => {
			if (current.busy) {
				current.again = true;
				return;
			}
			current.busy = true;
			current.shown = false;
			callbacks.current.onStarted();
			const progress: ReloadProgress = {
				shown: (model) => {
					if (!current.mounted) return Promise.resolve();
					current.shown = true;
					const commit = new Promise<void>((resolve) => (drawn.current = resolve));
					callbacks.current.onLoaded(model);
					return commit;
				},
				// The user sees the files it read: the next load, which reads them too, shows its own model sooner.
				superseded: () => !current.mounted || (current.again && current.shown),
			};
			load(progress)
				.then(
					(model) => model && current.mounted && callbacks.current.onLoaded(model),
					(error: unknown) => current.mounted && callbacks.current.onFailed(error instanceof Error ? error.message : String(error)),
				)
				.finally(() => {
					current.busy = false;
					if (current.again && current.mounted) {
						current.again = false;
						run();
					}
				});
		};
		run();
	}, [requests, load]);
}
