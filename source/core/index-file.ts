import {getOrAdd} from './collections.js';
import type {ArticleFile} from './article-files.js';
import {analyzeWithAliases, type AnalyzedArticle} from './analyze.js';
import type {EntityDefinition} from './entities/definitions.js';
import {toCachedFile, type CachedFile} from './index-cache/codec.js';
import {loadLanguageDetector} from './language.js';
import {readArticleFile, type LoadedArticle} from './load.js';
import {errorReason} from './error-reason.js';

// One analyzer per alias list: the same list comes with every file of a run.
const analyzers = new WeakMap<EntityDefinition[], (article: LoadedArticle) => AnalyzedArticle>();

/** Reads and analyzes one article file: what the index keeps of it. */
export async function indexFile(file: ArticleFile, aliases: EntityDefinition[]): Promise<CachedFile> {
	const analyze = getOrAdd(analyzers, aliases, analyzeWithAliases);
	const {articles, skipped, stamp} = await readArticleFile(file);
	if (articles.some((article) => !article.language)) await loadLanguageDetector();
	function* analyzed(): Generator<AnalyzedArticle> {
		for (const article of articles) {
			let result: AnalyzedArticle;
			try {
				result = analyze(article);
			} catch (error) {
				// An article no rule expected must not stop the corpus: it is skipped with the reason.
				const reason = errorReason(error);
				skipped.push({path: articles.length > 1 ? `${file.display} (${article.id})` : file.display, reason: `could not be analyzed: ${reason}`});
				continue;
			}
			yield result;
		}
	}
	return toCachedFile(stamp, analyzed(), skipped);
}
