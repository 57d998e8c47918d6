import {readPublicationDate} from './read/publication-date.js';

/** Article metadata as users write it (front matter, JSON fields, a web page's tags), checked and normalized. */
export type ArticleMetadata = {
	title?: string;
	outlet?: string;
	author?: string;
	url?: string;
	published?: string;
	language?: string;
};

/** `warnings`: what was not read (an unreadable publication date), the article still kept. */
export type MetadataResult = {metadata: ArticleMetadata; warnings: string[]} | {reason: string};

/**
 * A publication date as `YYYY-MM-DD`: the calendar day as written, never shifted by a time zone
 * (see read/publication-date.ts for the forms read). `language` decides `03/02/2009`.
 */
export function normalizePublished(value: unknown, language?: string): {published?: string} | {reason: string} {
	if (value === undefined || value === null || value === '') return {};
	if (typeof value !== 'string') return {reason: 'publication date is not a date string'};
	return readPublicationDate(value, language);
}

function optionalString(value: unknown, field: string): {value?: string} | {reason: string} {
	if (value === undefined || value === null) return {};
	if (typeof value === 'number') return {value: String(value)};
	if (typeof value !== 'string') return {reason: `${field} is not text`};
	const trimmed = value.trim();
	return trimmed ? {value: trimmed} : {};
}

/**
 * Reads the fields dateline knows from a front matter or JSON object (under dateline's names:
 * read/api-json.ts maps other sources' names to them); anything else is ignored. A publication
 * date that cannot be read never costs the article: it is a warning, and the article is undated.
 */
export function readMetadata(fields: Record<string, unknown>): MetadataResult {
	const metadata: ArticleMetadata = {};
	const warnings: string[] = [];
	for (const field of ['title', 'outlet', 'author', 'url', 'language'] as const) {
		const result = optionalString(fields[field], field);
		if ('reason' in result) return result;
		if (result.value !== undefined) metadata[field] = result.value;
	}
	const published = normalizePublished(fields.published ?? fields.date, metadata.language);
	if ('reason' in published) warnings.push(`${published.reason}; the article is kept without it`);
	else if (published.published) metadata.published = published.published;
	if (metadata.language) {
		const code = metadata.language.toLowerCase().split(/[-_]/)[0] ?? '';
		if (!/^[a-z]{2,3}$/.test(code)) return {reason: `language "${metadata.language}" is not a language code`};
		metadata.language = code;
	}
	return {metadata, warnings};
}
