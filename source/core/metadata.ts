/** Article metadata as users write it (front matter, JSON fields), checked and normalized. */
export type ArticleMetadata = {
	title?: string;
	outlet?: string;
	url?: string;
	published?: string;
	language?: string;
};

export type MetadataResult = {metadata: ArticleMetadata} | {reason: string};

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** `2025-05-16` or an ISO timestamp, keeping the calendar day as written (never shifted by a time zone). */
export function normalizePublished(value: unknown): {published?: string} | {reason: string} {
	if (value === undefined || value === null || value === '') return {};
	if (typeof value !== 'string') return {reason: 'publication date is not a date string'};
	const match = isoDate.exec(value.trim());
	if (!match) return {reason: `publication date "${value}" is not YYYY-MM-DD`};
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const probe = new Date(Date.UTC(year, month - 1, day));
	if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
		return {reason: `impossible publication date "${value}"`};
	}
	return {published: value.trim().slice(0, 10)};
}

function optionalString(value: unknown, field: string): {value?: string} | {reason: string} {
	if (value === undefined || value === null) return {};
	if (typeof value === 'number') return {value: String(value)};
	if (typeof value !== 'string') return {reason: `${field} is not text`};
	const trimmed = value.trim();
	return trimmed ? {value: trimmed} : {};
}

/** Reads the fields dateline knows from a front matter or JSON object; anything else is ignored. */
export function readMetadata(fields: Record<string, unknown>): MetadataResult {
	const metadata: ArticleMetadata = {};
	for (const field of ['title', 'outlet', 'url', 'language'] as const) {
		const result = optionalString(fields[field], field);
		if ('reason' in result) return result;
		if (result.value !== undefined) metadata[field] = result.value;
	}
	const published = normalizePublished(fields.published ?? fields.date);
	if ('reason' in published) return published;
	if (published.published) metadata.published = published.published;
	if (metadata.language) {
		const code = metadata.language.toLowerCase().split(/[-_]/)[0] ?? '';
		if (!/^[a-z]{2,3}$/.test(code)) return {reason: `language "${metadata.language}" is not a language code`};
		metadata.language = code;
	}
	return {metadata};
}
