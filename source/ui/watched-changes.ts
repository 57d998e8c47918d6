/**
 * The files the watcher named since the last load began (`--watch`): a load that only the
 * watcher asked for checks only those files, where one asked for with `r`, by the start check or
 * when the watch begins checks every file's status.
 */
import path from 'node:path';

export type WatchedChanges = {
	/** The watcher saw these files added, changed or removed (null: changes it cannot name), and asks for a load. */
	seen(files: readonly string[] | null): void;
	/**
	 * A load begins after `requests` reload requests in all: the absolute paths of the files named
	 * since the last load began, or undefined when a request since came from elsewhere or named nothing.
	 */
	take(requests: number): ReadonlySet<string> | undefined;
};

export function watchedChanges(): WatchedChanges {
	// Null until the first load, which checks every file.
	let named: Set<string> | null = null;
	let asked = 0;
	let taken = 0;
	return {
		seen(files) {
			asked++;
			if (!files) named = null;
			else for (const file of files) named?.add(path.resolve(file));
		},
		take(requests) {
			// More requests than the watcher made: one came from elsewhere. Fewer: the watcher's are counted next time, as another's.
			const result = named !== null && requests - taken <= asked ? named : undefined;
			named = new Set();
			asked = 0;
			taken = requests;
			return result;
		},
	};
}
