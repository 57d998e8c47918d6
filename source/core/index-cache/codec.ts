import type {AnalyzedArticle} from '../analyze.js';
import type {FileStamp} from '../article-files.js';
import {sharedDateValues} from '../dates/calendar.js';
import {lazyField} from '../lazy.js';
import type {Article, DateBasis, DateExpression, Precision, Skipped} from '../model.js';
import {inPieces} from '../pieces.js';
import {cacheDebug, parseBytes} from './debug.js';
import {dropCacheFile, readSlice, type CacheSlice} from './sealed-lines.js';
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
	/** For a file taken from the cache: its line of texts and dates, read when first needed. */
	details?: DetailsLine;
	/** For a file taken from the cache: where its entry's line is. */
	line?: CacheSlice;
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
export function analyzedArticles(file: CachedFile, bytes: Uint8Array | undefined, fromCache = true, share: (text: string) => string = (text) => text): AnalyzedArticle[] | null {
	if (bytes === undefined) return null;
	const inputs = parseBytes(bytes, 'merging inputs');
	// What this run analyzed itself is dateline's by construction: only a cache's lines are checked.
	if (!Array.isArray(inputs) || inputs.length !== file.articles.length || (fromCache && !inputs.every(isMergeInputs))) {
		cacheDebug(`merging inputs of ${file.articles[0]?.article.id ?? 'a file'}: not of the shape written; read again`);
		return null;
	}
	return file.articles.map(({article, dates}, index) => {
		const {sentences, repeated, mentions} = (inputs as MergeInputs[])[index]!;
		// The article's own id, not the parsed copy of it: one string less per article while merging.
		if (mentions.article === article.id) mentions.article = article.id;
		// Entity names and spellings recur across articles: the merge holds every article's mentions at once.
		for (const mention of mentions.known) {
			mention[2] = share(mention[2]);
			if (mention[3] !== undefined) mention[3] = share(mention[3]);
		}
		for (const name of mentions.names) name.surface = share(name.surface);
		if (mentions.known.length === 0) mentions.known = none;
		if (mentions.names.length === 0) mentions.names = none;
		return {article, sentences, repeated: repeated.length === 0 ? none : repeated, dates, mentions};
	});
}

/**
 * The merge holds every article's inputs at once, and most lists of a short article are empty:
 * those are one shared list, frozen, so that a change to one would throw.
 */
const none = Object.freeze([]) as never[];

/**
 * Dates are the most numerous objects of a cache: written as tuples, they take less than half
 * the room and parse faster. A date's article is the one it is listed under.
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

/** A file's texts and dates from its line, or null when the line is damaged or not of the shape written. */
function readDetails(slice: CacheSlice, articles: number): FileDetails | null {
	const bytes = readSlice(slice, detailsPrefix);
	const where = `${slice.file.path}: line at byte ${slice.start}`;
	const details = bytes && parseBytes(bytes, where);
	if (isFileDetails(details, articles)) return details;
	if (bytes) cacheDebug(`${where}: not of the shape written`);
	// The next start reads the file again.
	dropCacheFile(slice.file);
	return null;
}

/** A file's line of texts and dates, read when one of its articles first needs it. */
export type DetailsLine = {slice: CacheSlice; articles: number; read?: FileDetails | null};

// Damage inside a line the start did not check: the article shows empty, nothing crashes.
const detailsOf = (line: DetailsLine): FileDetails => (line.read === undefined ? (line.read = readDetails(line.slice, line.articles)) : line.read) ?? {texts: [], dates: []};

/**
 * Whether a file taken from the cache lost its texts and dates (read now if they were not yet):
 * merging must not take its articles as empty, nor write them so into the next cache.
 */
export function lostDetails({details}: CachedFile): boolean {
	if (details) detailsOf(details);
	return details?.read === null;
}

const withText = lazyField<Article, 'text', [DetailsLine, number]>('text', ([line, index]) => detailsOf(line).texts[index] ?? '');

/**
 * A reader of articles' texts that keeps none it reads: a pass over every article (the full-text
 * index) would otherwise hold the whole corpus's text for as long as the model. A text read
 * before is given as kept; the line of the last file read is kept until the next file's.
 */
export function textsOnce(): (article: Article) => string {
	let last: {line: DetailsLine; details: FileDetails} | undefined;
	return (article) => {
		const place = withText.unread(article);
		if (place === undefined) return article.text;
		const [line, index] = place;
		if (line.read !== undefined) return detailsOf(line).texts[index] ?? '';
		if (last?.line !== line) {
			const details = readDetails(line.slice, line.articles);
			// A damaged line is known as such: the article then shows empty, as when read whole.
			if (details === null) line.read = null;
			last = {line, details: details ?? {texts: [], dates: []}};
		}
		return last.details.texts[index] ?? '';
	};
}

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
/** One article of a file's entry, its text and dates read from the file's line (`slice`, of `articles` articles) on first use. */
export function expandArticle(article: CompactArticle, slice: CacheSlice, index: number, articles: number): CachedArticle {
	const place: [DetailsLine, number] = [{slice, articles}, index];
	return withDates({article: withText(article, place)}, place);
}

export function expandFile({size, mtimeMs, ctimeMs, ino, hash, articles, skipped}: CompactFile, slice: CacheSlice, entryLine?: CacheSlice): CachedFile {
	const line: DetailsLine = {slice, articles: articles.length};
	const expanded = articles.map((article, index) => {
		const place: [DetailsLine, number] = [line, index];
		return withDates({article: withText(article, place)}, place);
	});
	// Named fields, not the entry spread: one of these for every file at every start.
	return {size, mtimeMs, ctimeMs, ino, hash, articles: expanded, skipped, analysis: undefined, details: line, line: entryLine};
}

/** A file's entry is followed by a line with its article texts and dates: `["=",{texts,dates}]`. */
export const detailsPrefix = Buffer.from('["=",');
/** A file's line of merging inputs follows its texts: `["+",[…]]`. */
export const analysisPrefix = Buffer.from('["+",');
