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

function groupBy<T, K>(items: T[], keyOf: (item: T, index: number) => K): Map<K, T[]> {
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
	/** The article text (for the title) or, at a publication date, the article's title. */
	titleSource: string;
	entities: Map<string, EntityKind>;
};

const titleLength = 120;

/** A sentence as a one-line title, cut at a word boundary. */
function titleFrom(sentence: string): string {
	const line = sentence.replace(/\s+/g, ' ').trim();
	if (line.length <= titleLength) return line;
	const cut = line.slice(0, titleLength);
	const space = cut.lastIndexOf(' ');
	return `${(space > titleLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/**
 * The keys under which two candidates of one date are the same happening: one report telling
 * of one day (its article), a shared person, place or organization, or a shared pair of
 * countries (countries appear in nearly every sentence of a story, so one alone says little).
 * Candidates that share any key merge; this is linear in the candidates, where comparing
 * every pair of a busy day would not be.
 */
function happeningKeys(candidate: Candidate): string[] {
	if (candidate.value === null) return [];
	const keys = candidate.value.precision === 'day' ? [`article\u0000${candidate.article}`] : [];
	const countries: string[] = [];
	for (const [name, kind] of candidate.entities) {
		if (kind === 'place' && isCountry(name)) countries.push(name);
		else keys.push(`entity\u0000${name}`);
	}
	countries.sort();
	for (let i = 0; i < countries.length; i++) for (let j = i + 1; j < countries.length; j++) keys.push(`countries\u0000${countries[i]}\u0000${countries[j]}`);
	return keys;
}

/** Entities of the mentions inside a span; `mentions` sorted by start, `from` the first index that may be inside. */
function entitiesIn(span: Span, mentions: NamedMention[], from: number): {entities: Map<string, EntityKind>; next: number} {
	const entities = new Map<string, EntityKind>();
	let index = from;
	while (index < mentions.length && mentions[index]!.start < span.start) index++;
	const next = index;
	for (; index < mentions.length && mentions[index]!.start < span.end; index++) {
		const mention = mentions[index]!;
		if (mention.end <= span.end) entities.set(mention.name, mention.kind);
	}
	return {entities, next};
}

/**
 * "the first talks since the beginning of 2022", "seit 1939": a date that starts a duration
 * dates no happening of its sentence. It stays a date expression of the article.
 */
const sinceDate = /(?:^|[^\p{L}])(?:since|ever since|seit|depuis|desde|منذ)\s+$/iu;

/** `dates` and `mentions` of one article, each sorted by start; sentences are in text order. */
function candidatesOf(article: EventArticle, articleIndex: number, dates: DateExpression[], mentions: NamedMention[]): Candidate[] {
	const candidates: Candidate[] = [];
	let dateIndex = 0;
	let mentionIndex = 0;
	// The end of a range is reported inside the range's expression; only the range places an event.
	let coveredUntil = -1;
	for (const sentence of article.sentences) {
		while (dateIndex < dates.length && dates[dateIndex]!.start < sentence.start) dateIndex++;
		const first = candidates.length;
		let entities: Map<string, EntityKind> | null = null;
		for (; dateIndex < dates.length && dates[dateIndex]!.end <= sentence.end; dateIndex++) {
			const date = dates[dateIndex]!;
			const nested = date.start < coveredUntil;
			coveredUntil = Math.max(coveredUntil, date.end);
			if (nested || !date.value || sinceDate.test(article.text.slice(Math.max(0, date.start - 12), date.start)) || candidates.slice(first).some((candidate) => sameValue(candidate.value, date.value))) continue;
			if (!entities) ({entities, next: mentionIndex} = entitiesIn(sentence, mentions, mentionIndex));
			candidates.push({value: date.value, basis: 'text', article: article.id, articleIndex, sentence, date: {start: date.start, end: date.end}, titleSource: article.text, entities});
		}
	}
	if (candidates.length > 0) return candidates;
	// An article with no usable date still belongs on the timeline: at its publication date, or undated.
	return [
		{
			value: article.published ? {start: article.published, end: null, precision: 'day'} : null,
			basis: 'published',
			article: article.id,
			articleIndex,
			sentence: article.sentences[0] ?? {start: 0, end: 0},
			date: null,
			titleSource: article.title,
			entities: entitiesIn({start: 0, end: article.text.length}, mentions, 0).entities,
		},
	];
}

/** The candidate whose sentence tells the event best: a dated sentence, naming the most, from the earliest article. */
function representative(group: Candidate[]): Candidate {
	return [...group].sort(
		(a, b) => (a.basis === 'text' ? 0 : 1) - (b.basis === 'text' ? 0 : 1) || b.entities.size - a.entities.size || a.articleIndex - b.articleIndex || a.sentence.start - b.sentence.start,
	)[0]!;
}

const titleOf = (candidate: Candidate) =>
	titleFrom(candidate.basis === 'published' ? candidate.titleSource : candidate.titleSource.slice(candidate.sentence.start, candidate.sentence.end));

/** One event of a group of candidates, and the names of every entity its sentences mention. */
function eventOf(group: Candidate[]): {event: TimelineEvent; names: Set<string>} {
	group.sort((a, b) => a.articleIndex - b.articleIndex || a.sentence.start - b.sentence.start);
	const best = representative(group);
	const people = new Set<string>();
	const places = new Set<string>();
	const names = new Set<string>();
	for (const candidate of group) {
		for (const [name, kind] of candidate.entities) {
			names.add(name);
			if (kind === 'person') people.add(name);
			else if (kind === 'place') places.add(name);
		}
	}
	const first = group[0]!;
	const id = createHash('sha1')
		.update(`${first.article}\u0000${first.sentence.start}\u0000${first.value?.start ?? ''}\u0000${first.value?.end ?? ''}`)
		.digest('hex')
		.slice(0, 12);
	const event: TimelineEvent = {
		id,
		date: first.value,
		basis: group.every((candidate) => candidate.basis === 'published') ? 'published' : 'text',
		title: titleOf(best),
		people: [...people].sort(),
		places: [...places].sort(),
		sources: [...new Set(group.map((candidate) => candidate.article))],
		mentions: group.map((candidate) => ({article: candidate.article, sentence: candidate.sentence, date: candidate.date})),
	};
	return {event, names};
}

/**
 * Events of a corpus: each sentence with a resolved date is a candidate; candidates with the same
 * date value that report the same happening (same report and day, or shared people and places,
 * across articles and languages) become one event listing every source.
 */
export function buildEvents(
	articles: EventArticle[],
	dates: DateExpression[],
	mentions: NamedMention[],
): {events: TimelineEvent[]; namesByEvent: Map<string, Set<string>>} {
	const datesByArticle = groupBy(dates, (date) => date.article);
	const mentionsByArticle = groupBy(mentions, (mention) => mention.article);
	for (const list of mentionsByArticle.values()) list.sort((a, b) => a.start - b.start);
	const candidates = articles.flatMap((article, index) =>
		candidatesOf(article, index, datesByArticle.get(article.id) ?? [], mentionsByArticle.get(article.id) ?? []),
	);
	const groups = groupBy(candidates, (candidate, index) =>
		candidate.value ? `${candidate.value.start}/${candidate.value.end ?? ''}/${candidate.value.precision}` : `undated/${index}`,
	);
	const events: TimelineEvent[] = [];
	const namesByEvent = new Map<string, Set<string>>();
	for (const group of groups.values()) {
		// Union-find over the candidates of one date: "same happening" is applied transitively.
		const parent = group.map((_, index) => index);
		const root = (index: number): number => {
			while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
			return index;
		};
		const firstWithKey = new Map<string, number>();
		group.forEach((candidate, index) => {
			for (const key of happeningKeys(candidate)) {
				const first = firstWithKey.get(key);
				if (first === undefined) firstWithKey.set(key, index);
				else parent[root(index)] = root(first);
			}
		});
		const clusters = groupBy(group, (_, index) => root(index));
		for (const cluster of clusters.values()) {
			const {event, names} = eventOf(cluster);
			events.push(event);
			namesByEvent.set(event.id, names);
		}
	}
	const order = new Map(articles.map((article, index) => [article.id, index]));
	events.sort(
		(a, b) =>
			compareValues(a.date, b.date) ||
			order.get(a.sources[0]!)! - order.get(b.sources[0]!)! ||
			a.mentions[0]!.sentence.start - b.mentions[0]!.sentence.start,
	);
	return {events, namesByEvent};
}
