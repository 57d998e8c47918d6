/**
 * JSON from news APIs and database exports: the one table of the field names dateline
 * understands, and where a response keeps its list of articles. Pure: values in, values out.
 */

/**
 * dateline's field ← the names sources give it, in order of preference. The first name of each
 * is dateline's own, taken as it is (a wrong type there is the file's error, with its reason);
 * another name is taken when its value is text, so an API's `source: {id, name}` object passes
 * to `source.name`. A dotted name is a field of an object.
 */
export const articleFieldNames = {
	title: ['title', 'headline'],
	text: ['text', 'body', 'content', 'articleBody', 'description'],
	published: ['published', 'date', 'datePublished', 'publishedAt', 'published_at', 'publish_date', 'pubDate'],
	outlet: ['outlet', 'source.name', 'publisher.name', 'source', 'publisher'],
	author: ['author', 'authors', 'byline'],
	url: ['url', 'link'],
	language: ['language', 'lang', 'inLanguage'],
} as const satisfies Record<string, readonly string[]>;

export type ArticleField = keyof typeof articleFieldNames;

/** Where an API response keeps its list of articles. */
const listFields = ['articles', 'items', 'results', 'data'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function valueAt(record: Record<string, unknown>, name: string): unknown {
	let value: unknown = record;
	for (const part of name.split('.')) value = isRecord(value) ? value[part] : undefined;
	return value;
}

const absent = (value: unknown) => value === undefined || value === null || value === '';

/** A byline from `"A"`, `["A", "B"]` or `[{name: "A"}]`, or undefined. */
export function bylineOf(value: unknown): string | undefined {
	const names = (Array.isArray(value) ? value : [value]).map((item) => (isRecord(item) ? item.name : item)).filter((name): name is string => typeof name === 'string' && name.trim() !== '');
	return names.length > 0 ? names.map((name) => name.trim()).join(', ') : undefined;
}

/**
 * An article record's fields under dateline's names (see articleFieldNames). `fromAlias` lists
 * the fields that came from another source's name: their text may be HTML.
 */
export function articleFields(record: Record<string, unknown>): {fields: Partial<Record<ArticleField, unknown>>; fromAlias: Set<ArticleField>} {
	const fields: Partial<Record<ArticleField, unknown>> = {};
	const fromAlias = new Set<ArticleField>();
	for (const [field, names] of Object.entries(articleFieldNames) as Array<[ArticleField, readonly string[]]>) {
		names.some((name, index) => {
			const value = valueAt(record, name);
			if (absent(value)) return false;
			if (field === 'author') {
				fields.author = bylineOf(value);
				return fields.author !== undefined;
			}
			if (index > 0 && typeof value !== 'string' && typeof value !== 'number') return false;
			fields[field] = value;
			if (index > 0) fromAlias.add(field);
			return true;
		});
	}
	return {fields, fromAlias};
}

/**
 * The article records of a parsed JSON file: an array, the list an API response keeps under
 * `articles`, `items`, `results` or `data` (also inside a `response` envelope), or one object.
 */
export function articleRecords(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (!isRecord(value) || 'text' in value) return [value];
	const envelope = isRecord(value.response) ? value.response : value;
	for (const name of listFields) {
		const list = envelope[name];
		if (Array.isArray(list)) return list;
	}
	return [value];
}

/** Whether parsed JSON is a JSON Feed (it names its version as `https://jsonfeed.org/version/…`): read as a feed. */
export const isJsonFeed = (value: unknown): value is Record<string, unknown> => isRecord(value) && typeof value.version === 'string' && value.version.startsWith('https://jsonfeed.org/');

/** Whether text (from an API's `content` or `body`) is HTML rather than plain text. */
export const looksLikeHtml = (text: string) => /<(?:p|div|br|span|a|h[1-6]|li|ul|ol|strong|em|b|i|figure|img|blockquote)\b[^>]*>/i.test(text);
