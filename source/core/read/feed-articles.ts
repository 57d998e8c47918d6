import {parseFeed} from '@rowanmanning/feed-parser';
import {bylineOf, looksLikeHtml} from './api-json.js';
import {htmlText} from './html-text.js';

/**
 * RSS, Atom and JSON Feed files: every item is an article. XML through
 * `@rowanmanning/feed-parser`, which reads the feeds found in the wild leniently; JSON Feed
 * (https://jsonfeed.org) is plain JSON. Pure: the file's content in, the items' fields out,
 * under dateline's field names, in the order of the file.
 */

export type FeedItems = {items: Array<Record<string, string>>} | {reason: string};

type FeedElement = {findElementWithName(name: string): {textContent: string; textContentNormalized: string} | null};

// Publication dates as written, for the calendar day as written: the parser's own Date objects
// would carry the day into the machine's time zone. Published before updated.
const dateElements = ['pubdate', 'published', 'issued', 'date', 'updated', 'modified'];

function writtenDate(element: FeedElement): string | undefined {
	for (const name of dateElements) {
		const written = element.findElementWithName(name)?.textContent.trim();
		if (written) return written;
	}
	return undefined;
}

/** An item's body as plain text: its full content, else its description or summary (either may be HTML). */
function bodyText(content: string | null | undefined, summary: string | null | undefined, contentIsHtml: boolean): string | undefined {
	if (content?.trim()) return contentIsHtml || looksLikeHtml(content) ? htmlText(content) : content.trim();
	if (summary?.trim()) return looksLikeHtml(summary) ? htmlText(summary) : summary.trim();
	return undefined;
}

/** Only the fields that have a value: absent ones stay absent for the metadata reader. */
function defined(fields: Record<string, string | undefined>): Record<string, string> {
	return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}

/** An RSS (0.9x, 1.0, 2.0) or Atom feed's items. */
export function readXmlFeed(xml: string): FeedItems {
	// No feed declares entities of its own; expanding declared ones ("billion laughs") is unbounded in the XML parser.
	if (/<!ENTITY/i.test(xml)) return {reason: 'XML that declares entities is not read (they can expand without bound)'};
	let feed;
	try {
		feed = parseFeed(xml);
	} catch (error) {
		return {reason: `not an RSS or Atom feed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`};
	}
	const outlet = feed.title ?? undefined;
	const language = feed.language ?? undefined;
	return {
		items: feed.items.map((item) => {
			const element = item.element as unknown as FeedElement;
			return defined({
				title: item.title ?? undefined,
				text: bodyText(item.content, item.description, false),
				published: writtenDate(element),
				// An aggregator's item names the outlet it came from.
				outlet: element.findElementWithName('source')?.textContentNormalized || outlet,
				author: bylineOf(item.authors.map((author) => author.name)),
				url: item.url ?? undefined,
				language,
			});
		}),
	};
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A JSON Feed's items (versions 1 and 1.1). */
export function readJsonFeed(feed: Record<string, unknown>): FeedItems {
	if (!Array.isArray(feed.items)) return {reason: 'JSON Feed without an "items" list'};
	return {
		items: feed.items.filter(isRecord).map((item) =>
			defined({
				title: text(item.title),
				text: bodyText(text(item.content_html), text(item.content_text) ?? text(item.summary), true),
				published: text(item.date_published) ?? text(item.date_modified),
				outlet: text(feed.title),
				author: bylineOf(item.authors ?? item.author ?? feed.authors ?? feed.author),
				url: text(item.url) ?? text(item.external_url),
				language: text(item.language) ?? text(feed.language),
			}),
		),
	};
}
