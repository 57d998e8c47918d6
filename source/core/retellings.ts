/**
 * A later article's undated sentence that tells again a happening an earlier article dated
 * ("When Apple CEO Steve Jobs first introduced iPhone 4, he praised its antenna", weeks after
 * the launch) belongs to that happening's event, not to the day it was written on. Nothing in
 * its text dates it: it is recognised by the participants it names and by what it says of them,
 * against the dated sentences of the events before its article's publication date. So does a
 * later sentence whose date means only about then ("two weeks ago"): the earlier article's day
 * says when it was. And a report's undated lead, placed on the day it was written, tells what
 * happened by then: when another article dates that happening to one of the days just before
 * ("Last month, Northrop and EADS defeated Boeing" of the report of March 1 that they "have
 * defeated Boeing"), the lead goes to that date. And what a report plans for a later month
 * ("deliveries are not due until October") goes to the day a later report tells it happened.
 */
import {isCountry} from './entities/countries.js';
import {countFeatures, featureTable, retold, type FeatureTable, sayingOf, sentenceFeatures, sentenceTokens, weighFeatures, type FeatureKeys, type Features, type Saying} from './event-similarity.js';
import {byStart, entitiesIn, firstMentionFrom, type Candidate, type EventArticle, type NamedEntity} from './events.js';
import type {EventMention, Span, TimelineEvent} from './model.js';
import {approximateDays} from './dates/approximate.js';
import {knowsSayings, saysSomething} from './dates/tense.js';
import {dateLocaleFor} from './language.js';
import {addDays, formatDate, parseIsoDay} from './dates/calendar.js';
import {getOrAdd, pushAll, pushTo} from './collections.js';

/** An event with the candidates it was made of. */
export type MadeEvent = {event: TimelineEvent; cluster: Candidate[]};

/** How much of the shorter sentence the other tells again (retold) for a sentence to join an earlier event. */
const sameHappening = 0.45;
/** Dated sentences a retelling is compared with, at most: those of its rarest participants first. */
const maxCompared = 64;
/** As many for a sentence dated about a day: the days around it hold few of its participants' happenings. */
const maxComparedDated = 16;
/** The days before its publication in which a report's lead may have happened: news is told the day it happens or within a few days. */
const leadReach = 3;

/** Events and sentences gone through between two steps of `retellings`: an interface merging a large corpus again takes keys between them. */
const eventsPerStep = 5000;
const sentencesPerStep = 500;

/** A dated sentence of an event (by index into `made`), with its event's day. */
type Told = {made: number; candidate: Candidate; day: string};

/** The days from `from` to `to` (`YYYY-MM-DD`, both included), and of a report's lead the months (`YYYY-MM`) those days are in; `ahead` when they are after the report (plannedDays). */
type Days = {from: string; to: string; months?: string[]; ahead?: true};

/** A sentence that may tell again an earlier article's happening: an undated further `sentence` of a candidate at its publication date, or a candidate dated only about a day (`dated`, see spannedDays) or a report's undated lead (leadDays); or one that plans what a later article reports (`planned`, plannedDays). */
type Retelling = {from: number; candidate: Candidate; sentence: Span; entities: NamedEntity[]; told: Told[]; dated: boolean; planned: boolean};

/** An event a retelling left or joined: a new object (those of `made` may be kept by a merge memo), with the candidates it now holds; null when none is left. */
export type Retold = {event: TimelineEvent; cluster: Candidate[]} | null;

const participants = (entities: NamedEntity[]) => entities.filter(({name, kind}) => !(kind === 'place' && isCountry(name)));

/**
 * The entities each sentence names (each once), by its place in `sentences`: the sentences of
 * each article are walked in text order, its mentions sorted once.
 */
function namedIn(articles: EventArticle[], sentences: Array<{candidate: Candidate; sentence: Span}>): NamedEntity[][] {
	const named: NamedEntity[][] = [];
	const byArticle = new Map<number, number[]>();
	sentences.forEach(({candidate}, index) => pushTo(byArticle, candidate.articleIndex, index));
	for (const [articleIndex, indexes] of byArticle) {
		const mentions = byStart(articles[articleIndex]!.named);
		indexes.sort((a, b) => sentences[a]!.sentence.start - sentences[b]!.sentence.start);
		let from = 0;
		for (const index of indexes) {
			const {sentence} = sentences[index]!;
			from = firstMentionFrom(mentions.mentions, sentence.start, from);
			named[index] = entitiesIn(sentence, mentions, from);
		}
	}
	return named;
}

/** A mention of an event told apart from the others of its event: by its article, its sentence and whether a date expression of it places it. */
const mentionKey = ({article, sentence, date}: EventMention) => `${article}\u0000${sentence.start}\u0000${date ? 'dated' : 'undated'}`;

/**
 * The days a candidate's date may mean when it is only about one day ("two weeks ago"); else null:
 * an exact day is the happening's own. A month or a year may hold the day of a happening told
 * elsewhere, but it is more often a story's background, and comparing each such sentence with
 * the happenings of its span costs more than it finds.
 */
function spannedDays(candidate: Candidate, article: EventArticle): Days | null {
	// Kept with the candidate while its article is unchanged (merge-memo.ts).
	if (candidate.spanned === undefined) candidate.spanned = daysSpanned(candidate, article);
	return candidate.spanned;
}

function daysSpanned({value, mention}: Candidate, {text, language}: EventArticle): Days | null {
	if (value?.precision !== 'day' || value.end !== null || !mention.date) return null;
	const slack = approximateDays(text, mention.date, language ?? '');
	if (slack === 0) return null;
	const day = parseIsoDay(value.start);
	return {from: formatDate(addDays(day, -slack), 'day'), to: formatDate(addDays(day, slack), 'day')};
}

/**
 * The days a report's undated lead (a candidate at its publication date that names someone) may
 * have happened on, when another article dates it: the few before its publication, with their
 * months (a later report's "last month").
 */
function leadDays({basis, entities}: Candidate, published: string): Days | null {
	if (basis !== 'published' || entities.length === 0) return null;
	const day = parseIsoDay(published);
	const [from, to] = [formatDate(addDays(day, -leadReach), 'day'), formatDate(addDays(day, -1), 'day')];
	return {from, to, months: from.slice(0, 7) === to.slice(0, 7) ? [to.slice(0, 7)] : [from.slice(0, 7), to.slice(0, 7)]};
}

/**
 * The days of the month a candidate tells ahead of its report ("deliveries are not due until
 * October", "will be delayed until October 2007"): what is planned for then is reported, when it
 * happens, by a later article on its day. Only a plan the report states itself, in a language
 * whose words of saying are known: what someone is said to expect ("a summit is possible in
 * March at the earliest, Lavrov said") names its speaker, not who takes part then.
 */
function plannedDays({value, mention}: Candidate, {text, language}: EventArticle, published: string): Days | null {
	if (value?.precision !== 'month' || value.end !== null || value.start <= published.slice(0, 7)) return null;
	const locale = dateLocaleFor(language ?? '');
	if (!knowsSayings(locale) || saysSomething(text.slice(mention.sentence.start, mention.sentence.end), locale)) return null;
	return {from: `${value.start}-01`, to: `${value.start}-31`, ahead: true};
}

/**
 * How much a report of a day tells again what a plan said of its month (plannedDays), when the
 * report tells the news of its own day (a day at most `leadReach` before it was written, not one
 * it plans in turn), names every participant the plan names, and shares with it the act its
 * headline names ("Deliveries to Singapore Airlines are not due until October" and "First
 * Airbus A380 delivered": retold with a headline); else 0. A plan says more than its act (when
 * it is due, how late), which the report of the act does not repeat.
 */
function reported({entities}: Retelling, {candidate, day}: Told, published: string | null, says: Saying, features: Features, table: FeatureTable, headline: ReadonlySet<number>): number {
	if (!published || day > published || day < formatDate(addDays(parseIsoDay(published), -leadReach), 'day')) return 0;
	const named = participants(entities);
	const names = (entity: NamedEntity) => candidate.entities.includes(entity) || candidate.leadEntities?.includes(entity) === true;
	return named.length > 0 && named.every(names) ? retold(says, features, table, headline) : 0;
}

/** The first of `told` (in order of day) whose day is `day` or after. */
function firstFrom(told: Told[], day: string): number {
	let [low, high] = [0, told.length];
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (told[middle]!.day < day) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * Each undated further sentence of `made` (see Candidate.further) that tells again a happening
 * of an event dated before its article's publication, of another article, moves to that event
 * (the one whose dated sentence it tells again most); so does each candidate whose date spans
 * that event's day (spannedDays), or, of a lead, that event's day or month (leadDays), or whose
 * month plans what a later article reports on that event's day (plannedDays), with its further
 * sentences. Returns the events that changed, by index into `made`.
 */
export function* retellings(made: MadeEvent[], articles: EventArticle[], keys: FeatureKeys, tokensOf: (candidate: Candidate) => number[]): Generator<void, Map<number, Retold>, void> {
	const spans = new Map<Candidate, Days>();
	for (const [index, {cluster}] of made.entries()) {
		if (index % eventsPerStep === 0) yield;
		for (const candidate of cluster) {
			const {published} = articles[candidate.articleIndex]!;
			if (!published) continue;
			const span = candidate.basis === 'text' ? (spannedDays(candidate, articles[candidate.articleIndex]!) ?? plannedDays(candidate, articles[candidate.articleIndex]!, published)) : leadDays(candidate, published);
			if (span) spans.set(candidate, span);
		}
	}
	// The dated sentences of each participant, in the order of the events: of their days.
	const toldOf = new Map<NamedEntity, Told[]>();
	// And of each month, for the leads of the reports of its last days and of the next month's first.
	const toldInMonth = new Map<string, Map<NamedEntity, Told[]>>();
	made.forEach(({event, cluster}, index) => {
		// A happening told with its day: a month or a year is more often a story's background than one happening.
		if (event.date?.end !== null || (event.date.precision !== 'day' && event.date.precision !== 'month')) return;
		const of = event.date.precision === 'day' ? toldOf : getOrAdd(toldInMonth, event.date.start, () => new Map<NamedEntity, Told[]>());
		for (const candidate of cluster) if (candidate.basis === 'text') for (const entity of participants(candidate.entities)) pushTo(of, entity, {made: index, candidate, day: event.date.start});
	});
	// The further sentences that may tell again what another article dated, in the order of their events.
	const undated: Array<{from: number; candidate: Candidate; sentence: Span}> = [];
	made.forEach(({cluster}, from) => {
		for (const candidate of cluster) {
			// Only what the day of writing holds by default: a sentence that goes on telling a dated sentence of its paragraph stays with it.
			if (candidate.basis !== 'published' || !candidate.further || !articles[candidate.articleIndex]!.published) continue;
			for (const sentence of candidate.further) undated.push({from, candidate, sentence});
		}
	});
	const named = namedIn(articles, undated);
	// The dated sentences of another article than `candidate`'s, of days in `days` before its publication (and of its `months`), that tell of `entities`.
	const reportsOf = (candidate: Candidate, entities: NamedEntity[], days: Days, dated: boolean): Told[] => {
		const published = articles[candidate.articleIndex]!.published!;
		const told: Told[] = [];
		const most = dated ? maxComparedDated : maxCompared;
		const add = (earlier: Told) => {
			// A day told only about (spannedDays) does not say when a happening told more vaguely was.
			if (earlier.candidate.articleIndex === candidate.articleIndex || (dated && spans.has(earlier.candidate)) || told.some((other) => other.candidate === earlier.candidate)) return;
			told.push(earlier);
		};
		for (const entity of participants(entities).sort((a, b) => (toldOf.get(a)?.length ?? 0) - (toldOf.get(b)?.length ?? 0))) {
			const ofEntity = toldOf.get(entity) ?? [];
			for (let at = firstFrom(ofEntity, days.from); at < ofEntity.length && told.length < most; at++) {
				const earlier = ofEntity[at]!;
				if (earlier.day > days.to || (!days.ahead && earlier.day >= published)) break;
				add(earlier);
			}
			for (const month of days.months ?? []) for (const earlier of toldInMonth.get(month)?.get(entity) ?? []) if (told.length < most) add(earlier);
		}
		return told;
	};
	const found: Retelling[] = [];
	// Who a report's news is about: what its lead names. A plan that names no one ("the aircraft's delivery will be delayed until October 2007") is theirs.
	const newsOf = new Map<number, NamedEntity[]>();
	for (const [candidate, span] of spans) if (span.ahead && participants(candidate.entities).length === 0) newsOf.set(candidate.articleIndex, []);
	if (newsOf.size > 0) for (const {cluster} of made) for (const candidate of cluster) if (candidate.basis === 'published' && newsOf.has(candidate.articleIndex)) newsOf.set(candidate.articleIndex, participants(candidate.leadEntities ? [...candidate.entities, ...candidate.leadEntities] : candidate.entities));
	// Candidates dated about a day and leads first: a sentence told again without a date may tell again what they tell.
	for (const [from, {cluster}] of made.entries()) {
		if (from % eventsPerStep === 0) yield;
		for (const candidate of cluster) {
			const span = spans.get(candidate);
			if (!span) continue;
			const entities = span.ahead && participants(candidate.entities).length === 0 ? newsOf.get(candidate.articleIndex)! : candidate.entities;
			const told = reportsOf(candidate, entities, span, true);
			if (told.length > 0) found.push({from, candidate, sentence: candidate.mention.sentence, entities, told, dated: true, planned: span.ahead === true});
		}
	}
	const anyDay: Days = {from: '', to: '\uffff'};
	for (const [index, {from, candidate, sentence}] of undated.entries()) {
		if (index % sentencesPerStep === 0) yield;
		const told = reportsOf(candidate, named[index]!, anyDay, false);
		if (told.length > 0) found.push({from, candidate, sentence, entities: named[index]!, told, dated: false, planned: false});
	}
	if (found.length === 0) return new Map();
	// What each sentence says, weighed among the sentences compared here.
	const table = featureTable(keys);
	const featuresOf = new Map<Candidate, Features>();
	const counted = (tokens: number[], names: string[], language: string) => {
		const features = sentenceFeatures(keys, tokens, names, language);
		countFeatures(table, features, tokens);
		return features;
	};
	// A candidate's features are those its date's merge found (events.ts), where it found them: they depend on its sentence alone.
	const count = (candidate: Candidate) =>
		getOrAdd(featuresOf, candidate, () => {
			const tokens = tokensOf(candidate);
			const features = (candidate.features ??= sentenceFeatures(keys, tokens, candidate.entities.map((entity) => entity.name), articles[candidate.articleIndex]!.language ?? ''));
			countFeatures(table, features, tokens);
			return features;
		});
	const sayings: Saying[] = found.map(({candidate, sentence, entities, dated}) => {
		if (dated && entities === candidate.entities) return sayingOf(count(candidate), keys);
		const article = articles[candidate.articleIndex]!;
		const language = article.language ?? '';
		// A plan that names no one, with what its report's lead names.
		const tokens = dated ? tokensOf(candidate) : sentenceTokens(keys, article.text, sentence, [], language);
		return sayingOf(counted(tokens, entities.map((entity) => entity.name), language), keys);
	});
	// Its own event's first candidates (a busy event has many), but a dated one itself (an undated one's own is its report's title).
	const ownOf = ({from, candidate, dated}: Retelling) => (dated ? made[from]!.cluster.slice(0, maxComparedDated + 1).filter((other) => other !== candidate) : made[from]!.cluster.slice(0, maxCompared));
	for (const [index, retelling] of found.entries()) {
		if (index % sentencesPerStep === 0) yield;
		ownOf(retelling).forEach(count);
		const {told} = retelling;
		for (const earlier of told) count(earlier.candidate);
	}
	weighFeatures(table);
	// The words of a report's headline, once an article.
	const headlines = new Map<number, ReadonlySet<number>>();
	const headlineOf = (index: number) =>
		getOrAdd(headlines, index, () => {
			const {title, language} = articles[index]!;
			return new Set(sentenceTokens(keys, title, {start: 0, end: title.length}, [], language ?? ''));
		});
	// What leaves and joins each event, applied once every sentence is placed: a busy event is copied once, not once a sentence.
	const leaving = new Map<number, {candidates: Set<Candidate>; mentions: Set<string>}>();
	const joining = new Map<number, {candidates: Candidate[]; mentions: EventMention[]}>();
	// A candidate moved, and a retelling of what it tells, go where it went.
	const movedTo = new Map<Candidate, number>();
	// An event every candidate left (its own were all told about a day) is gone: nothing joins it.
	const emptied = (index: number) => (leaving.get(index)?.candidates.size ?? 0) === made[index]!.cluster.length;
	for (const [index, retelling] of found.entries()) {
		if (index % sentencesPerStep === 0) yield;
		const {from, candidate, sentence, told, dated, planned} = retelling;
		// A sentence that goes on telling a lead that moved went with it.
		if (!dated && movedTo.has(candidate)) continue;
		const says = sayings[index]!;
		const weights = told.map((earlier) => {
			const features = featuresOf.get(earlier.candidate)!;
			if (!planned) return retold(says, features, table);
			return reported(retelling, earlier, articles[earlier.candidate.articleIndex]!.published, says, features, table, headlineOf(earlier.candidate.articleIndex));
		});
		// Compared with its own event only when it may leave it: most sentences tell nothing told elsewhere.
		// A plan's evidence is what reported() asks: any share it finds is enough.
		const least = planned ? Number.EPSILON : sameHappening;
		if (!weights.some((weight) => weight >= least)) continue;
		// It goes on telling its own happening when it tells that as much as any other.
		const own = ownOf(retelling).reduce((most, other) => Math.max(most, retold(says, featuresOf.get(other)!, table)), 0);
		let best: number | undefined;
		let bestWeight = Math.max(least, own);
		for (const [at, earlier] of told.entries()) {
			const weight = weights[at]!;
			if (weight > bestWeight || (weight === bestWeight && weight > own && best === undefined)) [best, bestWeight] = [movedTo.get(earlier.candidate) ?? earlier.made, weight];
		}
		if (best === undefined || best === from || emptied(best)) continue;
		const articleId = articles[candidate.articleIndex]!.id;
		const further = dated ? (candidate.further ?? []) : [];
		const left = getOrAdd(leaving, from, () => ({candidates: new Set(), mentions: new Set()}));
		const joined = getOrAdd(joining, best, () => ({candidates: [], mentions: []}));
		if (dated) {
			left.candidates.add(candidate);
			left.mentions.add(mentionKey(candidate.mention));
			joined.candidates.push(candidate);
			joined.mentions.push(candidate.mention);
			movedTo.set(candidate, best);
		}
		for (const span of dated ? further : [sentence]) {
			const mention = {article: articleId, sentence: span, date: null};
			left.mentions.add(mentionKey(mention));
			joined.mentions.push(mention);
		}
	}
	const moved = new Map<number, Retold>();
	for (const index of new Set([...leaving.keys(), ...joining.keys()])) {
		const {event, cluster} = made[index]!;
		const left = leaving.get(index);
		const joined = joining.get(index);
		if (left && left.candidates.size === cluster.length && !joined) {
			moved.set(index, null);
			continue;
		}
		const mentions = left ? event.mentions.filter((mention) => !left.mentions.has(mentionKey(mention))) : event.mentions.slice();
		if (joined) pushAll(mentions, joined.mentions);
		const kept = left ? cluster.filter((candidate) => !left.candidates.has(candidate)) : cluster;
		moved.set(index, {event: {...event, mentions, sources: [...new Set(mentions.map((mention) => mention.article))]}, cluster: joined ? [...kept, ...joined.candidates] : kept});
	}
	return moved;
}
