/**
 * The hand annotation of the bundled corpus (corpus/*.md), written by reading the articles, and
 * the script that turns it into bundled-corpus.gold.jsonl with offsets computed on the bodies:
 *
 *   npx tsx scripts/eval/bundled-gold.ts
 *
 * Each annotation names its text and, where that text occurs more than once, a longer context
 * that occurs once (or `nth` for a repeated context); resolving fails loudly on any ambiguity.
 * Values follow TIMEX3: weekdays and "this month" resolved against the publication date by
 * reading the story, durations as P-values, clock times as TIME. Not annotated: anaphoric
 * references ("at that time", "then"), vague adverbs ("previously", "recent", "not yet",
 * "bisher", "bislang", "sofort") and event-anchored phrases ("since the beginning of the invasion").
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadArticles} from '../../source/core/load.js';
import {bundledGoldFile, checkOffsets, repoRoot} from './datasets.js';
import type {EvalDocument, Timex} from './scoring.js';

export type Annotation = {
	text: string;
	type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
	value: string;
	/** A longer string around `text` that pins the occurrence; defaults to `text`. */
	context?: string;
	/** Which occurrence of the context (0-based) when the context itself repeats. */
	nth?: number;
};

export const bundledAnnotations: Record<string, Annotation[]> = {
	// Published Saturday 2025-05-17. A report without a single temporal expression.
	'000-lawrow-rubio-telefonat': [],
	// Published Friday 2025-05-16: the Istanbul talks of that day.
	'001-istanbul-talks-prisoner-exchange': [
		{text: 'the beginning of 2022', type: 'DATE', value: '2022'},
		{text: 'Friday', context: 'in Istanbul on Friday, the uncle', type: 'DATE', value: '2025-05-16'},
		{text: 'almost two hours', type: 'DURATION', value: 'PT2H'},
		{text: 'the near future', type: 'DATE', value: 'FUTURE_REF'},
		{text: 'Friday', context: 'Friday’s conversations followed', type: 'DATE', value: '2025-05-16'},
		{text: 'morning', context: 'a morning meeting', type: 'TIME', value: '2025-05-16TMO'},
		{text: 'around 1:30 pm local time', type: 'TIME', value: '2025-05-16T13:30'},
		{text: 'Thursday', context: 'in Ankara on Thursday', type: 'DATE', value: '2025-05-15'},
		{text: '2022', context: 'peace conversations of 2022', type: 'DATE', value: '2022'},
		{text: 'Thursday', context: '“decorative” on Thursday', type: 'DATE', value: '2025-05-15'},
		{text: 'Friday', context: 'sees Friday’s meeting', type: 'DATE', value: '2025-05-16'},
		{text: '2022', context: 'the negotiations of 2022', type: 'DATE', value: '2022'},
		{text: 'Friday', context: 'no progress on Friday', type: 'DATE', value: '2025-05-16'},
		{text: 'Friday', context: 'arrived in Istanbul on Friday', type: 'DATE', value: '2025-05-16'},
		{text: 'Thursday', context: 'Rubio told journalists on Thursday', type: 'DATE', value: '2025-05-15'},
		{text: 'currently', type: 'DATE', value: 'PRESENT_REF'},
		{text: 'Friday', context: 'participation in Friday’s conversations', type: 'DATE', value: '2025-05-16'},
		{text: 'months', context: 'after months of', type: 'DURATION', value: 'PXM'},
		// Trump took office in January 2025.
		{text: 'January', context: 'office in January', type: 'DATE', value: '2025-01'},
	],
	// Published Friday 2025-05-30 (BBC Arabic): the second round is on Monday 2025-06-02.
	'002-second-round-monday': [
		{text: 'يوم الاثنين', context: 'اسطنبول يوم الاثنين في جولة', type: 'DATE', value: '2025-06-02'},
		{text: 'في وقت سابق من هذا الشهر', type: 'DATE', value: '2025-05'},
		{text: 'يوم الجمعة', type: 'DATE', value: '2025-05-30'},
		{text: 'هذا العام', type: 'DATE', value: '2025'},
		{text: 'يوم الاثنين', context: 'المحادثات يوم الاثنين', type: 'DATE', value: '2025-06-02'},
		// Merz met Zelensky in Berlin on Wednesday 2025-05-28.
		{text: 'يوم الأربعاء', type: 'DATE', value: '2025-05-28'},
		{text: 'حاليًا', type: 'DATE', value: 'PRESENT_REF'},
		{text: 'عام 2014', type: 'DATE', value: '2014'},
	],
	// Published Friday 2025-05-16, the day of the talks.
	'003-russian-view-of-talks': [
		{text: 'the coming days', type: 'DATE', value: 'FUTURE_REF'},
		{text: 'to date', type: 'DATE', value: 'PRESENT_REF'},
		{text: '13:30 MSK', type: 'TIME', value: '2025-05-16T13:30'},
		{text: 'approximately two hours', type: 'DURATION', value: 'PT2H'},
	],
	// Published (approximately) 2025-05-29; the first paragraph is printed twice.
	'004-second-round-june-2': [
		{text: 'June 2', nth: 0, type: 'DATE', value: '2025-06-02'},
		{text: 'June 2', nth: 1, type: 'DATE', value: '2025-06-02'},
		{text: 'May 16', type: 'DATE', value: '2025-05-16'},
		{text: 'three-year', type: 'DURATION', value: 'P3Y'},
		// "from May 23 to 25": two TIMEX3 dates, as TimeML annotates a range.
		{text: 'May 23', type: 'DATE', value: '2025-05-23'},
		{text: '25', context: 'to 25.', type: 'DATE', value: '2025-05-25'},
		{text: 'several days', type: 'DURATION', value: 'PXD'},
		{text: '2022', context: 'the 2022 talks', type: 'DATE', value: '2022'},
		{text: 'the first months', type: 'DURATION', value: 'PXM'},
		{text: '2022', context: 'the war in 2022', type: 'DATE', value: '2022'},
		{text: '2025', context: 'A new page in 2025', type: 'DATE', value: '2025'},
		{text: '2025', context: 'the United States in 2025', type: 'DATE', value: '2025'},
		{text: 'two -week', type: 'DURATION', value: 'P2W'},
	],
};

function occurrences(text: string, search: string): number[] {
	const found: number[] = [];
	for (let index = text.indexOf(search); index !== -1; index = text.indexOf(search, index + 1)) found.push(index);
	return found;
}

/** Offsets for every annotation; throws when a text or context is missing or ambiguous. */
export function resolveAnnotations(id: string, body: string, annotations: Annotation[]): Timex[] {
	const timexes = annotations.map((annotation): Timex => {
		const context = annotation.context ?? annotation.text;
		const where = `${id}: "${context}"`;
		const places = occurrences(body, context);
		if (annotation.nth === undefined && places.length !== 1) throw new Error(`${where} occurs ${places.length} times; give a longer context or nth`);
		const contextStart = places[annotation.nth ?? 0];
		if (contextStart === undefined) throw new Error(`${where} has no occurrence ${annotation.nth}`);
		const inner = occurrences(context, annotation.text);
		if (inner.length !== 1) throw new Error(`${where} contains "${annotation.text}" ${inner.length} times`);
		const start = contextStart + (inner[0] ?? 0);
		return {start, end: start + annotation.text.length, text: annotation.text, type: annotation.type, value: annotation.value};
	});
	timexes.sort((a, b) => a.start - b.start);
	timexes.forEach((timex, index) => {
		const next = timexes[index + 1];
		if (next && next.start < timex.end) throw new Error(`${id}: "${timex.text}" and "${next.text}" overlap`);
	});
	return timexes;
}

/** Reads corpus/*.md with the project's loader and writes the gold file. */
export async function buildBundledGold(): Promise<EvalDocument[]> {
	const {articles, skipped} = await loadArticles([path.join(repoRoot, 'corpus')]);
	if (skipped.length > 0) throw new Error(`corpus: skipped ${skipped.map((entry) => entry.path).join(', ')}`);
	const ids = new Set(articles.map((article) => article.id));
	for (const id of Object.keys(bundledAnnotations)) if (!ids.has(id)) throw new Error(`annotated article ${id} is not in corpus/`);
	const documents = articles.map((article): EvalDocument => {
		const annotations = bundledAnnotations[article.id];
		if (!annotations) throw new Error(`corpus/${article.id}.md has no annotation`);
		if (!article.published || !article.language) throw new Error(`corpus/${article.id}.md lacks published or language`);
		const document = {
			id: article.id,
			dct: article.published,
			language: article.language,
			text: article.text,
			timexes: resolveAnnotations(article.id, article.text, annotations),
		};
		const problems = checkOffsets(document);
		if (problems.length > 0) throw new Error(problems.join('\n'));
		return document;
	});
	writeFileSync(bundledGoldFile, documents.map((document) => JSON.stringify(document)).join('\n') + '\n');
	return documents;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const documents = await buildBundledGold();
	for (const document of documents) console.log(`${document.id}: ${document.timexes.length} timexes`);
	console.log(`wrote ${path.relative(process.cwd(), bundledGoldFile)}`);
}
