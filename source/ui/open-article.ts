/**
 * `o`: an article's url goes to the system opener; an article without one is shown in $PAGER,
 * which takes over the terminal until it exits.
 */
import {spawn, spawnSync} from 'node:child_process';
import {resolve} from 'node:path';
import process from 'node:process';
import type {Article} from '../core/model.js';

/** Gives the terminal to another program and takes it back (the app redraws on resume). */
export type TerminalHandover = {suspend(): void; resume(): void};

/** Opens the article and returns a one-line notice for the status line. */
export type ArticleOpener = (article: Article, terminal: TerminalHandover) => string;

function systemOpener(): [string, string[]] {
	if (process.platform === 'darwin') {
		return ['open', []];
	}
	if (process.platform === 'win32') {
		return ['cmd', ['/c', 'start', '""']];
	}
	return ['xdg-open', []];
}

/** Why a program could not be started, in the user's terms. */
function failure(command: string, error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code === 'E2BIG') return `could not run ${command}: its argument is longer than the system allows`;
	if (code === 'ENOENT') return `could not run ${command}: no such program`;
	return `could not run ${command}: ${error instanceof Error ? error.message : String(error)}`;
}

function openUrl(url: string): string {
	const [command, args] = systemOpener();
	try {
		// Errors the system reports before the program runs (E2BIG: a url too long) are thrown here.
		const child = spawn(command, [...args, url], {detached: true, stdio: 'ignore'});
		// A missing opener is reported later, when the notice is already shown: nothing to add then.
		child.on('error', () => undefined);
		child.unref();
	} catch (error) {
		return failure(command, error);
	}
	return `opening ${url}`;
}

/**
 * The file in $PAGER, as an absolute path after `--`: a file named "+!cmd" or "-x" is then a
 * name to every pager, never a command or an option. PAGER may carry options ("less -R"): it is
 * split on white space, never handed to a shell.
 */
function showInPager(path: string, terminal: TerminalHandover): string {
	const [pager, ...options] = (process.env['PAGER'] || 'less').split(/\s+/).filter(Boolean);
	if (pager === undefined) return 'PAGER names no program: set it to one, such as less';
	terminal.suspend();
	try {
		const result = spawnSync(pager, [...options, '--', resolve(path)], {stdio: 'inherit'});
		return result.error ? failure(pager, result.error) : `back from ${pager}`;
	} catch (error) {
		return failure(pager, error);
	} finally {
		terminal.resume();
	}
}

export const openArticle: ArticleOpener = (article, terminal) =>
	article.url && /^https?:\/\//i.test(article.url) ? openUrl(article.url) : showInPager(article.path, terminal);
