import {analyzeWithAliases, type AnalyzedArticle} from './analyze.js';
import type {EntityDefinition} from './entities/definitions.js';
import {toCachedFile, type CachedFile} from './index-cache.js';
import {loadLanguageDetector} from './language.js';
import {readArticleFile, type ArticleFile, type LoadedArticle} from './load.js';

const analyzers = new Map<string, (article: LoadedArticle) => AnalyzedArticle>();

/** Reads and analyzes one article file: what the index keeps of it. */
export async function indexFile(file: ArticleFile, aliases: EntityDefinition[]): Promise<CachedFile> {
	const key = JSON.stringify(aliases);
	let analyze = analyzers.get(key);
	if (!analyze) analyzers.set(key, (analyze = analyzeWithAliases(aliases)));
	const {articles, skipped, stamp} = await readArticleFile(file);
	if (articles.some((article) => !article.language)) await loadLanguageDetector();
	return toCachedFile(stamp, articles.map(analyze), skipped);
}
