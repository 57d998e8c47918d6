/**
 * Writing an export to a file: whole or not at all (a temporary file in the same folder, then
 * renamed over the target), and never over an article of the timeline, nor as a file the next
 * reading of the corpus would take for an article.
 */
import {randomBytes} from 'node:crypto';
import {existsSync, realpathSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {articleExtensions} from '../article-files.js';
import {errorReason} from '../error-reason.js';

/** A target an export may not be written to, or a write that failed: `message` is one line for the user, `reason` the same without the file. */
export class ExportTargetError extends Error {
	constructor(
		target: string,
		readonly reason: string,
	) {
		super(`${target}: ${reason}`);
	}
}

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

const inside = (folder: string, file: string) => {
	const relative = path.relative(folder, file);
	return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/**
 * Writes `content` to `target`. `corpusPaths` are the files and folders the timeline was read
 * from: an article file there, or a new file the next reading there would take for an article, is
 * refused. Throws ExportTargetError.
 */
export function writeExportFile(target: string, content: string, corpusPaths: readonly string[]): void {
	const real = resolved(target);
	const corpus = corpusPaths.map(resolved);
	const extension = path.extname(real).toLowerCase();
	const folder = corpus.find((root) => inside(root, real));
	if (corpus.includes(real) || (articleExtensions.has(extension) && folder !== undefined && existsSync(real))) {
		throw new ExportTargetError(target, 'is an article of this timeline; not overwritten');
	}
	if (articleExtensions.has(extension) && folder !== undefined) {
		throw new ExportTargetError(target, `a ${extension} file in the corpus folder ${folder} is read as an article; not written there`);
	}
	const directory = path.dirname(real);
	const temporary = path.join(directory, `.${path.basename(real)}.${randomBytes(6).toString('hex')}.tmp`);
	try {
		writeFileSync(temporary, content, {flag: 'wx'});
		renameSync(temporary, real);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw new ExportTargetError(target, errorReason(error));
	}
}
