import path from 'node:path';

/**
 * Which files dateline reads as articles, and how: the one place that ties a file's
 * extension to its reader (load.ts dispatches on it; article-files.ts finds files by it).
 */
export type ArticleFormat = 'text' | 'json' | 'jsonl' | 'html' | 'feed';

const formatOfExtension = new Map<string, ArticleFormat>([
	['.md', 'text'],
	['.markdown', 'text'],
	['.txt', 'text'],
	['.json', 'json'],
	['.jsonl', 'jsonl'],
	['.html', 'html'],
	['.htm', 'html'],
	['.xml', 'feed'],
	['.rss', 'feed'],
	['.atom', 'feed'],
]);

export const articleExtensions = new Set(formatOfExtension.keys());

/**
 * How a file is read, or undefined for an extension dateline does not read. A file without an
 * extension (given by name: one in a folder is not looked at) is plain text.
 */
export function articleFormat(fileName: string): ArticleFormat | undefined {
	const extension = path.extname(fileName).toLowerCase();
	return extension === '' ? 'text' : formatOfExtension.get(extension);
}

/** Whether a file can hold several articles, each with an item id (`x#2`). */
export function holdsItems(fileName: string): boolean {
	const format = articleFormat(fileName);
	return format === 'json' || format === 'jsonl' || format === 'feed';
}

/** Why a file of another format is not read: `.pdf`, `.docx`, images, archives. */
export const otherFormatReason = (fileName: string) => `not an article format dateline reads (${path.extname(fileName).toLowerCase()})`;

/**
 * The folders a browser's "save page, complete" leaves beside each page (`x_files` beside
 * `x.html`): its pictures, scripts and style sheets, which are not articles.
 */
export function savedPageFolders(names: string[]): Set<string> {
	const folders = new Set<string>();
	for (const name of names) if (articleFormat(name) === 'html') folders.add(`${name.slice(0, name.length - path.extname(name).length)}_files`);
	return folders;
}
