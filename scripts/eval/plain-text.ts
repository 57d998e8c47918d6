/**
 * A set given as plain `.txt` bodies without metadata, the way a user drops articles into a
 * folder: no `published`, no `language`. The files go through the loader as `dateline --json`
 * reads a folder; what anchors their dates is only what the texts say (a dateline at the top).
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {buildTimeline} from '../../source/core/build-timeline.js';
import {loadArticles} from '../../source/core/load.js';
import {predictionsOf, type EnginePredictions} from './engine.js';
import type {EvalDocument} from './scoring.js';

export async function plainTextPredictions(documents: EvalDocument[]): Promise<EnginePredictions & {fromDateline: number}> {
	const folder = mkdtempSync(path.join(tmpdir(), 'dateline-eval-'));
	try {
		for (const document of documents) writeFileSync(path.join(folder, `${document.id}.txt`), document.text);
		const {articles, skipped} = await loadArticles([folder]);
		if (skipped.length > 0) throw new Error(`plain-text eval: ${skipped.map((each) => `${each.path}: ${each.reason}`).join('; ')}`);
		const model = buildTimeline({articles});
		return {...predictionsOf(model, documents), fromDateline: model.articles.filter((article) => article.publishedFrom === 'dateline').length};
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}
