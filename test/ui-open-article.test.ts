/**
 * `o` hands a program nothing it could take for a command or an option, the url or path as one
 * argument and never through a shell; a program that cannot be started, or fails, is a notice
 * in the status line with the url or path to copy, not a crash. No real browser is started:
 * $BROWSER, the platform's opener and the pager are recorders.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, type ChildProcess} from 'node:child_process';
import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Article, Span} from '../source/core/model.js';
import {createArticleOpener, openArticle, type TerminalHandover, type UrlLauncher} from '../source/ui/open-article.js';
import {storedLine} from '../source/ui/stored-line.js';
import {storyModel} from './helpers/fixture.js';
import {drive, keys} from './helpers/ink.js';
import {tempFolder} from './helpers/temp-folder.js';

/** An executable script in `folder` that writes each of its arguments on a line of `folder/argv`, then exits with `status`. */
function recorder(folder: string, name: string, status = 0): string {
	const program = path.join(folder, name);
	writeFileSync(program, `#!/bin/sh\nfor argument in "$@"; do printf '%s\\n' "$argument"; done > '${path.join(folder, 'argv')}'\nexit ${status}\n`);
	chmodSync(program, 0o755);
	return program;
}

function recorded(folder: string): string[] {
	return readFileSync(path.join(folder, 'argv'), 'utf8').split('\n').slice(0, -1);
}

function article(file: string, url: string | null = null, text = 'Text.'): Article {
	return {id: 'a', path: file, title: 'A', text, language: 'en', published: null, outlet: null, url};
}

/** Runs `body` with the environment variables set (undefined: unset), then puts them back. */
async function withEnvironment<T>(values: Record<string, string | undefined>, body: () => T | Promise<T>): Promise<T> {
	const before = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
	const apply = (entries: Record<string, string | undefined>) => {
		for (const [name, value] of Object.entries(entries)) {
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
		}
	};
	apply(values);
	try {
		return await body();
	} finally {
		apply(before);
	}
}

function handover(): TerminalHandover & {log: string[]} {
	const log: string[] = [];
	return {log, suspend: () => log.push('suspend'), resume: () => log.push('resume')};
}

/** A platform opener that records the urls it gets and starts a program that exits with `status` (null: keeps running). */
function launcher(status: number | null): UrlLauncher & {urls: string[]; children: ChildProcess[]} {
	const urls: string[] = [];
	const children: ChildProcess[] = [];
	const launch = async (url: string) => {
		urls.push(url);
		const child = spawn(process.execPath, ['-e', status === null ? 'setTimeout(() => {}, 5000)' : `process.exit(${status})`], {stdio: 'ignore'});
		children.push(child);
		await new Promise((resolve) => child.once('spawn', resolve));
		return child;
	};
	return Object.assign(launch, {urls, children});
}

for (const name of ['+!touch x.md', '-rf.md']) {
	test(`the pager gets "${name}" as one absolute path after --`, async () => {
		const folder = tempFolder({[name]: 'Text.'});
		const previous = process.cwd();
		try {
			const pager = recorder(folder.root, 'pager');
			// The article's path is relative, as a folder given as "." makes it.
			process.chdir(folder.root);
			const terminal = handover();
			const notice = await withEnvironment({PAGER: `${pager} -R`}, () => openArticle(article(name), terminal));
			assert.equal(notice, `back from ${pager}`);
			assert.deepEqual(recorded(folder.root), ['-R', '--', path.join(folder.root, name)]);
			assert.deepEqual(terminal.log, ['suspend', 'resume']);
			assert.equal(existsSync(path.join(folder.root, 'x.md')), false);
		} finally {
			process.chdir(previous);
			folder.cleanup();
		}
	});
}

const stored = '---\ntitle: Talks\nurl: none\n---\n\nTalks resumed on Friday.\n\nThe delegations met in\nIstanbul and agreed an exchange of prisoners.\n';
const cleaned = 'Talks resumed on Friday.\n\nThe delegations met in Istanbul and agreed an exchange of prisoners.';
const marked: Span = {start: cleaned.indexOf('The delegations'), end: cleaned.length};

test('less, more, most and vi-likes open at the line of the marked sentence in the file as stored', async () => {
	for (const name of ['less', 'more', 'most', 'vim', 'view', 'nvim']) {
		const folder = tempFolder({'talks.md': stored});
		try {
			const pager = recorder(folder.root, name);
			const file = path.join(folder.root, 'talks.md');
			await withEnvironment({PAGER: `${pager} -R`}, () => openArticle(article(file, null, cleaned), handover(), marked));
			// Line 8 of the file: front matter and blank lines count, the cleaned text's line 3 does not.
			assert.deepEqual(recorded(folder.root), ['-R', '+8', '--', file], name);
		} finally {
			folder.cleanup();
		}
	}
});

test('a pager not known to take +N opens the file without it', async () => {
	const folder = tempFolder({'talks.md': stored});
	try {
		const pager = recorder(folder.root, 'bat');
		const file = path.join(folder.root, 'talks.md');
		await withEnvironment({PAGER: pager}, () => openArticle(article(file, null, cleaned), handover(), marked));
		assert.deepEqual(recorded(folder.root), ['--', file]);
	} finally {
		folder.cleanup();
	}
});

test('the marked sentence is found across markup, line breaks and escapes, or not at all', () => {
	assert.equal(storedLine('<html>\n<p>The <b>delegations</b>\nmet in Istanbul</p>', 'The delegations met in Istanbul.'), 2);
	assert.equal(storedLine('{"text": "x"}\n{"text": "He said \\"yes\\" to the talks in Istanbul today"}', 'He said "yes" to the talks in Istanbul today.'), 2);
	assert.equal(storedLine('Something else entirely.', 'The delegations met in Istanbul.'), null);
	assert.equal(storedLine('a (b) [c] $d', '(b) [c] $d'), 1);
	assert.equal(storedLine('text', ''), null);
});

test('a PAGER of spaces is a notice with the path to copy, and the terminal is not handed over', async () => {
	const terminal = handover();
	const notice = await withEnvironment({PAGER: '   '}, () => openArticle(article('/tmp/a.md'), terminal));
	assert.equal(notice, 'PAGER names no program: set it to one, such as less · copy: /tmp/a.md');
	assert.deepEqual(terminal.log, []);
});

test('a pager that does not exist is a notice with the path to copy', async () => {
	const notice = await withEnvironment({PAGER: '/nonexistent/pager'}, () => openArticle(article('/tmp/a.md'), handover()));
	assert.equal(notice, 'could not run /nonexistent/pager: no such program · copy: /tmp/a.md');
});

const hostileUrl = 'https://example.org/a?b=1&c=2;touch${IFS}x|y`z`';

test('$BROWSER gets the url as one argument, in the terminal, and no shell sees it', async () => {
	const folder = tempFolder({});
	const previous = process.cwd();
	try {
		process.chdir(folder.root);
		const browser = recorder(folder.root, 'w3m');
		const launch = launcher(0);
		const terminal = handover();
		const notice = await withEnvironment({BROWSER: `${browser} -o`}, () => createArticleOpener({launch})(article('a.md', hostileUrl), terminal));
		assert.equal(notice, `opened ${hostileUrl} with ${browser}`);
		assert.deepEqual(recorded(folder.root), ['-o', hostileUrl]);
		assert.deepEqual(terminal.log, ['suspend', 'resume']);
		assert.deepEqual(launch.urls, [], 'the platform opener is not used');
		assert.equal(existsSync(path.join(folder.root, 'x')), false);
	} finally {
		process.chdir(previous);
		folder.cleanup();
	}
});

test('$BROWSER: %s stands for the url, %% for a percent sign, and the commands of a list are tried in turn', async () => {
	const folder = tempFolder({});
	try {
		const browser = recorder(folder.root, 'browser');
		const list = ['/nonexistent/firefox', `${browser} --new-tab=%s --zoom=100%%`].join(path.delimiter);
		const notice = await withEnvironment({BROWSER: list}, () => openArticle(article('a.md', 'https://example.org/x'), handover()));
		assert.equal(notice, `opened https://example.org/x with ${browser}`);
		assert.deepEqual(recorded(folder.root), ['--new-tab=https://example.org/x', '--zoom=100%']);
	} finally {
		folder.cleanup();
	}
});

test('a $BROWSER that fails says so, with the url to copy', async () => {
	const folder = tempFolder({});
	try {
		const browser = recorder(folder.root, 'browser', 3);
		const notice = await withEnvironment({BROWSER: browser}, () => openArticle(article('a.md', 'https://example.org/x'), handover()));
		assert.equal(notice, `${browser} failed (exit status 3) · copy: https://example.org/x`);
	} finally {
		folder.cleanup();
	}
});

test('without $BROWSER the platform opener gets the url as it is; a failing one says so, with the url to copy', async () => {
	await withEnvironment({BROWSER: undefined}, async () => {
		const working = launcher(null);
		assert.equal(await createArticleOpener({launch: working, settle: 200})(article('a.md', hostileUrl), handover()), `opening ${hostileUrl}`);
		assert.deepEqual(working.urls, [hostileUrl]);
		for (const child of working.children) child.kill();
		const done = launcher(0);
		assert.equal(await createArticleOpener({launch: done})(article('a.md', 'https://example.org/x'), handover()), 'opening https://example.org/x');
		const failing = launcher(4);
		assert.match(String(await createArticleOpener({launch: failing})(article('a.md', 'https://example.org/x'), handover())), /^(xdg-open|open|PowerShell) could not open it \(exit status 4\) · copy: https:\/\/example\.org\/x$/);
		const missing: UrlLauncher = () => Promise.reject(Object.assign(new Error('spawn xdg-open ENOENT'), {code: 'ENOENT'}));
		assert.match(String(await createArticleOpener({launch: missing})(article('a.md', 'https://example.org/x'), handover())), /^could not run (xdg-open|open|PowerShell): no such program · copy: https:\/\/example\.org\/x$/);
	});
});

test('a url longer than the system allows is a notice, not a crash', async () => {
	// The real platform opener (the `open` package): the system refuses to start it, so nothing opens.
	const long = `https://example.org/${'a'.repeat(1 << 20)}`;
	const notice = await withEnvironment({BROWSER: undefined}, () => openArticle(article('a.md', long), handover()));
	assert.match(String(notice), /^could not run (xdg-open|open|PowerShell): its argument is longer than the system allows · copy: https:/);
});

test('a url with control characters reaches the status line without them', async () => {
	const notice = await withEnvironment({BROWSER: '/nonexistent/browser'}, () => openArticle(article('a.md', 'https://example.org/\u001b[31mred'), handover()));
	assert.ok(!String(notice).includes('\u001b'), String(notice));
});

test('o hands the opener the sentence marked in the article: the selected event\'s, or the one that led to the text', async () => {
	const model = storyModel();
	const sentenceOf = (event: string, source: string) => model.events.find(({id}) => id === event)?.mentions.find(({article}) => article === source)?.sentence;
	const driver = await drive(model);
	try {
		await driver.press('j');
		await driver.press('j');
		await driver.press('o');
		await driver.press(keys.enter);
		await driver.press('j');
		await driver.press(keys.enter);
		await driver.press('o');
		await driver.waitFor(() => driver.opened.length === 2, 'both articles opened');
		assert.deepEqual(driver.opened, ['istanbul', 'june']);
		assert.deepEqual(driver.openedAt, [sentenceOf('e-talks', 'istanbul'), sentenceOf('e-talks', 'june')]);
		assert.ok(driver.openedAt.every(Boolean));
	} finally {
		driver.unmount();
	}
});
