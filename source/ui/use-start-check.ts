import {useEffect, useRef, useState} from 'react';
import type {TimelineModel} from '../core/model.js';

/** How a start shown before its files were checked gets its whole model and finds out whether the files changed since. */
export type StartCheck = {
	/** The article files to check, for the title bar meanwhile. */
	files: number;
	/** The whole model of a start that showed a preview (core/start-preview.ts); null when it cannot be read. */
	whole?: () => TimelineModel | null;
	/** True when the corpus still gives the model shown; rejects when the corpus cannot be read. */
	unchanged: () => Promise<boolean>;
};

/**
 * Checks the corpus once `ready` (the whole model shown), after the first frame, and calls
 * `onChanged` when the model shown is not what the files give now (or they cannot be read:
 * loading them again says why). True until the check is done.
 */
export function useStartCheck(check: StartCheck | undefined, ready: boolean, onChanged: () => void): boolean {
	const [checking, setChecking] = useState(check !== undefined);
	const changed = useRef(onChanged);
	changed.current = onChanged;
	useEffect(() => {
		if (!check || !ready) return;
		let mounted = true;
		// A macrotask later: the first frame is written before the files are looked at.
		const timer = setTimeout(() => {
			check.unchanged().then(
				(same) => {
					if (!mounted) return;
					setChecking(false);
					if (!same) changed.current();
				},
				() => {
					if (!mounted) return;
					setChecking(false);
					changed.current();
				},
			);
		}, 0);
		return () => {
			mounted = false;
			clearTimeout(timer);
		};
	}, [check, ready]);
	return checking;
}
