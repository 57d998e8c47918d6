/**
 * SemEval-2015 Task 4 entity timelines (../shared/datasets/README.md): the engine's events of a
 * target entity against the gold timeline, over (article, sentence, date) items, and how many
 * cross-document pairs of one gold line one event of the model holds.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {TimelineModel} from '../../source/core/model.js';
import {datasetsFolder} from './datasets.js';
import type {Span} from './scoring.js';

export const timelinesFile = path.join(datasetsFolder, 'semeval2015-timelines-dev.json');

export type TimelineArticle = {id: string; title: string; published: string | null; text: string; sentences: Record<string, [number, number]>};
export type GoldLine = {date: string | null; mentions: Array<[string, number]>};
export type TimelineCorpus = {name: string; articles: TimelineArticle[]; timelines: Record<string, GoldLine[]>};

export function readTimelineCorpora(file = timelinesFile): TimelineCorpus[] {
	return (JSON.parse(readFileSync(file, 'utf8')) as {corpora: TimelineCorpus[]}).corpora;
}

export type TimelineCounts = {predicted: number; correct: number; gold: number; found: number; pairs: number; pairsFound: number};

export const emptyTimelineCounts = (): TimelineCounts => ({predicted: 0, correct: 0, gold: 0, found: 0, pairs: 0, pairsFound: 0});

const foldName = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const wordsOf = (name: string) => foldName(name).split(' ').filter(Boolean);

/** The model's entity for a target: its name or an alias equal once folded, else names whose words contain the target's or are contained in them, the one with most events. */
export function entityFor(model: Pick<TimelineModel, 'entities'>, target: string): TimelineModel['entities'][number] | undefined {
	const folded = foldName(target);
	const exact = model.entities.find((entity) => [entity.name, ...entity.aliases].some((name) => foldName(name) === folded));
	if (exact) return exact;
	const targetWords = wordsOf(target);
	const related = model.entities.filter((entity) => {
		const words = wordsOf(entity.name);
		return targetWords.every((word) => words.includes(word)) || (words.length > 0 && words.every((word) => targetWords.includes(word)));
	});
	return related.sort((a, b) => b.events.length - a.events.length)[0];
}

const overlapLength = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The gold sentence ids a model sentence covers (overlapping more than half of each). */
export function coveredSentences(sentence: Span, sentences: Record<string, [number, number]>): string[] {
	return Object.entries(sentences)
		.filter(([, [start, end]]) => overlapLength(sentence, {start, end}) * 2 > end - start)
		.map(([id]) => id);
}

/** For each gold sentence (`article/sentence`) the model's events that hold it (with `of`, those of that entity's that it takes part in), as indexes into `model.events`. */
function eventsHolding(corpus: TimelineCorpus, model: TimelineModel, of?: ModelEntity): Map<string, Set<number>> {
	const sentencesOf = new Map(corpus.articles.map((article) => [article.id, article.sentences]));
	const heldBy = new Map<string, Set<number>>();
	const ofEntity = of && new Set(of.events);
	const takesPart = of ? takesPartIn(of) : () => true;
	model.events.forEach((event, index) => {
		if (ofEntity && !ofEntity.has(event.id)) return;
		for (const mention of event.mentions) {
			if (!takesPart(mention)) continue;
			for (const id of coveredSentences(mention.sentence, sentencesOf.get(mention.article) ?? {})) {
				const key = `${mention.article}/${id}`;
				const events = heldBy.get(key) ?? new Set<number>();
				events.add(index);
				heldBy.set(key, events);
			}
		}
	});
	return heldBy;
}

type ModelEntity = TimelineModel['entities'][number];

/** Whether an entity takes part in a sentence of one of its events: one of its `sentences`, or any without them. */
function takesPartIn(entity: ModelEntity): (mention: TimelineModel['events'][number]['mentions'][number]) => boolean {
	if (!entity.sentences) return () => true;
	const own = new Set(entity.sentences.map(({article, start}) => `${article}/${start}`));
	return ({article, sentence}) => own.has(`${article}/${sentence.start}`);
}

/** The items (`article/sentence/date`) of an entity: each sentence of each of its events that it takes part in, at the event's date; a sentence no gold sentence covers by its offset. */
function predictedItems(entity: ModelEntity | undefined, eventById: Map<string, TimelineModel['events'][number]>, sentencesOf: Map<string, Record<string, [number, number]>>): Set<string> {
	const predicted = new Set<string>();
	if (!entity) return predicted;
	const takesPart = takesPartIn(entity);
	for (const id of entity.events) {
		const event = eventById.get(id);
		if (!event) continue;
		for (const mention of event.mentions) {
			if (!takesPart(mention)) continue;
			const covered = coveredSentences(mention.sentence, sentencesOf.get(mention.article) ?? {});
			for (const sentence of covered.length > 0 ? covered : [`@${mention.sentence.start}`]) predicted.add(`${mention.article}/${sentence}/${event.date?.start ?? 'none'}`);
		}
	}
	return predicted;
}

/** Why a gold item is missed: the target has no entity, its sentence is in no event, only in events of other entities (or of the target's that it takes no part in), or in the target's events at another date. */
export type MissKind = 'no entity' | 'not placed' | 'other event' | 'other date';

export type TimelineMiss = {target: string; article: string; sentence: number; date: string; kind: MissKind; placedAt: string[]};

/** Every gold item of a corpus (dated, each once) that the model's events of its target do not hold, with why. */
export function timelineMisses(corpus: TimelineCorpus, model: TimelineModel): TimelineMiss[] {
	const heldBy = eventsHolding(corpus, model);
	const misses: TimelineMiss[] = [];
	for (const [target, lines] of Object.entries(corpus.timelines)) {
		const entity = entityFor(model, target);
		const heldForTarget = entity ? eventsHolding(corpus, model, entity) : new Map<string, Set<number>>();
		const seen = new Set<string>();
		for (const {date, mentions} of lines) {
			if (date === null) continue;
			for (const [article, sentence] of mentions) {
				if (seen.has(`${article}/${sentence}/${date}`)) continue;
				seen.add(`${article}/${sentence}/${date}`);
				const events = [...(heldBy.get(`${article}/${sentence}`) ?? [])].map((index) => model.events[index]!);
				const targets = [...(heldForTarget.get(`${article}/${sentence}`) ?? [])].map((index) => model.events[index]!);
				if (targets.some((event) => event.date?.start === date)) continue;
				const kind: MissKind = !entity ? 'no entity' : events.length === 0 ? 'not placed' : targets.length === 0 ? 'other event' : 'other date';
				misses.push({target, article, sentence, date, kind, placedAt: events.map((event) => event.date?.start ?? 'undated')});
			}
		}
	}
	return misses;
}

/** Why no event holds both sentences of a gold pair: one is in no event; their events are at different dates, at dates of which one contains the other ("2010-06" and "2010-06-07"), or at the same date apart. */
export type PairMissKind = 'not placed' | 'other dates' | 'containing dates' | 'same date apart';

export type PairMiss = {target: string; date: string; kind: PairMissKind; sides: Array<{article: string; sentence: number; events: TimelineModel['events']}>};

const containsDate = (outer: string, inner: string) => outer !== inner && inner.startsWith(outer);

/** Every cross-document pair of a gold line (dated, each once) that no event of the model holds both of, with the events holding each side and why. */
export function pairMisses(corpus: TimelineCorpus, model: TimelineModel): PairMiss[] {
	const heldBy = eventsHolding(corpus, model);
	const eventsOf = (article: string, sentence: number) => [...(heldBy.get(`${article}/${sentence}`) ?? [])].map((index) => model.events[index]!);
	const misses: PairMiss[] = [];
	const seen = new Set<string>();
	for (const [target, lines] of Object.entries(corpus.timelines)) {
		for (const {date, mentions} of lines) {
			if (date === null) continue;
			for (let i = 0; i < mentions.length; i++) {
				for (let j = i + 1; j < mentions.length; j++) {
					const [a, b] = [mentions[i]!, mentions[j]!];
					const key = `${target}/${a.join('/')}/${b.join('/')}`;
					if (a[0] === b[0] || seen.has(key)) continue;
					seen.add(key);
					const [left, right] = [eventsOf(...a), eventsOf(...b)];
					if (left.some((event) => right.includes(event))) continue;
					const starts = (events: typeof left) => events.map((event) => event.date?.start ?? 'undated');
					const [leftDates, rightDates] = [starts(left), starts(right)];
					const kind: PairMissKind =
						left.length === 0 || right.length === 0
							? 'not placed'
							: leftDates.some((x) => rightDates.includes(x))
								? 'same date apart'
								: leftDates.some((x) => rightDates.some((y) => containsDate(x, y) || containsDate(y, x)))
									? 'containing dates'
									: 'other dates';
					misses.push({target, date, kind, sides: [{article: a[0], sentence: a[1], events: left}, {article: b[0], sentence: b[1], events: right}]});
				}
			}
		}
	}
	return misses;
}

/**
 * Why a predicted item is wrong: its sentence is on the target's gold timeline at another date
 * (or at none), or not on it at all, either naming the target itself or only sharing an event
 * with a sentence that does.
 */
export type FalseKind = 'other date' | 'names target' | 'through event';

export type TimelineFalse = {target: string; article: string; sentence: string; date: string; kind: FalseKind; goldDates: string[]};

/** Per target: gold items, predicted items, correct ones. */
export type TargetCounts = {target: string; gold: number; predicted: number; correct: number};

/** Every item the model predicts for a target that the gold timeline does not hold, with why, and the counts of each target. */
export function timelineFalsePositives(corpus: TimelineCorpus, model: TimelineModel): {wrong: TimelineFalse[]; targets: TargetCounts[]} {
	const sentencesOf = new Map(corpus.articles.map((article) => [article.id, article.sentences]));
	const eventById = new Map(model.events.map((event) => [event.id, event]));
	const wrong: TimelineFalse[] = [];
	const targets: TargetCounts[] = [];
	for (const [target, lines] of Object.entries(corpus.timelines)) {
		const goldDates = new Map<string, string[]>();
		for (const {date, mentions} of lines) for (const [article, sentence] of mentions) goldDates.set(`${article}/${sentence}`, [...(goldDates.get(`${article}/${sentence}`) ?? []), date ?? 'null']);
		const gold = new Set([...goldDates].flatMap(([key, dates]) => dates.filter((date) => date !== 'null').map((date) => `${key}/${date}`)));
		const entity = entityFor(model, target);
		// The gold sentences that a mention of the target's entity lies in.
		const naming = new Set<string>();
		for (const mention of entity?.mentions ?? []) {
			const [id] = Object.entries(sentencesOf.get(mention.article) ?? {}).find(([, [start, end]]) => start <= mention.start && mention.end <= end) ?? [];
			if (id !== undefined) naming.add(`${mention.article}/${id}`);
		}
		const predicted = predictedItems(entity, eventById, sentencesOf);
		let correct = 0;
		for (const item of predicted) {
			if (gold.has(item)) {
				correct++;
				continue;
			}
			const [article, sentence, date] = item.split('/') as [string, string, string];
			const dates = goldDates.get(`${article}/${sentence}`) ?? [];
			const kind: FalseKind = dates.length > 0 ? 'other date' : naming.has(`${article}/${sentence}`) ? 'names target' : 'through event';
			wrong.push({target, article, sentence, date, kind, goldDates: dates});
		}
		targets.push({target, gold: gold.size, predicted: predicted.size, correct});
	}
	return {wrong, targets};
}

/** Scores one corpus's targets against the model built from its articles. */
export function scoreEntityTimelines(corpus: TimelineCorpus, model: TimelineModel): TimelineCounts {
	const counts = emptyTimelineCounts();
	const sentencesOf = new Map(corpus.articles.map((article) => [article.id, article.sentences]));
	const eventById = new Map(model.events.map((event) => [event.id, event]));
	const heldBy = eventsHolding(corpus, model);
	for (const [target, lines] of Object.entries(corpus.timelines)) {
		const gold = new Set<string>();
		for (const line of lines) {
			if (line.date === null) continue;
			for (const [article, sentence] of line.mentions) gold.add(`${article}/${sentence}/${line.date}`);
			for (let i = 0; i < line.mentions.length; i++) {
				for (let j = i + 1; j < line.mentions.length; j++) {
					const [a, b] = [line.mentions[i]!, line.mentions[j]!];
					if (a[0] === b[0]) continue;
					counts.pairs++;
					const both = [...(heldBy.get(`${a[0]}/${a[1]}`) ?? [])].some((event) => heldBy.get(`${b[0]}/${b[1]}`)?.has(event));
					if (both) counts.pairsFound++;
				}
			}
		}
		const predicted = predictedItems(entityFor(model, target), eventById, sentencesOf);
		counts.gold += gold.size;
		counts.predicted += predicted.size;
		for (const item of predicted) if (gold.has(item)) counts.correct++;
		for (const item of gold) if (predicted.has(item)) counts.found++;
	}
	return counts;
}
