/**
 * Date precision on Spanish news (ML-Crisis), which has no date annotations of its own: on a
 * fixed sample of its articles, every date expression the engine reported when the sample was
 * made was judged by hand (ml-crisis-es.sample.json, with how it was judged). A prediction is
 * right when it overlaps a judged expression whose value it has; one overlapping nothing
 * judged (a change since) counts as wrong until the sample is judged again.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {buildTimeline} from '../../source/core/build-timeline.js';
import {readMetadata} from '../../source/core/metadata.js';
import type {DateExpression} from '../../source/core/model.js';
import {datasetsFolder, repoRoot} from './datasets.js';

export const mlCrisisFile = path.join(datasetsFolder, 'ml-crisis-es-dev.jsonl');
export const mlCrisisSampleFile = path.join(repoRoot, 'scripts/eval/ml-crisis-es.sample.json');

type Record = {set: string; id: string; published: string; language: string; text: string};
/** A judged expression: its value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or null when it is no date of the calendar. */
export type Judged = {article: string; start: number; end: number; text: string; value: string | null};
export type Sample = {note: string; articles: string[]; expressions: Judged[]};

export const articleKey = (record: Pick<Record, 'set' | 'id'>) => `${record.set}/${record.id}`;

/** The sample's articles through the engine, as `dateline --json` reads them (published and language from their fields). */
export function sampleDates(articles: string[]): DateExpression[] {
	const wanted = new Set(articles);
	const records = readFileSync(mlCrisisFile, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as Record)
		.filter((record) => wanted.has(articleKey(record)));
	const loaded = records.map((record) => {
		const result = readMetadata({published: record.published, language: record.language});
		if ('reason' in result) throw new Error(`ml-crisis ${articleKey(record)}: ${result.reason}`);
		return {...result.metadata, id: articleKey(record), path: articleKey(record), text: record.text};
	});
	return buildTimeline({articles: loaded}).dates;
}

export type PrecisionScore = {predicted: number; correct: number; unjudged: DateExpression[]; wrong: Array<{prediction: DateExpression; judged: Judged}>};

export function scoreSample(sample: Sample, dates: DateExpression[]): PrecisionScore {
	const score: PrecisionScore = {predicted: 0, correct: 0, unjudged: [], wrong: []};
	for (const prediction of dates) {
		if (!prediction.value) continue;
		score.predicted++;
		const judged = sample.expressions.filter((each) => each.article === prediction.article && each.start < prediction.end && prediction.start < each.end);
		if (judged.length === 0) score.unjudged.push(prediction);
		else if (judged.some((each) => each.value === prediction.value!.start)) score.correct++;
		else score.wrong.push({prediction, judged: judged[0]!});
	}
	return score;
}

export const readSample = (): Sample => JSON.parse(readFileSync(mlCrisisSampleFile, 'utf8')) as Sample;
