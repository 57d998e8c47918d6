/**
 * The binary in a real pseudo-terminal, through util-linux `script`: time to the first frame
 * of the interface, and from a key to the first bytes the interface writes back.
 */
import {spawn, spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {sleep} from './stats.js';

const enterAlternateScreen = '\u001b[?1049h';
// CSI, OSC and two-byte escape sequences.
// eslint-disable-next-line no-control-regex -- matching terminal control sequences is the point
const escapes = /\u001b(?:\[[0-9;?<=>!]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;

export function ptyAvailable(): boolean {
	const result = spawnSync('script', ['--version'], {encoding: 'utf8'});
	return result.status === 0 && /util-linux/.test(result.stdout + result.stderr);
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

export type PtySession = {
	/** Milliseconds from spawn to the first printable text after the interface entered the alternate screen; null on timeout or exit. */
	firstFrame(timeoutMs: number): Promise<number | null>;
	/**
	 * Writes `key`; `first`: milliseconds to the first bytes written back; `settled`: to the output
	 * that matches `settleOn` (else the last bytes before `quietMs` of silence). Returns once the
	 * interface is quiet, so every key meets an idle interface. Null figures on timeout.
	 */
	press(key: string, options?: PressOptions): Promise<{first: number | null; settled: number | null}>;
	/** As `press`, for what `act` does instead of a key (a file written into a watched corpus). */
	after(act: () => void, options?: PressOptions): Promise<{first: number | null; settled: number | null}>;
	/** Waits until `check` passes on the text written so far (control sequences removed); false on timeout or exit. */
	until(check: (text: string) => boolean, timeoutMs: number): Promise<boolean>;
	close(): Promise<void>;
	exited(): boolean;
	/** Resident memory of the program under script(1), in bytes (Linux /proc); null where it cannot be read. */
	residentBytes(): number | null;
	/**
	 * Waits until the program under script(1) has used no CPU for `quietMs` (Linux /proc: what it
	 * does after its first frame, such as reading its whole model, is done); false on timeout or
	 * where its CPU time cannot be read.
	 */
	idle(quietMs: number, timeoutMs: number): Promise<boolean>;
	tail(): string;
};

type PressOptions = {quietMs?: number; timeoutMs?: number; settleOn?: RegExp};

/** The process id and `/proc/<pid>/stat` fields (after the command) of the first child of process `parent` (script(1) execs the program there). */
function childOf(parent: number): {pid: string; fields: string[]} | null {
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let stat: string;
		try {
			stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
		} catch {
			// Ended while listed.
			continue;
		}
		// Fields after the command's closing parenthesis: state, then the parent's pid.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (Number(fields[1]) === parent) return {pid: entry, fields};
	}
	return null;
}

/** VmRSS of the program under script(1), in bytes. */
function residentOfChild(parent: number): number | null {
	try {
		const child = childOf(parent);
		const kilobytes = child && /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
		return kilobytes ? Number(kilobytes) * 1024 : null;
	} catch (error) {
		process.stderr.write(`bench: resident memory not read: ${String(error)}\n`);
	}
	return null;
}

/** User and system CPU time of the program under script(1), in clock ticks (stat fields 14 and 15). */
function cpuTicksOfChild(parent: number): number | null {
	try {
		const child = childOf(parent);
		return child ? Number(child.fields[11]) + Number(child.fields[12]) : null;
	} catch (error) {
		process.stderr.write(`bench: CPU time not read: ${String(error)}\n`);
	}
	return null;
}

export function startPty(argv: string[], options: {env: NodeJS.ProcessEnv; cwd: string; columns: number; rows: number}): PtySession {
	const command = `stty cols ${options.columns} rows ${options.rows} 2>/dev/null; exec ${argv.map(quote).join(' ')}`;
	const env: NodeJS.ProcessEnv = {...options.env, TERM: 'xterm-256color'};
	// ink renders only the last frame when it believes it runs in CI.
	delete env.CI;
	delete env.CONTINUOUS_INTEGRATION;
	const started = performance.now();
	const child = spawn('script', ['-qfec', command, '/dev/null'], {cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe']});
	let output = '';
	/** Characters received in all, including those dropped from the front of `output`. */
	let written = 0;
	let chunks = 0;
	const chunkTimes: number[] = [];
	const firstDataAfter = (index: number) => chunkTimes[index] ?? lastDataAt;
	let lastDataAt = 0;
	let frameAt: number | null = null;
	let exited = false;
	let wake: (() => void) | null = null;
	child.stdout.setEncoding('utf8');
	child.stdout.on('data', (chunk: string) => {
		lastDataAt = performance.now();
		chunkTimes.push(lastDataAt);
		chunks++;
		written += chunk.length;
		output = (output + chunk).slice(-200_000);
		if (frameAt === null) {
			const at = output.lastIndexOf(enterAlternateScreen);
			if (at >= 0 && /\S/.test(output.slice(at + enterAlternateScreen.length).replace(escapes, ''))) frameAt = lastDataAt;
		}
		wake?.();
	});
	child.stderr.resume();
	child.on('exit', () => {
		exited = true;
		wake?.();
	});
	const until = async (done: () => boolean, timeoutMs: number): Promise<boolean> => {
		const deadline = performance.now() + timeoutMs;
		while (!done() && !exited && performance.now() < deadline) {
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, Math.max(1, Math.min(200, deadline - performance.now())));
				wake = () => {
					clearTimeout(timer);
					resolve();
				};
			});
			wake = null;
		}
		return done();
	};
	return {
		async firstFrame(timeoutMs) {
			await until(() => frameAt !== null, timeoutMs);
			return frameAt === null ? null : frameAt - started;
		},
		press(key, options) {
			return this.after(() => child.stdin.write(key), options);
		},
		async after(act, {quietMs = 60, timeoutMs = 5000, settleOn}: PressOptions = {}) {
			const before = chunks;
			const start = written;
			const sinceKey = () => output.slice(Math.max(0, output.length - (written - start))).replace(escapes, '');
			const t0 = performance.now();
			act();
			const answered = await until(() => chunks > before, timeoutMs);
			const first = answered ? firstDataAfter(before) - t0 : null;
			let settled: number | null = null;
			if (answered && settleOn) {
				const matched = await until(() => settleOn.test(sinceKey()), timeoutMs);
				settled = matched ? lastDataAt - t0 : null;
			}
			// Let the frame finish and ink's render throttle (33 ms) pass.
			for (;;) {
				await sleep(quietMs);
				if (performance.now() - lastDataAt >= quietMs) break;
			}
			if (answered && !settleOn) settled = lastDataAt - t0;
			return {first, settled};
		},
		async close() {
			if (!exited) child.stdin.write('\u0003');
			await until(() => exited, 3000);
			if (!exited) child.kill('SIGTERM');
			await until(() => exited, 2000);
			if (!exited) child.kill('SIGKILL');
		},
		until: (check, timeoutMs) => until(() => check(output.replace(escapes, '')), timeoutMs),
		exited: () => exited,
		residentBytes: () => (child.pid === undefined ? null : residentOfChild(child.pid)),
		async idle(quietMs, timeoutMs) {
			const deadline = performance.now() + timeoutMs;
			let ticks = child.pid === undefined ? null : cpuTicksOfChild(child.pid);
			let since = performance.now();
			while (ticks !== null && !exited && performance.now() < deadline) {
				await sleep(50);
				const now = cpuTicksOfChild(child.pid!);
				if (now !== ticks) {
					ticks = now;
					since = performance.now();
				} else if (performance.now() - since >= quietMs) return true;
			}
			return false;
		},
		tail: () => output.replace(escapes, '').slice(-500),
	};
}
