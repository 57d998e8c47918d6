import {useEffect} from 'react';

/**
 * Prepares the items next to the one shown once its frame is drawn: the events above and below
 * the selected one are laid out for the detail pane while the user reads (`prepare` keeps what it
 * makes), so the next j or k draws at once instead of laying out an event first.
 */
export function usePrefetch<T>(items: readonly T[], index: number, prepare: (item: T) => unknown, enabled: boolean): void {
	useEffect(() => {
		if (!enabled) return;
		const timer = setTimeout(() => {
			for (const near of [items[index + 1], items[index - 1]]) if (near !== undefined) prepare(near);
		}, 0);
		return () => clearTimeout(timer);
	}, [items, index, prepare, enabled]);
}
