/**
 * Full-text search over what the articles say, in every language: each event is one document of
 * its title and the sentences of its mentions (what a text filter narrows the timeline to), and
 * each article one of its title and whole text (for words no event's sentence has). Words are
 * folded as names are matched (foldForMatching: case, Latin accents, Arabic letter variants), so
 * "Waffenruhe", "waffenruhe" and an Arabic spelling with or without hamza find the same events.
 *
 * Building it reads every article's text (loaded lazily from the index cache), so it is built at
 * the first search, not at start.
 */
import MiniSearch, {type SearchOptions} from 'minisearch';
import {foldForMatching} from './entities/fold.js';
import type {TimelineModel} from './model.js';

export type TextIndex = {
	events: MiniSearch<TextDocument>;
	articles: MiniSearch<TextDocument>;
	/** Matches by folded query: the timeline filter asks for the same query at every frame. */
	recent: Map<string, TextMatches>;
};

type TextDocument = {id: number; title: string; text: string};

export type TextMatch = {
	/** The event's place in the model's events, or the article's in its articles. */
	at: number;
	/** Relevance within this query only: 1 for the best match, less for the others. */
	relevance: number;
};

export type TextMatches = {
	/** The events whose title or sentences match, best first. */
	matches: TextMatch[];
	/** The articles whose title or text match, best first. */
	articles: TextMatch[];
	/** Some event has every word of the query as it was typed, not only a longer or misspelled one. */
	exact: boolean;
};

const noMatches: TextMatches = {matches: [], articles: [], exact: false};

/** The folded words of a text, as the index and the query see them. */
const processTerm = (term: string) => foldForMatching(term);

const newEngine = () => new MiniSearch<TextDocument>({fields: ['title', 'text'], processTerm});

export function buildTextIndex(model: TimelineModel): TextIndex {
	const events = newEngine();
	const texts = new Map(model.articles.map((article) => [article.id, article]));
	events.addAll(
		model.events.map((event, id) => ({
			id,
			title: event.title,
			text: event.mentions.map(({article, sentence}) => texts.get(article)?.text.slice(sentence.start, sentence.end) ?? '').join('\n'),
		})),
	);
	const articles = newEngine();
	articles.addAll(model.articles.map((article, id) => ({id, title: article.title, text: article.text})));
	return {events, articles, recent: new Map()};
}

/** Best first, each relative to the best. */
function ranked(results: readonly {id: number; score: number}[]): TextMatch[] {
	const best = results[0]?.score ?? 1;
	return results.map((result) => ({at: result.id, relevance: result.score / best}));
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

/** The events and the articles that have every word of `query` (folded, the last one possibly unfinished), best first. */
export function searchText(index: TextIndex, query: string): TextMatches {
	const key = foldForMatching(query.trim());
	if (key === '') return noMatches;
	const kept = index.recent.get(key);
	if (kept) return kept;
	const results = index.events.search(key, searchOptions);
	const exact = results.some((result) => result.queryTerms.every((term) => result.terms.includes(term)));
	const found = {matches: ranked(results), articles: ranked(index.articles.search(key, searchOptions)), exact};
	if (index.recent.size >= recentQueries) index.recent.delete(index.recent.keys().next().value!);
	index.recent.set(key, found);
	return found;
}
