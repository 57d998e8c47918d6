/**
 * The bundle's ansi-tokenize shares styles between characters and compares them before joining
 * (scripts/styles-shared.mjs): a row Ink draws with it is the very text the package gives.
 */
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'node:test';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {styledCharsFromTokens, styledCharsToString, tokenize} from '@alcalzone/ansi-tokenize';
// @ts-expect-error -- the build script is JavaScript without declarations
import {stylesShared} from '../scripts/styles-shared.mjs';

type StyledChars = typeof styledCharsFromTokens;
type JoinChars = typeof styledCharsToString;

const original = fileURLToPath(new URL('styledChars.js', import.meta.resolve('@alcalzone/ansi-tokenize')));

/** The rewritten module, importing the package's own modules beside it. */
async function rewritten(): Promise<{styledCharsFromTokens: StyledChars; styledCharsToString: JoinChars}> {
	const folder = mkdtempSync(path.join(tmpdir(), 'dateline-styles-shared-'));
	try {
		const code = (stylesShared as (code: string, file: string) => string)(readFileSync(original, 'utf8'), original).replace(
			/from "\.\/([\w.-]+)"/g,
			(_, file: string) => `from ${JSON.stringify(pathToFileURL(path.join(path.dirname(original), file)).href)}`,
		);
		const file = path.join(folder, 'styledChars.mjs');
		writeFileSync(file, code);
		return (await import(pathToFileURL(file).href)) as {styledCharsFromTokens: StyledChars; styledCharsToString: JoinChars};
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}

const lines = [
	'plain text',
	'\u001b[1mbold\u001b[22m plain \u001b[2mdim\u001b[22m',
	'\u001b[31mred \u001b[1mbold red\u001b[22m red\u001b[39m end',
	'\u001b[44m\u001b[37m white on blue \u001b[7minverse\u001b[27m\u001b[39m\u001b[49m after',
	'\u001b[38;5;208morange\u001b[39m \u001b[38;2;10;20;30mrgb\u001b[39m\u001b[48;5;17m bg\u001b[49m',
	'\u001b[1m\u001b[31mx\u001b[0my\u001b[4mz',
	'\u001b[1m\u001b[2mboth\u001b[22m neither \u001b[2m\u001b[1mboth again',
	'日本\u001b[4m語\u001b[24m👍🏽 \u001b[32mgreen to the end',
	'\u001b[31m\u001b[32mgreen over red\u001b[39m',
];

test('a line tokenized, styled and joined again is the text ansi-tokenize gives', async () => {
	const shared = await rewritten();
	for (const line of lines) {
		assert.equal(shared.styledCharsToString(shared.styledCharsFromTokens(tokenize(line))), styledCharsToString(styledCharsFromTokens(tokenize(line))), JSON.stringify(line));
	}
});

test('a row as Ink makes one (lines written side by side, blank cells with styles of their own) joins as the package joins it', async () => {
	const shared = await rewritten();
	const blank = () => ({type: 'char' as const, value: ' ', fullWidth: false, styles: []});
	for (const [index, line] of lines.entries()) {
		const next = lines[(index + 1) % lines.length] as string;
		const row = (styled: StyledChars) => [...styled(tokenize(line)), blank(), blank(), ...styled(tokenize(next)), blank()];
		assert.equal(shared.styledCharsToString(row(shared.styledCharsFromTokens)), styledCharsToString(row(styledCharsFromTokens)), JSON.stringify([line, next]));
	}
});
