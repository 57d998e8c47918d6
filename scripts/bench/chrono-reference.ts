/**
 * The reference the engine is measured against: chrono-node alone, its casual parser for each
 * article's language, over each article's whole body in one call, single-threaded, in this
 * process. No cleaning, sentences, entities or events: the floor of what date extraction costs.
 * `bySentence` times the same parser called once per sentence (Intl.Segmenter sentences, split
 * before the clock starts), which is how the engine calls it: the difference is chrono's cost per call.
 */
import * as chrono from 'chrono-node';
import {dayNumber} from './calendar.js';
import type {Lang} from './corpus-names.js';

export type ReferenceArticle = {language: Lang; published: string; body: string};

export type ReferenceResult = {seconds: number; articles: number; bodyBytes: number; dates: number};

const parsers: Record<Lang, chrono.Chrono> = {en: chrono.en.casual, de: chrono.de.casual, ar: chrono.ar.casual};

function instantOf(published: string): Date {
	const [year, month, day] = published.split('-').map(Number) as [number, number, number];
	return new Date((dayNumber(year, month, day) + 0.5) * 86_400_000);
}

type Prepared = {parser: chrono.Chrono; reference: {instant: Date; timezone: number}; texts: string[]};

function prepare(articles: readonly ReferenceArticle[], bySentence: boolean): Prepared[] {
	const segmenters = new Map<Lang, Intl.Segmenter>();
	return articles.map((article) => {
		let texts = [article.body];
		if (bySentence) {
			const segmenter = segmenters.get(article.language) ?? new Intl.Segmenter(article.language, {granularity: 'sentence'});
			segmenters.set(article.language, segmenter);
			texts = [...segmenter.segment(article.body)].map((part) => part.segment.trim()).filter(Boolean);
		}
		return {parser: parsers[article.language], reference: {instant: instantOf(article.published), timezone: 0}, texts};
	});
}

function parseAll(prepared: readonly Prepared[]): number {
	let dates = 0;
	for (const {parser, reference, texts} of prepared) for (const text of texts) dates += parser.parse(text, reference).length;
	return dates;
}

export function chronoReference(articles: readonly ReferenceArticle[], {bySentence = false, runs = 1}: {bySentence?: boolean; runs?: number} = {}): ReferenceResult {
	const prepared = prepare(articles, bySentence);
	// Warm-up: chrono compiles its patterns on first use.
	parseAll(prepared.slice(0, 30));
	const times: number[] = [];
	let dates = 0;
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		dates = parseAll(prepared);
		times.push((performance.now() - started) / 1000);
	}
	times.sort((a, b) => a - b);
	const seconds = times[Math.floor((times.length - 1) / 2)] as number;
	const bodyBytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.body), 0);
	return {seconds, articles: articles.length, bodyBytes, dates};
}
