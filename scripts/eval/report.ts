/** Formatting of the evaluation: the summary table, the JSON artefact, and the `--details` listing. */
import type {FalseKind, MissKind, PairMiss, PairMissKind, TargetCounts, TimelineCorpus, TimelineCounts, TimelineFalse, TimelineMiss} from './entity-timelines.js';
import type {KeyDateScore} from './key-dates.js';
import {dateMetrics, mentionKinds, overlaps, type DateCounts, type DateScore, type EntityScore, type EvalDocument, type KindCounts, type MentionKind, type PredictedDate, type Span} from './scoring.js';

export type Row = {
	set: string;
	language: string;
	documents: number;
	engine: DateCounts;
	chrono: DateCounts;
	target?: {precision: number; valueRecall: number};
	/** An indented sub-row (one language of a mixed set). */
	sub?: boolean;
};

export type EntitySummary = Record<MentionKind, KindCounts> & {
	set: string;
	instances: number;
	split: number;
};

const format = (value: number | null) => (value === null ? '  —  ' : value.toFixed(3));
const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

function metricsCells(counts: DateCounts): string[] {
	const metrics = dateMetrics(counts);
	return [format(metrics.precision), format(metrics.recall), format(metrics.valueRecall)];
}

function targetCell(row: Row): string {
	if (!row.target) return '';
	const metrics = dateMetrics(row.engine);
	const mark = (value: number | null, target: number) => (value !== null && value >= target ? '✓' : '✗');
	return `P ≥ ${row.target.precision.toFixed(2)} ${mark(metrics.precision, row.target.precision)}  VR ≥ ${row.target.valueRecall.toFixed(2)} ${mark(metrics.valueRecall, row.target.valueRecall)}`;
}

function table(header: string[], rows: string[][], rightAligned: (column: number) => boolean): string[] {
	const widths = header.map((cell, column) => rows.reduce((width, row) => Math.max(width, (row[column] ?? '').length), cell.length));
	const line = (cells: string[]) =>
		cells
			.map((cell, column) => (rightAligned(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
			.join('  ')
			.trimEnd();
	return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)];
}

export function formatDateTable(rows: Row[]): string {
	const header = ['set', 'lang', 'docs', 'gold', 'pred', 'P', 'R', 'VR', '│', 'chrono P', 'R', 'VR', '│', 'target (engine)'];
	const body = rows.map((row) => [
		row.sub ? `  ${row.set}` : row.set,
		row.language,
		String(row.documents),
		String(row.engine.gold),
		String(row.engine.predicted),
		...metricsCells(row.engine),
		'│',
		...metricsCells(row.chrono),
		'│',
		targetCell(row),
	]);
	return table(header, body, (column) => column >= 2 && column !== 8 && column !== 12 && column !== 13).join('\n');
}

/** Issue 14: names F1 ≥ 0.85 for each kind. */
const nameTarget = 0.85;

export function formatEntityTable(summary: EntitySummary): string {
	const rows = mentionKinds.map((kind) => {
		const metrics = kindMetrics(summary[kind]);
		const mark = metrics.f1 !== null && metrics.f1 >= nameTarget ? '✓' : '✗';
		return [kind, String(summary[kind].gold), String(summary[kind].predicted), format(metrics.precision), format(metrics.recall), format(metrics.f1), `F1 ≥ ${nameTarget.toFixed(2)} ${mark}`];
	});
	return [
		...table(['kind', 'gold', 'engine', 'P', 'R', 'F1', 'target'], rows, (column) => column >= 1 && column <= 5),
		`split: ${summary.split} of ${summary.instances} gold entities found in a document landed on more than one canonical entity`,
	].join('\n');
}

function countsJson(counts: DateCounts) {
	const metrics = dateMetrics(counts);
	return {...counts, precision: round(metrics.precision), recall: round(metrics.recall), valueRecall: round(metrics.valueRecall)};
}

const f1Of = (precision: number | null, recall: number | null) => (precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall));

function kindMetrics(counts: KindCounts) {
	const precision = counts.predicted ? counts.correct / counts.predicted : null;
	const recall = counts.gold ? counts.found / counts.gold : null;
	return {precision, recall, f1: f1Of(precision, recall)};
}

function kindJson(counts: KindCounts) {
	const metrics = kindMetrics(counts);
	return {...counts, precision: round(metrics.precision), recall: round(metrics.recall), f1: round(metrics.f1)};
}

function timelineMetrics(counts: TimelineCounts) {
	const precision = counts.predicted ? counts.correct / counts.predicted : null;
	const recall = counts.gold ? counts.found / counts.gold : null;
	return {precision, recall, f1: f1Of(precision, recall), pairRecall: counts.pairs ? counts.pairsFound / counts.pairs : null};
}

/** Entity timelines per corpus; the targets of issue 14 beside the last row. */
export function formatTimelineTable(rows: Array<{set: string; counts: TimelineCounts}>): string {
	const body = rows.map(({set, counts}) => {
		const metrics = timelineMetrics(counts);
		return [set, String(counts.gold), String(counts.predicted), format(metrics.precision), format(metrics.recall), format(metrics.f1), `${counts.pairsFound}/${counts.pairs}`, format(metrics.pairRecall)];
	});
	return [...table(['set', 'gold', 'pred', 'P', 'R', 'F1', 'pairs', 'pair R'], body, (column) => column >= 1), 'targets: F1 ≥ 0.45, pair recall ≥ 0.6'].join('\n');
}

/** One line per missed SemEval gold item (why, target, gold date, the dates of the events holding its sentence, the sentence), then the count of each kind. */
export function formatTimelineDetails(corpus: TimelineCorpus, misses: TimelineMiss[]): string {
	const articles = new Map(corpus.articles.map((article) => [article.id, article]));
	const lines = misses.map(({kind, target, date, placedAt, article, sentence}) => {
		const [start, end] = articles.get(article)?.sentences[String(sentence)] ?? [0, 0];
		const text = (articles.get(article)?.text.slice(start, end) ?? '').replace(/\s+/gu, ' ');
		return `${kind.toUpperCase().padEnd(11)}  ${target.padEnd(24)}  gold ${date.padEnd(10)}  got ${(placedAt.join(',') || '-').padEnd(10)}  ${article}/${sentence}: ${text.slice(0, 100)}`;
	});
	const counts = new Map<MissKind, number>();
	for (const {kind} of misses) counts.set(kind, (counts.get(kind) ?? 0) + 1);
	const summary = [...counts].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${count} ${kind}`).join(', ');
	return [`# semeval ${corpus.name}: missed gold items`, ...lines, `# ${summary || 'none missed'}`].join('\n');
}

/** Each missed cross-document pair: why, target, gold date, then each side's sentence and the events holding it (date, sources); then the count of each kind. */
export function formatPairDetails(corpus: TimelineCorpus, misses: PairMiss[]): string {
	const articles = new Map(corpus.articles.map((article) => [article.id, article]));
	const lines = misses.flatMap(({kind, target, date, sides}) => [
		`${kind.toUpperCase()}  ${target}  gold ${date}`,
		...sides.map(({article, sentence, events}) => {
			const [start, end] = articles.get(article)?.sentences[String(sentence)] ?? [0, 0];
			const text = (articles.get(article)?.text.slice(start, end) ?? '').replace(/\s+/gu, ' ');
			const held = events.map((event) => `${event.date?.start ?? 'undated'} (${event.sources.length} sources)`).join(', ') || 'no event';
			return `    ${article}/${sentence} [${articles.get(article)?.published ?? '?'}] in ${held}: ${text.slice(0, 140)}`;
		}),
	]);
	const counts = new Map<PairMissKind, number>();
	for (const {kind} of misses) counts.set(kind, (counts.get(kind) ?? 0) + 1);
	const summary = [...counts].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${count} ${kind}`).join(', ');
	return [`# semeval ${corpus.name}: missed cross-document pairs`, ...lines, `# ${summary || 'none missed'}`].join('\n');
}

/** One line per false SemEval item (why, target, its date, the gold dates of its sentence for the target, the sentence), then each target's counts and the count of each kind. */
export function formatTimelineFalsePositives(corpus: TimelineCorpus, {wrong, targets}: {wrong: TimelineFalse[]; targets: TargetCounts[]}): string {
	const articles = new Map(corpus.articles.map((article) => [article.id, article]));
	const lines = wrong.map(({kind, target, date, goldDates, article, sentence}) => {
		const [start, end] = articles.get(article)?.sentences[sentence] ?? [0, 0];
		const text = (articles.get(article)?.text.slice(start, end) ?? '').replace(/\s+/gu, ' ');
		return `${kind.toUpperCase().padEnd(13)}  ${target.padEnd(24)}  got ${date.padEnd(10)}  gold ${(goldDates.join(',') || '-').padEnd(10)}  ${article}/${sentence}: ${text.slice(0, 100)}`;
	});
	const counts = new Map<FalseKind, number>();
	for (const {kind} of wrong) counts.set(kind, (counts.get(kind) ?? 0) + 1);
	const summary = [...counts].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${count} ${kind}`).join(', ');
	const perTarget = targets.map(({target, gold, predicted, correct}) => `#   ${target.padEnd(24)}  gold ${String(gold).padStart(3)}  predicted ${String(predicted).padStart(3)}  correct ${String(correct).padStart(3)}`);
	return [`# semeval ${corpus.name}: false items`, ...lines, `# ${summary || 'none false'}`, '# per target:', ...perTarget].join('\n');
}

/** Key-date F1 per crisis and their mean, beside both baselines. */
export function formatKeyDateTable(scores: KeyDateScore[]): string {
	const mean = (pick: (score: KeyDateScore) => number) => scores.reduce((sum, score) => sum + pick(score), 0) / scores.length;
	const body = [
		...scores.map((score) => [score.set, String(score.k), format(score.engine), format(score.bySources), format(score.byPublication)]),
		['mean', '', format(mean((score) => score.engine)), format(mean((score) => score.bySources)), format(mean((score) => score.byPublication))],
	];
	return [...table(['set', 'k', 'salience', 'by sources', 'by publication'], body, (column) => column >= 1), 'target: salience mean ≥ 0.50'].join('\n');
}

/** The figures of the table as a small, deterministic JSON object (no timestamps, so reruns diff cleanly). */
export function resultsJson(rows: Row[], entities: EntitySummary[], missing: string[], chronoVersion: string, timelines: Array<{set: string; counts: TimelineCounts}> = [], keyDates: KeyDateScore[] = []) {
	return {
		about: 'npm run eval: calendar dates and MEANTIME people/places/organizations, scored as defined in ../shared/datasets/README.md; see scripts/eval/README.md',
		chronoNode: chronoVersion,
		missingSets: missing,
		dates: rows.map((row) => ({
			set: row.set,
			language: row.language,
			documents: row.documents,
			...(row.target ? {target: row.target} : {}),
			engine: countsJson(row.engine),
			chrono: countsJson(row.chrono),
		})),
		entities: entities.map((summary) => ({
			set: summary.set,
			person: kindJson(summary.person),
			place: kindJson(summary.place),
			organization: kindJson(summary.organization),
			instances: summary.instances,
			split: summary.split,
		})),
		entityTimelines: timelines.map(({set, counts}) => ({set, ...counts, ...Object.fromEntries(Object.entries(timelineMetrics(counts)).map(([key, value]) => [key, round(value)]))})),
		keyDates: keyDates.map((score) => ({...score, engine: round(score.engine), bySources: round(score.bySources), byPublication: round(score.byPublication)})),
	};
}

/** A span with some text either side, on one line: `…before [span] after…`. */
export function inContext(text: string, span: Span, width = 45): string {
	const clean = (value: string) => value.replace(/\s+/g, ' ');
	const before = clean(text.slice(Math.max(0, span.start - width), span.start));
	const after = clean(text.slice(span.end, span.end + width));
	return `…${before}[${clean(text.slice(span.start, span.end))}]${after}…`;
}

const showValue = (prediction: PredictedDate) => (prediction.value ? `${prediction.value.start} (${prediction.value.precision})` : 'no value');

/** A text's shape for grouping: digits become 0, case is folded. */
const shape = (text: string) => text.toLowerCase().replace(/\d/g, '0').replace(/\s+/g, ' ');

function topShapes(texts: string[], limit = 15): string {
	const counts = new Map<string, number>();
	for (const text of texts) counts.set(shape(text), (counts.get(shape(text)) ?? 0) + 1);
	return [...counts]
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.slice(0, limit)
		.map(([text, count]) => `${count}× "${text}"`)
		.join(', ');
}

export function formatDateDetails(documents: EvalDocument[], scores: Map<string, DateScore>, predictor: string): string {
	const lines: string[] = [];
	const misses: string[] = [];
	const wrong: string[] = [];
	const falsePositives: string[] = [];
	for (const document of documents) {
		const score = scores.get(document.id);
		if (!score || (score.misses.length === 0 && score.wrongValues.length === 0 && score.falsePositives.length === 0)) continue;
		lines.push(`\n## ${document.id} (dct ${document.dct ?? 'none'}, ${document.language})`);
		type Item = {start: number; line: string};
		const items: Item[] = [
			...score.misses.map((timex) => {
				misses.push(timex.text);
				return {start: timex.start, line: `MISS   "${timex.text}" = ${timex.value}   ${inContext(document.text, timex)}`};
			}),
			...score.wrongValues.map(({gold, predicted}) => {
				wrong.push(gold.text);
				const got = predicted.map((prediction) => `"${prediction.text}" = ${showValue(prediction)}`).join(' | ');
				return {start: gold.start, line: `VALUE  "${gold.text}" = ${gold.value}, got ${got}   ${inContext(document.text, gold)}`};
			}),
			...score.falsePositives.map((prediction) => {
				falsePositives.push(prediction.text);
				return {start: prediction.start, line: `FALSE  "${prediction.text}" = ${showValue(prediction)}   ${inContext(document.text, prediction)}`};
			}),
		];
		items.sort((a, b) => a.start - b.start);
		for (const item of items) lines.push(item.line);
	}
	return [
		`# ${predictor}: ${misses.length} missed, ${wrong.length} wrong values, ${falsePositives.length} false positives`,
		...lines,
		'',
		'# most frequent (digits shown as 0)',
		`missed: ${topShapes(misses) || '—'}`,
		`wrong value: ${topShapes(wrong) || '—'}`,
		`false positive: ${topShapes(falsePositives) || '—'}`,
	].join('\n');
}

export function formatEntityDetails(documents: EvalDocument[], scores: Map<string, EntityScore>): string {
	const lines: string[] = [];
	const misses: string[] = [];
	const falsePositives: string[] = [];
	/** What the gold says at a false positive: the type/syntactic of the smallest annotation there (`ORG/NAM`), or nothing. */
	const falseKinds = new Map<string, number>();
	for (const document of documents) {
		const score = scores.get(document.id);
		if (!score || (score.misses.length === 0 && score.falsePositives.length === 0 && score.splits.length === 0)) continue;
		lines.push(`\n## ${document.id}`);
		for (const miss of score.misses) {
			misses.push(miss.text);
			lines.push(`MISS   ${miss.kind} "${miss.text}"   ${inContext(document.text, miss)}`);
		}
		for (const mention of score.falsePositives) {
			falsePositives.push(document.text.slice(mention.start, mention.end));
			const annotated = (document.entities ?? []).filter((entity) => overlaps(entity, mention));
			const smallest = [...annotated].sort((a, b) => a.end - a.start - (b.end - b.start))[0];
			const kind = smallest ? `${smallest.type}/${smallest.syntactic || '-'}` : 'not annotated';
			falseKinds.set(kind, (falseKinds.get(kind) ?? 0) + 1);
			const label = annotated.length > 0 ? `annotated ${annotated.map((entity) => `${entity.type}/${entity.syntactic || '-'} "${entity.text}"`).join(', ')}` : 'not annotated';
			lines.push(`FALSE  ${mention.kind} "${document.text.slice(mention.start, mention.end)}" (entity ${mention.entity}; ${label})   ${inContext(document.text, mention)}`);
		}
		for (const split of score.splits) lines.push(`SPLIT  ${split.mentions.map((text) => `"${text}"`).join(', ')} → ${split.entities.join(' | ')}`);
	}
	return [
		`# engine people, places and organizations: ${misses.length} missed, ${falsePositives.length} false positives`,
		...lines,
		'',
		`missed: ${topShapes(misses) || '—'}`,
		`false positive: ${topShapes(falsePositives) || '—'}`,
		`false positives by the smallest gold annotation there: ${[...falseKinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([kind, count]) => `${count}× ${kind}`).join(', ') || '—'}`,
	].join('\n');
}
