/**
 * Watching the corpus while the interface runs (`--watch`): chokidar reports files added, written
 * and removed; a file counts once it stopped growing, and changes close together make one reload.
 */
import {watch} from 'chokidar';
import path from 'node:path';
import {useEffect, useRef} from 'react';
import {aliasFileName, articleExtensions} from '../core/article-files.js';

/** How long a file must keep its size to count as written (chokidar's awaitWriteFinish). */
const writeSettles = 50;
/** Changes this close together (a folder copied in) make one reload. */
const quietBefore = 25;

export type CorpusWatch = {
	/** Resolves once the folders are watched: changes before that are not seen. */
	ready: Promise<void>;
	close(): Promise<void>;
};

/** Whether a change to this file can change the timeline: an article file or an alias file. */
function readable(file: string): boolean {
	const name = path.basename(file);
	return name === aliasFileName || articleExtensions.has(path.extname(name).toLowerCase());
}

/** Calls `onChange` with the files that the loader reads added, changed or removed below `paths` (and folders removed), or null when one came unnamed. */
export function watchCorpus(paths: readonly string[], onChange: (files: string[] | null) => void, onError: (reason: string) => void): CorpusWatch {
	const watcher = watch([...paths], {
		ignoreInitial: true,
		awaitWriteFinish: {stabilityThreshold: writeSettles, pollInterval: 25},
		// What the loader passes over (hidden files, node_modules) is not watched either.
		ignored: (file) => {
			const name = path.basename(file);
			return name.startsWith('.') || name === 'node_modules';
		},
	});
	let timer: NodeJS.Timeout | undefined;
	// Null once a change came without a path.
	let files: string[] | null = [];
	watcher.on('all', (event, file) => {
		if (event === 'addDir' || (event !== 'unlinkDir' && !(typeof file === 'string' && readable(file)))) return;
		if (typeof file === 'string') files?.push(file);
		else files = null;
		clearTimeout(timer);
		timer = setTimeout(() => {
			const changed = files;
			files = [];
			onChange(changed);
		}, quietBefore);
	});
	watcher.on('error', (error) => onError(error instanceof Error ? error.message : String(error)));
	const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
	return {
		ready,
		close: () => {
			clearTimeout(timer);
			return watcher.close();
		},
	};
}

/**
 * Watches `paths` while mounted (none when undefined), and reports a change once the watch has
 * begun (with null for the files: what changed before is not known); the callbacks may change between renders.
 */
export function useCorpusWatch(paths: readonly string[] | undefined, onChange: (files: string[] | null) => void, onError: (reason: string) => void): void {
	const callbacks = useRef({onChange, onError});
	callbacks.current = {onChange, onError};
	useEffect(() => {
		if (!paths) return;
		const corpusWatch = watchCorpus(
			paths,
			(files) => callbacks.current.onChange(files),
			(reason) => callbacks.current.onError(reason),
		);
		// What changed while the corpus loaded and the watch began is read once it is watched.
		let watching = true;
		void corpusWatch.ready.then(() => watching && callbacks.current.onChange(null));
		return () => {
			watching = false;
			corpusWatch.close().catch((error: unknown) => callbacks.current.onError(String(error)));
		};
	}, [paths]);
}
