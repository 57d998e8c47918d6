/**
 * Full-text search over what the events say: each event is one document of its title and the
 * sentences of its mentions, in every language. Words are folded as names are matched
 * (foldForMatching: case, Latin accents, Arabic letter variants), so "Waffenruhe", "waffenruhe"
 * and an Arabic spelling with or without hamza find the same events.
 *
 * The index holds sentences, not whole articles: a text result stands for the events whose
 * sentences match, which is what the timeline filters to. Building it reads every article's text
 * (loaded lazily from the index cache), so it is built at the first search, not at start.
 */
import MiniSearch, {type SearchOptions} from 'minisearch';
import {foldForMatching} from './entities/fold.js';
import type {TimelineModel} from './model.js';

export type TextIndex = {
	engine: MiniSearch<TextDocument>;
	/** Matches by folded query: the timeline filter asks for the same query at every frame. */
	recent: Map<string, TextMatches>;
};

type TextDocument = {id: number; title: string; sentences: string};

export type TextMatch = {
	/** The event's place in the model's events. */
	event: number;
	/** Relevance within this query only: 1 for the best match, less for the others. */
	relevance: number;
};

export type TextMatches = {
	/** Best first. */
	matches: TextMatch[];
	/** Some event has every word of the query as it was typed, not only a longer or misspelled one. */
	exact: boolean;
};

const noMatches: TextMatches = {matches: [], exact: false};

/** The folded words of a text, as the index and the query see them. */
const processTerm = (term: string) => foldForMatching(term);

export function buildTextIndex(model: TimelineModel): TextIndex {
	const engine = new MiniSearch<TextDocument>({fields: ['title', 'sentences'], processTerm});
	const texts = new Map(model.articles.map((article) => [article.id, article]));
	engine.addAll(
		model.events.map((event, id) => ({
			id,
			title: event.title,
			sentences: event.mentions.map(({article, sentence}) => texts.get(article)?.text.slice(sentence.start, sentence.end) ?? '').join('\n'),
		})),
	);
	return {engine, recent: new Map()};
}

/** The query's last word may be unfinished ("ceasef"); longer words may hold a typo ("Wafenruhe"). */
const searchOptions: SearchOptions = {
	combineWith: 'AND',
	boost: {title: 1.5},
	prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
	fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
	weights: {prefix: 0.5, fuzzy: 0.3},
};

/** How many folded queries keep their matches. */
const recentQueries = 8;

/** The events whose title or sentences have every word of `query` (folded, the last one possibly unfinished), best first. */
export function searchText(index: TextIndex, query: string): TextMatches {
	const key = foldForMatching(query.trim());
	if (key === '') return noMatches;
	const kept = index.recent.get(key);
	if (kept) return kept;
	const results = index.engine.search(key, searchOptions);
	const best = results[0]?.score ?? 1;
	const exact = results.some((result) => result.queryTerms.every((term) => result.terms.includes(term)));
	const found = {matches: results.map((result) => ({event: result.id as number, relevance: result.score / best})), exact};
	if (index.recent.size >= recentQueries) index.recent.delete(index.recent.keys().next().value!);
	index.recent.set(key, found);
	return found;
}
