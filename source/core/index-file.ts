import {getOrAdd} from './collections.js';
import type {ArticleFile, FileStamp} from './article-files.js';
import {analyzeWithAliases, type AnalyzedArticle} from './analyze.js';
import type {EntityDefinition} from './entities/definitions.js';
import {toCachedFile, type CachedFile} from './index-cache/codec.js';
import {loadLanguageDetector} from './language.js';
import {readArticleFile, type LoadedArticle} from './load.js';
import type {Skipped} from './model.js';
import {errorReason} from './error-reason.js';

// One analyzer per alias list: the same list comes with every file of a run.
const analyzers = new WeakMap<EntityDefinition[], (article: LoadedArticle) => AnalyzedArticle>();

/** A file read, its articles analyzed one at a time as they are taken; an article that fails is skipped. */
async function analyzeFile(file: ArticleFile, aliases: EntityDefinition[]): Promise<{stamp: FileStamp; skipped: Skipped[]; analyzed: Generator<AnalyzedArticle>}> {
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
	return {stamp, skipped, analyzed: analyzed()};
}

/** Analyzes `article` as an article of a file read with `aliases` is, for what it makes once: its language's dictionary and rules, and the code that runs them. */
export function prepareAnalysis(article: LoadedArticle, aliases: EntityDefinition[]): void {
	getOrAdd(analyzers, aliases, analyzeWithAliases)(article);
}

/** Reads and analyzes one article file: what the index keeps of it. */
export async function indexFile(file: ArticleFile, aliases: EntityDefinition[]): Promise<CachedFile> {
	const {stamp, skipped, analyzed} = await analyzeFile(file, aliases);
	return toCachedFile(stamp, analyzed, skipped);
}

/**
 * The same for a run that writes no cache, in this thread: a file of one article keeps its
 * analysis as it is (`analyzed`), since nothing is written and encoding it only to parse it back
 * holds it twice. A file of several articles is encoded as it is read, as `indexFile` does:
 * its bytes take less room than the objects of thousands of articles.
 */
export async function indexFileUncached(file: ArticleFile, aliases: EntityDefinition[]): Promise<{entry: CachedFile; analyzed: AnalyzedArticle[] | null}> {
	const {stamp, skipped, analyzed} = await analyzeFile(file, aliases);
	const first = analyzed.next();
	const second = first.done ? first : analyzed.next();
	if (second.done) {
		const kept = first.done ? [] : [first.value];
		return {entry: {...stamp, articles: kept.map(({article, dates}) => ({article, dates})), skipped, analysis: undefined}, analyzed: kept};
	}
	function* all(): Generator<AnalyzedArticle> {
		yield first.value as AnalyzedArticle;
		yield second.value as AnalyzedArticle;
		yield* analyzed;
	}
	return {entry: toCachedFile(stamp, all(), skipped), analyzed: null};
}
