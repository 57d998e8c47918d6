import {sharedDateValues} from '../dates/calendar.js';
import {lazyField} from '../lazy.js';
import type {Entity, EntityKind, EntityMention, Precision, TimelineEvent, TimelineModel} from '../model.js';
import type {ArticleMark} from '../model-access.js';
import {inPieces} from '../pieces.js';
import {inSlices, stepwise} from '../stepwise.js';

/**
 * The corpus-wide part of a model in the cache, which a start with no file changed reads whole
 * before its first frame: written so that it parses fast and makes few objects.
 */

/** The corpus-wide part of a model, which a start with no changed file can take as it is. */
export type ModelSnapshot = Pick<TimelineModel, 'events' | 'entities'>;

/**
 * Events and entities are written as tuples, not objects: no field name is read again for each of
 * them. Articles are named by their place in the cache's file order, events by their place in the
 * snapshot. Mentions are counted here, their numbers in a line of their own (`mentionsLine`).
 */
export type CompactEvent = [
	id: string,
	dateStart: string | null,
	dateEnd: string | null,
	precision: Precision | null,
	basis: TimelineEvent['basis'],
	title: string,
	salience: number,
	people: string[],
	places: string[],
	sources: number[],
	mentions: number,
];
export type CompactEntity = [name: string, kind: EntityKind, aliases: string[], events: number[], mentions: number, sentences?: number];
export type CompactSnapshot = {events: CompactEvent[]; entities: CompactEntity[]};

/**
 * The numbers of the snapshot's mentions, every event's and then every entity's in snapshot order:
 * an event's are `article, sentence start, sentence end, date start, date end` (-1 for no date) for
 * each mention, an entity's `article, start, end` for each mention and then for each of its sentences. Millions of them: written as 32-bit integers in
 * base64, they are one string to read, not numbers JSON parses one by one into arrays.
 */
export type SnapshotMentions = {events: Int32Array; entities: Int32Array};

const eventStride = 5;
const entityStride = 3;

/** The last lines hold the snapshot; file keys are absolute paths, so these cannot be a file's. */
export const snapshotKey = '#model';
/** `["#mentions","<events' numbers>","<entities' numbers>"]`. */
export const mentionsPrefix = Buffer.from('["#mentions","');

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Whole numbers as base64 of 32-bit little-endian integers, in pieces: a block is a multiple of
 * three bytes, so that the pieces' base64 joined is the base64 of all.
 */
function* packedNumbers(lists: Iterable<readonly number[]>): Generator<string> {
	const block = Buffer.alloc(3 * 4 * 4096);
	let at = 0;
	for (const numbers of lists) {
		for (const number of numbers) {
			block.writeInt32LE(number, at);
			at += 4;
			if (at === block.length) {
				yield block.toString('base64');
				at = 0;
			}
		}
	}
	if (at > 0) yield block.toString('base64', 0, at);
}

/** The numbers of `packedNumbers`, or undefined when the text cannot be theirs. */
function unpackNumbers(packed: string): Int32Array | undefined {
	const bytes = Buffer.from(packed, 'base64');
	if (bytes.length % 4 !== 0) return undefined;
	// Read in place where the bytes are aligned (a buffer of its own is): millions of them.
	if (littleEndian && bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
	const numbers = new Int32Array(bytes.length / 4);
	for (let index = 0; index < numbers.length; index++) numbers[index] = bytes.readInt32LE(index * 4);
	return numbers;
}

/**
 * The snapshot's line, `["#model",{"events":[…],"entities":[…]}]`, in pieces of about 64 KB:
 * the compact snapshot of a large corpus is never built whole, nor one string.
 */
export function* snapshotLine({events, entities}: ModelSnapshot, articleIds: string[]): Generator<string> {
	const place = new Map(articleIds.map((id, index) => [id, index]));
	const eventPlace = new Map(events.map(({id}, index) => [id, index]));
	const compactEvent = ({id, date, basis, title, salience, people, places, sources, mentions}: TimelineEvent): CompactEvent =>
		[id, date?.start ?? null, date?.end ?? null, date?.precision ?? null, basis, title, salience, people, places, sources.map((source) => place.get(source)!), mentions.length];
	const compactEntity = ({name, kind, aliases, events: eventIds, mentions, sentences}: Entity): CompactEntity => {
		const compact: CompactEntity = [name, kind, aliases, eventIds.map((id) => eventPlace.get(id)!), mentions.length];
		if (sentences) compact.push(sentences.length);
		return compact;
	};
	function* parts(): Generator<string> {
		yield `[${JSON.stringify(snapshotKey)},{"events":[`;
		for (const [index, event] of events.entries()) yield `${index > 0 ? ',' : ''}${JSON.stringify(compactEvent(event))}`;
		yield '],"entities":[';
		for (const [index, entity] of entities.entries()) yield `${index > 0 ? ',' : ''}${JSON.stringify(compactEntity(entity))}`;
		yield ']}]';
	}
	yield* inPieces(parts());
}

/** The line of the snapshot's mentions (SnapshotMentions), in pieces. */
export function* mentionsLine({events, entities}: ModelSnapshot, articleIds: string[]): Generator<string> {
	const place = new Map(articleIds.map((id, index) => [id, index]));
	function* eventNumbers(): Generator<number[]> {
		for (const {mentions} of events) {
			for (const {article, sentence, date} of mentions) yield [place.get(article)!, sentence.start, sentence.end, date?.start ?? -1, date?.end ?? -1];
		}
	}
	function* entityNumbers(): Generator<number[]> {
		for (const {mentions, sentences} of entities) {
			for (const {article, start, end} of mentions) yield [place.get(article)!, start, end];
			for (const {article, start, end} of sentences ?? []) yield [place.get(article)!, start, end];
		}
	}
	yield mentionsPrefix.toString();
	yield* packedNumbers(eventNumbers());
	yield '","';
	yield* packedNumbers(entityNumbers());
	yield '"]';
}

/** Every `stride`-th number from the first names an article the cache holds, and the numbers come in whole strides. */
function namesArticles(numbers: Int32Array, stride: number, articles: number): boolean {
	if (numbers.length % stride !== 0) return false;
	for (let index = 0; index < numbers.length; index += stride) if (!(numbers[index]! >= 0 && numbers[index]! < articles)) return false;
	return true;
}

/** The mentions line's numbers (after its seal was checked), or undefined when they are not numbers. */
export function readMentions(body: Buffer): SnapshotMentions | undefined {
	const quote = 0x22;
	const middle = body.indexOf('","', mentionsPrefix.length);
	if (middle < 0 || body.indexOf(quote, mentionsPrefix.length) !== middle || body.indexOf(quote, middle + 3) !== body.length - 2 || body.at(-1) !== 0x5d) return undefined;
	const events = unpackNumbers(body.toString('latin1', mentionsPrefix.length, middle));
	const entities = unpackNumbers(body.toString('latin1', middle + 3, body.length - 2));
	return events && entities ? {events, entities} : undefined;
}

/** Where each item's numbers start, from their counts, with the end last; undefined when the counts are not those of `numbers`. */
function offsetsOf(counts: number[], stride: number, numbers: Int32Array): Int32Array | undefined {
	const offsets = new Int32Array(counts.length + 1);
	for (let index = 0; index < counts.length; index++) offsets[index + 1] = offsets[index]! + counts[index]! * stride;
	return offsets[counts.length] === numbers.length ? offsets : undefined;
}

/**
 * The snapshot with ids and objects again, or undefined when it names an article or event the
 * cache does not hold. Mentions become objects when first asked for: the first frame shows those
 * of one event, and an entity's are only highlighted in the source view.
 */
export const expandSnapshot = (snapshot: CompactSnapshot, mentions: SnapshotMentions, articleIds: string[]): ModelSnapshot | undefined => stepwise(() => expandSnapshotSteps(snapshot, mentions, articleIds)).finish();

/** Events or entities expanded in one step of `expandSnapshotSteps`. */
const itemsPerStep = 500;

/** `expandSnapshot` a slice of events or entities at a time (see Stepwise). */
export function* expandSnapshotSteps({events, entities}: CompactSnapshot, mentions: SnapshotMentions, articleIds: string[]): Generator<void, ModelSnapshot | undefined, void> {
	const articles = articleIds.length;
	const inRange = (places: number[], count: number) => places.every((place) => place >= 0 && place < count);
	const eventOffsets = offsetsOf(events.map((event) => event[10]), eventStride, mentions.events);
	const entityOffsets = offsetsOf(entities.map((entity) => entity[4] + (entity[5] ?? 0)), entityStride, mentions.entities);
	if (!eventOffsets || !entityOffsets) return undefined;
	yield;
	if (!namesArticles(mentions.events, eventStride, articles)) return undefined;
	yield;
	if (!namesArticles(mentions.entities, entityStride, articles)) return undefined;
	yield;
	if (!events.every((event) => inRange(event[9], articles)) || !entities.every((entity) => inRange(entity[3], events.length))) return undefined;
	yield;
	const withEventMentions = lazyField<TimelineEvent, 'mentions', number>('mentions', (place) => {
		const numbers = mentions.events;
		const list: TimelineEvent['mentions'] = [];
		for (let index = eventOffsets[place]!; index < eventOffsets[place + 1]!; index += eventStride) {
			const dateStart = numbers[index + 3]!;
			const date = dateStart < 0 ? null : {start: dateStart, end: numbers[index + 4]!};
			list.push({article: articleIds[numbers[index]!]!, sentence: {start: numbers[index + 1]!, end: numbers[index + 2]!}, date});
		}
		return list;
	});
	// An entity's numbers: its mentions, then its sentences.
	const entityMentions = (from: number, to: number) => {
		const numbers = mentions.entities;
		const list: EntityMention[] = [];
		for (let index = from; index < to; index += entityStride) list.push({article: articleIds[numbers[index]!]!, start: numbers[index + 1]!, end: numbers[index + 2]!});
		return list;
	};
	const sentencesFrom = (place: number) => entityOffsets[place]! + entities[place]![4] * entityStride;
	const withEntityMentions = lazyField<Entity, 'mentions', number>('mentions', (place) => entityMentions(entityOffsets[place]!, sentencesFrom(place)));
	const withSentences = lazyField<Entity, 'sentences', number>('sentences', (place) => entityMentions(sentencesFrom(place), entityOffsets[place + 1]!));
	const share = sharedDateValues();
	// New objects as literals in the model's field order: lazyField adds `mentions` last.
	const expandedEvents: TimelineEvent[] = [];
	yield* inSlices(events.length, itemsPerStep, (from, to) => {
		for (let place = from; place < to; place++) {
			const [id, start, end, precision, basis, title, salience, people, places, sources] = events[place]!;
			const ids = new Array<string>(sources.length);
			for (let index = 0; index < sources.length; index++) ids[index] = articleIds[sources[index]!]!;
			const date = start === null || precision === null ? null : share({start, end, precision});
			expandedEvents.push(withEventMentions({id, date, basis, title, salience, people, places, sources: ids}, place));
		}
	});
	const expandedEntities: Entity[] = [];
	yield* inSlices(entities.length, itemsPerStep, (from, to) => {
		for (let place = from; place < to; place++) {
			const [name, kind, aliases, eventPlaces, , sentences] = entities[place]!;
			const entity = withEntityMentions({name, kind, aliases, events: eventPlaces.map((at) => expandedEvents[at]!.id)}, place);
			expandedEntities.push(sentences === undefined ? entity : withSentences(entity, place));
		}
	});
	const snapshot: ModelSnapshot = {events: expandedEvents, entities: expandedEntities};
	const kinds = entities.map(([, kind]) => kind);
	entityMarks.set(snapshot.entities, entityMarksByArticle(kinds, entityOffsets, sentencesFrom, mentions.entities, articleIds));
	return snapshot;
}

/** The entity marks of each article of a snapshot taken from the cache, by the snapshot's entities. */
const entityMarks = new WeakMap<Entity[], (id: string) => ArticleMark[]>();

/**
 * The entity mentions in one article, as marks, for the entities of a snapshot taken from the
 * cache; undefined for entities built in memory. Found without expanding any entity's mentions.
 */
export const cachedEntityMarks = (entities: Entity[]) => entityMarks.get(entities);

/**
 * The entity marks of one article, found in the snapshot's numbers: a scan of numbers allocates
 * nothing but the marks found, where expanding every entity's mentions into objects for one
 * article would hold them all.
 */
function entityMarksByArticle(kinds: EntityKind[], offsets: Int32Array, mentionsEnd: (place: number) => number, numbers: Int32Array, articleIds: string[]): (id: string) => ArticleMark[] {
	return (id) => {
		const article = articleIds.indexOf(id);
		const found: ArticleMark[] = [];
		if (article < 0) return found;
		for (const [place, kind] of kinds.entries()) {
			for (let at = offsets[place]!; at < mentionsEnd(place); at += entityStride) if (numbers[at] === article) found.push({start: numbers[at + 1]!, end: numbers[at + 2]!, kind});
		}
		return found;
	};
}
