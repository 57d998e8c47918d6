import {cleanText, repeatedSentences} from './clean.js';
import {entityDefinitions} from './entities/alias-file.js';
import type {EntityDefinition} from './entities/definitions.js';
import {dictionaryFor as dictionaryForLanguage} from './entities/dictionary.js';
import {datelineOf} from './dates/dateline.js';
import {extractDates} from './dates/extract.js';
import type {EntityDictionary} from './entities/dictionary.js';
import {findMentions, type ArticleMentions} from './entities/mentions.js';
import {dateLocaleFor, detectLanguage} from './language.js';
import type {LoadedArticle} from './load.js';
import type {Article, DateExpression, Span} from './model.js';
import {sentenceSpans, sentenceSplitter} from './sentences.js';
import {titleFrom} from './title.js';

/** One article taken through every per-article stage: cleaning, language, sentences, dates, mentions. */
export type AnalyzedArticle = {
	article: Article;
	sentences: Span[];
	/** Starts of sentences that repeat an earlier one (copy-paste): not told as events again. */
	repeated: number[];
	dates: DateExpression[];
	mentions: ArticleMentions;
};

// An article without a title is shown by its first sentence, up to this many characters.
const untitledLength = 80;

function fallbackTitle(loaded: LoadedArticle, cleaned: string, sentences: Span[]): string {
	const first = sentences[0];
	return (first && titleFrom(cleaned, first, untitledLength)) || loaded.id;
}

/** `dictionaryFor(language)` gives the entity dictionary for the article's language. */
export function analyzeArticle(loaded: LoadedArticle, dictionaryFor: (language: string) => EntityDictionary): AnalyzedArticle {
	// Language first, on the raw text: the sentence rules of cleaning depend on it.
	const language = detectLanguage(loaded.text, loaded.language);
	const split = sentenceSplitter(language);
	const cleaned = cleanText(loaded.text, split);
	const sentences = sentenceSpans(cleaned, split);
	const locale = dateLocaleFor(language);
	// Without a publication date in its metadata, a dateline on the article's first lines is one.
	const dateline = loaded.published ? null : datelineOf(cleaned, locale);
	const publishedFrom = loaded.published ? 'metadata' : dateline ? 'dateline' : null;
	const article: Article = {
		id: loaded.id,
		path: loaded.path,
		title: loaded.title ?? fallbackTitle(loaded, cleaned, sentences),
		outlet: loaded.outlet ?? null,
		...(loaded.author ? {author: loaded.author} : {}),
		url: loaded.url ?? null,
		published: loaded.published ?? dateline,
		...(publishedFrom && {publishedFrom}),
		language,
		text: loaded.text,
	};
	const dates = extractDates({id: article.id, text: article.text, cleaned, published: article.published, locale, sentences});
	const mentions = findMentions({id: article.id, cleaned, sentences, language}, dictionaryFor(language));
	return {article, sentences, repeated: [...repeatedSentences(cleaned, sentences)], dates, mentions};
}

/** The per-article stages for one article, with the entity table for the corpus's aliases. */
export function analyzeWithAliases(aliases: EntityDefinition[]): (article: LoadedArticle) => AnalyzedArticle {
	const definitions = entityDefinitions(aliases);
	const cacheKey = aliases.length > 0 ? JSON.stringify(aliases) : 'builtin';
	return (article) => analyzeArticle(article, (language) => dictionaryForLanguage(language, definitions, cacheKey));
}
