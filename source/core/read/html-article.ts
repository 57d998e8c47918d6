import {isProbablyReaderable, Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {bylineOf} from './api-json.js';
import {maxHtmlDepth, nestsTooDeep, nodeText} from './html-text.js';
import {pushAll} from '../collections.js';

/**
 * A saved web page as an article: its text through Readability (Mozilla's reader view) over
 * linkedom's DOM, so navigation, footers, related links and comments are left out, and its
 * metadata from the page's tags. Pure: the page's HTML in, the article's fields out. The text
 * is what the model keeps, so every offset points into it.
 */

export type HtmlArticle = {fields: Record<string, string>} | {reason: string};

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** Every object of the page's JSON-LD blocks, with those of `@graph` lists and top-level arrays. */
function jsonLdNodes(document: Document): Json[] {
	const nodes: Json[] = [];
	for (const script of document.querySelectorAll('script')) {
		if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
		let parsed: unknown;
		try {
			parsed = JSON.parse(script.textContent ?? '');
		} catch {
			// A broken block says nothing about the article: the other tags still do.
			continue;
		}
		const pending = [parsed];
		while (pending.length > 0) {
			const value = pending.pop();
			if (Array.isArray(value)) pushAll(pending, value.slice(0, 1000));
			else if (isRecord(value)) {
				nodes.push(value);
				if (Array.isArray(value['@graph'])) pending.push(value['@graph']);
			}
		}
	}
	return nodes;
}

const typesOf = (node: Json) => (Array.isArray(node['@type']) ? node['@type'] : [node['@type']]).filter((type): type is string => typeof type === 'string');

/** How much a JSON-LD node's type says "this is the article": news articles first, then any article. */
function articleRank(node: Json): number {
	const types = typesOf(node);
	if (types.some((type) => /NewsArticle$/.test(type))) return 0;
	if (types.some((type) => /(?:Article|BlogPosting|Report)$/.test(type))) return 1;
	return 2;
}

/** The fields of the page's article node, with `@id` references (publisher, author) followed within the page. */
function jsonLdArticle(document: Document): Partial<Record<'title' | 'published' | 'outlet' | 'author' | 'url' | 'language', string>> {
	const nodes = jsonLdNodes(document);
	const article = nodes.filter((node) => articleRank(node) < 2).sort((a, b) => articleRank(a) - articleRank(b))[0];
	if (!article) return {};
	const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]));
	const resolve = (value: unknown): unknown => (isRecord(value) && typeof value['@id'] === 'string' && byId.has(value['@id']) ? byId.get(value['@id']) : value);
	const publisher = resolve(Array.isArray(article.publisher) ? article.publisher[0] : article.publisher);
	const page = resolve(article.mainEntityOfPage);
	return {
		title: text(article.headline) ?? text(article.name),
		published: text(article.datePublished),
		outlet: isRecord(publisher) ? text(publisher.name) : text(publisher),
		author: bylineOf((Array.isArray(article.author) ? article.author : [article.author]).map(resolve)),
		url: text(article.url) ?? text(page) ?? (isRecord(page) ? (text(page.url) ?? text(page['@id'])) : undefined),
		language: text(article.inLanguage),
	};
}

/** The content of the page's `<meta>` tags by property, name or itemprop (lower case); the first of each wins. */
function metaTags(document: Document): Map<string, string> {
	const tags = new Map<string, string>();
	for (const meta of document.querySelectorAll('meta')) {
		const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
		const content = text(meta.getAttribute('content'));
		if (key && content && !tags.has(key)) tags.set(key, content);
	}
	return tags;
}

const isLanguageTag = (value: string | undefined) => value !== undefined && /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i.test(value);
const isWebAddress = (value: string | undefined) => value !== undefined && /^https?:\/\/\S+$/i.test(value);
const first = <T>(values: Array<T | undefined>, accept: (value: T | undefined) => boolean = (value) => value !== undefined) => values.find(accept);

/**
 * Title, publication date, outlet, author, language and canonical url, each from the most
 * trusted tag that gives it: `<meta property="article:…">`, then the JSON-LD article
 * (`NewsArticle` before any `Article`), then Open Graph, then the page's own (`<html lang>`,
 * `<title>`, the canonical link), then what Readability found.
 */
function pageMetadata(document: Document): Record<string, string | undefined> {
	const meta = metaTags(document);
	const ld = jsonLdArticle(document);
	const authorTag = meta.get('article:author');
	return {
		title: first([ld.title, meta.get('og:title'), meta.get('twitter:title'), text(document.querySelector('title')?.textContent)]),
		published: first([meta.get('article:published_time'), ld.published, meta.get('og:published_time'), meta.get('datepublished'), meta.get('pubdate'), meta.get('date'), meta.get('dc.date')]),
		outlet: first([ld.outlet, meta.get('og:site_name'), meta.get('application-name')]),
		// article:author is often a profile's address rather than a name.
		author: first([isWebAddress(authorTag) ? undefined : authorTag, ld.author, meta.get('author')]),
		url: first([ld.url, text(document.querySelector('link[rel="canonical"]')?.getAttribute('href')), meta.get('og:url')], isWebAddress),
		language: first([ld.language, meta.get('og:locale'), text(document.documentElement?.getAttribute('lang')), meta.get('content-language')], isLanguageTag),
	};
}

const noArticle = 'no article text found in the web page';

/** Reads a web page into an article's fields (dateline's names), or says why it holds none. */
export function readHtmlArticle(html: string): HtmlArticle {
	if (nestsTooDeep(html)) return {reason: `web page nested more than ${maxHtmlDepth.toLocaleString('en')} elements deep`};
	const {document} = parseHTML(html);
	// Before Readability, which takes the page apart as it reads it.
	const metadata = pageMetadata(document as unknown as Document);
	// Readability returns the best it finds even on a page without an article (an index, a
	// stub): its menu would become the article. Its own pre-check, with the bar lowered for briefs.
	if (!isProbablyReaderable(document as unknown as Document, {minContentLength: 80, minScore: 10})) return {reason: noArticle};
	const reader = new Readability(document as unknown as Document, {serializer: (node) => node}).parse();
	const body = reader?.content ? nodeText(reader.content as unknown as Parameters<typeof nodeText>[0]) : '';
	if (!body.trim()) return {reason: noArticle};
	const fields: Record<string, string> = {text: body};
	const found = {
		...metadata,
		title: metadata.title ?? text(reader?.title),
		author: metadata.author ?? text(reader?.byline?.replace(/^by\s+/i, '')),
		outlet: metadata.outlet ?? text(reader?.siteName),
	};
	for (const [field, value] of Object.entries(found)) if (value !== undefined) fields[field] = value;
	return {fields};
}
