/**
 * What one merge of a corpus keeps for the next, when the corpus changes while dateline runs
 * (`--watch`, `r`): the work of each article and each event that does not depend on the rest of
 * the corpus. The next merge runs every corpus-wide step again (entities, feature weights, which
 * candidates make one event, salience's figures), so that its model is the one a merge from
 * scratch gives, but it takes from here what an unchanged article or an unchanged event gives.
 */
import {featureKeys, type FeatureKeys, type FeatureTable} from './event-similarity.js';
import type {Candidate, DateGroup, EventArticle, MadeOfGroup, NamedEntity, NamedMentions} from './events.js';
import type {AnalyzedArticle} from './analyze.js';
import type {EntityKind, Span, TimelineEvent} from './model.js';
import {salienceMemo, type SalienceMemo} from './salience.js';
import {nameForms, type NameForms} from './entities/resolve.js';

type ArticleWork = {article: EventArticle; candidates: Candidate[]};

type EventWork = MadeOfGroup & {members: Candidate[]};

export type MergeMemo = {
	/** One object per entity name and kind: the candidates of two merges name the same object. */
	entities: Map<string, NamedEntity>;
	/** Article id → its candidates as the last merge made them. */
	articles: Map<string, ArticleWork>;
	/** The articles of the merge under way: those of the last that are not here are let go. */
	next: Map<string, ArticleWork>;
	/** An event by its first candidate, with all its candidates. */
	events: WeakMap<Candidate, EventWork>;
	/** What entity resolution found of each name's spelling, and of each article while its names resolve alike. */
	names: NameForms;
	salience: SalienceMemo;
	/** The model's copy of each event with its salience: the next model shares it while the salience is the same. */
	weighed: WeakMap<TimelineEvent, TimelineEvent>;
	/** The keys of the features of every sentence seen: a candidate's tokens are keys of these. */
	keys: FeatureKeys;
	/** An analyzed article's sentences told as events (assemble.ts), found once while its file is unchanged. */
	told: WeakMap<AnalyzedArticle, Span[]>;
	/** Of the last merge done: each date's candidates and clusters (by dateKey), and the weights it grouped them with; what a quick update (quick-update.ts) starts from. */
	done?: MergeDone;
};

export type MergeDone = {dated: Map<string, DateGroup>; table: FeatureTable};

export const mergeMemo = (): MergeMemo => ({entities: new Map(), articles: new Map(), next: new Map(), events: new WeakMap(), names: nameForms(), salience: salienceMemo(), weighed: new WeakMap(), keys: featureKeys(), told: new WeakMap()});

/**
 * Gives each article's named mentions with one entity object per name and kind across merges;
 * one for a merge, whose resolved entities are one object per name (entities/resolve.ts).
 */
export function sameEntities(memo: MergeMemo): (named: {mentions: NamedMentions['mentions']; entities: ReadonlyArray<{name: string; kind: EntityKind}>}) => NamedMentions {
	const ofResolved = new Map<{name: string; kind: EntityKind}, NamedEntity>();
	const canonical = (resolved: {name: string; kind: EntityKind}) => {
		let entity = ofResolved.get(resolved);
		if (entity) return entity;
		const {name, kind} = resolved;
		const key = `${kind}\u0000${name}`;
		entity = memo.entities.get(key);
		if (!entity) memo.entities.set(key, (entity = {name, kind}));
		ofResolved.set(resolved, entity);
		return entity;
	};
	return ({mentions, entities}) => ({mentions, entities: entities.map(canonical)});
}

/** Whether two analyses of an article give the same candidates: the same text, dates and metadata, and the same entities at the same places. */
function sameArticle(a: EventArticle, b: EventArticle): boolean {
	if (a.dates !== b.dates || a.text !== b.text || a.title !== b.title || a.published !== b.published || a.language !== b.language) return false;
	if (a.sentences !== b.sentences && (a.sentences.length !== b.sentences.length || a.sentences.some((sentence, index) => sentence.start !== b.sentences[index]!.start || sentence.end !== b.sentences[index]!.end))) return false;
	const [x, y] = [a.named, b.named];
	if (x.mentions.length !== y.mentions.length) return false;
	for (let index = 0; index < x.mentions.length; index++) {
		if (x.entities[index] !== y.entities[index] || x.mentions[index]!.start !== y.mentions[index]!.start || x.mentions[index]!.end !== y.mentions[index]!.end) return false;
	}
	return true;
}

/** An article's candidates as the last merge made them when nothing they come from changed, else made anew; at `articleIndex` in this merge. */
export function memoCandidates(memo: MergeMemo, article: EventArticle, articleIndex: number, make: () => Candidate[]): Candidate[] {
	const kept = memo.articles.get(article.id);
	const candidates = kept && sameArticle(kept.article, article) ? kept.candidates : make();
	for (const candidate of candidates) candidate.articleIndex = articleIndex;
	memo.next.set(article.id, {article, candidates});
	return candidates;
}

/** Starts a merge: what a merge left unfinished is let go. */
export function mergeStarts(memo: MergeMemo): void {
	memo.next = new Map();
}

/** Ends a merge: what it made is what the next one takes from. */
export function mergeDone(memo: MergeMemo, done: MergeDone): void {
	memo.articles = memo.next;
	memo.next = new Map();
	memo.done = done;
}

/** The event of a group of candidates (sorted in text order) as the last merge made it when it has the same candidates. */
export function memoEvent(memo: MergeMemo, group: Candidate[], make: () => MadeOfGroup): MadeOfGroup {
	const kept = memo.events.get(group[0]!);
	if (kept && kept.members.length === group.length && kept.members.every((member, index) => member === group[index])) return kept;
	const made = make();
	memo.events.set(group[0]!, {members: group, ...made});
	return made;
}

/** The model's copy of an event of the memo with `salience`: the last merge's while its salience is the same. */
export function withSalience(memo: MergeMemo, event: TimelineEvent, salience: number): TimelineEvent {
	const kept = memo.weighed.get(event);
	if (kept?.salience === salience) return kept;
	const copy = {...event, salience};
	memo.weighed.set(event, copy);
	return copy;
}
