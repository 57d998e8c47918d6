/**
 * A later article's undated sentence that tells again a happening an earlier article dated
 * ("When Apple CEO Steve Jobs first introduced iPhone 4, he praised its antenna", weeks after
 * the launch) belongs to that happening's event, not to the day it was written on. Nothing in
 * its text dates it: it is recognised by the participants it names and by what it says of them,
 * against the dated sentences of the events before its article's publication date.
 */
import {isCountry} from './entities/countries.js';
import {countFeatures, featureTable, retold, sayingOf, sentenceFeatures, sentenceTokens, weighFeatures, type FeatureKeys, type Features, type Saying} from './event-similarity.js';
import {byStart, entitiesIn, firstMentionFrom, type Candidate, type EventArticle, type NamedEntity} from './events.js';
import type {Span, TimelineEvent} from './model.js';
import {getOrAdd, pushTo} from './collections.js';

/** An event with the candidates it was made of. */
export type MadeEvent = {event: TimelineEvent; cluster: Candidate[]};

/** How much of the shorter sentence the other tells again (retold) for a sentence to join an earlier event. */
const sameHappening = 0.45;
/** Dated sentences a retelling is compared with, at most: those of its rarest participants first. */
const maxCompared = 64;

type Told = {made: number; candidate: Candidate};
type Retelling = {from: number; candidate: Candidate; sentence: Span; entities: NamedEntity[]; told: Told[]};

const participants = (entities: NamedEntity[]) => entities.filter(({name, kind}) => !(kind === 'place' && isCountry(name)));

/**
 * The entities each sentence names (each once), by its place in `sentences`: the sentences of
 * each article are walked in text order, its mentions sorted once.
 */
function namedIn(articles: EventArticle[], sentences: Array<{candidate: Candidate; sentence: Span}>): NamedEntity[][] {
	const named: NamedEntity[][] = [];
	const byArticle = new Map<number, number[]>();
	sentences.forEach(({candidate}, index) => pushTo(byArticle, candidate.articleIndex, index));
	for (const [articleIndex, indexes] of byArticle) {
		const mentions = byStart(articles[articleIndex]!.named);
		indexes.sort((a, b) => sentences[a]!.sentence.start - sentences[b]!.sentence.start);
		let from = 0;
		for (const index of indexes) {
			const {sentence} = sentences[index]!;
			from = firstMentionFrom(mentions.mentions, sentence.start, from);
			named[index] = entitiesIn(sentence, mentions, from);
		}
	}
	return named;
}

/**
 * Each undated further sentence of `made` (see Candidate.further) that tells again a happening
 * of an event dated before its article's publication, of another article, moves to that event
 * (the one whose dated sentence it tells again most): the events that changed, as new objects
 * (those of `made` may be kept by a merge memo), by index into `made`.
 */
export function retellings(made: MadeEvent[], articles: EventArticle[], keys: FeatureKeys, tokensOf: (candidate: Candidate) => number[]): Map<number, TimelineEvent> {
	// The dated sentences of each participant, in the order of the events.
	const toldOf = new Map<NamedEntity, Told[]>();
	made.forEach(({event, cluster}, index) => {
		// A happening told with its day: a month or a year is more often a story's background than one happening.
		if (event.date?.precision !== 'day' || event.date.end !== null) return;
		for (const candidate of cluster) if (candidate.basis === 'text') for (const entity of participants(candidate.entities)) pushTo(toldOf, entity, {made: index, candidate});
	});
	// The further sentences that may tell again what another article dated, in the order of their events.
	const undated: Array<{from: number; candidate: Candidate; sentence: Span}> = [];
	made.forEach(({cluster}, from) => {
		for (const candidate of cluster) {
			// Only what the day of writing holds by default: a sentence that goes on telling a dated sentence of its paragraph stays with it.
			if (candidate.basis !== 'published' || !candidate.further || !articles[candidate.articleIndex]!.published) continue;
			for (const sentence of candidate.further) undated.push({from, candidate, sentence});
		}
	});
	const named = namedIn(articles, undated);
	const found: Retelling[] = [];
	undated.forEach(({from, candidate, sentence}, index) => {
		const published = articles[candidate.articleIndex]!.published!;
		const entities = named[index]!;
		const told: Told[] = [];
		for (const entity of participants(entities).sort((a, b) => (toldOf.get(a)?.length ?? 0) - (toldOf.get(b)?.length ?? 0))) {
			for (const earlier of toldOf.get(entity) ?? []) {
				if (told.length >= maxCompared) break;
				const {date} = made[earlier.made]!.event;
				if (earlier.candidate.articleIndex === candidate.articleIndex || (date!.end ?? date!.start) >= published || told.some((other) => other.candidate === earlier.candidate)) continue;
				told.push(earlier);
			}
		}
		if (told.length > 0) found.push({from, candidate, sentence, entities, told});
	});
	const moved = new Map<number, TimelineEvent>();
	if (found.length === 0) return moved;
	// What each sentence says, weighed among the sentences compared here.
	const table = featureTable(keys);
	const featuresOf = new Map<Candidate, Features>();
	const counted = (tokens: number[], names: string[], language: string) => {
		const features = sentenceFeatures(keys, tokens, names, language);
		countFeatures(table, features, tokens);
		return features;
	};
	const sayings: Saying[] = found.map(({candidate, sentence, entities}) => {
		const article = articles[candidate.articleIndex]!;
		const language = article.language ?? '';
		return sayingOf(counted(sentenceTokens(keys, article.text, sentence, [], language), entities.map((entity) => entity.name), language), keys);
	});
	// Its own event's first candidates (a busy event has many).
	const ownOf = (from: number) => made[from]!.cluster.slice(0, maxCompared);
	const count = (candidate: Candidate) => getOrAdd(featuresOf, candidate, () => counted(tokensOf(candidate), candidate.entities.map((entity) => entity.name), articles[candidate.articleIndex]!.language ?? ''));
	for (const {from, told} of found) {
		ownOf(from).forEach(count);
		for (const {candidate} of told) count(candidate);
	}
	weighFeatures(table);
	const event = (index: number) => moved.get(index) ?? {...made[index]!.event};
	found.forEach(({from, candidate, sentence, told}, index) => {
		const says = sayings[index]!;
		// It goes on telling its own happening when it tells that as much as any other.
		const own = ownOf(from).reduce((most, candidate) => Math.max(most, retold(says, featuresOf.get(candidate)!, table)), 0);
		let best: number | undefined;
		let bestWeight = Math.max(sameHappening, own);
		for (const earlier of told) {
			const weight = retold(says, featuresOf.get(earlier.candidate)!, table);
			if (weight > bestWeight || (weight === bestWeight && weight > own && best === undefined)) [best, bestWeight] = [earlier.made, weight];
		}
		if (best === undefined) return;
		const articleId = articles[candidate.articleIndex]!.id;
		const left = event(from);
		left.mentions = left.mentions.filter((mention) => !(mention.article === articleId && mention.sentence.start === sentence.start && mention.date === null));
		moved.set(from, left);
		const joined = event(best);
		joined.mentions = [...joined.mentions, {article: articleId, sentence, date: null}];
		if (!joined.sources.includes(articleId)) joined.sources = [...joined.sources, articleId];
		moved.set(best, joined);
	});
	return moved;
}
