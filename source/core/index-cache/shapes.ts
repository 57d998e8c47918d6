import type {DateBasis, EntityKind, Precision, Skipped, Span} from '../model.js';
import type {ArticleMentions, KnownMention} from '../entities/mentions.js';
import type {FoundName, SurnameCandidates} from '../entities/name-finder.js';
import type {CompactArticle, CompactDate, CompactFile, FileDetails, MergeInputs} from './codec.js';
import type {CompactEntity, CompactEvent, CompactSnapshot} from './snapshot-codec.js';

/**
 * Shapes of what the cache holds, checked after a line is unsealed: a seal proves a line is the
 * one written there, not that dateline wrote it, and a title that is not text crashed the plain
 * output. A line of another shape is treated as missing.
 */
type Check<T> = (value: unknown) => value is T;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isTrueOrAbsent = (value: unknown): value is true | undefined => value === undefined || value === true;
const orNull =
	<T>(check: Check<T>): Check<T | null> =>
	(value): value is T | null =>
		value === null || check(value);
/** Loops rather than every(): a warm start checks every event and date, and allocates nothing for it. */
function listOf<T>(check: Check<T>): Check<T[]> {
	return (value): value is T[] => {
		if (!Array.isArray(value)) return false;
		for (let index = 0; index < value.length; index++) if (!check(value[index])) return false;
		return true;
	};
}
const oneOf =
	<T extends string>(...values: T[]): Check<T> =>
	(value): value is T =>
		(values as unknown[]).includes(value);
/** An object with at least these fields, each of its shape. */
function shape<T>(fields: {[K in keyof T]-?: Check<T[K]>}): Check<T> {
	const keys = Object.keys(fields);
	const checks = Object.values(fields) as Array<Check<unknown>>;
	return (value): value is T => {
		if (!isObject(value)) return false;
		for (let index = 0; index < keys.length; index++) if (!checks[index]!(value[keys[index]!])) return false;
		return true;
	};
}

const isStringOrNull = orNull(isString);
const isPrecision = oneOf<Precision>('day', 'month', 'year');
const isBasis = oneOf<DateBasis>('explicit', 'relative', 'published');
const isSpan = shape<Span>({start: isNumber, end: isNumber});
const isSkipped = shape<Skipped>({path: isString, reason: isString});
export const isSkippedList = listOf(isSkipped);
const orAbsent =
	<T>(check: Check<T>): Check<T | undefined> =>
	(value): value is T | undefined =>
		value === undefined || check(value);
const isCompactArticle = shape<CompactArticle>({
	id: isString,
	path: isString,
	title: isString,
	outlet: isStringOrNull,
	author: orAbsent(isString),
	url: isStringOrNull,
	published: isStringOrNull,
	publishedFrom: orAbsent(oneOf('metadata', 'dateline')),
	language: isString,
});
export const isCompactFile = shape<CompactFile>({size: isNumber, mtimeMs: isNumber, ctimeMs: isNumber, ino: isNumber, hash: isString, articles: listOf(isCompactArticle), skipped: listOf(isSkipped)});

function isCompactDate(value: unknown): value is CompactDate {
	if (!Array.isArray(value) || value.length !== 7) return false;
	const date = value as unknown[];
	return isNumber(date[0]) && isNumber(date[1]) && isString(date[2]) && isStringOrNull(date[3]) && isStringOrNull(date[4]) && (date[5] === null || isPrecision(date[5])) && isBasis(date[6]);
}

const isDetails = shape<FileDetails>({texts: listOf(isString), dates: listOf(listOf(isCompactDate))});
export const isFileDetails = (value: unknown, articles: number): value is FileDetails => isDetails(value) && value.texts.length === articles && value.dates.length === articles;

const isNumbers = listOf(isNumber);
/** An array of these items, each of its shape; a last one missing only where its check allows undefined. */
function tuple<T extends unknown[]>(...checks: {[K in keyof T]: Check<T[K]>}): Check<T> {
	return (value): value is T => {
		// A missing last element is undefined: only a check that allows that (`optional`) passes it.
		if (!Array.isArray(value) || value.length > checks.length) return false;
		for (let index = 0; index < checks.length; index++) if (!(checks[index] as Check<unknown>)(value[index])) return false;
		return true;
	};
}
const isStrings = listOf(isString);
const isEntityKind = oneOf<EntityKind>('person', 'place', 'organization', 'product');
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isPlaces = listOf(isCount);
const isCompactEvent = tuple<CompactEvent>(isString, isStringOrNull, isStringOrNull, orNull(isPrecision), oneOf('text', 'published'), isString, isNumber, isStrings, isStrings, isPlaces, isCount);
const optional =
	<T>(check: Check<T>): Check<T | undefined> =>
	(value): value is T | undefined =>
		value === undefined || check(value);
const isCompactEntity = tuple<CompactEntity>(isString, isEntityKind, isStrings, isPlaces, isCount, optional(isCount));
export const isCompactSnapshot = shape<CompactSnapshot>({events: listOf(isCompactEvent), entities: listOf(isCompactEntity)});

export const isMergeInputs = shape<MergeInputs>({
	sentences: listOf(isSpan),
	repeated: listOf(isNumber),
	mentions: shape<ArticleMentions>({
		article: isString,
		known: listOf(tuple<KnownMention>(isNumber, isNumber, isString, optional(isString))),
		names: listOf(
			shape<FoundName>({start: isNumber, end: isNumber, surface: isString, kind: isEntityKind, opening: isBoolean, locative: isTrueOrAbsent, guessed: isTrueOrAbsent, designation: isTrueOrAbsent}),
		),
		surnames: (value): value is SurnameCandidates => isObject(value) && isStrings(value.words) && Array.isArray(value.starts) && value.starts.length === value.words.length && value.starts.every(isNumbers),
		genitiveS: isTrueOrAbsent,
	}),
});
