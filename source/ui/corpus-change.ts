/** What a reload changed in the corpus, in the words of the title bar: "+9 articles, −1 article, 2 changed". */
import type {Article, TimelineModel} from '../core/model.js';
import {counted} from './counted.js';

export const noChange = 'no change';

function same(a: Article, b: Article): boolean {
	return a.text === b.text && a.title === b.title && a.published === b.published && a.outlet === b.outlet && a.url === b.url;
}

export function corpusChange(previous: TimelineModel, next: TimelineModel): string {
	const before = new Map(previous.articles.map((article) => [article.id, article]));
	let added = 0;
	let changed = 0;
	for (const article of next.articles) {
		const old = before.get(article.id);
		if (!old) added++;
		else if (!same(old, article)) changed++;
		before.delete(article.id);
	}
	const parts = [added > 0 ? `+${counted(added, 'article')}` : '', before.size > 0 ? `−${counted(before.size, 'article')}` : '', changed > 0 ? `${changed} changed` : ''];
	return parts.filter(Boolean).join(', ') || noChange;
}
