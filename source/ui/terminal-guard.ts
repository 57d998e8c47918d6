import {spawn} from 'node:child_process';

/**
 * The terminal given back even when this process cannot do it: killed (SIGKILL) or aborted out
 * of memory, where no JavaScript runs. A small shell waits on a pipe from this process, which the
 * system closes however the process ends; then it leaves the alternate screen, turns the mouse
 * off, shows the cursor and takes the terminal out of raw mode, as `reset` would. A process that
 * gives the terminal back itself stops the guard first. Nothing where there is no terminal or no
 * POSIX shell.
 */
export type TerminalGuard = {release(): void};

const unguarded: TerminalGuard = {release() {}};

// Signals a terminal sends to its foreground group are ignored: the guard outlives a Ctrl-C the app reads as a key.
const script = `trap '' INT QUIT TSTP TTIN TTOU; IFS= read -r _ ; exec </dev/tty >/dev/tty 2>/dev/null || exit 0; printf '%s' "$1"; stty sane`;

export function guardTerminal(restoreSequence: string): TerminalGuard {
	if (process.platform === 'win32' || !process.stdin.isTTY || !process.stdout.isTTY) return unguarded;
	let guard: ReturnType<typeof spawn>;
	try {
		guard = spawn('/bin/sh', ['-c', script, 'dateline-guard', restoreSequence], {stdio: ['pipe', 'ignore', 'ignore']});
	} catch {
		// No shell to start: the terminal is restored on every way out that runs JavaScript.
		return unguarded;
	}
	// Without a shell the guard only fails to start: the app goes on.
	guard.on('error', () => undefined);
	guard.unref();
	guard.stdin?.on('error', () => undefined);
	(guard.stdin as unknown as {unref?: () => void} | null)?.unref?.();
	return {
		release() {
			guard.kill('SIGKILL');
		},
	};
}
