/**
 * The source view's state: the article read, where it is scrolled to, the highlight ] [ went
 * to, and what `/` finds in its text (n/N step through it, as a pager's find does).
 */
import {findAll} from '../../core/find-in-text.js';
import {terminalLine} from '../../core/terminal-text.js';
import type {ArticleView} from '../content.js';
import type {Action} from '../navigation.js';
import {editPrompt, promptOf, typeInto, type PromptLine} from '../prompt-line.js';
import {lineAt} from '../text-layout.js';
import {clamp, scrollInto} from './scroll.js';

export type ArticleState = {
	id: string;
	/** The event that led here: its sentences in this article are marked. */
	eventId: string | null;
	top: number;
	/** Index into the article's highlights, or -1 before the first jump. */
	highlight: number;
	/** `/` in the article: a text found as a pager finds it, or null. */
	find: FindState | null;
};

export type FindState = {
	prompt: PromptLine;
	/** The prompt is open on the status line: keys edit it. */
	editing: boolean;
	/** Index into the occurrences of the prompt's text, or -1 before the first is chosen. */
	match: number;
};

/** What the article's state depends on: its laid-out text, and how many lines of it show. */
export type ArticlePage = {view: ArticleView; height: number};

/** The article after a step, and what to say about it (a jump that found nothing). */
export type ArticleStep = {article: ArticleState; notice?: string};

/** The actions of the open find prompt. */
export type FindAction = Extract<Action, {type: 'search-type' | 'search-edit' | 'search-choose' | 'back'}>;

function maxTop({view, height}: ArticlePage): number {
	return Math.max(0, view.lines.length - height);
}

/** The top that shows `line`, scrolled as little as a pager scrolls. */
function topShowing(article: ArticleState, page: ArticlePage, line: number): number {
	return clamp(scrollInto(article.top, line, line, page.height), 0, maxTop(page));
}

/** An article opened from an event: at the sentence that led here (at `sentenceStart`), with two lines of context above it. */
export function openedArticle(id: string, eventId: string, page: ArticlePage, sentenceStart: number | undefined): ArticleState {
	const line = sentenceStart === undefined ? 0 : lineAt(page.view.lines, sentenceStart);
	return {id, eventId, top: clamp(line - 2, 0, maxTop(page)), highlight: -1, find: null};
}

export function scrollArticle(article: ArticleState, page: ArticlePage, delta: number): ArticleState {
	return {...article, top: clamp(article.top + delta, 0, maxTop(page))};
}

/** ] and [: the next or previous highlighted date or name. */
export function jumpHighlight(article: ArticleState, page: ArticlePage, direction: 1 | -1): ArticleStep {
	const {view} = page;
	if (view.highlights.length === 0) {
		return {article};
	}
	let index: number;
	if (article.highlight >= 0) {
		index = article.highlight + direction;
	} else {
		// The first jump goes to the first highlight on or below the top line (or above it, backwards).
		const topOffset = view.lines[article.top]?.start ?? 0;
		index = direction > 0 ? view.highlights.findIndex((mark) => mark.start >= topOffset) : view.highlights.filter((mark) => mark.start < topOffset).length - 1;
	}
	const mark = view.highlights[index];
	if (!mark) {
		return {article, notice: direction > 0 ? 'no further highlight' : 'no earlier highlight'};
	}
	return {article: {...article, highlight: index, top: topShowing(article, page, lineAt(view.lines, mark.start))}};
}

/** `/` in the article: the last text found comes back selected, as the search's last query does. */
export function openedFind(article: ArticleState): ArticleState {
	return {...article, find: {prompt: promptOf(article.find?.prompt.text ?? '', true), editing: true, match: -1}};
}

/** Shows occurrence `index` of the find text: scrolled into view as a pager does. */
function showFinding(article: ArticleState, find: FindState, page: ArticlePage, index: number): ArticleStep {
	const mark = findAll(page.view.article.text, find.prompt.text)[index];
	if (!mark) return {article};
	return {article: {...article, top: topShowing(article, page, lineAt(page.view.lines, mark.start)), find: {...find, editing: false, match: index}}};
}

/** Enter in the find prompt: the first occurrence from the top line on (else the first of all). */
export function confirmFind(article: ArticleState, page: ArticlePage): ArticleStep {
	const find = article.find;
	if (!find) return {article};
	const query = find.prompt.text;
	if (query.trim() === '') return {article: {...article, find: null}};
	const found = findAll(page.view.article.text, query);
	if (found.length === 0) {
		return {article: {...article, find: {...find, editing: false, match: -1}}, notice: `not found in the text: "${terminalLine(query)}"`};
	}
	const topOffset = page.view.lines[article.top]?.start ?? 0;
	return showFinding(article, find, page, Math.max(0, found.findIndex((mark) => mark.start >= topOffset)));
}

/** n/N in the article: the next or previous occurrence of the find text. */
export function jumpFinding(article: ArticleState, page: ArticlePage, direction: 1 | -1): ArticleStep {
	const find = article.find;
	const found = find ? findAll(page.view.article.text, find.prompt.text) : [];
	if (!find || found.length === 0) {
		return {article, notice: find ? 'no match in the text' : 'nothing to find: press / to find in the text'};
	}
	const index = find.match + direction;
	if (find.match >= 0 && (index < 0 || index >= found.length)) {
		return {article, notice: direction > 0 ? 'no further match' : 'no earlier match'};
	}
	return showFinding(article, find, page, clamp(index, 0, found.length - 1));
}

/** Keys while the find prompt is open: they edit it; Enter finds, Esc closes it. */
export function reduceFind(article: ArticleState, find: FindState, action: FindAction, page: ArticlePage): ArticleStep {
	const withPrompt = (prompt: PromptLine): ArticleStep => ({article: {...article, find: {prompt, editing: true, match: -1}}});
	switch (action.type) {
		case 'search-type':
			return withPrompt(typeInto(find.prompt, action.text));
		case 'search-edit':
			return withPrompt(editPrompt(find.prompt, action.edit));
		case 'search-choose':
			return confirmFind(article, page);
		case 'back':
			return {article: {...article, find: null}};
	}
}
