/**
 * `o` hands a program nothing it could take for a command or an option, and a program that
 * cannot be started is a notice in the status line, not a crash.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Article} from '../source/core/model.js';
import {openArticle, type TerminalHandover} from '../source/ui/open-article.js';
import {tempFolder} from './helpers/temp-folder.js';

/** An executable script in `folder` that writes each of its arguments on a line of `folder/argv`. */
function recorder(folder: string, name: string): string {
	const program = path.join(folder, name);
	writeFileSync(program, `#!/bin/sh\nfor argument in "$@"; do printf '%s\\n' "$argument"; done > '${path.join(folder, 'argv')}'\n`);
	chmodSync(program, 0o755);
	return program;
}

function recorded(folder: string): string[] {
	return readFileSync(path.join(folder, 'argv'), 'utf8').split('\n').slice(0, -1);
}

function article(file: string, url: string | null = null): Article {
	return {id: 'a', path: file, title: 'A', text: 'Text.', language: 'en', published: null, outlet: null, url};
}

/** Runs `body` with the environment variables set, then puts them back. */
function withEnvironment<T>(values: Record<string, string>, body: () => T): T {
	const before = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
	Object.assign(process.env, values);
	try {
		return body();
	} finally {
		for (const [name, value] of Object.entries(before)) {
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
		}
	}
}

function handover(): TerminalHandover & {log: string[]} {
	const log: string[] = [];
	return {log, suspend: () => log.push('suspend'), resume: () => log.push('resume')};
}

for (const name of ['+!touch x.md', '-rf.md']) {
	test(`the pager gets "${name}" as one absolute path after --`, () => {
		const folder = tempFolder({[name]: 'Text.'});
		const previous = process.cwd();
		try {
			const pager = recorder(folder.root, 'pager');
			// The article's path is relative, as a folder given as "." makes it.
			process.chdir(folder.root);
			const terminal = handover();
			const notice = withEnvironment({PAGER: `${pager} -R`}, () => openArticle(article(name), terminal));
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

test('a PAGER of spaces is a notice, and the terminal is not handed over', () => {
	const terminal = handover();
	const notice = withEnvironment({PAGER: '   '}, () => openArticle(article('/tmp/a.md'), terminal));
	assert.match(notice, /PAGER names no program/);
	assert.deepEqual(terminal.log, []);
});

test('a url longer than the system allows is a notice, not a crash', () => {
	const folder = tempFolder({});
	try {
		// The system opener, whichever this platform uses, is the recorder found first on PATH.
		for (const name of ['xdg-open', 'open']) recorder(folder.root, name);
		const long = `https://example.org/${'a'.repeat(1 << 20)}`;
		const environment = {PATH: `${folder.root}${path.delimiter}${process.env['PATH'] ?? ''}`};
		const notice = withEnvironment(environment, () => openArticle(article('a.md', long), handover()));
		assert.match(notice, /^could not run (xdg-)?open: its argument is longer than the system allows$/);
	} finally {
		folder.cleanup();
	}
});
