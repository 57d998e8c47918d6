import type {AnalyzedArticle} from './analyze.js';
import {entityDefinitions} from './entities/alias-file.js';
import {countryDefinitions} from './entities/countries.js';
import type {EntityDefinition} from './entities/definitions.js';
import {resolveEntities, type ResolvedEntity} from './entities/resolve.js';
import {buildEventsSteps, type EventArticle, type NamedMentions} from './events.js';
import {sameEntities, withSalience, type MergeMemo} from './merge-memo.js';
import {stepwise} from './stepwise.js';
import {getOrAdd} from './collections.js';
import type {Article, Entity, EntityMention, Skipped, Span, TimelineModel} from './model.js';
import {salienceOf} from './salience.js';

/** The sentences told as events: those that do not repeat an earlier one. */
function toldSentences({sentences, repeated}: AnalyzedArticle): Span[] {
	if (repeated.length === 0) return sentences;
	const starts = new Set(repeated);
	return sentences.filter((sentence) => !starts.has(sentence.start));
}

/** The definitions entity resolution takes: the entity table with the corpus's aliases, and every country. */
export const resolvedDefinitions = (aliases: EntityDefinition[]): EntityDefinition[] => [...entityDefinitions(aliases), ...countryDefinitions('*')];

/** What merging takes of an analyzed article whose sentences told as events are `sentences` and whose entities are `named`. */
export const eventArticle = (item: AnalyzedArticle, sentences: Span[], named: NamedMentions): EventArticle => ({
	id: item.article.id,
	title: item.article.title,
	published: item.article.published,
	language: item.article.language,
	text: item.article.text,
	sentences,
	dates: item.dates,
	named,
});

/** The sentences of an analyzed article told as events, found once while its file is unchanged when a memo keeps them. */
export const toldOf = (item: AnalyzedArticle, memo?: MergeMemo): Span[] => (memo ? getOrAdd(memo.told, item, toldSentences) : toldSentences(item));

/** The model's entity of a resolved one, with the ids of its events and the sentences it takes part in. */
export const modelEntity = (entity: ResolvedEntity, events: string[], sentences: EntityMention[]): Entity => ({
	name: entity.name,
	kind: entity.kind,
	aliases: [...entity.aliases].filter((alias) => alias !== entity.name),
	events,
	mentions: entity.mentions,
	sentences,
});

/** Articles by id, without a pair array for each on the way. */
export function byId(articles: Article[]): Map<string, Article> {
	const found = new Map<string, Article>();
	for (const article of articles) found.set(article.id, article);
	return found;
}

/**
 * The corpus-wide stages over analyzed articles: canonical entities, merged events, the model.
 * `analyzed` is emptied once its merging inputs are taken: with hundreds of thousands of short
 * articles they are much of the memory, and merging goes on without them.
 */
export const assembleTimeline = (analyzed: AnalyzedArticle[], skipped: Skipped[], aliases: EntityDefinition[] = []): TimelineModel =>
	stepwise(() => assembleTimelineSteps(analyzed, skipped, aliases)).finish();

/**
 * `assembleTimeline` a step at a time (see Stepwise): an interface reloading a large corpus takes
 * keys between steps. With `memo`, what an unchanged article or event gave the last merge of that
 * memo is taken from it: the model is the same.
 */
export function* assembleTimelineSteps(analyzed: AnalyzedArticle[], skipped: Skipped[], aliases: EntityDefinition[] = [], memo?: MergeMemo): Generator<void, TimelineModel, void> {
	const {entities: resolved, byArticle} = resolveEntities(
		analyzed.map((item) => item.mentions),
		resolvedDefinitions(aliases),
		memo?.names,
	);
	// A step of its own: an interface merging again takes keys (and a newer update) between the corpus-wide stages.
	yield;
	const named = memo && sameEntities(memo);
	const inputs: EventArticle[] = [];
	const articles: Article[] = [];
	// Each analyzed article let go as its input is made: its mentions, which resolution has taken,
	// are not held beside every article's input.
	for (const [index, item] of analyzed.entries()) {
		inputs.push(eventArticle(item, toldOf(item, memo), named ? named(byArticle[index]!) : byArticle[index]!));
		articles.push(item.article);
		analyzed[index] = undefined!;
	}
	analyzed.length = 0;
	yield;
	const built = yield* buildEventsSteps(inputs, memo);
	// Merged: what is left of the inputs is each article's dates, and the model keeps only those.
	const dates = inputs.flatMap((item) => item.dates);
	inputs.length = 0;
	const saliences = salienceOf(built.events, byId(articles), memo?.salience);
	// A memo's events are the next merge's too: this model's are copies with their salience.
	const events = memo ? built.events.map((event, index) => withSalience(memo, event, saliences[index]!)) : built.events;
	if (!memo) events.forEach((event, index) => (event.salience = saliences[index]!));
	const {eventsByEntity, sentencesByEntity} = built;
	const entities = resolved.map((entity) => modelEntity(entity, eventsByEntity.get(entity.name) ?? [], sentencesByEntity.get(entity.name) ?? []));
	return {articles, dates, events, entities, skipped};
}
