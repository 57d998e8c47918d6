/**
 * `o`: an article's url goes to the system opener; an article without one is shown in $PAGER,
 * which takes over the terminal until it exits.
 */
import {spawn, spawnSync} from 'node:child_process';
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

export const openArticle: ArticleOpener = (article, terminal) => {
	if (article.url && /^https?:\/\//i.test(article.url)) {
		const [command, args] = systemOpener();
		const child = spawn(command, [...args, article.url], {detached: true, stdio: 'ignore'});
		child.on('error', () => undefined);
		child.unref();
		return `opening ${article.url}`;
	}
	// PAGER may carry options ("less -R"); it is split on spaces, never handed to a shell.
	const [pager = 'less', ...options] = (process.env['PAGER'] || 'less').trim().split(/\s+/);
	terminal.suspend();
	try {
		const result = spawnSync(pager, [...options, article.path], {stdio: 'inherit'});
		return result.error ? `could not run ${pager}: ${result.error.message}` : `back from ${pager}`;
	} finally {
		terminal.resume();
	}
};
