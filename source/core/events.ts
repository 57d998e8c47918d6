import {createHash} from 'node:crypto';
import {compareValues, sameValue} from './dates/calendar.js';
import {isCountry} from './entities/countries.js';
import type {DateExpression, DateValue, EntityKind, Span, TimelineEvent} from './model.js';

export type EventArticle = {
	id: string;
	title: string;
	published: string | null;
	text: string;
	sentences: Span[];
};

export function groupBy<T, K>(items: T[], keyOf: (item: T, index: number) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	items.forEach((item, index) => {
		const key = keyOf(item, index);
		const group = groups.get(key);
		if (group) group.push(item);
		else groups.set(key, [item]);
	});
	return groups;
}

/** A canonical entity mentioned at an offset of an article. */
export type NamedMention = Span & {article: string; name: string; kind: EntityKind};

type Candidate = {
	value: DateValue | null;
	basis: TimelineEvent['basis'];
	article: string;
	articleIndex: number;
	sentence: Span;
	date: Span | null;
	title: string;
	entities: Map<string, EntityKind>;
};

const titleLength = 120;

/** A sentence as a one-line title, cut at a word boundary. */
export function titleFrom(sentence: string): string {
	const line = sentence.replace(/\s+/g, ' ').trim();
	if (line.length <= titleLength) return line;
	const cut = line.slice(0, titleLength);
	const space = cut.lastIndexOf(' ');
	return `${(space > titleLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** How much two reports that share an entity are likely to be about the same happening. */
function overlap(a: Candidate, b: Candidate): number {
	let score = 0;
	for (const [name, kind] of a.entities) {
		if (!b.entities.has(name)) continue;
		// Countries appear in nearly every sentence of a story: two of them are needed to count as one shared detail.
		score += kind === 'place' && isCountry(name) ? 0.5 : 1;
	}
	return score;
}

function sameHappening(a: Candidate, b: Candidate): boolean {
	if (a.value === null || b.value === null) return false;
	// Within one report, what it dates to one day is told as one happening.
	if (a.article === b.article && a.value.precision === 'day') return true;
	return overlap(a, b) >= 1;
}

function entitiesIn(span: Span, mentions: NamedMention[]): Map<string, EntityKind> {
	const found = new Map<string, EntityKind>();
	for (const mention of mentions) if (mention.start >= span.start && mention.end <= span.end) found.set(mention.name, mention.kind);
	return found;
}

function candidatesOf(article: EventArticle, articleIndex: number, dates: DateExpression[], mentions: NamedMention[]): Candidate[] {
	const candidates: Candidate[] = [];
	for (const sentence of article.sentences) {
		const inSentence = dates.filter((date) => date.value && date.start >= sentence.start && date.end <= sentence.end);
		const entities = entitiesIn(sentence, mentions);
		const title = titleFrom(article.text.slice(sentence.start, sentence.end));
		for (const date of inSentence) {
			if (candidates.some((candidate) => candidate.sentence === sentence && sameValue(candidate.value, date.value))) continue;
			candidates.push({value: date.value, basis: 'text', article: article.id, articleIndex, sentence, date: {start: date.start, end: date.end}, title, entities});
		}
	}
	if (candidates.length > 0) return candidates;
	// An article with no usable date still belongs on the timeline: at its publication date, or undated.
	const sentence = article.sentences[0] ?? {start: 0, end: 0};
	return [
		{
			value: article.published ? {start: article.published, end: null, precision: 'day'} : null,
			basis: 'published',
			article: article.id,
			articleIndex,
			sentence,
			date: null,
			title: titleFrom(article.title),
			entities: entitiesIn({start: 0, end: article.text.length}, mentions),
		},
	];
}

/** The candidate whose sentence tells the event best: a dated sentence, naming the most, from the earliest article. */
function representative(group: Candidate[]): Candidate {
	return [...group].sort(
		(a, b) => (a.basis === 'text' ? 0 : 1) - (b.basis === 'text' ? 0 : 1) || b.entities.size - a.entities.size || a.articleIndex - b.articleIndex || a.sentence.start - b.sentence.start,
	)[0]!;
}

function eventOf(group: Candidate[]): TimelineEvent {
	group.sort((a, b) => a.articleIndex - b.articleIndex || a.sentence.start - b.sentence.start);
	const best = representative(group);
	const people = new Set<string>();
	const places = new Set<string>();
	for (const candidate of group) {
		for (const [name, kind] of candidate.entities) {
			if (kind === 'person') people.add(name);
			else if (kind === 'place') places.add(name);
		}
	}
	const first = group[0]!;
	const id = createHash('sha1')
		.update(`${first.article}\u0000${first.sentence.start}\u0000${first.value?.start ?? ''}\u0000${first.value?.end ?? ''}`)
		.digest('hex')
		.slice(0, 12);
	return {
		id,
		date: first.value,
		basis: group.every((candidate) => candidate.basis === 'published') ? 'published' : 'text',
		title: best.title,
		people: [...people].sort(),
		places: [...places].sort(),
		sources: [...new Set(group.map((candidate) => candidate.article))],
		mentions: group.map((candidate) => ({article: candidate.article, sentence: candidate.sentence, date: candidate.date})),
	};
}

/**
 * Events of a corpus: each sentence with a resolved date is a candidate; candidates with the same
 * date value that report the same happening (same report and day, or shared people and places,
 * across articles and languages) become one event listing every source.
 */
export function buildEvents(articles: EventArticle[], dates: DateExpression[], mentions: NamedMention[]): TimelineEvent[] {
	const datesByArticle = groupBy(dates, (date) => date.article);
	const mentionsByArticle = groupBy(mentions, (mention) => mention.article);
	const candidates = articles.flatMap((article, index) =>
		candidatesOf(article, index, datesByArticle.get(article.id) ?? [], mentionsByArticle.get(article.id) ?? []),
	);
	const groups = groupBy(candidates, (candidate, index) =>
		candidate.value ? `${candidate.value.start}/${candidate.value.end ?? ''}/${candidate.value.precision}` : `undated/${index}`,
	);
	const events: TimelineEvent[] = [];
	for (const group of groups.values()) {
		// Union-find over the candidates of one date: "same happening" is applied transitively.
		const parent = group.map((_, index) => index);
		const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
		for (let i = 0; i < group.length; i++) {
			for (let j = i + 1; j < group.length; j++) if (sameHappening(group[i]!, group[j]!)) parent[root(j)] = root(i);
		}
		const clusters = groupBy(group, (_, index) => root(index));
		for (const cluster of clusters.values()) events.push(eventOf(cluster));
	}
	const order = new Map(articles.map((article, index) => [article.id, index]));
	return events.sort(
		(a, b) =>
			compareValues(a.date, b.date) ||
			order.get(a.sources[0]!)! - order.get(b.sources[0]!)! ||
			a.mentions[0]!.sentence.start - b.mentions[0]!.sentence.start,
	);
}
