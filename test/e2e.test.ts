/**
 * The real `dateline` binary in a tmux pseudo-terminal: keys in with send-keys, the screen out
 * with capture-pane, and after each way out, the terminal back on its normal screen.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const hasTmux = !spawnSync('tmux', ['-V']).error;
const skip = hasTmux ? false : 'tmux is not installed: the end-to-end test needs it (apt-get install tmux)';
// A private server per test, so the test never touches the user's tmux sessions.
let server = '';
let servers = 0;

function tmux(...args: string[]): string {
	return execFileSync('tmux', ['-L', server, '-f', '/dev/null', '-u', ...args], {encoding: 'utf8'});
}

function screen(): string {
	return tmux('capture-pane', '-p', '-t', 'e2e');
}

function alternateScreenOn(): boolean {
	return tmux('display-message', '-p', '-t', 'e2e', '#{alternate_on}').trim() === '1';
}

/** Polls the screen until `check` passes (the app renders asynchronously), failing after a deadline. */
async function waitFor(check: (text: string) => boolean, what: string, timeout = 15_000): Promise<string> {
	const deadline = Date.now() + timeout;
	for (;;) {
		const text = screen();
		if (check(text)) {
			return text;
		}
		if (Date.now() > deadline) {
			throw new Error(`timed out waiting for ${what}; screen:\n${text}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

function keys(...names: string[]): void {
	tmux('send-keys', '-t', 'e2e', ...names);
}

function literal(text: string): void {
	tmux('send-keys', '-t', 'e2e', '-l', text);
}

/** Starts the binary after a marker line; the shell reports its exit status and stays, so the screen can be read. */
function start(environment = '', args = ''): void {
	assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
	server = `dateline-e2e-${process.pid}-${++servers}`;
	// ink draws nothing until exit when it believes it runs in CI, so those variables are unset for the app.
	const command = `cd '${root}' && echo BEFORE-DATELINE && env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color LANG=C.UTF-8 ${environment} node '${cli}' ${args}; echo "DATELINE-EXIT:$?"; exec sleep 600`;
	tmux('new-session', '-d', '-s', 'e2e', '-x', '100', '-y', '30', command);
}

function stop(): void {
	spawnSync('tmux', ['-L', server, 'kill-server']);
}

async function expectRestored(status: number, before = true): Promise<void> {
	const text = await waitFor((current) => current.includes('DATELINE-EXIT:'), 'the app to exit');
	assert.match(text, new RegExp(`DATELINE-EXIT:${status}`));
	if (before) {
		assert.match(text, /BEFORE-DATELINE/, 'the normal screen is back, with what it showed before');
	}
	assert.doesNotMatch(text, /grouped by day/, 'nothing of the app is left on the normal screen');
	assert.equal(alternateScreenOn(), false);
}

test('browse, search, read the Arabic source and quit with q', {skip}, async () => {
	start();
	try {
		await waitFor((text) => text.includes('grouped by day'), 'the timeline');
		assert.equal(alternateScreenOn(), true);
		keys('j', 'j');
		await waitFor((text) => / 3\/\d+ /.test(text), 'the third event');

		keys('/');
		literal('zensky');
		await waitFor((text) => text.includes('› Volodymyr Zelensky'), 'Zelensky in the results');
		keys('Enter');
		await waitFor((text) => text.includes('filter: Volodymyr Zelensky (person)'), 'the filtered timeline');
		keys('Escape');
		await waitFor((text) => !text.includes('filter:'), 'the filter cleared');

		keys('G', 'Enter');
		await waitFor((text) => text.includes('› BBC Arabic · ar'), 'the sources of the last event');
		keys('Enter');
		const article = await waitFor((text) => text.includes('BBC Arabic · 2025-05-30 · ar'), 'the Arabic article');
		// Reordered for display: the article's first word ends the first line.
		assert.match(article, /لوقت\s*$/m);

		keys('q', 'q');
		await waitFor((text) => text.includes('grouped by day'), 'back at the timeline');
		keys('q');
		await expectRestored(0);
	} finally {
		stop();
	}
});

test('Ctrl-C quits from the search pane and restores the terminal', {skip}, async () => {
	start();
	try {
		await waitFor((text) => text.includes('grouped by day'), 'the timeline');
		keys('/');
		literal('put');
		await waitFor((text) => text.includes('Search: put'), 'the query');
		keys('C-c');
		await expectRestored(0);
	} finally {
		stop();
	}
});

test('SIGTERM restores the terminal', {skip}, async () => {
	start();
	try {
		await waitFor((text) => text.includes('grouped by day'), 'the timeline');
		const shell = tmux('display-message', '-p', '-t', 'e2e', '#{pane_pid}').trim();
		const node = execFileSync('ps', ['-o', 'pid=', '--ppid', shell], {encoding: 'utf8'}).trim().split(/\s+/)[0];
		assert.ok(node, 'the app process');
		process.kill(Number(node), 'SIGTERM');
		await expectRestored(143);
	} finally {
		stop();
	}
});

test('o shows an article without a url in $PAGER and redraws the app after it', {skip}, async () => {
	// `cat` as the pager returns at once: what matters is the hand-over and the redraw.
	start('PAGER=cat');
	try {
		await waitFor((text) => text.includes('grouped by day'), 'the timeline');
		keys('o');
		const text = await waitFor((current) => current.includes('back from cat'), 'the notice after the pager');
		assert.match(text, /grouped by day/);
		assert.equal(alternateScreenOn(), true);
		keys('q');
		// cat wrote the article on the normal screen, so the marker line has scrolled away.
		await expectRestored(0, false);
	} finally {
		stop();
	}
});

test('curate and restart: H hides an event, saved at once; the next start shows it hidden, and u brings it back', {skip}, async () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'dateline-e2e-curation-'));
	const file = path.join(folder, 'curation.yaml');
	const run = () => start(`XDG_CACHE_HOME='${folder}/cache'`, `--curation '${file}'`);
	// The position on the status line: "1/13  Enter sources".
	const position = / 1\/(\d+) +Enter sources/;
	const eventCount = async () => Number(position.exec(await waitFor((text) => position.test(text), 'the timeline'))![1]);
	try {
		run();
		const before = await eventCount();
		keys('H');
		await waitFor((text) => text.includes('hidden'), 'the hidden notice');
		keys('q');
		await expectRestored(0);
		stop();
		assert.match(readFileSync(file, 'utf8'), /action: hide/);

		run();
		assert.equal(await eventCount(), before - 1);
		keys('u');
		await waitFor((text) => text.includes('undid hide') && text.includes(` 1/${before}  Enter`), 'the event back');
		keys('q');
		await expectRestored(0);
		assert.doesNotMatch(readFileSync(file, 'utf8'), /action:/);
	} finally {
		stop();
		rmSync(folder, {recursive: true, force: true});
	}
});
