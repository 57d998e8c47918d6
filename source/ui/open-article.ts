/**
 * `o`: an article's url goes to $BROWSER, else to the platform's opener (the `open` package);
 * an article without one is shown in $PAGER at its marked sentence. No url or path ever reaches
 * a shell: every program gets them as one argument. When nothing opens it, the status line
 * shows the url or path, to copy.
 */
import {spawnSync, type ChildProcess} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import type {Article, Span} from '../core/model.js';
import {terminalLine} from '../core/terminal-text.js';
import {storedLine} from './stored-line.js';

/** Gives the terminal to another program and takes it back (the app redraws on resume). */
export type TerminalHandover = {suspend(): void; resume(): void};

/**
 * Opens the article and says what came of it, for the status line. `sentence` is the marked
 * sentence (offsets into the article's text): a pager opens at its line.
 */
export type ArticleOpener = (article: Article, terminal: TerminalHandover, sentence?: Span) => string | Promise<string>;

/** Starts the platform's opener on a url; resolves once it runs, rejects when it cannot be started. */
export type UrlLauncher = (url: string) => Promise<ChildProcess>;

export type OpenerSetup = {
	/** The platform's opener: by default the `open` package, loaded at the first url. */
	launch?: UrlLauncher;
	/** How long the platform's opener has to fail before the url counts as handed over. */
	settle?: number;
};

const platformLauncher: UrlLauncher = async (url) => (await import('open')).default(url);

/** The program the `open` package runs on this platform, to name it in a notice. */
const platformOpener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'PowerShell' : 'xdg-open';

/** Pagers that take `+N` to open at line N. */
const pagersWithLine = new Set(['less', 'more', 'most', 'vi', 'vim', 'view', 'nvim']);

/** Why a program could not be started or failed, in the user's terms. */
function failure(command: string, error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code === 'E2BIG') return `could not run ${command}: its argument is longer than the system allows`;
	if (code === 'ENOENT') return `could not run ${command}: no such program`;
	return `could not run ${command}: ${error instanceof Error ? error.message : String(error)}`;
}

/** The notice when nothing opened `target`: the reason, then the target to copy. */
const toCopy = (reason: string, target: string) => `${reason} · copy: ${terminalLine(target)}`;

/** A command line of an environment variable as program and arguments, split on white space, never given to a shell. */
function commandWords(line: string): string[] {
	return line.split(/\s+/).filter(Boolean);
}

/**
 * The $BROWSER convention: commands separated as PATH separates folders, tried in turn; `%s`
 * in a command stands for the url (`%%` for a percent sign), else the url is its last argument.
 * A browser may run in the terminal (w3m, lynx), so it gets the terminal as the pager does.
 */
function openWithBrowser(browsers: string, url: string, terminal: TerminalHandover): string {
	let reason = 'BROWSER names no program';
	for (const line of browsers.split(path.delimiter)) {
		const [command, ...words] = commandWords(line);
		if (command === undefined) continue;
		const placed = words.some((word) => word.includes('%s'));
		const args = placed ? words.map((word) => word.replace(/%s|%%/g, (found) => (found === '%s' ? url : '%'))) : [...words, url];
		terminal.suspend();
		try {
			const result = spawnSync(command, args, {stdio: 'inherit'});
			if (!result.error && result.status === 0) return `opened ${terminalLine(url)} with ${command}`;
			reason = result.error ? failure(command, result.error) : `${command} failed (exit status ${result.status ?? result.signal})`;
		} catch (error) {
			reason = failure(command, error);
		} finally {
			terminal.resume();
		}
	}
	return toCopy(reason, url);
}

/** The exit status of `child` if it ends within `settle` ms, else null (still running: handed over). */
function exitWithin(child: ChildProcess, settle: number): Promise<number | null> {
	if (child.exitCode !== null) return Promise.resolve(child.exitCode);
	return new Promise((resolve) => {
		const timer = setTimeout(() => {
			child.off('exit', onExit);
			resolve(null);
		}, settle);
		const onExit = (code: number | null) => {
			clearTimeout(timer);
			resolve(code);
		};
		child.once('exit', onExit);
	});
}

async function openWithPlatform(url: string, launch: UrlLauncher, settle: number): Promise<string> {
	let child: ChildProcess;
	try {
		child = await launch(url);
	} catch (error) {
		return toCopy(failure(platformOpener, error), url);
	}
	// A missing browser shows as the opener's exit status, soon after it started.
	const status = await exitWithin(child, settle);
	return status === null || status === 0 ? `opening ${terminalLine(url)}` : toCopy(`${platformOpener} could not open it (exit status ${status})`, url);
}

/** The line of the stored file where the marked sentence starts, when the file can be read. */
function lineOfSentence(file: string, article: Article, sentence: Span | undefined): number | null {
	if (!sentence) return null;
	try {
		return storedLine(readFileSync(file, 'utf8'), article.text.slice(sentence.start, sentence.end));
	} catch {
		// The pager itself reports a file it cannot read; without the line it opens at the top.
		return null;
	}
}

/**
 * The file in $PAGER, as an absolute path after `--`: a file named "+!cmd" or "-x" is then a
 * name to every pager, never a command or an option. PAGER may carry options ("less -R").
 * Pagers known to take `+N` open at the marked sentence's line.
 */
function showInPager(article: Article, terminal: TerminalHandover, sentence: Span | undefined): string {
	const file = path.resolve(article.path);
	const [pager, ...options] = commandWords(process.env['PAGER'] || 'less');
	if (pager === undefined) return toCopy('PAGER names no program: set it to one, such as less', file);
	const name = path.basename(pager).replace(/\.exe$/i, '');
	const line = pagersWithLine.has(name) ? lineOfSentence(file, article, sentence) : null;
	terminal.suspend();
	try {
		const result = spawnSync(pager, [...options, ...(line === null ? [] : [`+${line}`]), '--', file], {stdio: 'inherit'});
		return result.error ? toCopy(failure(pager, result.error), file) : `back from ${pager}`;
	} catch (error) {
		return toCopy(failure(pager, error), file);
	} finally {
		terminal.resume();
	}
}

export function createArticleOpener({launch = platformLauncher, settle = 1000}: OpenerSetup = {}): ArticleOpener {
	return (article, terminal, sentence) => {
		const url = article.url;
		if (!url || !/^https?:\/\//i.test(url)) return showInPager(article, terminal, sentence);
		const browsers = process.env['BROWSER'];
		return browsers?.trim() ? openWithBrowser(browsers, url, terminal) : openWithPlatform(url, launch, settle);
	};
}

export const openArticle = createArticleOpener();
