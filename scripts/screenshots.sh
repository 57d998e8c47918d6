#!/usr/bin/env bash
# Screenshots of the real binary: runs `dateline` on the bundled corpus in a 100×30 tmux
# terminal, drives it with keys and writes media/<name>.txt (plain), .ansi (with colour) and
# .svg (drawn from the .ansi capture). Needs tmux and a build (npm run build).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/cli.js ] || npm run build
server="dateline-screenshots-$$"
tmux() { command tmux -L "$server" -f /dev/null -u "$@"; }
# An index cache of its own: the user's cache folder is neither read nor tidied.
cache_home="$(mktemp -d)"
trap 'tmux kill-server 2>/dev/null || true; rm -rf "$cache_home"' EXIT
mkdir -p media

# Waits until the screen shows a line matching the extended regular expression, for up to 10 s.
wait_for() {
	for _ in $(seq 100); do
		tmux capture-pane -p -t shot | grep -qE -- "$1" && return 0
		sleep 0.1
	done
	echo "screenshots: timed out waiting for '$1'" >&2
	tmux capture-pane -p -t shot >&2
	return 1
}

shoot() {
	tmux capture-pane -p -t shot > "media/$1.txt"
	tmux capture-pane -p -e -t shot > "media/$1.ansi"
	npx tsx scripts/ansi-to-svg.ts "media/$1.ansi" > "media/$1.svg"
	echo "media/$1.{txt,ansi,svg}"
}

tmux new-session -d -s shot -x 100 -y 30 "env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color LANG=C.UTF-8 XDG_CACHE_HOME='$cache_home' node dist/cli.js"
wait_for 'grouped by day'
tmux send-keys -t shot ']' ']' ']' ']' ']' ']'
wait_for '^› +Russia and Ukraine agreed'
shoot timeline

tmux send-keys -t shot '/'
tmux send-keys -t shot -l 'zensky'
wait_for '› person  Volodymyr Zelensky'
shoot search

tmux send-keys -t shot Enter
wait_for 'filter: Volodymyr Zelensky'
shoot filter

tmux send-keys -t shot G Enter
wait_for '› BBC Arabic'
tmux send-keys -t shot Enter
wait_for 'BBC Arabic · 2025-05-30 · ar'
tmux send-keys -t shot ']'
wait_for 'mark 1/'
shoot source-arabic

tmux send-keys -t shot '?'
wait_for 'dateline · keys'
shoot help

tmux send-keys -t shot q q q q
