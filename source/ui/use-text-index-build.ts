import {useEffect, useRef} from 'react';
import {search, type SearchIndex, type SearchResult} from '../core/search.js';

/** How long one slice of building the full-text index may hold the thread: keys wait at most this. */
const sliceMs = 8;

/**
 * While the search is open, builds the full-text index a slice at a time between keystrokes, and
 * once it is built hands over the results of the query typed then, article text included. Until
 * then a search finds names and titles (`search(…, {waitForText: false})`).
 */
export function useTextIndexBuild(index: (() => SearchIndex) | null, query: string, onResults: (result: SearchResult) => void): void {
	const latest = useRef({query, onResults});
	latest.current = {query, onResults};
	useEffect(() => {
		if (!index) return;
		const searchIndex = index();
		if (searchIndex.builtText()) return;
		let timer: NodeJS.Immediate | undefined;
		const slice = () => {
			if (!searchIndex.buildText(sliceMs)) {
				timer = setImmediate(slice);
				return;
			}
			const {query: typed, onResults: deliver} = latest.current;
			if (typed.trim() !== '') deliver(search(searchIndex, typed));
		};
		timer = setImmediate(slice);
		return () => clearImmediate(timer);
	}, [index]);
}
