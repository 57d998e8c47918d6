import {useCallback, useEffect, useRef, useState} from 'react';
import type {TimelineModel} from '../core/model.js';

/** How a start shown before its files were checked gets its whole model and finds out whether the files changed since. */
export type StartCheck = {
	/** The article files to check, for the title bar meanwhile. */
	files: number;
	/** The whole model of a start that showed a preview (core/start-preview.ts), read between keys; null when it cannot be read. */
	wholeInTurns?: () => Promise<TimelineModel | null>;
	/** True when the corpus still gives the model shown; rejects when the corpus cannot be read. */
	unchanged: () => Promise<boolean>;
};

/**
 * How long the keys must rest before the files are checked: finding ten thousand files is one
 * stretch of work a key would wait for, and a user who just started reads the screen first.
 */
const restBeforeCheck = 500;

/**
 * Checks the corpus once `ready` (the whole model shown) and the keys rest (`keyPressed` starts
 * the wait again), and calls `onChanged` when the model shown is not what the files give now (or
 * they cannot be read: loading them again says why). `checking` is true until the check is done.
 */
export function useStartCheck(check: StartCheck | undefined, ready: boolean, onChanged: () => void): {checking: boolean; keyPressed: () => void} {
	const [checking, setChecking] = useState(check !== undefined);
	const changed = useRef(onChanged);
	changed.current = onChanged;
	const waiting = useRef<(() => void) | null>(null);
	useEffect(() => {
		if (!check || !ready) return;
		let mounted = true;
		const done = (same: boolean) => {
			if (!mounted) return;
			setChecking(false);
			if (!same) changed.current();
		};
		let timer: NodeJS.Timeout | undefined;
		const wait = () => {
			clearTimeout(timer);
			timer = setTimeout(() => {
				waiting.current = null;
				check.unchanged().then(done, () => done(false));
			}, restBeforeCheck);
		};
		waiting.current = wait;
		wait();
		return () => {
			mounted = false;
			waiting.current = null;
			clearTimeout(timer);
		};
	}, [check, ready]);
	const keyPressed = useCallback(() => waiting.current?.(), []);
	return {checking, keyPressed};
}
