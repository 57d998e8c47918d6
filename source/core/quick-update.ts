/**
 * A model to show at once when articles are added to a watched corpus (`--watch`), while the
 * merge of the whole corpus (live-corpus.ts) runs behind it and then replaces it. Only the dates
 * the new articles tell are grouped again, with the last merge's candidates of those dates and
 * its word weights (counting the new sentences in); every other event is the last model's. What
 * the new articles change elsewhere (the weights of every date, whom a name resolves to across
 * the corpus, a sentence told again on another date: retellings.ts) waits for the whole merge.
 */
import type {AnalyzedArticle} from './analyze.js';
import {byId, eventArticle, modelEntity, resolvedDefinitions, toldOf} from './assemble.js';
import {getOrAdd, pushAll, pushTo} from './collections.js';
import {compareValues} from './dates/calendar.js';
import type {EntityDefinition} from './entities/definitions.js';
import {resolveEntities, type ResolvedEntity} from './entities/resolve.js';
import {weighFeatures, type FeatureTable} from './event-similarity.js';
import {candidatesOf, countFeaturesOf, dateKey, eventId, eventOf, featuresOf, happeningsWith, inTextOrder, type Candidate, type DateGroup, type EventArticle, type MadeOfGroup} from './events.js';
import {sameEntities, type MergeMemo} from './merge-memo.js';
import type {DateValue, Entity, EntityMention, Skipped, TimelineEvent, TimelineModel} from './model.js';
import {salienceOf} from './salience.js';

/** The new articles' places in the merge: after every article of the last one, in the order added. */
const addedFrom = 2 ** 30;

/** The table of the last merge with its counts copied: counting the new sentences leaves the last merge's as it was. */
const tableCopy = (table: FeatureTable): FeatureTable => ({...table, counts: table.counts.slice(), places: table.places.slice(), weights: new Float64Array(0)});

/** The first index of `events` (in timeline order) whose date is not before `value` (`after`: after it). */
function placeOf(events: readonly TimelineEvent[], value: DateValue | null, after: boolean): number {
	let [low, high] = [0, events.length];
	while (low < high) {
		const middle = (low + high) >>> 1;
		const order = compareValues(events[middle]!.date, value);
		if (order < 0 || (after && order === 0)) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** The events of one date in the updated model, and the span of the last model's events of that date they take the place of. */
type Block = {from: number; to: number; value: DateValue | null; events: TimelineEvent[]};

const sameMembers = (a: Candidate[], b: Candidate[]) => a.length === b.length && a.every((candidate, index) => candidate === b[index]);

/** A date's candidates and clusters of the last merge without those of the articles `removed` (by id). */
function without(last: DateGroup, removed: ReadonlySet<string>): DateGroup {
	const kept = (candidate: Candidate) => !removed.has(candidate.mention.article);
	if (removed.size === 0 || last.group.every(kept)) return last;
	return {group: last.group.filter(kept), clusters: last.clusters.map((cluster) => cluster.filter(kept)).filter((cluster) => cluster.length > 0)};
}

/**
 * `model` (the last merge's, of `memo`) with the articles of `added` in it, or null when the memo
 * holds no merge to start from. `skipped` is the corpus's skipped list now; `removed`: the ids of
 * articles `model` no longer has (quickRemoval), whose candidates the memo still holds.
 */
function quickUpdate(model: TimelineModel, memo: MergeMemo, added: AnalyzedArticle[], aliases: EntityDefinition[], skipped: Skipped[], removed: ReadonlySet<string> = new Set()): TimelineModel | null {
	const {done} = memo;
	if (!done || added.length === 0) return null;
	// Resolved among themselves: a name the rest of the corpus resolves otherwise is resolved so by the whole merge.
	const resolution = resolveEntities(
		added.map((item) => item.mentions),
		resolvedDefinitions(aliases),
	);
	const named = sameEntities(memo);
	const inputs = added.map((item, index) => eventArticle(item, toldOf(item), named(resolution.byArticle[index]!)));
	const articleOf = (candidate: Candidate): EventArticle => (candidate.articleIndex >= addedFrom ? inputs[candidate.articleIndex - addedFrom]! : memo.articles.get(candidate.mention.article)!.article);
	// The new candidates by date; each undated one is an event of its own.
	const byDate = new Map<string, Candidate[]>();
	const undated: Candidate[] = [];
	inputs.forEach((input, index) => {
		for (const candidate of candidatesOf(input, addedFrom + index)) {
			if (candidate.value) pushTo(byDate, dateKey(candidate.value), candidate);
			else undated.push(candidate);
		}
	});
	// Each touched date's candidates, the new ones after the last merge's; a candidate alone on its date was not counted then.
	const table = tableCopy(done.table);
	const groups = [...byDate].map(([key, fresh]) => {
		const last = without(done.dated.get(key) ?? {group: [], clusters: []}, removed);
		const group = [...last.group, ...fresh];
		if (group.length > 1) for (const candidate of group) if (candidate.articleIndex >= addedFrom || last.group.length === 1) countFeaturesOf(candidate, articleOf(candidate), table, true);
		return {value: fresh[0]!.value, last, fresh, group};
	});
	weighFeatures(table);
	const made: MadeOfGroup[] = [];
	const blocks: Block[] = groups.map(({value, last: grouped, fresh, group}) => {
		const from = placeOf(model.events, value, false);
		const to = placeOf(model.events, value, true);
		const lastEvents = new Map(model.events.slice(from, to).map((event) => [event.id, event]));
		const lastCluster = new Map(grouped.clusters.map((cluster) => [cluster[0]!, cluster]));
		if (group.length > 1) for (const candidate of group) candidate.features ??= featuresOf(candidate, articleOf(candidate), table.keys);
		const placed = happeningsWith(grouped, fresh, table).map((cluster) => {
			cluster.sort(inTextOrder);
			const first = cluster[0]!;
			const last = lastCluster.get(first);
			// An event whose candidates are those of the last merge is the last model's (or none, when its candidates were all told again elsewhere).
			if (last && sameMembers(last, cluster)) return {first, event: lastEvents.get(eventId(first))};
			const fresh = eventOf(cluster);
			made.push(fresh);
			return {first, event: fresh.event};
		});
		placed.sort((a, b) => inTextOrder(a.first, b.first));
		return {from, to, value, events: placed.flatMap(({event}) => (event ? [event] : []))};
	});
	for (const candidate of undated) {
		const fresh = eventOf([candidate]);
		made.push(fresh);
		blocks.push({from: model.events.length, to: model.events.length, value: null, events: [fresh.event]});
	}
	const articles = [...model.articles, ...added.map((item) => item.article)];
	const saliences = salienceOf(
		made.map(({event}) => event),
		byId(articles),
		memo.salience,
	);
	made.forEach(({event}, index) => (event.salience = saliences[index]!));
	blocks.sort((a, b) => a.from - b.from || compareValues(a.value, b.value));
	const events: TimelineEvent[] = [];
	let at = 0;
	// The last model's events of the dates grouped again that are no more.
	const gone = new Set<string>();
	for (const block of blocks) {
		const ids = new Set(block.events.map((event) => event.id));
		for (const event of model.events.slice(block.from, block.to)) if (!ids.has(event.id)) gone.add(event.id);
		pushAll(events, model.events.slice(at, block.from));
		pushAll(events, block.events);
		at = block.to;
	}
	pushAll(events, model.events.slice(at));
	return {articles, dates: [...model.dates, ...added.flatMap((item) => item.dates)], events, entities: updatedEntities(model.entities, events, gone, made, new Set(inputs.map((input) => input.id)), resolution.byArticle), skipped};
}

/**
 * `model` (the last merge's, of `memo`) without the articles of ids `removed`, or null when the
 * memo holds no merge to start from or does not know one of them. Each event of the last merge
 * that held their candidates is made again of the rest of its cluster (or is gone, when none is
 * left), as the last merge grouped them; a sentence of theirs told again in another event
 * (retellings.ts) leaves it. How the rest would group without them waits for the whole merge.
 */
function quickRemoval(model: TimelineModel, memo: MergeMemo, removed: ReadonlySet<string>, skipped: Skipped[]): TimelineModel | null {
	const {done} = memo;
	if (!done || removed.size === 0) return null;
	const dateKeys = new Set<string>();
	for (const id of removed) {
		const work = memo.articles.get(id);
		if (!work) return null;
		for (const candidate of work.candidates) if (candidate.value) dateKeys.add(dateKey(candidate.value));
	}
	const isRemoved = (candidate: Candidate) => removed.has(candidate.mention.article);
	const made: MadeOfGroup[] = [];
	// The last merge's events that held a removed candidate, by id: what takes each one's place (null: nothing).
	const remade = new Map<string, TimelineEvent | null>();
	for (const key of dateKeys) {
		for (const cluster of done.dated.get(key)?.clusters ?? []) {
			if (!cluster.some(isRemoved)) continue;
			const left = cluster.filter((candidate) => !isRemoved(candidate));
			const fresh = left.length > 0 ? eventOf(left) : null;
			if (fresh) made.push(fresh);
			remade.set(eventId(cluster[0]!), fresh?.event ?? null);
		}
	}
	const articles = model.articles.filter((article) => !removed.has(article.id));
	const saliences = salienceOf(
		made.map(({event}) => event),
		byId(articles),
		memo.salience,
	);
	made.forEach(({event}, index) => (event.salience = saliences[index]!));
	const events: TimelineEvent[] = [];
	const gone = new Set<string>();
	const ofRemoved = (mention: {article: string}) => removed.has(mention.article);
	for (const event of model.events) {
		const replacement = remade.get(event.id);
		if (replacement !== undefined || event.mentions.every(ofRemoved)) {
			gone.add(event.id);
			if (replacement) events.push(replacement);
		} else if (event.mentions.some(ofRemoved)) {
			events.push({...event, mentions: event.mentions.filter((mention) => !ofRemoved(mention)), sources: event.sources.filter((source) => !removed.has(source))});
		} else events.push(event);
	}
	const entities = updatedEntities(model.entities, events, gone, made, new Set(), []).flatMap((entity): Entity[] => {
		if (!entity.mentions.some(ofRemoved) && !entity.sentences?.some(ofRemoved)) return [entity];
		const mentions = entity.mentions.filter((mention) => !ofRemoved(mention));
		if (mentions.length === 0) return [];
		return [{...entity, mentions, ...(entity.sentences ? {sentences: entity.sentences.filter((sentence) => !ofRemoved(sentence))} : {})}];
	});
	return {articles, dates: model.dates.filter((date) => !removed.has(date.article)), events, entities, skipped};
}

/**
 * `model` (the last merge's, of `memo`) with the articles of ids `removed` taken out and those of
 * `added` put in (a file changed is both), or null when no quick model can be made.
 */
export function quickChange(model: TimelineModel, memo: MergeMemo, removed: ReadonlySet<string>, added: AnalyzedArticle[], aliases: EntityDefinition[], skipped: Skipped[]): TimelineModel | null {
	if (removed.size === 0) return quickUpdate(model, memo, added, aliases, skipped);
	const left = quickRemoval(model, memo, removed, skipped);
	return left && added.length > 0 ? quickUpdate(left, memo, added, aliases, skipped, removed) : left;
}

/**
 * The model's entities with the events of the update: the new articles' mentions and sentences
 * are added to the entities they name, a name new to the corpus becomes an entity, and each
 * entity's events lose those gone (`gone`) and gain the new ones that name it, in timeline order.
 */
function updatedEntities(entities: Entity[], events: TimelineEvent[], gone: Set<string>, made: MadeOfGroup[], addedIds: Set<string>, byArticle: Array<{mentions: EntityMention[]; entities: ResolvedEntity[]}>): Entity[] {
	type Change = {events: string[]; mentions: EntityMention[]; sentences: EntityMention[]; resolved?: ResolvedEntity};
	const changes = new Map<string, Change>();
	const changeOf = (name: string) => getOrAdd(changes, name, (): Change => ({events: [], mentions: [], sentences: []}));
	for (const {event, entities: named, sentences} of made) {
		for (const {name} of named) changeOf(name).events.push(event.id);
		// The sentences of the last merge's articles are listed already.
		sentences.names.forEach((name, index) => {
			const sentence = sentences.sentences[index]!;
			if (addedIds.has(sentence.article)) changeOf(name).sentences.push(sentence);
		});
	}
	for (const {mentions, entities: of} of byArticle) {
		mentions.forEach((mention, index) => {
			const change = changeOf(of[index]!.name);
			change.mentions.push(mention);
			change.resolved ??= of[index];
		});
	}
	const order = new Map(events.map((event, index) => [event.id, index]));
	/** `ids` (in timeline order) without those gone and with `added`, each once. */
	const withEvents = (ids: string[], added: string[]) => {
		const listed = gone.size > 0 && ids.some((id) => gone.has(id)) ? ids.filter((id) => !gone.has(id)) : ids.slice();
		for (const id of added) {
			const place = order.get(id)!;
			let [low, high] = [0, listed.length];
			while (low < high) {
				const middle = (low + high) >>> 1;
				if (order.get(listed[middle]!)! < place) low = middle + 1;
				else high = middle;
			}
			if (listed[low] !== id) listed.splice(low, 0, id);
		}
		return listed;
	};
	const updated = entities.map((entity) => {
		const change = changes.get(entity.name);
		changes.delete(entity.name);
		if (!change && !(gone.size > 0 && entity.events.some((id) => gone.has(id)))) return entity;
		return {
			...entity,
			events: withEvents(entity.events, change?.events ?? []),
			mentions: change ? [...entity.mentions, ...change.mentions] : entity.mentions,
			// Absent: every sentence of its events (model.ts), the new ones too.
			...(entity.sentences && change ? {sentences: [...entity.sentences, ...change.sentences]} : {}),
		};
	});
	const known = updated.length;
	for (const {resolved, events: ids, sentences} of changes.values()) if (resolved) updated.push(modelEntity(resolved, withEvents([], ids), sentences));
	return updated.length > known ? updated.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) : updated;
}
