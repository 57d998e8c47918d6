/**
 * Key dates on ML-Crisis (../shared/datasets/README.md): the model's k most salient days against
 * the k dates of a reference timeline written by journalists, beside two baselines: days ranked
 * by how many sources tell an event on them, and days on which most articles were published.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {salientDays} from '../../source/core/key-events.js';
import type {TimelineModel} from '../../source/core/model.js';
import {datasetsFolder} from './datasets.js';

export const crisisFile = path.join(datasetsFolder, 'ml-crisis-es-dev.jsonl');
export const crisisReferencesFile = path.join(datasetsFolder, 'ml-crisis-es-dev.references.json');

export type CrisisArticle = {set: string; id: string; published: string | null; language: string; text: string};
export type ReferenceTimeline = Array<{date: string; sentences: string[]}>;

export function readCrisisSets(): Array<{name: string; articles: CrisisArticle[]; reference: ReferenceTimeline}> {
	const articles = readFileSync(crisisFile, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as CrisisArticle);
	const references = JSON.parse(readFileSync(crisisReferencesFile, 'utf8')) as Record<string, ReferenceTimeline>;
	return Object.keys(references)
		.sort()
		.map((name) => ({name, articles: articles.filter((article) => article.set === name), reference: references[name]!}));
}

/** Set precision, recall and F1 of predicted days against reference dates. */
export function dateF1(predicted: string[], reference: string[]): {precision: number; recall: number; f1: number} {
	const gold = new Set(reference);
	const found = new Set(predicted).size === 0 ? 0 : [...new Set(predicted)].filter((day) => gold.has(day)).length;
	const precision = predicted.length === 0 ? 0 : found / new Set(predicted).size;
	const recall = gold.size === 0 ? 0 : found / gold.size;
	return {precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)};
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The first `k` days of a ranking that lie within the reference's first..last date. */
function topWithin(ranked: string[], reference: string[], k: number): string[] {
	const days = reference.filter(isDay).sort();
	const [first, last] = [days[0] ?? '', days.at(-1) ?? ''];
	return ranked.filter((day) => day >= first && day <= last).slice(0, k);
}

/** Keys ranked by their number, most first; ties in key order. */
const rankedBy = (scores: Map<string, number>) => [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key]) => key);

/** Days by the number of distinct sources of their day-precision events. */
export function daysBySources(model: Pick<TimelineModel, 'events'>): string[] {
	const sources = new Map<string, Set<string>>();
	for (const event of model.events) {
		if (event.date?.precision !== 'day' || event.date.end) continue;
		const set = sources.get(event.date.start) ?? new Set<string>();
		for (const source of event.sources) set.add(source);
		sources.set(event.date.start, set);
	}
	return rankedBy(new Map([...sources].map(([day, set]) => [day, set.size])));
}

/** Days by the number of articles published on them. */
export function daysByPublication(model: Pick<TimelineModel, 'articles'>): string[] {
	const counts = new Map<string, number>();
	for (const {published} of model.articles) if (published) counts.set(published, (counts.get(published) ?? 0) + 1);
	return rankedBy(counts);
}

export type KeyDateScore = {set: string; k: number; engine: number; bySources: number; byPublication: number};

/** How many days of the ranking, and of the false ones, `--details ml-crisis` shows. */
const shownFalse = 15;

/**
 * One crisis in detail: each reference date with its rank among the key days (within the
 * reference's span; "—" when no event is placed on it, `*` when among the first k), then the
 * first false days with their salience, the sources of their events and the title of their
 * most salient event.
 */
export function formatKeyDateDetails(set: string, model: TimelineModel, reference: ReferenceTimeline): string {
	const dates = [...new Set(reference.map((entry) => entry.date))].sort();
	const k = dates.length;
	const days = salientDays(model.events);
	const ranked = topWithin(days.map(({day}) => day), dates, Number.POSITIVE_INFINITY);
	const rank = new Map(ranked.map((day, index) => [day, index + 1]));
	const salience = new Map(days.map(({day, salience}) => [day, salience]));
	// Each day's most salient event (the one that makes it a key day) and the sources of all its events.
	const top = new Map<string, {title: string; salience: number; sources: Set<string>}>();
	for (const event of model.events) {
		if (event.date?.precision !== 'day' || event.date.end) continue;
		const day = top.get(event.date.start) ?? {title: event.title, salience: event.salience, sources: new Set<string>()};
		for (const source of event.sources) day.sources.add(source);
		if (event.salience > day.salience) Object.assign(day, {title: event.title, salience: event.salience});
		top.set(event.date.start, day);
	}
	const found = dates.filter((date) => rank.has(date)).length;
	const hits = dates.filter((date) => (rank.get(date) ?? Infinity) <= k).length;
	const lines = [`${set}: k ${k}, ${found} reference dates are a day of some event, ${hits} among the first k (F1 ${(hits / k).toFixed(3)})`];
	for (const date of dates) {
		const at = rank.get(date);
		lines.push(`  REF    ${date}  rank ${at === undefined ? '—' : String(at).padStart(4)}${at !== undefined && at <= k ? ' *' : ''}  salience ${(salience.get(date) ?? 0).toFixed(1)}`);
	}
	const gold = new Set(dates);
	for (const day of ranked.slice(0, k).filter((item) => !gold.has(item)).slice(0, shownFalse)) {
		const {title, sources} = top.get(day)!;
		lines.push(`  FALSE  ${day}  rank ${String(rank.get(day)).padStart(4)}  salience ${salience.get(day)!.toFixed(1)}  sources ${sources.size}  ${title}`);
	}
	return lines.join('\n');
}

/** Date F1 of the three rankings of one crisis's model against its reference. */
export function scoreKeyDates(set: string, model: TimelineModel, reference: ReferenceTimeline): KeyDateScore {
	const dates = [...new Set(reference.map((entry) => entry.date))];
	const k = dates.length;
	const f1 = (ranked: string[]) => dateF1(topWithin(ranked, dates, k), dates).f1;
	return {
		set,
		k,
		engine: f1(salientDays(model.events).map(({day}) => day)),
		bySources: f1(daysBySources(model)),
		byPublication: f1(daysByPublication(model)),
	};
}
