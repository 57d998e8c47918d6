/**
 * Writing an export to a file: whole or not at all (a temporary file in the same folder, then
 * renamed over the target), and never over an article of the timeline, nor as a file the next
 * reading of the corpus would take for an article.
 */
import {randomBytes} from 'node:crypto';
import {realpathSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {articleExtensions} from '../article-files.js';
import {errorReason} from '../error-reason.js';

/** A target an export may not be written to, or a write that failed: `message` is one line for the user. */
export class ExportTargetError extends Error {}

/** A path with its symbolic links resolved, as far as it exists. */
function resolved(file: string): string {
	try {
		return realpathSync(file);
	} catch {
		// Not there (yet): its folder may still be a link.
		const folder = path.dirname(path.resolve(file));
		return folder === path.resolve(file) ? folder : path.join(resolved(folder), path.basename(file));
	}
}

/**
 * Writes `content` to `target`. `articlePaths` are the files the timeline was read from (as the
 * model's articles name them, relative to the working folder). Throws ExportTargetError.
 */
export function writeExportFile(target: string, content: string, articlePaths: readonly string[]): void {
	const real = resolved(target);
	const articles = new Set(articlePaths.map(resolved));
	if (articles.has(real)) throw new ExportTargetError(`${target}: is an article of this timeline; not overwritten`);
	const folder = path.dirname(real);
	const articleFolders = new Set([...articles].map((file) => path.dirname(file)));
	if (articleExtensions.has(path.extname(real).toLowerCase()) && articleFolders.has(folder)) {
		throw new ExportTargetError(`${target}: would be read as an article next time, beside the articles it was made from; write it to another folder`);
	}
	const temporary = path.join(folder, `.${path.basename(real)}.${randomBytes(6).toString('hex')}.tmp`);
	try {
		writeFileSync(temporary, content, {flag: 'wx'});
		renameSync(temporary, real);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw new ExportTargetError(`${target}: ${errorReason(error)}`);
	}
}
