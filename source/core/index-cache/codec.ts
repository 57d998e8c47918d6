import type {AnalyzedArticle} from '../analyze.js';
import type {FileStamp} from '../article-files.js';
import {sharedDateValues} from '../dates/calendar.js';
import {lazyField} from '../lazy.js';
import type {Article, DateBasis, DateExpression, Entity, EntityKind, EntityMention, Precision, Skipped, TimelineEvent, TimelineModel} from '../model.js';
import type {ArticleMark} from '../model-access.js';
import {inPieces} from '../pieces.js';
import {cacheDebug, parseBytes} from './debug.js';
import {readSlice, type CacheSlice} from './sealed-lines.js';
import {isFileDetails, isMergeInputs} from './shapes.js';

/**
 * What the cache holds of a file and of the corpus, and how it is written as lines: texts and
 * dates of a file's articles are expanded when first read, the snapshot's mentions too.
 */

/** What the model shows of an article: the article and its dates. */
export type CachedArticle = Pick<AnalyzedArticle, 'article' | 'dates'>;

/** The rest of an article's analysis, which only merging events and entities needs. */
export type MergeInputs = Omit<AnalyzedArticle, 'article' | 'dates'>;

/**
 * What is known of one article file: its stamp on disk, its content hash, its articles, and
 * as JSON text the inputs for merging, one per article. In the cache file that text has a line
 * of its own that is decoded only when some file changed: a start with nothing changed skips it.
 */
export type CachedFile = FileStamp & {
	articles: CachedArticle[];
	skipped: Skipped[];
	/**
	 * UTF-8 bytes: outside the JavaScript heap, half the room of a string for non-Latin text,
	 * and handed between threads without a copy; for a file taken from the cache, where they
	 * stand in the cache file. Undefined when the cache lost them: the file is then read again.
	 */
	analysis: Uint8Array | CacheSlice | undefined;
};

const utf8 = new TextEncoder();

/**
 * A file's index entry from its analyzed articles, taken one at a time: the merging inputs are
 * written out as they come, so a file of many articles never has all of them, or one string of
 * all of them, in memory.
 */
export function toCachedFile(stamp: FileStamp, analyzed: Iterable<AnalyzedArticle>, skipped: Skipped[]): CachedFile {
	const articles: CachedArticle[] = [];
	function* inputsJson(): Generator<string> {
		yield '[';
		for (const {article, dates, sentences, repeated, mentions} of analyzed) {
			yield `${articles.length > 0 ? ',' : ''}${JSON.stringify({sentences, repeated, mentions} satisfies MergeInputs)}`;
			articles.push({article, dates});
		}
		yield ']';
	}
	return {...stamp, articles, skipped, analysis: utf8Bytes(inPieces(inputsJson()))};
}

/** Strings as one UTF-8 buffer of its own (not a slice of Node's shared pool), so that it can be transferred. */
function utf8Bytes(pieces: Iterable<string>): Uint8Array {
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (const piece of pieces) {
		const chunk = utf8.encode(piece);
		chunks.push(chunk);
		length += chunk.byteLength;
	}
	const bytes = new Uint8Array(length);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

/**
 * The file's analyzed articles, or null when its merging inputs are missing, are not one per
 * article or not of the shape the engine writes (a line can be sealed and still not be dateline's).
 */
export function analyzedArticles(file: CachedFile, bytes: Uint8Array | undefined, fromCache = true): AnalyzedArticle[] | null {
	if (bytes === undefined) return null;
	const inputs = parseBytes(bytes, 'merging inputs');
	// What this run analyzed itself is dateline's by construction: only a cache's lines are checked.
	if (!Array.isArray(inputs) || inputs.length !== file.articles.length || (fromCache && !inputs.every(isMergeInputs))) {
		cacheDebug(`merging inputs of ${file.articles[0]?.article.id ?? 'a file'}: not of the shape written; read again`);
		return null;
	}
	return file.articles.map(({article, dates}, index) => {
		const {sentences, repeated, mentions} = (inputs as MergeInputs[])[index]!;
		return {article, sentences, repeated, dates, mentions};
	});
}

/** The corpus-wide part of a model, which a start with no changed file can take as it is. */
export type ModelSnapshot = Pick<TimelineModel, 'events' | 'entities'>;

/**
 * Dates and event mentions are the most numerous objects of a cache: written as tuples, they
 * take less than half the room and parse faster. A date's article is the one it is listed under.
 */
export type CompactDate = [start: number, end: number, text: string, valueStart: string | null, valueEnd: string | null, precision: Precision | null, basis: DateBasis];
/** An entry's articles without their texts and dates, which have a line of their own. */
export type CompactArticle = Omit<Article, 'text'>;
export type CompactFile = FileStamp & {articles: CompactArticle[]; skipped: Skipped[]};
/** A file's article texts and dates, article by article. */
export type FileDetails = {texts: string[]; dates: CompactDate[][]};

export function compactDate({start, end, text, value, basis}: DateExpression): CompactDate {
	return [start, end, text, value?.start ?? null, value?.end ?? null, value?.precision ?? null, basis];
}

const share = sharedDateValues();

function expandDate(article: string, [start, end, text, valueStart, valueEnd, precision, basis]: CompactDate): DateExpression {
	return {article, start, end, text, value: valueStart === null || precision === null ? null : share({start: valueStart, end: valueEnd, precision}), basis};
}

/** The merging inputs of a cached file, or undefined when they cannot be read or are not what was written. */
export const readAnalysis = (slice: CacheSlice) => readSlice(slice, analysisPrefix);

function readDetails(slice: CacheSlice, articles: number): FileDetails {
	const bytes = readSlice(slice, detailsPrefix);
	const where = `${slice.file.path}: line at byte ${slice.start}`;
	const details = bytes && parseBytes(bytes, where);
	if (isFileDetails(details, articles)) return details;
	if (bytes) cacheDebug(`${where}: not of the shape written`);
	// Damage inside a line the start did not read: the article shows empty, nothing crashes.
	return {texts: [], dates: []};
}

/** A file's line of texts and dates, read when one of its articles first needs it. */
type DetailsLine = {slice: CacheSlice; articles: number; read?: FileDetails};

const detailsOf = (line: DetailsLine) => (line.read ??= readDetails(line.slice, line.articles));

const withText = lazyField<Article, 'text', [DetailsLine, number]>('text', ([line, index]) => detailsOf(line).texts[index] ?? '');

const withDates = lazyField<CachedArticle, 'dates', [DetailsLine, number]>('dates', ([line, index], {article}) => {
	const details = detailsOf(line);
	const expanded = (details.dates[index] ?? []).map((date) => expandDate(article.id, date));
	// Expanded once and kept: the tuples need not stay beside the objects.
	details.dates[index] = [];
	return expanded;
});

/**
 * An entry as the model uses it. Texts and dates are most of a cache, and a start needs only
 * the few articles on screen: each article's `text` and `dates` are read on first use.
 */
export function expandFile({articles, ...entry}: CompactFile, slice: CacheSlice): CachedFile {
	const line: DetailsLine = {slice, articles: articles.length};
	return {
		...entry,
		analysis: undefined,
		articles: articles.map((article, index) => {
			const place: [DetailsLine, number] = [line, index];
			return withDates({article: withText(article, place)}, place);
		}),
	};
}

/** A file's entry is followed by a line with its article texts and dates: `["=",{texts,dates}]`. */
export const detailsPrefix = Buffer.from('["=",');
/** A file's line of merging inputs follows its texts: `["+",[…]]`. */
export const analysisPrefix = Buffer.from('["+",');

/** The last line holds the snapshot; file keys are absolute paths, so this one cannot be a file's. */
export const snapshotKey = '#model';

/**
 * The snapshot names articles by their place in the cache's file order, and writes mentions as
 * flat lists of numbers: a third of the room of ids and objects, and several times faster to parse.
 * An entity's mentions are `[article, start, end, article, start, end, …]`; an event's are
 * `[article, sentence start, sentence end, date start, date end, …]`, -1 for no date.
 */
export type CompactEntity = Omit<Entity, 'mentions'> & {mentions: number[]};
export type CompactEvent = Omit<TimelineEvent, 'mentions' | 'sources'> & {sources: number[]; mentions: number[]};
export type CompactSnapshot = {events: CompactEvent[]; entities: CompactEntity[]};

/**
 * The snapshot's line, `["#model",{"events":[…],"entities":[…]}]`, in pieces of about 64 KB:
 * the compact snapshot of a large corpus is never built whole, nor one string.
 */
export function* snapshotLine({events, entities}: ModelSnapshot, articleIds: string[]): Generator<string> {
	const place = new Map(articleIds.map((id, index) => [id, index]));
	// Each record is written as text: compact copies of every event, made only to be stringified,
	// raised the peak memory of a first run of a large corpus.
	// `fields` starts with a comma: every event and entity has fields of its own (an id, a name).
	const withFields = (json: string, fields: string) => `${json.slice(0, -1)}${fields}}`;
	const compactEvent = ({mentions, sources, ...event}: TimelineEvent): string => {
		let numbers = '';
		for (const {article, sentence, date} of mentions) numbers += `,${place.get(article)!},${sentence.start},${sentence.end},${date?.start ?? -1},${date?.end ?? -1}`;
		return withFields(JSON.stringify(event), `,"sources":[${sources.map((id) => place.get(id)!).join(',')}],"mentions":[${numbers.slice(1)}]`);
	};
	const compactEntity = ({mentions, ...entity}: Entity): string => {
		let numbers = '';
		for (const {article, start, end} of mentions) numbers += `,${place.get(article)!},${start},${end}`;
		return withFields(JSON.stringify(entity), `,"mentions":[${numbers.slice(1)}]`);
	};
	function* parts(): Generator<string> {
		yield `[${JSON.stringify(snapshotKey)},{"events":[`;
		for (const [index, event] of events.entries()) yield `${index > 0 ? ',' : ''}${compactEvent(event)}`;
		yield '],"entities":[';
		for (const [index, entity] of entities.entries()) yield `${index > 0 ? ',' : ''}${compactEntity(entity)}`;
		yield ']}]';
	}
	yield* inPieces(parts());
}

/** Every `stride`-th number from the first names an article the cache holds. */
const namesArticles = (numbers: number[], stride: number, articleIds: string[]) => numbers.every((value, index) => index % stride !== 0 || articleIds[value] !== undefined);

/**
 * The snapshot with ids and objects again, or undefined when it names an article the cache does
 * not hold. Mentions are expanded when first asked for: the first frame shows none of them, and
 * an entity's are only highlighted in the source view.
 */
export function expandSnapshot({events, entities}: CompactSnapshot, articleIds: string[]): ModelSnapshot | undefined {
	const valid = events.every(({mentions, sources}) => namesArticles(mentions, 5, articleIds) && namesArticles(sources, 1, articleIds)) && entities.every(({mentions}) => namesArticles(mentions, 3, articleIds));
	if (!valid) return undefined;
	const withEventMentions = lazyField<TimelineEvent, 'mentions', number[]>('mentions', (numbers) => {
		const list: TimelineEvent['mentions'] = [];
		for (let index = 0; index + 4 < numbers.length; index += 5) {
			const dateStart = numbers[index + 3]!;
			const date = dateStart < 0 ? null : {start: dateStart, end: numbers[index + 4]!};
			list.push({article: articleIds[numbers[index]!]!, sentence: {start: numbers[index + 1]!, end: numbers[index + 2]!}, date});
		}
		return list;
	});
	const withEntityMentions = lazyField<Entity, 'mentions', number[]>('mentions', (numbers) => {
		const list: EntityMention[] = [];
		for (let index = 0; index + 2 < numbers.length; index += 3) list.push({article: articleIds[numbers[index]!]!, start: numbers[index + 1]!, end: numbers[index + 2]!});
		return list;
	});
	const snapshot: ModelSnapshot = {
		// New objects as literals, not the parsed ones with `mentions` deleted: V8 of Node 22 and
		// later puts an object whose last field was deleted into dictionary mode (Node 20's did
		// not), and every read of such an object takes the slow path. lazyField adds `mentions`.
		events: events.map(({id, date, basis, title, salience, people, places, sources, mentions}) => {
			for (const [position, index] of sources.entries()) (sources as unknown as string[])[position] = articleIds[index]!;
			return withEventMentions({id, date, basis, title, salience, people, places, sources: sources as unknown as string[]}, mentions);
		}),
		entities: entities.map(({name, kind, aliases, events: eventIds, mentions}) => withEntityMentions({name, kind, aliases, events: eventIds}, mentions)),
	};
	entityMarks.set(snapshot.entities, entityMarksByArticle(entities, articleIds));
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
 * The entity marks of one article, found in the snapshot's flat lists of numbers: a scan of
 * numbers allocates nothing but the marks found, where expanding every entity's mentions into
 * objects for one article would hold them all.
 */
function entityMarksByArticle(entities: Array<{kind: EntityKind; mentions: number[]}>, articleIds: string[]): (id: string) => ArticleMark[] {
	const lists = entities.map(({kind, mentions}) => ({kind, mentions}));
	return (id) => {
		const article = articleIds.indexOf(id);
		const found: ArticleMark[] = [];
		if (article < 0) return found;
		for (const {kind, mentions} of lists) {
			for (let at = 0; at + 2 < mentions.length; at += 3) if (mentions[at] === article) found.push({start: mentions[at + 1]!, end: mentions[at + 2]!, kind});
		}
		return found;
	};
}
