/** Finding a text in an article as a pager does, folded as names are matched (case, accents, Arabic letter variants). */
import {foldForMatching} from './entities/fold.js';
import type {Span} from './model.js';

// The article being read is searched again at every frame and every n/N: its folded text and
// the last query's spans are kept.
let last: {text: string; folded: string; query: string; found: Span[]} | null = null;

/** Every occurrence of `query` in `text`, in order, not overlapping; offsets into `text` (folding keeps them). */
export function findAll(text: string, query: string): readonly Span[] {
	const wanted = foldForMatching(query);
	if (last?.text === text && last.query === wanted) return last.found;
	const folded = last?.text === text ? last.folded : foldForMatching(text);
	const found: Span[] = [];
	if (wanted !== '') {
		for (let at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + wanted.length)) found.push({start: at, end: at + wanted.length});
	}
	last = {text, folded, query: wanted, found};
	return found;
}
