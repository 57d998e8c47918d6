import {useEffect, useRef} from 'react';
import type {TimelineModel} from '../core/model.js';

/**
 * Loads the corpus again at each new count of `requests`, one load at a time: requests during a
 * load make one more load after it, so the last change written is always read.
 */
export function useReload(
	load: (() => Promise<TimelineModel>) | undefined,
	requests: number,
	onLoaded: (model: TimelineModel) => void,
	onFailed: (reason: string) => void,
	onStarted: () => void,
): void {
	const callbacks = useRef({onLoaded, onFailed, onStarted});
	callbacks.current = {onLoaded, onFailed, onStarted};
	const loading = useRef({busy: false, again: false, mounted: true});
	useEffect(() => {
		const current = loading.current;
		current.mounted = true;
		return () => {
			current.mounted = false;
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
			callbacks.current.onStarted();
			load()
				.then(
					(model) => current.mounted && callbacks.current.onLoaded(model),
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
