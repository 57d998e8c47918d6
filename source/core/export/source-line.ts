import type {ExportSource} from './view.js';

/** How a source is named in every export: its outlet, else its title, and its publication date. */
export function sourceLabel(source: ExportSource): string {
	const name = source.outlet ?? source.title;
	return source.published ? `${name} (${source.published})` : name;
}

/** A url a reader can follow: web links only, so a `javascript:` or `file:` url in an article never becomes a link. */
export function webLink(source: ExportSource): string | null {
	return source.url !== null && /^https?:\/\/[^\s]+$/i.test(source.url) ? source.url : null;
}
