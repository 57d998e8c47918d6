import {useEffect, useRef} from 'react';
import {search, type SearchIndex, type SearchResult} from '../core/search.js';
import type {Stepwise} from '../core/stepwise.js';

/** How long one slice of building the search index may hold the thread: keys wait at most this. */
const sliceMs = 4;

/**
 * While the search is open, builds its index a slice at a time between keystrokes: names and
 * titles first, then the articles' text (for a large corpus, sent a slice at a time to the worker
 * thread that indexes it, and waited for). As each part is built, the query typed by then is
 * searched and its results handed over; until the text is in, a search finds names and titles.
 */
export function useSearchBuild(index: Stepwise<SearchIndex> | null, query: string, onResults: (result: SearchResult) => void): void {
	const latest = useRef({query, onResults});
	latest.current = {query, onResults};
	useEffect(() => {
		if (!index || index.built()?.text.built()) return;
		const deliver = (searchIndex: SearchIndex, waitForText: boolean) => {
			const {query: typed, onResults: handOver} = latest.current;
			if (typed.trim() !== '') handOver(search(searchIndex, typed, {waitForText}));
		};
		let timer: NodeJS.Immediate | undefined;
		let stopped = false;
		const slice = () => {
			const names = index.built();
			if (!names) {
				const built = index.advance(sliceMs);
				if (built) deliver(built, false);
			} else if (names.text.advance(sliceMs)) {
				deliver(names, true);
				return;
			}
			// A text index built by a worker thread is waited for, not asked again at every turn.
			const awaited = index.built()?.text.awaited?.();
			if (awaited) void awaited.then(() => stopped || slice());
			else timer = setImmediate(slice);
		};
		timer = setImmediate(slice);
		return () => {
			stopped = true;
			clearImmediate(timer);
		};
	}, [index]);
}
