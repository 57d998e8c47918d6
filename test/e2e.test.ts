/**
 * The real `dateline` binary in a tmux pseudo-terminal: keys in with send-keys, the screen out
 * with capture-pane, and after each way out, the terminal back on its normal screen.
 */
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {tempFolder} from './helpers/temp-folder.js';
import {largeCorpus} from './helpers/large-corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const hasTmux = !spawnSync('tmux', ['-V']).error;
const skip = hasTmux ? false : 'tmux is not installed: the end-to-end test needs it (apt-get install tmux)';
// The user's cache folder is left alone: the app writes its index cache here, and tidies only here.
const cacheHome = mkdtempSync(path.join(tmpdir(), 'dateline-e2e-'));
after(() => rmSync(cacheHome, {recursive: true, force: true}));
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

/** Whether the app has the terminal report the mouse: presses and the wheel, in the SGR encoding. */
function mouseReported(): boolean {
	return tmux('display-message', '-p', '-t', 'e2e', '#{mouse_standard_flag}#{mouse_sgr_flag}').trim() === '11';
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

/** Starts the binary (or `program`) with `args` after a marker line; the shell reports its exit status and stays, so the screen can be read. */
function start(environment = '', args = '', program = `node '${cli}'`, columns = 100): void {
	assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
	server = `dateline-e2e-${process.pid}-${++servers}`;
	// ink draws nothing until exit when it believes it runs in CI, so those variables are unset for the app.
	const command = `cd '${root}' && echo BEFORE-DATELINE && env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color LANG=C.UTF-8 XDG_CACHE_HOME='${cacheHome}' ${environment} ${program} ${args}; echo "DATELINE-EXIT:$?"; exec sleep 600`;
	tmux('new-session', '-d', '-s', 'e2e', '-x', String(columns), '-y', '30', command);
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
	assert.equal(mouseReported(), false, 'the mouse is the terminal\'s again');
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
		await waitFor((text) => /› person +Volodymyr Zelensky/.test(text), 'Zelensky in the results');
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
		assert.equal(readdirSync(path.join(cacheHome, 'dateline')).filter((name) => name.endsWith('.jsonl')).length, 1, 'the index cache is in the test\'s own folder');
	} finally {
		stop();
	}
});

test('words the articles say filter the timeline to the events whose sentences say them; / in an article finds in it', {skip}, async () => {
	start();
	try {
		await waitFor((text) => text.includes('grouped by day'), 'the timeline');
		const all = /(\d+) events/.exec(screen())?.[1];
		keys('/');
		literal('prisoner exchange');
		await waitFor((text) => /› text +"prisoner exchange" +in the sentences of 2 events/.test(text), 'the text row first');
		keys('Enter');
		const filtered = await waitFor((text) => text.includes('text "prisoner exchange" · Esc clears'), 'the timeline filtered by the text');
		assert.match(filtered, / 1\/2( {2}|\s*$)/m, 'two events shown');
		keys('Enter', 'Enter');
		await waitFor((text) => /line 1\/\d+/.test(text), 'the source text');
		keys('/');
		literal('prisoners');
		await waitFor((text) => text.includes('find: prisoners'), 'the find prompt');
		keys('Enter');
		await waitFor((text) => /match \d\/\d/.test(text), 'a match in the article');
		keys('q', 'q', 'Escape');
		await waitFor((text) => !text.includes('text "prisoner exchange"') && new RegExp(` \\d+/${all} `).test(text), 'every event again');
		keys('q');
		await expectRestored(0);
	} finally {
		stop();
	}
});

test('filters from the command line start the interface; f removes a chosen one, d types a date range, L a language', {skip}, async () => {
	start('', '--language en --min-sources 2');
	try {
		await waitFor((text) => text.includes('language en · 2+ sources · Esc removes sources · f chooses'), 'the start filters');
		assert.match(screen(), / 1\/2( {2}|\s*$)/m, 'the English events of two sources or more');
		// The older filter chosen and removed: the newer one stays.
		keys('f');
		await waitFor((text) => /^Remove: language en · 2\+ sources/m.test(text), 'the list of filters');
		keys('Left', 'Enter');
		await waitFor((text) => text.includes('2+ sources · Esc clears'), 'the language removed');
		keys('d');
		await waitFor((text) => text.includes('Dates (2025-05, from..to):'), 'the date prompt');
		literal('2025-05-16');
		keys('Enter');
		const dated = await waitFor((text) => text.includes('2+ sources · dates 2025-05-16 · Esc removes dates'), 'the date range');
		assert.match(dated, / 1\/1( {2}|\s*$)/m);
		assert.match(dated, /Russia and Ukraine agreed/);
		keys('Escape');
		await waitFor((text) => text.includes('2+ sources · Esc clears'), 'the newest filter removed');
		keys('Escape');
		await waitFor((text) => text.includes('all events') && / \d+\/15( {2}|\s*$)/m.test(text), 'every event again');
		keys('L');
		await waitFor((text) => text.includes('language en · Esc clears'), 'the first language of the corpus');
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

/** The process id of the app, the child of the pane's shell. */
/** Waits until process `pid` has ended: what is typed before then is the app's to read, not the shell's. */
async function processEnded(pid: number, timeout = 15_000): Promise<void> {
	const deadline = Date.now() + timeout;
	for (;;) {
		try {
			process.kill(pid, 0);
		} catch {
			// ESRCH: it has ended.
			return;
		}
		if (Date.now() > deadline) throw new Error(`timed out waiting for process ${pid} to end`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

function appProcess(): number {
	const shell = tmux('display-message', '-p', '-t', 'e2e', '#{pane_pid}').trim();
	const node = execFileSync('ps', ['-o', 'pid=', '--ppid', shell], {encoding: 'utf8'}).trim().split(/\s+/)[0];
	assert.ok(node, 'the app process');
	return Number(node);
}

test('SIGTERM restores the terminal', {skip}, async () => {
	start();
	try {
		await waitFor((text) => text.includes('grouped by day'), 'the timeline');
		process.kill(appProcess(), 'SIGTERM');
		await expectRestored(143);
	} finally {
		stop();
	}
});

test('a kill no handler sees (SIGKILL, or an out-of-memory abort) still gives the terminal back: normal screen, no mouse, out of raw mode', {skip}, async () => {
	// After the app, the shell prints whether the terminal reads lines again (icanon) or is left raw (-icanon).
	start('', `; sleep 0.5; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon`);
	try {
		await waitFor((text) => text.includes('grouped by day'), 'the timeline');
		assert.equal(mouseReported(), true);
		process.kill(appProcess(), 'SIGKILL');
		const text = await waitFor((current) => current.includes('DATELINE-EXIT:'), 'the shell after the app');
		assert.match(text, /^icanon$/m, 'the terminal reads lines again');
		assert.equal(alternateScreenOn(), false);
		assert.equal(mouseReported(), false, "the mouse is the terminal's again");
	} finally {
		stop();
	}
});

test('the mouse: the wheel moves the selection and a click selects; --no-mouse leaves the mouse to the terminal', {skip}, async () => {
	start();
	try {
		const first = await waitFor((text) => text.includes('grouped by day'), 'the timeline');
		assert.equal(mouseReported(), true);
		// What a terminal sends for the wheel turned down over the list, twice.
		literal('\u001b[<65;10;5M\u001b[<65;10;5M');
		await waitFor((text) => / 3\/\d+ /.test(text), 'the third event');
		const row = first.split('\n').findIndex((line) => line.includes('Zelensky, who with'));
		literal(`\u001b[<0;30;${row + 1}M\u001b[<0;30;${row + 1}m`);
		await waitFor((text) => /^› .*Zelensky, who with/m.test(text), 'the clicked event selected');
		keys('q');
		await expectRestored(0);
	} finally {
		stop();
	}
	start('', '--no-mouse');
	try {
		await waitFor((text) => text.includes('grouped by day'), 'the timeline');
		assert.equal(mouseReported(), false);
		keys('q');
		await expectRestored(0);
	} finally {
		stop();
	}
});

test('at 120 columns a timeline row shows at least 70 characters of its title, the detail pane below', {skip}, async () => {
	start('', '', undefined, 120);
	try {
		const text = await waitFor((current) => current.includes('grouped by day'), 'the timeline');
		// A title longer than the line: cut, it shows as much as the row has room for.
		const row = text.split('\n').find((line) => line.includes('The Russian delegation was headed')) ?? '';
		const title = /^[›• ] +(.*?) +\d+ src /.exec(row)?.[1] ?? '';
		assert.ok(title.length >= 70, `"${title}" in "${row}"`);
		assert.ok(!text.includes('│'), 'the detail pane is below the timeline, not beside it');
		keys('q');
		await expectRestored(0);
	} finally {
		stop();
	}
});

test('o hands a url to the platform opener as one argument; when it fails, the status line shows the url to copy', {skip}, async () => {
	const url = 'https://example.org/talks?a=1&b=2;echo${IFS}x';
	const corpus = tempFolder({'talks.md': `---\ntitle: Talks\npublished: 2025-05-03\nlanguage: en\nurl: "${url}"\n---\nOn 3 May 2025 the delegations met in Geneva.\n`});
	// The opener the bundled \`open\` package finds on PATH: it records its arguments and fails, as one without a browser does.
	const bin = tempFolder({});
	writeFileSync(path.join(bin.root, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${path.join(bin.root, 'argv')}'\nexit 3\n`);
	chmodSync(path.join(bin.root, 'xdg-open'), 0o755);
	start(`BROWSER= PATH='${bin.root}':"$PATH"`, `'${corpus.root}'`);
	try {
		await waitFor((text) => text.includes('grouped by day'), 'the timeline');
		keys('o');
		await waitFor((text) => text.includes('xdg-open could not open it (exit status 3) · copy: https://example.org/talks'), 'the notice');
		assert.equal(readFileSync(path.join(bin.root, 'argv'), 'utf8'), `${url}\n`);
		keys('q');
		await expectRestored(0);
	} finally {
		stop();
		corpus.cleanup();
		bin.cleanup();
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

/** Starts the binary with a cache of its own, removed by the returned cleanup. */
function startIsolated(environment = '', program?: string): () => void {
	const cache = tempFolder({});
	start(`XDG_CACHE_HOME='${cache.root}' ${environment}`, '', program);
	return () => {
		stop();
		cache.cleanup();
	};
}

for (const [signal, status] of [['SIGQUIT', 131], ['SIGUSR2', 140], ['SIGALRM', 142]] as const) {
	test(`${signal} restores the terminal and exits with ${status}`, {skip}, async () => {
		const cleanup = startIsolated();
		try {
			await waitFor((text) => text.includes('grouped by day'), 'the timeline');
			process.kill(appProcess(), signal);
			await expectRestored(status);
		} finally {
			cleanup();
		}
	});
}

test('stopped (SIGTSTP) in a shell, the terminal goes back to it; after fg the app is back and takes keys', {skip}, async () => {
	const cache = tempFolder({});
	server = `dateline-e2e-${process.pid}-${++servers}`;
	// An interactive shell with job control, as the user has: it reports the stop and takes the
	// terminal back in line mode, and fg gives it to the app again.
	const shell = `cd '${root}' && exec env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color LANG=C.UTF-8 XDG_CACHE_HOME='${cache.root}' PS1='$ ' bash --norc --noprofile -i`;
	tmux('new-session', '-d', '-s', 'e2e', '-x', '100', '-y', '30', shell);
	try {
		await waitFor((text) => text.includes('$'), 'the prompt');
		literal(`echo BEFORE-DATELINE; node '${cli}'`);
		keys('Enter');
		await waitFor((text) => text.includes('grouped by day'), 'the timeline');
		process.kill(appProcess(), 'SIGTSTP');
		await waitFor((text) => /Stopped/.test(text) && !alternateScreenOn(), 'the shell reporting the stop');
		assert.equal(mouseReported(), false, 'the shell gets the mouse back');
		literal('fg');
		keys('Enter');
		await waitFor((text) => text.includes('grouped by day') && alternateScreenOn(), 'the timeline again');
		assert.equal(mouseReported(), true, 'the app has the mouse again');
		keys('j', 'j');
		await waitFor((text) => / 3\/\d+ /.test(text), 'the third event');
		const app = appProcess();
		keys('q');
		await waitFor((text) => !text.includes('grouped by day') && !alternateScreenOn(), 'the shell again');
		// The terminal is restored before the process has ended.
		await processEnded(app);
		// Quoted in two parts, so the command line as typed is not taken for its output.
		literal('echo "DATELINE-""EXIT:$?"');
		keys('Enter');
		await expectRestored(0);
	} finally {
		stop();
		cache.cleanup();
	}
});

test('an error nothing catches restores the terminal first, then shows the error on it', {skip}, async () => {
	const cleanup = startIsolated('', `node --import tsx '${fileURLToPath(new URL('helpers/failing-interface.tsx', import.meta.url))}'`);
	try {
		// Compiled as it starts: slower than the built binary.
		await waitFor((text) => text.includes('grouped by day'), 'the timeline', 60_000);
		process.kill(appProcess(), 'SIGURG');
		await expectRestored(1);
		assert.match(screen(), /dateline: internal error: Error: thrown where nothing catches it/);
	} finally {
		cleanup();
	}
});

/** An article file as a user writes one: front matter, then one dated sentence. */
function articleFile(title: string, published: string, sentence: string): string {
	return `---\ntitle: "${title}"\npublished: ${published}\nlanguage: en\n---\n${sentence}\n`;
}

test('--watch: an article written into the corpus while the app runs appears in the timeline', {skip}, async () => {
	const corpus = tempFolder({'one.md': articleFile('Talks begin in Geneva', '2025-05-03', 'On 3 May 2025 the delegations met in Geneva for the first round of talks.')});
	const cache = tempFolder({});
	start(`XDG_CACHE_HOME='${cache.root}'`, `--watch '${corpus.root}'`);
	try {
		await waitFor((text) => text.includes('grouped by day'), 'the timeline');
		assert.doesNotMatch(screen(), /Vienna/);
		writeFileSync(path.join(corpus.root, 'two.md'), articleFile('Ceasefire signed in Vienna', '2025-06-10', 'On 9 June 2025 both sides signed a ceasefire agreement in Vienna.'));
		const text = await waitFor((current) => current.includes('signed a ceasefire agreement in Vienna'), 'the new event');
		assert.match(text, /dateline · 2 articles · 2 events .*\+1 article · grouped by day/);
		assert.match(text, /^› .*Geneva/m, 'the selected event stays selected');
		// From the second change on, only the changed files are read and the merge starts from the last.
		keys('j', 'k');
		writeFileSync(path.join(corpus.root, 'three.md'), articleFile('Talks resume in Geneva', '2025-05-04', 'On 3 May 2025 the delegations met in Geneva for the first round of talks.'));
		const merged = await waitFor((current) => /3 articles · 2 events .*\+1 article/.test(current), 'the third article merged into the Geneva event');
		assert.match(merged, /^› .*Geneva.* 2 /m, 'the Geneva event now has two sources');
		rmSync(path.join(corpus.root, 'two.md'));
		const removed = await waitFor((current) => /2 articles · 1 event .*−1 article/.test(current), 'the Vienna event gone');
		assert.doesNotMatch(removed, /Vienna/);
		keys('q');
		await expectRestored(0);
	} finally {
		stop();
		corpus.cleanup();
		cache.cleanup();
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

test('curate and restart: R renames and p pins an event; the next start, cut to one key event, still shows it renamed', {skip}, async () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'dateline-e2e-rename-'));
	const file = path.join(folder, 'curation.yaml');
	const run = (args = '') => start(`XDG_CACHE_HOME='${folder}/cache'`, `--curation '${file}' ${args}`);
	try {
		run();
		await waitFor((text) => text.includes('grouped by day'), 'the timeline');
		keys('G', 'R');
		await waitFor((text) => /^Title: /m.test(text), 'the title prompt');
		literal('Renamed in the terminal');
		keys('Enter');
		await waitFor((text) => text.includes('renamed') && text.includes('› ') && /› .*Renamed in the terminal/.test(text), 'the new title');
		keys('p');
		await waitFor((text) => text.includes('pinned'), 'the pinned notice');
		keys('q');
		await expectRestored(0);
		stop();
		assert.match(readFileSync(file, 'utf8'), /action: rename\n\s+title: Renamed in the terminal\n/);

		// One key event, and the pinned one: pins always show.
		run('--key-events 1');
		const text = await waitFor((current) => / 1\/2 +Enter sources/.test(current), 'two events');
		assert.match(text, /Renamed in the terminal/);
		keys('q');
		await expectRestored(0);
	} finally {
		stop();
		rmSync(folder, {recursive: true, force: true});
	}
});

test('a start from the cache shows the timeline before it checks the files; a file added since shows once checked', {skip}, async () => {
	const corpus = tempFolder(largeCorpus(170));
	const cache = tempFolder({});
	const run = () => start(`XDG_CACHE_HOME='${cache.root}'`, `'${corpus.root}'`);
	const checked = async () => waitFor((text) => text.includes('grouped by day') && !text.includes('checking') && !text.includes('reading the corpus again'), 'the timeline, checked');
	try {
		// Indexed, then read from the cache, which writes the start file.
		for (const time of ['first', 'second']) {
			run();
			assert.match(await checked(), /dateline · 170 articles/, `${time} start`);
			keys('q');
			await expectRestored(0);
			stop();
		}
		run();
		const unchanged = await checked();
		assert.match(unchanged, /dateline · 170 articles · \d+ events +grouped by day/, 'nothing changed: nothing said');
		assert.match(unchanged, /key events \(50 of \d+\)/);
		keys('q');
		await expectRestored(0);
		stop();

		writeFileSync(path.join(corpus.root, 'new.md'), articleFile('Ceasefire signed in Vienna', '2025-06-10', 'On 9 June 2025 both sides signed a ceasefire agreement in Vienna.'));
		run();
		assert.match(await waitFor((text) => text.includes('171 articles'), 'the added article, once the files are checked'), /\+1 article · grouped by day/);
		keys('q');
		await expectRestored(0);
	} finally {
		stop();
		corpus.cleanup();
		cache.cleanup();
	}
});
