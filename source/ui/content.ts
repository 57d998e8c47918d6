/** The text of the detail pane, the source preview and the source view, as lines ready to render. */
import type {Article, TimelineEvent, TimelineModel} from '../core/model.js';
import {clipLine, truncate, unitsPerCell} from './cell-width.js';
import {displayDate} from '../core/dates/calendar.js';
import {layoutText, lineRuns, type LayoutLine, type Mark, type Run} from './text-layout.js';
import {modelAccess} from '../core/model-access.js';

export type Tone = 'plain' | 'heading' | 'source' | 'dim';

export type ScreenLine = {indent: number; runs: Run[]; tone: Tone};

export type ArticleView = {
	article: Article;
	lines: LayoutLine[];
	/** Dates and entity mentions in the article, by start: what is highlighted and what ]/[ step through. */
	highlights: Mark[];
};

/**
 * The most lines a title, a list of names or a sentence takes in the detail pane: any of them can
 * be megabytes long, and laying out more than is read would cost the whole text.
 */
export const paragraphLines = 12;

/** A line of metadata or a title, wrapped, right-to-left text in display order. */
function plain(text: string, width: number, reorderBidi: boolean, tone: Tone = 'plain'): ScreenLine[] {
	const shown = clipLine(text, paragraphLines * width);
	return layoutText(shown, width, reorderBidi)
		.slice(0, paragraphLines)
		.map((line) => ({indent: line.indent, runs: lineRuns(line, []), tone}));
}

/** `outlet · language · published — title`, the one-line description of a source. */
export function sourceLabel(article: Article): string {
	const outlet = article.outlet ?? 'unknown outlet';
	return `${outlet} · ${article.language} · ${article.published ?? 'undated'} — ${article.title}`;
}

function sentenceLines(article: Article, mention: TimelineEvent['mentions'][number], width: number, reorderBidi: boolean): ScreenLine[] {
	// A sentence is shown as one paragraph, however the article broke its lines: each white-space
	// character becomes one space, so the date's offsets still point at the date. What is cut is
	// cut at the end, so they hold there too.
	const end = Math.min(mention.sentence.end, mention.sentence.start + paragraphLines * width * unitsPerCell);
	const spaced = article.text.slice(mention.sentence.start, end).replace(/\s/g, ' ');
	const text = truncate(spaced.trim(), paragraphLines * width);
	const start = mention.sentence.start + (spaced.length - spaced.trimStart().length);
	const marks: Mark[] = mention.date ? [{start: mention.date.start - start, end: mention.date.end - start, kind: 'date'}] : [];
	return layoutText(text, width, reorderBidi)
		.slice(0, paragraphLines)
		.map((line) => ({indent: 2 + line.indent, runs: lineRuns(line, marks), tone: 'plain'}));
}

/** The sentences an event has in one source article. */
export function sourceSentences(article: Article, event: TimelineEvent, width: number, reorderBidi: boolean): ScreenLine[] {
	return event.mentions
		.filter((mention) => mention.article === article.id)
		.flatMap((mention) => sentenceLines(article, mention, width - 2, reorderBidi));
}

/**
 * Sources the detail pane tells in full. An event a whole corpus reports has hundreds; the pane
 * shows what fits and the sources screen (Enter) lists every one, so the pane's cost stays the same.
 */
export const detailSources = 12;

/**
 * The detail pane: the event, its people and places, and its first sources with their sentences.
 * With `rows`, only the blocks of its first `rows` lines (or a few more): what the pane shows
 * scrolled to its top, without laying out or reading what is below.
 */
export function detailLines(event: TimelineEvent, articleById: (id: string) => Article | undefined, width: number, reorderBidi: boolean, rows = Infinity): ScreenLine[] {
	const blocks: ScreenLine[][] = [];
	let count = 0;
	const block = (lines: ScreenLine[]) => {
		blocks.push(lines);
		count += lines.length;
		return count < rows;
	};
	const line = (text: string, tone?: Tone) => block(plain(text, width, reorderBidi, tone));
	// Each step goes on while the lines so far leave rows to fill.
	const steps = [
		() => line(displayDate(event.date), 'heading'),
		() => line(event.title, 'heading'),
		() => event.note === undefined || line(`Note: ${event.note}`),
		() => line(event.basis === 'published' ? 'placed at the publication date' : 'placed by a date in the text', 'dim'),
		() => event.people.length === 0 || line(`People: ${event.people.join(', ')}`),
		() => event.places.length === 0 || line(`Places: ${event.places.join(', ')}`),
		() => line(`Sources (${event.sources.length}):`, 'dim'),
		...event.sources.slice(0, detailSources).map((id) => () => {
			const article = articleById(id);
			return !article || (line(sourceLabel(article), 'source') && block(sourceSentences(article, event, width, reorderBidi)));
		}),
		() => event.sources.length <= detailSources || line(`… and ${event.sources.length - detailSources} more: Enter lists every source`, 'dim'),
	];
	for (const step of steps) if (!step()) break;
	// Joined, not spread into push(): an argument list as long as a block could overflow the stack.
	return blocks.flat();
}

export function articleView(model: TimelineModel, article: Article, width: number, reorderBidi: boolean): ArticleView {
	// The article's own marks, from its own line of the cache: never every article's.
	const highlights: Mark[] = modelAccess(model).marksOf(article);
	// Drop a mark that starts inside the previous one, so each highlight is one stop for ]/[.
	const stops = highlights.filter((mark, index) => index === 0 || mark.start >= (highlights[index - 1]?.end ?? 0));
	return {article, lines: layoutText(article.text, width, reorderBidi), highlights: stops};
}
