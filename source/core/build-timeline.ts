import {analyzeWithAliases} from './analyze.js';
import type {EntityDefinition} from './entities/definitions.js';
import type {LoadedArticle} from './load.js';
import type {Skipped, TimelineModel} from './model.js';
import {assembleTimeline} from './assemble.js';
import {loadLanguageDetector} from './language.js';

// Building in memory is synchronous; the detector is loaded once, up front.
await loadLanguageDetector();

export type TimelineInput = {
	articles: LoadedArticle[];
	skipped?: Skipped[];
	/** Extra entity definitions (a corpus's alias files). */
	aliases?: EntityDefinition[];
};

/** The whole engine over articles already in memory: same articles in, same model out. */
export function buildTimeline({articles, skipped = [], aliases = []}: TimelineInput): TimelineModel {
	return assembleTimeline(articles.map(analyzeWithAliases(aliases)), skipped, aliases);
}
