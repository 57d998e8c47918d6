/**
 * The scoring definitions of ../shared/datasets/README.md, as pure functions over one document.
 * Nothing here knows about the engine or chrono-node: both are turned into `PredictedDate`s and
 * `FoundMention`s first, so that the engine and the baseline are scored by the same code.
 */

export type Precision = 'day' | 'month' | 'year';

export type Span = {start: number; end: number};

/** A TIMEX3 annotation as the datasets (and the bundled gold file) store it. */
export type Timex = Span & {
	text: string;
	/** DATE, TIME, DURATION, SET; absent in WikiWarsDE. */
	type?: string;
	value: string;
	/** True for the tag that marks the document creation time. */
	dct?: boolean;
};

export type GoldEntity = Span & {
	text: string;
	/** PER, LOC, ORG, PRO, FIN, MIX. */
	type: string;
	/** NAM, PRE.NAM, NOM, PRO, ... */
	syntactic: string;
	/** One id per real-world entity, or null. */
	instance: string | null;
};

export type EvalDocument = {
	id: string;
	text: string;
	/** `YYYY-MM-DD` or null. */
	dct: string | null;
	language: string;
	/** Annotations are complete only before this offset (MEANTIME); null or absent: the whole text. */
	annotatedEnd?: number | null;
	timexes: Timex[];
	entities?: GoldEntity[];
};

export type PredictedDate = Span & {
	text: string;
	/** The start of the value and its precision; null when the predictor gave no value. */
	value: {start: string; precision: Precision} | null;
};

export type MentionKind = 'person' | 'place' | 'organization';

/** An entity mention as found by the engine; `entity` names the canonical entity it belongs to. */
export type FoundMention = Span & {kind: MentionKind; entity: string};

/** The precision of a calendar date value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); null for anything else. */
export function calendarPrecision(value: string): Precision | null {
	if (/^\d{4}$/.test(value)) return 'year';
	if (/^\d{4}-\d{2}$/.test(value)) return 'month';
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
	return null;
}

/** Two half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}

/** Whether a span starts in the annotated part of the document. */
export function inAnnotatedPart(span: Span, document: Pick<EvalDocument, 'annotatedEnd'>): boolean {
	return document.annotatedEnd === undefined || document.annotatedEnd === null || span.start < document.annotatedEnd;
}

/** Gold dates: calendar-date timexes, not the creation-time tag, starting before `annotatedEnd`. */
export function goldDates(document: EvalDocument): Timex[] {
	return document.timexes.filter((timex) => !timex.dct && calendarPrecision(timex.value) !== null && inAnnotatedPart(timex, document));
}

/** Whether a prediction carries exactly the gold value as its start, at the same precision. */
export function valueMatches(predicted: PredictedDate, gold: Timex): boolean {
	const precision = calendarPrecision(gold.value);
	return predicted.value !== null && precision !== null && predicted.value.start === gold.value && predicted.value.precision === precision;
}

export type DateCounts = {
	/** Predicted expressions in scope. */
	predicted: number;
	/** Of those, the ones overlapping any annotated timex (any type, the creation-time tag included). */
	correct: number;
	gold: number;
	/** Gold dates overlapped by at least one prediction. */
	found: number;
	/** Gold dates with an overlapping prediction whose value is exactly the gold value. */
	valueFound: number;
};

export type DateScore = {
	counts: DateCounts;
	/** Gold dates no prediction overlaps. */
	misses: Timex[];
	/** Gold dates overlapped, but by no prediction with the right value. */
	wrongValues: Array<{gold: Timex; predicted: PredictedDate[]}>;
	/** Predictions overlapping no annotated timex at all. */
	falsePositives: PredictedDate[];
};

/**
 * Scores the date predictions for one document. Several predictions may overlap one gold date
 * (a range split in two, a nested match): the gold date is found if any overlaps, and its value
 * is right if any of the overlapping predictions has it.
 */
export function scoreDates(document: EvalDocument, predictions: PredictedDate[]): DateScore {
	const predicted = predictions.filter((prediction) => inAnnotatedPart(prediction, document));
	const gold = goldDates(document);
	const falsePositives = predicted.filter((prediction) => !document.timexes.some((timex) => overlaps(prediction, timex)));
	const misses: Timex[] = [];
	const wrongValues: DateScore['wrongValues'] = [];
	let valueFound = 0;
	for (const timex of gold) {
		const overlapping = predicted.filter((prediction) => overlaps(prediction, timex));
		if (overlapping.length === 0) misses.push(timex);
		else if (overlapping.some((prediction) => valueMatches(prediction, timex))) valueFound++;
		else wrongValues.push({gold: timex, predicted: overlapping});
	}
	return {
		counts: {
			predicted: predicted.length,
			correct: predicted.length - falsePositives.length,
			gold: gold.length,
			found: gold.length - misses.length,
			valueFound,
		},
		misses,
		wrongValues,
		falsePositives,
	};
}

const goldKinds: Record<string, MentionKind | undefined> = {PER: 'person', LOC: 'place', ORG: 'organization'};

/** The kinds of name scored, in the order they are reported. */
export const mentionKinds: readonly MentionKind[] = ['person', 'place', 'organization'];

/**
 * Gold people, places and organizations: PER, LOC or ORG mentions whose syntactic type contains
 * NAM (a proper name, also one used as a premodifier: PRE.NAM "Apple" in "Apple engineers"),
 * starting before `annotatedEnd`.
 */
export function goldMentions(document: EvalDocument): Array<GoldEntity & {kind: MentionKind}> {
	return (document.entities ?? []).flatMap((entity) => {
		const kind = goldKinds[entity.type];
		return kind && entity.syntactic.includes('NAM') && inAnnotatedPart(entity, document) ? [{...entity, kind}] : [];
	});
}

export type KindCounts = {predicted: number; correct: number; gold: number; found: number};

export const emptyKindCounts = (): KindCounts => ({predicted: 0, correct: 0, gold: 0, found: 0});

export type EntityScore = Record<MentionKind, KindCounts> & {
	/** Gold instances with at least one mention found. */
	instances: number;
	/** Of those, the ones whose mentions landed on more than one canonical engine entity. */
	split: number;
	misses: Array<GoldEntity & {kind: MentionKind}>;
	falsePositives: FoundMention[];
	splits: Array<{instance: string; entities: string[]; mentions: string[]}>;
};

const overlapLength = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * The engine mention a gold mention landed on: of the same kind, overlapping it the most (the
 * first one on a tie). A long gold mention ("Joe Leonard, Chairman ... of AirTran Airways")
 * thereby lands on its person, not on every name inside it.
 */
export function bestMatch(gold: Span & {kind: MentionKind}, mentions: FoundMention[]): FoundMention | null {
	let best: FoundMention | null = null;
	let bestLength = 0;
	for (const mention of mentions) {
		const length = mention.kind === gold.kind ? overlapLength(gold, mention) : 0;
		if (length > bestLength || (length === bestLength && length > 0 && best !== null && mention.start < best.start)) {
			best = mention;
			bestLength = length;
		}
	}
	return best;
}

/**
 * Scores people, places and organizations for one document. A found mention (starting
 * before `annotatedEnd`) is correct when it overlaps a gold mention of the same kind; a gold
 * mention is found when such a mention overlaps it. Each found gold mention lands on one engine
 * entity (see `bestMatch`); a gold instance is split when its mentions landed on more than one.
 */
export function scoreEntities(document: EvalDocument, mentions: FoundMention[]): EntityScore {
	const gold = goldMentions(document);
	const inScope = mentions.filter((mention) => inAnnotatedPart(mention, document));
	const score: EntityScore = {
		person: emptyKindCounts(),
		place: emptyKindCounts(),
		organization: emptyKindCounts(),
		instances: 0,
		split: 0,
		misses: [],
		falsePositives: [],
		splits: [],
	};
	for (const mention of inScope) {
		const counts = score[mention.kind];
		counts.predicted++;
		if (gold.some((entity) => entity.kind === mention.kind && overlaps(entity, mention))) counts.correct++;
		else score.falsePositives.push(mention);
	}
	for (const entity of gold) {
		const counts = score[entity.kind];
		counts.gold++;
		if (inScope.some((mention) => mention.kind === entity.kind && overlaps(entity, mention))) counts.found++;
		else score.misses.push(entity);
	}
	const byInstance = new Map<string, typeof gold>();
	for (const entity of gold) {
		if (entity.instance === null) continue;
		byInstance.set(entity.instance, [...(byInstance.get(entity.instance) ?? []), entity]);
	}
	for (const [instance, list] of byInstance) {
		const entities = new Set<string>();
		for (const entity of list) {
			const match = bestMatch(entity, inScope);
			if (match) entities.add(match.entity);
		}
		if (entities.size === 0) continue;
		score.instances++;
		if (entities.size > 1) {
			score.split++;
			score.splits.push({instance, entities: [...entities], mentions: list.map((entity) => entity.text)});
		}
	}
	return score;
}

/** A ratio, or null when the denominator is zero. */
export function ratio(numerator: number, denominator: number): number | null {
	return denominator === 0 ? null : numerator / denominator;
}

export function addDateCounts(a: DateCounts, b: DateCounts): DateCounts {
	return {
		predicted: a.predicted + b.predicted,
		correct: a.correct + b.correct,
		gold: a.gold + b.gold,
		found: a.found + b.found,
		valueFound: a.valueFound + b.valueFound,
	};
}

export const emptyDateCounts = (): DateCounts => ({predicted: 0, correct: 0, gold: 0, found: 0, valueFound: 0});

export type DateMetrics = {precision: number | null; recall: number | null; valueRecall: number | null};

export function dateMetrics(counts: DateCounts): DateMetrics {
	return {
		precision: ratio(counts.correct, counts.predicted),
		recall: ratio(counts.found, counts.gold),
		valueRecall: ratio(counts.valueFound, counts.gold),
	};
}
