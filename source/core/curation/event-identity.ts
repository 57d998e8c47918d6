import {createHash} from 'node:crypto';
import type {DateValue, TimelineEvent, TimelineModel} from '../model.js';
import {modelAccess} from '../model-access.js';

/**
 * An event named by what it is rather than by its id, which changes whenever the corpus is
 * indexed again: its date, its source articles (sorted) and a short hash of the sentence of
 * its first mention.
 */
export type EventIdentity = {
	date: DateValue | null;
	sources: string[];
	sentence: string;
};

/** Article text by article id; the sentence of a mention is a span of it. */
export type ArticleTexts = Pick<ReadonlyMap<string, string>, 'get'>;

/** A model's article texts, each read when asked for (from the cache, for a model loaded from it): a map of every text would read every article. */
export function articleTextsOf(model: TimelineModel): ArticleTexts {
	const {articleById} = modelAccess(model);
	return {get: (id) => articleById(id)?.text};
}

/** A short, stable hash of a sentence, whitespace folded so a re-wrapped article keeps it. */
export function sentenceHash(sentence: string): string {
	const folded = sentence.replaceAll(/\s+/gu, ' ').trim();
	return createHash('sha256').update(folded).digest('hex').slice(0, 12);
}

export function eventIdentity(event: TimelineEvent, texts: ArticleTexts): EventIdentity {
	const first = event.mentions[0];
	const sentence = first ? (texts.get(first.article) ?? '').slice(first.sentence.start, first.sentence.end) : '';
	return {date: event.date, sources: [...event.sources].sort(), sentence: sentenceHash(sentence)};
}

/** The date and the sources of an event or an identity as one string: what a step's event is looked up by, before its sentence is compared. */
export function placeKey({date, sources}: Pick<EventIdentity, 'date' | 'sources'>): string {
	return JSON.stringify([date?.start ?? null, date?.end ?? null, date?.precision ?? null, [...sources].sort()]);
}
