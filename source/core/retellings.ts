/**
 * A later article's undated sentence that tells again a happening an earlier article dated
 * ("When Apple CEO Steve Jobs first introduced iPhone 4, he praised its antenna", weeks after
 * the launch) belongs to that happening's event, not to the day it was written on. Nothing in
 * its text dates it: it is recognised by the participants it names and by what it says of them,
 * against the dated sentences of the events before its article's publication date. So does a
 * later sentence whose date only spans the happening's day ("last month", "in 2010") or means
 * about then ("two weeks ago"): the earlier article's day says when it was.
 */
import {isCountry} from './entities/countries.js';
import {countFeatures, featureTable, retold, sayingOf, sentenceFeatures, sentenceTokens, weighFeatures, type FeatureKeys, type Features, type Saying} from './event-similarity.js';
import {byStart, entitiesIn, firstMentionFrom, type Candidate, type EventArticle, type NamedEntity} from './events.js';
import type {EventMention, Span, TimelineEvent} from './model.js';
import {approximateDays} from './dates/approximate.js';
import {dayNumber} from './dates/calendar.js';
import {getOrAdd, pushTo} from './collections.js';

/** An event with the candidates it was made of. */
export type MadeEvent = {event: TimelineEvent; cluster: Candidate[]};

/** How much of the shorter sentence the other tells again (retold) for a sentence to join an earlier event. */
const sameHappening = 0.45;
/** Dated sentences a retelling is compared with, at most: those of its rarest participants first. */
const maxCompared = 64;

type Told = {made: number; candidate: Candidate};
/** A sentence that may tell again an earlier article's happening: an undated further `sentence` of a candidate at its publication date, or a candidate whose own date spans days (`dated`). */
type Retelling = {from: number; candidate: Candidate; sentence: Span; entities: NamedEntity[]; told: Told[]; dated: boolean};

/** An event a retelling left or joined: a new object (those of `made` may be kept by a merge memo), with the candidates it now holds; null when none is left. */
export type Retold = {event: TimelineEvent; cluster: Candidate[]} | null;

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
 * The days a candidate's date may mean, as a test of a day (`YYYY-MM-DD`), when it is coarser
 * than one day (a month, a year) or only about one ("two weeks ago"); else null: an exact day
 * is the happening's own, and a range is a period, not one happening.
 */
function spannedDays({value, mention}: Candidate, text: string): ((day: string) => boolean) | null {
	if (!value || value.end !== null || !mention.date) return null;
	if (value.precision !== 'day') return (day) => day.startsWith(value.start);
	const slack = approximateDays(text, mention.date);
	if (slack === 0) return null;
	const around = dayNumber(value.start);
	return (day) => Math.abs(dayNumber(day) - around) <= slack;
}

/**
 * Each undated further sentence of `made` (see Candidate.further) that tells again a happening
 * of an event dated before its article's publication, of another article, moves to that event
 * (the one whose dated sentence it tells again most); so does each candidate whose date spans
 * that event's day (spannedDays), with its further sentences. Returns the events that changed,
 * by index into `made`.
 */
export function retellings(made: MadeEvent[], articles: EventArticle[], keys: FeatureKeys, tokensOf: (candidate: Candidate) => number[]): Map<number, Retold> {
	const spans = new Map<Candidate, (day: string) => boolean>();
	made.forEach(({cluster}) => {
		for (const candidate of cluster) {
			const span = candidate.basis === 'text' && articles[candidate.articleIndex]!.published ? spannedDays(candidate, articles[candidate.articleIndex]!.text) : null;
			if (span) spans.set(candidate, span);
		}
	});
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
	// The events before `published`, of another article than `candidate`'s, whose days `within` holds, that tell of `entities`.
	const earlierOf = (candidate: Candidate, entities: NamedEntity[], within: (day: string) => boolean, dated: boolean): Told[] => {
		const published = articles[candidate.articleIndex]!.published!;
		const told: Told[] = [];
		for (const entity of participants(entities).sort((a, b) => (toldOf.get(a)?.length ?? 0) - (toldOf.get(b)?.length ?? 0))) {
			for (const earlier of toldOf.get(entity) ?? []) {
				if (told.length >= maxCompared) break;
				const day = made[earlier.made]!.event.date!.start;
				// A day told only about (spannedDays) does not say when a happening told more vaguely was.
				if (earlier.candidate.articleIndex === candidate.articleIndex || day >= published || !within(day) || (dated && spans.has(earlier.candidate)) || told.some((other) => other.candidate === earlier.candidate)) continue;
				told.push(earlier);
			}
		}
		return told;
	};
	const found: Retelling[] = [];
	// Candidates dated about a day first: a sentence told again without a date may tell again what they tell.
	made.forEach(({cluster}, from) => {
		for (const candidate of cluster) {
			const span = spans.get(candidate);
			const told = span ? earlierOf(candidate, candidate.entities, span, true) : [];
			if (told.length > 0) found.push({from, candidate, sentence: candidate.mention.sentence, entities: candidate.entities, told, dated: true});
		}
	});
	const anyDay = () => true;
	undated.forEach(({from, candidate, sentence}, index) => {
		const told = earlierOf(candidate, named[index]!, anyDay, false);
		if (told.length > 0) found.push({from, candidate, sentence, entities: named[index]!, told, dated: false});
	});
	const moved = new Map<number, Retold>();
	if (found.length === 0) return moved;
	// What each sentence says, weighed among the sentences compared here.
	const table = featureTable(keys);
	const featuresOf = new Map<Candidate, Features>();
	const counted = (tokens: number[], names: string[], language: string) => {
		const features = sentenceFeatures(keys, tokens, names, language);
		countFeatures(table, features, tokens);
		return features;
	};
	const count = (candidate: Candidate) => getOrAdd(featuresOf, candidate, () => counted(tokensOf(candidate), candidate.entities.map((entity) => entity.name), articles[candidate.articleIndex]!.language ?? ''));
	const sayings: Saying[] = found.map(({candidate, sentence, entities, dated}) => {
		if (dated) return sayingOf(count(candidate), keys);
		const article = articles[candidate.articleIndex]!;
		const language = article.language ?? '';
		return sayingOf(counted(sentenceTokens(keys, article.text, sentence, [], language), entities.map((entity) => entity.name), language), keys);
	});
	// Its own event's first candidates (a busy event has many), but a dated one itself (an undated one's own is its report's title).
	const ownOf = ({from, candidate, dated}: Retelling) => made[from]!.cluster.slice(0, maxCompared).filter((other) => !dated || other !== candidate);
	for (const retelling of found) {
		ownOf(retelling).forEach(count);
		const {told} = retelling;
		for (const earlier of told) count(earlier.candidate);
	}
	weighFeatures(table);
	// Where each event's candidates are now: a candidate moved, and a retelling of what it tells, go where it went.
	const current = (index: number): NonNullable<Retold> => {
		let changed = moved.get(index);
		if (!changed) moved.set(index, (changed = {event: {...made[index]!.event}, cluster: made[index]!.cluster}));
		return changed!;
	};
	const movedTo = new Map<Candidate, number>();
	found.forEach((retelling, index) => {
		const {from, candidate, sentence, told, dated} = retelling;
		const says = sayings[index]!;
		// It goes on telling its own happening when it tells that as much as any other.
		const own = ownOf(retelling).reduce((most, other) => Math.max(most, retold(says, featuresOf.get(other)!, table)), 0);
		let best: number | undefined;
		let bestWeight = Math.max(sameHappening, own);
		for (const earlier of told) {
			const weight = retold(says, featuresOf.get(earlier.candidate)!, table);
			if (weight > bestWeight || (weight === bestWeight && weight > own && best === undefined)) [best, bestWeight] = [movedTo.get(earlier.candidate) ?? earlier.made, weight];
		}
		// An event every sentence left (its own were all told about a day) is gone.
		if (best === undefined || best === from || moved.get(best) === null) return;
		const articleId = articles[candidate.articleIndex]!.id;
		const further = dated ? (candidate.further ?? []) : [];
		const starts = new Set([sentence.start, ...further.map((span) => span.start)]);
		const mentions: EventMention[] = dated ? [candidate.mention, ...further.map((span) => ({article: articleId, sentence: span, date: null}))] : [{article: articleId, sentence, date: null}];
		const left = current(from);
		left.event.mentions = left.event.mentions.filter((mention) => !(mention.article === articleId && starts.has(mention.sentence.start) && (dated || mention.date === null)));
		if (dated) {
			left.cluster = left.cluster.filter((other) => other !== candidate);
			left.event.sources = [...new Set(left.event.mentions.map((mention) => mention.article))];
			movedTo.set(candidate, best);
		}
		if (left.event.mentions.length === 0) moved.set(from, null);
		const joined = current(best);
		joined.event.mentions = [...joined.event.mentions, ...mentions];
		if (dated) joined.cluster = [...joined.cluster, candidate];
		if (!joined.event.sources.includes(articleId)) joined.event.sources = [...joined.event.sources, articleId];
	});
	return moved;
}
