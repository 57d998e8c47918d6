import {createHash} from 'node:crypto';
import {compareValues, precisionOrder, sameValue} from './dates/calendar.js';
import {isCountry} from './entities/countries.js';
import {modifierReach, modifiersOf} from './entities/modifiers.js';
import {hasPersonalPronoun, referredKind, referredKindsWithin, refersToHappening} from './entities/references.js';
import {stepwise} from './stepwise.js';
import type {DateExpression, DateValue, EntityKind, EntityMention, EventMention, Span, TimelineEvent} from './model.js';
import {getOrAdd, pushTo} from './collections.js';
import {oneLine} from './one-line.js';
import {titleFrom} from './title.js';
import {startsDuration} from './dates/since.js';
import {datesDocument} from './dates/document-date.js';
import {mainTense, reportedFrom, saysSomething, tenseOf} from './dates/tense.js';
import {dateLocaleFor} from './language.js';
import {countFeatures, featureTable, rarestFeatures, sentenceFeatures, sentenceTokens, similarity, weighFeatures, type FeatureKeys, type Features, type FeatureTable} from './event-similarity.js';
import {retellings, type MadeEvent} from './retellings.js';
import {memoCandidates, memoEvent, mergeDone, mergeStarts, type MergeMemo} from './merge-memo.js';

/** A canonical entity: one object per name. */
export type NamedEntity = {name: string; kind: EntityKind};

/** The canonical entities an article names: each mention, and its entity at the same index. */
export type NamedMentions = {mentions: Span[]; entities: NamedEntity[]};

export type EventArticle = {
	id: string;
	title: string;
	published: string | null;
	/** ISO 639-1; sentences of one language are compared word by word, of two by names and numbers. */
	language?: string;
	text: string;
	sentences: Span[];
	/** Sorted by start. */
	dates: DateExpression[];
	named: NamedMentions;
};

export type Candidate = {
	value: DateValue | null;
	basis: TimelineEvent['basis'];
	articleIndex: number;
	/** Its sentence and date expression, as its event lists them. */
	mention: EventMention;
	/** The article text (for the title) or, at a publication date, the article's title. */
	titleSource: string;
	/** Each once: those of its sentence (the evidence it is merged by). */
	entities: NamedEntity[];
	/** Undated sentences after its own that go on telling its happening (candidatesOf), listed as further mentions of its event. */
	further?: Span[];
	/** Of a candidate for a whole article, whose `entities` are all the article names: what its own sentence names. */
	ownEntities?: NamedEntity[];
	/** What each further sentence names or refers to, at the same index: whom of the event's participants it involves; without it, every one of `entities`. */
	furtherEntities?: NamedEntity[][];
	/** Of the lead, what its further sentence names: participants of its event too, but no evidence for merging (a report's first sentence names more than other reports of the day share). */
	leadEntities?: NamedEntity[];
	/** The date expressions of its sentence: `dates` of its article from `dateFrom` up to `dateTo`. */
	dateFrom: number;
	dateTo: number;
	/** What its sentence says, for comparing it with others of its date (event-similarity.ts); found only for a date that has others, and kept while its article is unchanged (merge-memo.ts). */
	features: Features | null;
	/** Its sentence's words and numbers (sentenceTokens) and its evidence (evidenceOf), once found: kept while its article is unchanged (merge-memo.ts). */
	tokens?: number[];
	evidence?: string[];
	/** The days its date may mean when it is only about one day (retellings.ts), or null; once found, kept while its article is unchanged. */
	spanned?: {from: string; to: string} | null;
};

// An event's title: its best sentence, or the article's title, as one line of at most this many characters.
const titleLength = 120;

/** `named` in order of start, each entity still beside its mention. */
export function byStart({mentions, entities}: NamedMentions): NamedMentions {
	const order = mentions.map((_, index) => index).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
	return {mentions: order.map((index) => mentions[index]!), entities: order.map((index) => entities[index]!)};
}

/** The index of the first of `mentions` (sorted by start) that starts at or after `start`, looking from `from` on. */
export function firstMentionFrom(mentions: Span[], start: number, from: number): number {
	let index = from;
	while (index < mentions.length && mentions[index]!.start < start) index++;
	return index;
}

/**
 * Entities of the mentions inside a span, from the mention at `from` (the first that starts
 * inside) on; `named` sorted by start. With `takesPart`, only those of mentions it keeps.
 */
export function entitiesIn(span: Span, {mentions, entities}: NamedMentions, from: number, takesPart?: (entity: NamedEntity, mention: Span) => boolean): NamedEntity[] {
	const inside: NamedEntity[] = [];
	for (let index = from; index < mentions.length && mentions[index]!.start < span.end; index++) {
		const entity = entities[index]!;
		const mention = mentions[index]!;
		if (mention.end <= span.end && !inside.includes(entity) && (!takesPart || takesPart(entity, mention))) inside.push(entity);
	}
	// Candidates keep it to the end of the merge: a copy has the exact length, where push leaves room for more.
	return inside.length > 0 ? inside.slice() : inside;
}

/**
 * The participants a sentence names: entitiesIn, but without an organization or product that it
 * names only as the modifier of another noun (a thing of theirs, their users, their spokesman), nor a person named before such a
 * noun (entities/modifiers.ts; a product before a thing its maker makes is that thing), who are mentioned, not taking part. A person's possessive names their
 * own act or state ("Jobs' third period of medical leave"): they take part. A place stays: it is
 * where the happening is, whatever its grammar ("Istanbul's airport").
 */
function participantsIn(text: string, span: Span, named: NamedMentions, from: number, language: string): NamedEntity[] {
	const modifiers = modifiersOf(language);
	if (!modifiers) return entitiesIn(span, named, from);
	return entitiesIn(span, named, from, (entity, {end}) => {
		if (entity.kind === 'place') return true;
		const after = text.slice(end, end + modifierReach);
		return !(modifiers.ofIt.test(after) || (entity.kind !== 'product' && modifiers.madeThing.test(after)) || (entity.kind !== 'person' && modifiers.possessive.test(after)));
	});
}

/** Whether a line break lies between two offsets: the sentences on either side are of two paragraphs (or a headline and its body). */
const breaksBetween = (text: string, from: number, to: number) => text.slice(from, to).includes('\n');

// A sentence of prose ends with a full stop, a question or exclamation mark, or a quotation mark after one; a headline or a dateline does not.
const proseEnd = /[.!?。؟][\p{Pf}\p{Pe}"'”’]*\s*$/u;

/**
 * The candidates of an article, whose sentences are in text order: one for each sentence with a
 * usable date, at its most specific date (a day before a month before a year; the first of
 * equals), so that a sentence is told in one event only. An undated sentence is read as a
 * careful reader of news reads it: one of the lead (the headline and the first sentence of
 * prose) reports the news of the day the article was published, at the publication date; a later
 * one that names a participant of a dated sentence before it in its paragraph goes on telling
 * that happening (toldBy) and joins its candidate as a further sentence ("On May 16 Rubio met
 * Fidan. Rubio called the talks useful."). One that names no one is left out: it may go on
 * with the happening or turn to the background, which only its words tell.
 */
export function candidatesOf(article: EventArticle, articleIndex: number): Candidate[] {
	const {dates, text} = article;
	const named = byStart(article.named);
	const locale = dateLocaleFor(article.language ?? '');
	const candidates: Candidate[] = [];
	let dateIndex = 0;
	let mentionIndex = 0;
	// The end of a range is reported inside the range's expression; only the range places an event.
	let coveredUntil = -1;
	// The candidates of the sentence's paragraph so far, latest last: those an undated sentence may go on telling.
	let paragraph: Candidate[] = [];
	// The candidate of the lead's undated sentences, at the publication date: the lead is the headline and the first sentence of prose.
	let lead: Candidate | null = null;
	let leadGoesOn = article.published !== null;
	// The latest happening told, whose date is not after the report's (a date after it is planned, not told): the one "The deal …" or "This …" refers back to.
	let lastTold: Candidate | undefined;
	const noteTold = (candidate: Candidate) => {
		if (!(article.published && candidate.value && afterDay(candidate.value.start, article.published))) lastTold = candidate;
	};
	let previousEnd = 0;
	// Of each kind, what the nearest sentence before naming that kind names of it: whom a sentence opening "He …" or "The plane …" refers to.
	const nearest = new Map<EntityKind, NamedEntity[]>();
	for (const sentence of article.sentences) {
		// The lead goes on past its headline: a sentence of its first paragraph may go on telling the news of the day.
		if (breaksBetween(text, previousEnd, sentence.start)) paragraph = lead && leadGoesOn ? [lead] : [];
		previousEnd = sentence.end;
		const inLead = leadGoesOn;
		leadGoesOn &&= !proseEnd.test(text.slice(Math.max(0, sentence.end - 4), sentence.end));
		while (dateIndex < dates.length && dates[dateIndex]!.start < sentence.start) dateIndex++;
		let best: DateExpression | null = null;
		const first = dateIndex;
		const sentenceText = text.slice(sentence.start, sentence.end);
		// What someone is reported to say ("Jobs said that his company sold 13.7 million Macs last year") is dated for what is said, not for the saying: a sentence with no other date goes on telling the happening before it, as an undated one.
		// Where that begins is looked for only in a sentence with a date.
		let said = -1;
		let saidDates = 0;
		for (; dateIndex < dates.length && dates[dateIndex]!.end <= sentence.end; dateIndex++) {
			const date = dates[dateIndex]!;
			const nested = date.start < coveredUntil;
			coveredUntil = Math.max(coveredUntil, date.end);
			if (nested || !date.value || startsDuration(article.text, date.start) || datesDocument(article.text, date.start, date.end)) continue;
			if (said < 0) said = sentence.start + reportedFrom(sentenceText, locale);
			// Its day of the report ("he stated that \"Today Apple is going to reinvent the phone\"") is the day of the saying too.
			if (date.start >= said && !(date.value.precision === 'day' && date.value.start === article.published)) {
				saidDates++;
				continue;
			}
			if (!best || precisionOrder[date.value.precision] > precisionOrder[best.value!.precision]) best = date;
		}
		// The lead's dateline ("June 6, 2005" on a line of its own) dates the report, which its lead already tells.
		if (best && inLead && isDateline(text, sentence, best, article.published)) continue;
		mentionIndex = firstMentionFrom(named.mentions, sentence.start, mentionIndex);
		const own = participantsIn(text, sentence, named, mentionIndex, article.language ?? '');
		const referred = referentOf(sentenceText, article.language ?? '', own, nearest);
		const entities = referred && !own.includes(referred) ? [...own, referred] : own;
		for (const kind of new Set(entities.map((entity) => entity.kind))) nearest.set(kind, entities.filter((entity) => entity.kind === kind));
		if (best) {
			const mention = {article: article.id, sentence, date: {start: best.start, end: best.end}};
			const candidate: Candidate = {value: best.value, basis: 'text', articleIndex, mention, titleSource: article.text, entities, dateFrom: first, dateTo: dateIndex, features: null};
			candidates.push(candidate);
			paragraph.push(candidate);
			noteTold(candidate);
			continue;
		}
		// A sentence whose dates place nothing (a duration, a cited work's date) tells no happening of its own, nor goes on telling one.
		if (dateIndex - first > saidDates) continue;
		if (inLead && paragraph.length === 0) {
			if (!lead) {
				lead = publishedCandidate(article, articleIndex, sentence);
				lead.entities = entities;
				candidates.push(lead);
				paragraph.push(lead);
				noteTold(lead);
				continue;
			}
			paragraph.push(lead);
		}
		let goesOn = inLead ? paragraph.at(-1) : toldBy(paragraph, entities, article.published);
		let further = entities;
		// A sentence opening with a reference to a happening ("The deal was approved by the board", "This move comes …") goes on telling
		// the latest one told, whoever it names: the happening's participants take part in it too. Not one telling what is to come.
		const happening = !goesOn && !inLead && refersToHappening(sentenceText, article.language ?? '') && tenseOf(sentenceText, locale) !== 'future' ? lastTold : undefined;
		const refers = happening !== undefined;
		if (happening) {
			goesOn = happening;
			// Where it happened the sentence does not say.
			further = distinct([...entities, ...[...happening.entities, ...(happening.leadEntities ?? [])].filter((entity) => entity.kind !== 'place')]);
		}
		// What someone says about the news its lead tells, naming no one of the happenings told before it, is
		// said on the day of the report: whom it names takes part in the news (a place named in what is said is not where the news is).
		const speakers = goesOn || !lead ? [] : entities.filter((entity) => entity.kind !== 'place');
		const says = speakers.length > 0 && saysSomething(sentenceText, locale);
		// A sentence in the present tense tells how things stand when the report is written ("iPhone 4
		// has a new frame", "the A380 has made its maiden flight"), not the dated happening before it:
		// it is a further sentence of the report's news (its lead's, at the publication date); whom it
		// names takes part there only if the news names them too.
		const present = goesOn !== undefined && !refers && !inLead && article.published !== null && mainTense(sentenceText, locale) === 'present';
		if (says || present) {
			// A report whose lead is dated: its first sentence of how things stand starts the news of the day.
			if (!lead) {
				candidates.push((lead = {...publishedCandidate(article, articleIndex, sentence), entities}));
				noteTold(lead);
				continue;
			}
			goesOn = lead;
			if (says) for (const entity of speakers) if (!lead.entities.includes(entity) && !lead.leadEntities?.includes(entity)) (lead.leadEntities ??= []).push(entity);
		}
		if (!goesOn) continue;
		(goesOn.further ??= []).push(sentence);
		(goesOn.furtherEntities ??= []).push(further);
		noteTold(goesOn);
		// The lead tells the news of the day: what its sentences name takes part in it. A later sentence
		// that goes on telling a happening names one of its participants again; the others it names are
		// only mentioned ("Jobs said the iPod ..."), and the event is not theirs.
		if (inLead) for (const entity of entities) if (!goesOn.entities.includes(entity) && !goesOn.leadEntities?.includes(entity)) (goesOn.leadEntities ??= []).push(entity);
	}
	if (candidates.some((candidate) => candidate !== lead)) return candidates;
	// An article with no usable date still belongs on the timeline, with all it names: at its publication date, or undated.
	const whole = lead ?? publishedCandidate(article, articleIndex, article.sentences[0] ?? {start: 0, end: 0});
	whole.ownEntities = whole.entities;
	whole.entities = entitiesIn({start: 0, end: article.text.length}, named, 0);
	delete whole.leadEntities;
	return [whole];
}

/**
 * The entity that the words opening a sentence ("He said …", "The company expects …"), or a
 * personal pronoun in one that names no person, stand for: the nearest sentence before it in its
 * article that names any entity of the kind referred to (`nearest`) decides, however far back (a
 * report about one plane calls it "the plane" paragraphs later), if it names one only; of two,
 * which one is meant is not certain.
 */
function referentOf(sentence: string, language: string, named: NamedEntity[], nearest: Map<EntityKind, NamedEntity[]>): NamedEntity | undefined {
	// "In 1986 he bought Pixar": a personal pronoun after the opening words too, in a sentence that names no person.
	const lacks = (kind: EntityKind) => named.every((entity) => entity.kind !== kind);
	const kind = referredKind(sentence, language) ?? (lacks('person') && hasPersonalPronoun(sentence, language) ? 'person' : referredKindsWithin(sentence, language).find(lacks));
	if (!kind) return undefined;
	const ofKind = nearest.get(kind);
	return ofKind?.length === 1 ? ofKind[0] : undefined;
}

const letter = /\p{L}/u;

/** Whether a sentence is nothing but a date, the publication date: a dateline. */
const isDateline = (text: string, sentence: Span, date: DateExpression, published: string | null) =>
	date.value!.precision === 'day' && date.value!.start === published && date.value!.end === null && !letter.test(text.slice(sentence.start, date.start) + text.slice(date.end, sentence.end));

const isCountryEntity = ({name, kind}: NamedEntity) => kind === 'place' && isCountry(name);

/** How many of the last candidates of a paragraph an undated sentence may go on telling. */
const toldWithin = 4;

/**
 * The candidate of a paragraph (latest last) whose happening an undated sentence naming
 * `entities` goes on telling: of the last few whose sentences name one of them other than a
 * country (a story's countries are in nearly every sentence of it, as in evidenceOf), the one of
 * the most specific date, of equals one not after the report's date, then the latest. A day is the happening a report tells, a month or
 * a year more often its background ("had sought a buyer since September 2006"), and a date after
 * the report's is planned, not told; an aside dated otherwise does not cut the report it
 * interrupts from the sentences that go on with it.
 */
function toldBy(paragraph: Candidate[], entities: NamedEntity[], published: string | null): Candidate | undefined {
	if (entities.length === 0) return undefined;
	let best: Candidate | undefined;
	// The most specific first; of equals, one not after the report's date: a date after it is planned ("free until September 30"), not the happening the report goes on telling.
	const rank = ({value}: Candidate) => 2 * precisionOrder[value!.precision] + (published !== null && afterDay(value!.start, published) ? 0 : 1);
	for (let index = paragraph.length - 1; index >= Math.max(0, paragraph.length - toldWithin); index--) {
		const candidate = paragraph[index]!;
		if (best && rank(candidate) <= rank(best)) continue;
		if (entities.some((entity) => !isCountryEntity(entity) && (candidate.entities.includes(entity) || candidate.leadEntities?.includes(entity)))) best = candidate;
	}
	return best;
}

/** Whether a date value's start (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) lies wholly after a day. */
const afterDay = (start: string, day: string) => start > day.slice(0, start.length);

/**
 * One date value for each publication day: every article has a candidate at its publication date,
 * and a corpus of hundreds of thousands of short articles has a few thousand days.
 */
const publicationDays = new Map<string, DateValue>();
const publicationDay = (published: string) => getOrAdd(publicationDays, published, (): DateValue => ({start: published, end: null, precision: 'day'}));

/** A candidate at the article's publication date (undated without one), told by `sentence` and the article's title. */
const publishedCandidate = (article: EventArticle, articleIndex: number, sentence: Span): Candidate => ({
	value: article.published ? publicationDay(article.published) : null,
	basis: 'published',
	articleIndex,
	mention: {article: article.id, sentence, date: null},
	titleSource: article.title,
	entities: [],
	dateFrom: 0,
	dateTo: 0,
	features: null,
});

/** The words and numbers of a candidate's sentence (at a publication date: its article's title). */
function tokensOf(candidate: Candidate, article: EventArticle, keys: FeatureKeys): number[] {
	const language = article.language ?? '';
	if (candidate.basis === 'published') return sentenceTokens(keys, article.title, {start: 0, end: article.title.length}, [], language);
	return sentenceTokens(keys, article.text, candidate.mention.sentence, article.dates.slice(candidate.dateFrom, candidate.dateTo), language);
}

/** What a candidate's sentence says: its tokens (sentenceTokens) as features (sentenceFeatures). */
export const featuresOf = (candidate: Candidate, article: EventArticle, keys: FeatureKeys, tokens = candidate.tokens ?? tokensOf(candidate, article, keys)): Features =>
	sentenceFeatures(
		keys,
		tokens,
		candidate.entities.map((entity) => entity.name),
		article.language ?? '',
	);

/**
 * What a candidate's sentence says, counted into `table`. Its tokens are kept (the features are
 * found again from them when its date is merged, and a retelling compares them); its features
 * only for the next merge of a memo (`keep`): every candidate's features at once were the
 * merge's largest memory, and finding them again from tokens costs little.
 */
export function countFeaturesOf(candidate: Candidate, article: EventArticle, table: FeatureTable, keep: boolean): void {
	const tokens = (candidate.tokens ??= tokensOf(candidate, article, table.keys));
	const features = candidate.features ?? featuresOf(candidate, article, table.keys, tokens);
	if (keep) candidate.features = features;
	countFeatures(table, features, tokens);
}

/** The evidence of a sentence that names no one, shared: evidence is only read. */
const noEvidence: string[] = [];
Object.freeze(noEvidence);

/** How many of a sentence's countries, and of its details, are paired as evidence: at most 66 pairs each. */
const maxPaired = 12;

/**
 * What a candidate shares with another that reports the same happening. On a day: one name (a
 * person, place or organization) or a pair of countries (countries appear in nearly every
 * sentence of a story, so one alone says little). A month or a year holds many happenings with
 * the same people: there it takes two of those, or one within the same report, or the same
 * sentence word for word.
 */
function evidenceOf(candidate: Candidate, byDay: boolean): string[] {
	const keys: string[] = [];
	const countries: string[] = [];
	for (const {name, kind} of candidate.entities) {
		if (kind === 'place' && isCountry(name)) countries.push(name);
		else keys.push(name);
	}
	// Pairs grow with the square of what a sentence names: a sentence listing every country of the
	// world is a list, not a happening, and only its first few details are paired.
	countries.sort().splice(maxPaired);
	for (let i = 0; i < countries.length; i++) for (let j = i + 1; j < countries.length; j++) keys.push(`${countries[i]}\u0000${countries[j]}`);
	// Kept with the candidate to the end of the merge: most sentences of a large corpus of short articles name no one.
	if (byDay) return keys.length === 0 ? noEvidence : keys;
	keys.sort();
	// Month and year candidates are dated in their text: `titleSource` is the article text.
	const {sentence} = candidate.mention;
	const evidence = [`\u0001${oneLine(candidate.titleSource.slice(sentence.start, sentence.end))}`];
	for (let i = 0; i < keys.length; i++) {
		evidence.push(`${candidate.mention.article}\u0002${keys[i]}`);
		if (i < maxPaired) for (let j = i + 1; j < Math.min(keys.length, maxPaired); j++) evidence.push(`${keys[i]}\u0001${keys[j]}`);
	}
	return evidence;
}

/** Similarity (event-similarity.ts) to an event's first candidate from which a candidate joins the event. */
const sameSaying = 0.3;
/** A candidate is compared with the events whose first candidates share one of its rarest features, at most this many. */
const rarestCount = 8;
const maxCompared = 64;
const noClusters: readonly number[] = [];
/** The events one candidate is compared with (happenings): one array for every candidate, as sorting or a set for each allocated. */
const compared = new Int32Array(maxCompared);

/**
 * Candidates of one date that report the same happening, in the order of their first candidate.
 * Each event starts with its first candidate; a later one joins, on a day, the event its own
 * report already told of that day, else the event whose first candidate says the most nearly the
 * same (similarity at least `sameSaying`), else the earliest whose first candidate shares
 * evidence with it (evidenceOf). Comparing with the first candidate, not with every one, keeps a
 * busy date from chaining unrelated reports into one event through one weak link after another,
 * and indexes of the first candidates' evidence and rarest features keep it near linear.
 */
export function happenings(group: Candidate[], table: FeatureTable): Candidate[][] {
	if (group.length === 1) return [group];
	// The candidates of a group share one date value.
	const {clusters, place} = grouping(group[0]!.value?.precision === 'day', table);
	for (const candidate of group) place(candidate);
	return clusters;
}

/**
 * The happenings of a date grouped before (`grouped`, by an earlier merge) with `fresh`
 * candidates of that date after its own: those are placed as `happenings` places each, against
 * the events as that grouping left them, which stay as they were.
 */
export function happeningsWith(grouped: DateGroup, fresh: Candidate[], table: FeatureTable): Candidate[][] {
	if (grouped.group.length + fresh.length === 1) return [[...grouped.group, ...fresh]];
	const {clusters, place, replay} = grouping((grouped.group[0] ?? fresh[0])!.value?.precision === 'day', table);
	const clusterOf = new Map<Candidate, number>();
	grouped.clusters.forEach((cluster, index) => {
		for (const candidate of cluster) clusterOf.set(candidate, index);
	});
	for (const candidate of grouped.group) replay(candidate, clusterOf.get(candidate)!);
	for (const candidate of fresh) place(candidate);
	return clusters;
}

/**
 * One date's grouping into happenings (see happenings), a candidate at a time, in the group's
 * order: `place` finds a candidate's event; `replay` puts a candidate where an earlier grouping
 * of the same candidates put it (in the event of index `cluster`, a new one when it was that
 * event's first), leaving what `place` goes on from as that grouping left it.
 */
function grouping(byDay: boolean, table: FeatureTable) {
	const clusters: Candidate[][] = [];
	const clusterWithEvidence = new Map<string, number>();
	const clustersWithFeature = new Map<number, number[]>();
	const clusterOfArticle = new Map<string, number>();
	const mostSimilar = (candidate: Candidate, features: number[]): number | undefined => {
		// The events it is compared with, each once, kept in ascending order as they come.
		let size = 0;
		for (const feature of features) {
			for (const index of clustersWithFeature.get(feature) ?? noClusters) {
				if (size >= maxCompared) break;
				let at = size;
				while (at > 0 && compared[at - 1]! > index) at--;
				if (at > 0 && compared[at - 1] === index) continue;
				compared.copyWithin(at + 1, at, size++);
				compared[at] = index;
			}
		}
		let best: number | undefined;
		let bestScore = sameSaying;
		for (let at = 0; at < size; at++) {
			const index = compared[at]!;
			const score = similarity(candidate.features!, clusters[index]![0]!.features!, table);
			if (score >= bestScore && (best === undefined || score > bestScore)) {
				best = index;
				bestScore = score;
			}
		}
		return best;
	};
	const register = (evidence: string[], cluster: number) => {
		for (const key of evidence) if (!clusterWithEvidence.has(key)) clusterWithEvidence.set(key, cluster);
	};
	const start = (evidence: string[], features: number[]) => {
		const cluster = clusters.push([]) - 1;
		register(evidence, cluster);
		for (const feature of features) pushTo(clustersWithFeature, feature, cluster);
		return cluster;
	};
	const add = (candidate: Candidate, cluster: number) => {
		clusters[cluster]!.push(candidate);
		if (byDay && !clusterOfArticle.has(candidate.mention.article)) clusterOfArticle.set(candidate.mention.article, cluster);
	};
	const place = (candidate: Candidate) => {
		const evidence = (candidate.evidence ??= evidenceOf(candidate, byDay));
		const features = rarestFeatures(candidate.features!, table, rarestCount);
		let cluster = byDay ? clusterOfArticle.get(candidate.mention.article) : undefined;
		// A report's sentences of one day tell its one happening: what each names is the event's evidence, where another report may name only one of them.
		if (cluster !== undefined) register(evidence, cluster);
		cluster ??= mostSimilar(candidate, features);
		if (cluster === undefined) {
			for (const key of evidence) {
				const found = clusterWithEvidence.get(key);
				if (found !== undefined && (cluster === undefined || found < cluster)) cluster = found;
			}
		}
		add(candidate, cluster ?? start(evidence, features));
	};
	const replay = (candidate: Candidate, cluster: number) => {
		const evidence = (candidate.evidence ??= evidenceOf(candidate, byDay));
		const own = byDay ? clusterOfArticle.get(candidate.mention.article) : undefined;
		if (own !== undefined) register(evidence, own);
		add(candidate, cluster < clusters.length ? cluster : start(evidence, rarestFeatures(candidate.features!, table, rarestCount)));
	};
	return {clusters, place, replay};
}

const dated = (candidate: Candidate) => (candidate.basis === 'text' ? 0 : 1);

/**
 * The candidate whose sentence tells the event best: a dated sentence, naming the most of what
 * the other sources of the event also name, then the most, from the earliest article (`group` is
 * in article and text order). A sentence of one source that names more of its own ("the Turkish
 * and Ukrainian officials") tells less of the event than the one all sources tell.
 */
function representative(group: Candidate[]): Candidate {
	const articlesNaming = new Map<NamedEntity, Set<number>>();
	for (const candidate of group) for (const entity of candidate.entities) getOrAdd(articlesNaming, entity, () => new Set()).add(candidate.articleIndex);
	const shared = (candidate: Candidate) => candidate.entities.filter((entity) => articlesNaming.get(entity)!.size > 1).length;
	const tellsBetter = (a: Candidate, b: Candidate) => (dated(a) - dated(b) || shared(b) - shared(a) || b.entities.length - a.entities.length) < 0;
	let best = group[0]!;
	for (const candidate of group) if (tellsBetter(candidate, best)) best = candidate;
	return best;
}

const titleOf = ({basis, titleSource, mention}: Candidate) => titleFrom(titleSource, basis === 'published' ? {start: 0, end: titleSource.length} : mention.sentence, titleLength);

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

/** Each of `items` once, in order. */
const distinct = <T>(items: T[]): T[] => (items.length < 2 ? items : [...new Set(items)]);

/** The names of the entities of a kind, sorted. `map` makes an array of the exact length, where `push` leaves room for more. */
const namesOf = (entities: NamedEntity[], kind: EntityKind) =>
	entities
		.filter((entity) => entity.kind === kind)
		.map((entity) => entity.name)
		.sort();

export const inTextOrder = (a: Candidate, b: Candidate) => a.articleIndex - b.articleIndex || a.mention.sentence.start - b.mention.sentence.start;

/** Every entity the sentences of a group of candidates mention. */
function entitiesOf(group: Candidate[]): NamedEntity[] {
	const withLead = group.some((candidate) => candidate.leadEntities);
	return group.length === 1 && !withLead ? group[0]!.entities : distinct(group.flatMap((candidate) => (candidate.leadEntities ? [...candidate.entities, ...candidate.leadEntities] : candidate.entities)));
}

/** An event whose candidates changed (retellings.ts), with the people and places of those it now holds, and their entities. */
function withEntities(event: TimelineEvent, cluster: Candidate[]): {event: TimelineEvent; entities: NamedEntity[]} {
	const entities = entitiesOf(cluster);
	return {event: {...event, people: namesOf(entities, 'person'), places: namesOf(entities, 'place')}, entities};
}

/** The id of the event whose first candidate (in text order) is `first`. */
export const eventId = (first: Candidate): string => sha1(`${first.mention.article}\u0000${first.mention.sentence.start}\u0000${first.value?.start ?? ''}\u0000${first.value?.end ?? ''}`).slice(0, 12);

/** An event, every entity its sentences mention, and the sentences of each of them that takes part (participantSentences). */
export type MadeOfGroup = {event: TimelineEvent; entities: NamedEntity[]; sentences: ParticipantSentences};

/** One event of a group of candidates. */
export function eventOf(group: Candidate[]): MadeOfGroup {
	group.sort(inTextOrder);
	const first = group[0]!;
	const entities = entitiesOf(group);
	const id = eventId(first);
	const event: TimelineEvent = {
		id,
		date: first.value,
		basis: group.every((candidate) => candidate.basis === 'published') ? 'published' : 'text',
		title: titleOf(representative(group)),
		// Weighed over the whole corpus once every event is known (salience.ts).
		salience: 0,
		people: namesOf(entities, 'person'),
		places: namesOf(entities, 'place'),
		sources: distinct(group.map((candidate) => candidate.mention.article)),
		mentions: group.flatMap(({mention, further}) => (further ? [mention, ...further.map((sentence) => ({article: mention.article, sentence, date: null}))] : [mention])),
	};
	return {event, entities, sentences: participantSentences(group, entities)};
}

/** The group of `groups` (candidates of one date each) whose date is `value`. */
function groupWithValue(groups: Candidate[][], value: DateValue): Candidate[] | undefined {
	for (const group of groups) if (sameValue(group[0]!.value, value)) return group;
	return undefined;
}

/** Candidates (those of each article) grouped by date value, in the order of their first candidate; each undated candidate stands alone. */
function byDate(candidatesByArticle: Candidate[][]): Candidate[][] {
	const groups: Candidate[][] = [];
	// Few values share a start: the groups of a start are told apart one by one.
	const groupsByStart = new Map<string, Candidate[][]>();
	const add = (candidate: Candidate) => {
		const {value} = candidate;
		if (!value) {
			groups.push([candidate]);
			return;
		}
		const sameStart = groupsByStart.get(value.start);
		const group = sameStart && groupWithValue(sameStart, value);
		if (group) group.push(candidate);
		else {
			const created = [candidate];
			groups.push(created);
			pushTo(groupsByStart, value.start, created);
		}
	};
	for (const candidates of candidatesByArticle) candidates.forEach(add);
	return groups;
}

/** An event with what orders the timeline, as numbers: its date's place among the dates, its first source's place among the articles, its first sentence. */
type Placed = {event: TimelineEvent; entities: NamedEntity[]; date: number; article: number; sentence: number};

/**
 * Events of a corpus: each sentence with a resolved date is a candidate; candidates with the same
 * date value that report the same happening (same report and day, or shared people and places,
 * across articles and languages) become one event listing every source. Returns the events in
 * timeline order and, for each entity name, the ids of the events that mention it, in that order.
 */
export const buildEvents = (articles: EventArticle[], memo?: MergeMemo): BuiltEvents => stepwise(() => buildEventsSteps(articles, memo)).finish();

export type BuiltEvents = {events: TimelineEvent[]; eventsByEntity: Map<string, string[]>; sentencesByEntity: Map<string, EntityMention[]>};

/** Sentences of an event, each beside the name of a participant that takes part in it (at the same index). */
export type ParticipantSentences = {names: string[]; sentences: EntityMention[]};

/**
 * The sentences of an event (made of `cluster`) in which each of its participants takes part:
 * those that name it or refer to it. An event merges the sentences of several reports, and an
 * entity's timeline lists only its own (a report of the day naming Boeing is not Airbus's because
 * another report of it names Airbus).
 */
function participantSentences(cluster: Candidate[], participants: NamedEntity[]): ParticipantSentences {
	const isParticipant = new Set(participants);
	const names: string[] = [];
	const sentences: EntityMention[] = [];
	const add = (article: string, {start, end}: Span, entities: NamedEntity[]) => {
		// One object for the sentence, whoever of its participants lists it: the lists are read, never changed.
		let sentence: EntityMention | undefined;
		for (const entity of entities) {
			if (!isParticipant.has(entity)) continue;
			names.push(entity.name);
			sentences.push((sentence ??= {article, start, end}));
		}
	};
	for (const {mention, further, furtherEntities, entities, ownEntities} of cluster) {
		add(mention.article, mention.sentence, ownEntities ?? entities);
		further?.forEach((sentence, index) => add(mention.article, sentence, furtherEntities?.[index] ?? entities));
	}
	return {names, sentences};
}

/**
 * The sentences that joined an event from another article (retellings.ts: "When Jobs first
 * introduced iPhone 4, he praised its antenna", weeks later), as sentences of those of the
 * event's participants that each names: in its own report's news they were only mentioned.
 * Returns what adds them for one changed event, given its mentions before.
 */
function retoldSentences(articles: EventArticle[], sentencesByEntity: Map<string, EntityMention[]>): (before: EventMention[], placed: Placed) => void {
	let byId: Map<string, EventArticle> | undefined;
	const namedOf = new Map<string, NamedMentions>();
	// Each entity's sentences as `article start` keys, made once it is first given one.
	const listed = new Map<string, Set<string>>();
	return (before, {event, entities}) => {
		const kept = new Set(before.map(({article, sentence}) => `${article}\u0000${sentence.start}`));
		const participants = new Set(entities);
		for (const {article: id, sentence, date} of event.mentions) {
			const key = `${id}\u0000${sentence.start}`;
			if (date !== null || kept.has(key)) continue;
			const article = (byId ??= new Map(articles.map((candidate) => [candidate.id, candidate]))).get(id);
			if (!article) continue;
			const named = getOrAdd(namedOf, id, () => byStart(article.named));
			for (const entity of entitiesIn(sentence, named, firstMentionFrom(named.mentions, sentence.start, 0))) {
				if (!participants.has(entity)) continue;
				const keys = getOrAdd(listed, entity.name, () => new Set((sentencesByEntity.get(entity.name) ?? []).map((other) => `${other.article}\u0000${other.start}`)));
				if (keys.has(key)) continue;
				keys.add(key);
				pushTo(sentencesByEntity, entity.name, {article: id, start: sentence.start, end: sentence.end});
			}
		}
	};
}

/** One key for each date value (sameValue). */
export const dateKey = ({start, end, precision}: DateValue): string => `${start}\u0000${end ?? ''}\u0000${precision}`;

/** The candidates of one date in the order they were grouped, and the clusters (each in text order) that became its events before retellings. */
export type DateGroup = {group: Candidate[]; clusters: Candidate[][]};

/** Candidates and dates compared between two steps of `buildEventsSteps`. */
const candidatesPerStep = 2000;
const datesPerStep = 50;

/** `buildEvents` a step at a time (see Stepwise): merging a large corpus takes seconds. */
export function* buildEventsSteps(articles: EventArticle[], memo?: MergeMemo): Generator<void, BuiltEvents, void> {
	const table = featureTable(memo?.keys);
	// Groups in date order; the undated ones, all equal, keep their order.
	if (memo) mergeStarts(memo);
	const candidatesAt = (article: EventArticle, index: number) => (memo ? memoCandidates(memo, article, index, () => candidatesOf(article, index)) : candidatesOf(article, index));
	const groups = byDate(articles.map(candidatesAt)).sort((a, b) => compareValues(a[0]!.value, b[0]!.value));
	yield;
	// Only candidates that share their date are compared: the others need no features.
	let featured = 0;
	for (const group of groups) {
		if (group.length < 2) continue;
		for (const candidate of group) countFeaturesOf(candidate, articles[candidate.articleIndex]!, table, memo !== undefined);
		featured += group.length;
		if (featured >= candidatesPerStep) {
			featured = 0;
			yield;
		}
	}
	weighFeatures(table);
	const placed: Placed[] = [];
	const made: MadeEvent[] = [];
	// What a memo keeps of each date for an update of the model that follows (quick-update.ts).
	const dated = memo ? new Map<string, DateGroup>() : undefined;
	const sentencesByEntity = new Map<string, EntityMention[]>();
	let date = 0;
	let previous: DateValue | null = null;
	for (const [index, group] of groups.entries()) {
		if (index > 0 && compareValues(previous, group[0]!.value) !== 0) date++;
		previous = group[0]!.value;
		if (group.length > 1) for (const candidate of group) candidate.features ??= featuresOf(candidate, articles[candidate.articleIndex]!, table.keys);
		const clusters = happenings(group, table);
		if (dated && group[0]!.value) dated.set(dateKey(group[0]!.value), {group, clusters});
		for (const cluster of clusters) {
			const {event, entities, sentences} = memo ? memoEvent(memo, cluster.sort(inTextOrder), () => eventOf(cluster)) : eventOf(cluster);
			sentences.names.forEach((name, at) => pushTo(sentencesByEntity, name, sentences.sentences[at]!));
			// The cluster is in text order: its first candidate's article is the event's first source.
			placed.push({event, entities, date, article: cluster[0]!.articleIndex, sentence: event.mentions[0]!.sentence.start});
			// Only the clusters a retelling may leave or join are kept to the end (retellings.ts).
			made.push({event, cluster: event.date && event.date.precision !== 'year' ? cluster : []});
		}
		// Told: its candidates' features, evidence and tokens are let go while the later dates are merged, unless a memo keeps the
		// candidates. A retelling finds again the tokens of the few it compares.
		if (!memo) {
			for (const candidate of group) {
				candidate.features = null;
				candidate.evidence = undefined;
				candidate.tokens = undefined;
			}
		}
		groups[index] = [];
		if ((index + 1) % datesPerStep === 0) yield;
	}
	const gone = new Set<Placed>();
	const addRetold = retoldSentences(articles, sentencesByEntity);
	const retold = yield* retellings(made, articles, table.keys, (candidate) => (candidate.tokens ??= tokensOf(candidate, articles[candidate.articleIndex]!, table.keys)));
	for (const [index, changed] of retold) {
		if (!changed) gone.add(placed[index]!);
		else {
			const before = placed[index]!.event.mentions;
			placed[index] = {...placed[index]!, ...withEntities(changed.event, changed.cluster)};
			addRetold(before, placed[index]!);
		}
	}
	const kept = gone.size > 0 ? placed.filter((event) => !gone.has(event)) : placed;
	kept.sort((a, b) => a.date - b.date || a.article - b.article || a.sentence - b.sentence);
	const eventsByEntity = new Map<string, string[]>();
	for (const {event, entities} of kept) {
		for (const {name} of entities) pushTo(eventsByEntity, name, event.id);
	}
	if (memo) mergeDone(memo, {dated: dated!, table});
	return {events: kept.map(({event}) => event), eventsByEntity, sentencesByEntity};
}
