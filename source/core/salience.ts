import {getOrAdd} from './collections.js';
import {dayNumber as calendarDayNumber} from './dates/calendar.js';
import {opensLine} from './dates/chronology.js';
import {boundsPeriod} from './dates/since.js';
import type {DateValue, EventMention, Precision, TimelineEvent} from './model.js';

/** What salience needs to know of an article; with its text, whether a mention of it is an entry of a chronology. */
export type SalienceArticle = {published: string | null; outlet: string | null; language: string; text?: string};

/** Days since 1970-01-01: a corpus has a few thousand days, each asked for many times. */
const dayNumbers = new Map<string, number>();
const dayNumber = (value: string) => getOrAdd(dayNumbers, value, calendarDayNumber);

/** The first and last day a date value covers: a month all its days, a year all its months. */
function period(value: DateValue): [number, number] {
	const first = dayNumber(value.start);
	const end = value.end ?? value.start;
	if (value.precision === 'day') return [first, dayNumber(end)];
	const [year = 1970, month = 12] = end.split('-').map(Number);
	const last = value.precision === 'month' ? Date.UTC(year, month, 0) : Date.UTC(year, 12, 0);
	return [first, last / 86_400_000];
}

/** A precise date is a happening; a month or a year is more often context. */
const specificity: Record<Precision, number> = {day: 1, month: 0.4, year: 0.15};

/** Days after a date from which a report of it recalls it rather than tells the news of it: a news cycle. */
const recalledAfter = 7;

/**
 * How much one source's report counts: a report of what happened (on or after the date) counts
 * whole; one published a week or more after the date counts double: a date still told once the
 * news has moved on (an anniversary, the start of a war, "since the attack of 4 April") is one the
 * story is remembered by. A report before the date (an announcement, a plan) counts half: what is
 * planned does not always happen. Without a publication date it counts whole.
 */
function closeness(value: DateValue, published: string | null): number {
	if (!published) return 1;
	const [first, last] = period(value);
	const day = dayNumber(published);
	return day < first ? 0.5 : day - last >= recalledAfter ? 2 : 1;
}

/** How much a report counts that gives the date only as a deadline or the end of a period ("hasta el 31 de enero"): half, as an announcement. */
const boundWeight = 0.5;

/** The articles whose every mention of an event gives its date as a deadline or a period's end (boundsPeriod). */
function boundingArticles(mentions: EventMention[], articles: Map<string, SalienceArticle>): Set<string> | undefined {
	// Made only for an event with such a mention: most have none.
	let bounding: Map<string, boolean> | undefined;
	mentions.forEach(({article: id, date}, index) => {
		const text = articles.get(id)?.text;
		const bounds = text !== undefined && date !== null && boundsPeriod(text, date.start);
		if (bounds && !bounding) bounding = new Map(mentions.slice(0, index).map((mention) => [mention.article, false]));
		bounding?.set(id, (bounding.get(id) ?? true) && bounds);
	});
	return bounding && new Set([...bounding].filter(([, bounds]) => bounds).map(([id]) => id));
}

/**
 * How much more an entry of a chronology that spans the whole story counts than another report of
 * its date. One that spans part of it counts that part of the extra: a chronology of a few weeks
 * of a years-long story lists the days of those weeks, where one of the whole story is the
 * journalist's pick of its key dates.
 */
const chronologyWeight = 3;

// How far after a date what an entry tells is looked for.
const toldWithin = 80;
// A written-out date names its day by a number ("4 de abril", "15.03.2011"), where "today" or "on Tuesday" does not.
const dayNumeral = /\p{Nd}/u;
// What an entry tells after its date: a colon or a dash, then a few words ("4 de abril: …",
// "15.03.2011.- …"), the words after the first of any length ("EE.UU y Rusia acuerdan"). A date
// alone on its line is a heading; one followed by a byline a dateline.
const toldAfter = /^\s*(?:[:–—-]|\.\s*[–—-])\s*\P{L}*\p{L}{2,}(?:[^\p{L}]+\p{L}+){2}/u;

/**
 * Whether a mention is an entry of a chronology: a line that opens with a written-out date
 * ("4 de abril: …", "- 15.03.2011.- …", "March 4 – …") and goes on to tell what happened on it.
 * A journalist who writes a chronology picks the story's key dates: each entry is such a pick.
 */
function isChronologyEntry(mention: EventMention, article: SalienceArticle | undefined): boolean {
	if (!mention.date || !article?.text) return false;
	const {text} = article;
	const {start, end} = mention.date;
	// Only a few characters around the date are read: a long line is never scanned whole.
	if (!opensLine(text, start) || !dayNumeral.test(text.slice(start, end))) return false;
	return toldAfter.test(text.slice(end, end + toldWithin).split('\n', 1)[0]!);
}

/**
 * The sources of an event that only repeat, word for word, a sentence of an article published a
 * week or more before them: the same line on pages published weeks apart is the site's furniture
 * (a sidebar, a list of related links, a horoscope), not a report of its own. A copy within the
 * week is a report another outlet ran, and counts.
 */
function furnitureCopies(mentions: EventMention[], articles: Map<string, SalienceArticle>): Set<string> | undefined {
	// Copies need sources published a week apart, and sentences of one length in two articles: most events have neither, and no sentence is read.
	let [first, last] = [Infinity, -Infinity];
	for (const {article: id} of mentions) {
		const published = articles.get(id)?.published;
		if (!published) continue;
		const day = dayNumber(published);
		if (day < first) first = day;
		if (day > last) last = day;
	}
	if (last - first < recalledAfter) return undefined;
	const lengths = new Map<number, Set<string>>();
	for (const {article: id, sentence} of mentions) getOrAdd(lengths, sentence.end - sentence.start, () => new Set()).add(id);
	if ([...lengths.values()].every((ids) => ids.size < 2)) return undefined;
	// The earliest publication of each sentence, and each article's sentences in the event (null: one no other article has).
	const firstTold = new Map<string, number>();
	const told = new Map<string, Array<{sentence: string | null; day: number}>>();
	for (const {article: id, sentence} of mentions) {
		const article = articles.get(id);
		// Without its text or its date an article is no copy of another.
		if (!article?.text || !article.published) continue;
		const day = dayNumber(article.published);
		const text = lengths.get(sentence.end - sentence.start)!.size > 1 ? article.text.slice(sentence.start, sentence.end) : null;
		if (text !== null) firstTold.set(text, Math.min(firstTold.get(text) ?? day, day));
		getOrAdd(told, id, () => []).push({sentence: text, day});
	}
	let copies: Set<string> | undefined;
	for (const [id, sentences] of told) {
		if (sentences.every(({sentence, day}) => sentence !== null && day - firstTold.get(sentence)! >= recalledAfter)) (copies ??= new Set()).add(id);
	}
	return copies;
}

/** A second report of one outlet adds this much of its weight: outlets, not articles, make reach. */
const sameOutletShare = 0.25;

/** Days after a date whose publications make the burst of coverage around it. */
const burstDays = 3;

/**
 * How much a burst adds: half its logarithm. A burst of coverage follows the news of the day,
 * which the reports it is made of already count once.
 */
const burstShare = 0.5;

/**
 * Each event's salience, as a journalist would weigh it:
 *
 *   salience = specificity × reach × (1 + ½ × (languages − 1)) × (1 + ½ × log2(1 + burst))
 *
 * - specificity: a day 1, a month 0.4, a year 0.15;
 * - reach: each distinct outlet's report counts 1 when published on or after the date, 2 when
 *   published a week or more after it (recalled once the news has moved on), ½ when published
 *   before it (announced, not yet happened), three times that when it is an entry of a
 *   chronology that spans the story's publishing days (1 + 2 × the part of them it spans, for one
 *   that spans less); further reports of the same outlet a quarter of theirs; an article without an
 *   outlet is an outlet of its own; an article that only repeats word for word a sentence of one
 *   published a week or more before it (a sidebar) counts nothing; one that gives the date only
 *   as a deadline or the end of a period ("until 31 January") counts half;
 * - languages: each language beyond the first adds half;
 * - burst (day dates only): articles published on the day and the two after it, against the
 *   corpus's mean per publishing day.
 *
 * Dates that start a duration ("since 2022") place no event at all (events.ts).
 */
/** What salience weighs of one event that depends on its mentions and their articles alone, not on the rest of the corpus. */
export type EventWeighing = {
	/** Articles in which the event is an entry of a chronology. */
	entries: Set<string> | undefined;
	/** Sources that only repeat a sentence published a week or more before them. */
	copies: Set<string> | undefined;
	/** Sources that give the date only as a deadline or the end of a period. */
	bounding: Set<string> | undefined;
};

type WeighedEvent = Pick<TimelineEvent, 'date' | 'sources' | 'mentions'>;

function weighingOf({date, sources, mentions}: WeighedEvent, articles: Map<string, SalienceArticle>): EventWeighing {
	if (!date) return {entries: undefined, copies: undefined, bounding: undefined};
	let entries: Set<string> | undefined;
	for (const mention of mentions) if (isChronologyEntry(mention, articles.get(mention.article))) (entries ??= new Set()).add(mention.article);
	return {entries, copies: sources.length > 1 ? furnitureCopies(mentions, articles) : undefined, bounding: boundingArticles(mentions, articles)};
}

/**
 * What a merge keeps of each event object for the next (merge-memo.ts): its weighing, found from
 * its mentions and their articles' texts, and its salience before the burst (specificity × reach ×
 * languages) with the articles of its sources it was found with, unless it is an entry of a
 * chronology (whose weight depends on every other entry of its article).
 */
export type SalienceMemo = {weighings: WeakMap<WeighedEvent, EventWeighing>; unburst: WeakMap<WeighedEvent, {articles: Array<SalienceArticle | undefined>; value: number}>};

export const salienceMemo = (): SalienceMemo => ({weighings: new WeakMap(), unburst: new WeakMap()});

/** With `memo`, what an earlier call found for an event object given again with the same articles is taken from it. */
export function salienceOf(events: WeighedEvent[], articles: Map<string, SalienceArticle>, memo?: SalienceMemo): number[] {
	const publishedOn = new Map<number, number>();
	// The first and last publishing day: the span of the story.
	let [firstPublished, lastPublished] = [Infinity, -Infinity];
	for (const {published} of articles.values()) {
		if (!published) continue;
		const day = dayNumber(published);
		publishedOn.set(day, (publishedOn.get(day) ?? 0) + 1);
		[firstPublished, lastPublished] = [Math.min(firstPublished, day), Math.max(lastPublished, day)];
	}
	const meanPerDay = publishedOn.size === 0 ? 1 : [...publishedOn.values()].reduce((sum, count) => sum + count, 0) / publishedOn.size;
	const burst = (value: DateValue) => {
		if (value.precision !== 'day') return 0;
		let count = 0;
		const first = dayNumber(value.start);
		for (let day = first; day < first + burstDays; day++) count += publishedOn.get(day) ?? 0;
		return count / meanPerDay;
	};
	// The articles each event is an entry of a chronology in (made only for an event that has one: most have none), and the days each chronology spans.
	const weighed = events.map((event) => (memo ? getOrAdd(memo.weighings, event, () => weighingOf(event, articles)) : weighingOf(event, articles)));
	const spans = new Map<string, [number, number]>();
	events.forEach(({date}, index) => {
		for (const id of weighed[index]!.entries ?? []) {
			const [first, last] = period(date!);
			const span = spans.get(id);
			spans.set(id, span ? [Math.min(span[0], first), Math.max(span[1], last)] : [first, last]);
		}
	});
	const storySpan = publishedOn.size === 0 ? 0 : lastPublished - firstPublished;
	const entryWeight = (id: string) => {
		const [first, last] = spans.get(id)!;
		return 1 + (chronologyWeight - 1) * (storySpan === 0 ? 1 : Math.min(1, (last - first) / storySpan));
	};
	/** specificity × reach × languages: the same while the event and its sources' articles are, unless it has chronology entries. */
	const unburst = (event: WeighedEvent, date: DateValue, {entries, copies, bounding}: EventWeighing) => {
		const sourceArticles = event.sources.map((id) => articles.get(id));
		const kept = entries ? undefined : memo?.unburst.get(event);
		if (kept && kept.articles.every((article, at) => article === sourceArticles[at])) return kept.value;
		const byOutlet = new Map<string, number[]>();
		const languages = new Set<string>();
		event.sources.forEach((id, at) => {
			if (copies?.has(id)) return;
			const article = sourceArticles[at];
			const outlet = article?.outlet ?? `\u0000${id}`;
			const weights = byOutlet.get(outlet) ?? [];
			weights.push(closeness(date, article?.published ?? null) * (entries?.has(id) ? entryWeight(id) : 1) * (bounding?.has(id) ? boundWeight : 1));
			byOutlet.set(outlet, weights);
			if (article) languages.add(article.language);
		});
		let reach = 0;
		for (const weights of byOutlet.values()) {
			weights.sort((a, b) => b - a);
			reach += weights[0]! + sameOutletShare * weights.slice(1).reduce((sum, weight) => sum + weight, 0);
		}
		const value = specificity[date.precision] * reach * (1 + 0.5 * Math.max(0, languages.size - 1));
		if (memo && !entries) memo.unburst.set(event, {articles: sourceArticles, value});
		return value;
	};
	return events.map((event, index) => {
		const {date} = event;
		if (!date) return 0;
		const salience = unburst(event, date, weighed[index]!) * (1 + burstShare * Math.log2(1 + burst(date)));
		return Math.round(salience * 1000) / 1000;
	});
}
