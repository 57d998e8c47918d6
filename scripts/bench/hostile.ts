/**
 * Hostile corpora for `npm run bench`: the worst inputs issue 13 names (repeated month names,
 * weekdays, titles, capitalised words, digits, Arabic prefixes, a 10 MB article, hundreds of
 * thousands of tiny JSONL articles, a 10,000-word alias, a folder 1,500 levels deep). Each is one
 * folder the bench runs `dateline --json --no-cache` on, reporting time and peak memory.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

export type HostileCase = {name: string; root: string; articles: number; largestFileBytes: number};

const megabyte = 1024 * 1024;

/** `word ` repeated to about `bytes`, with a sentence end now and then where `sentences` is set. */
function repeated(word: string, bytes: number, sentences = false): string {
	const unit = `${word} `;
	const parts: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const piece = sentences && i % 40 === 39 ? `${word}. ` : unit;
		parts.push(piece);
		size += Buffer.byteLength(piece);
	}
	return parts.join('');
}

function capitalisedWords(bytes: number): string {
	const syllables = ['Ka', 'Ber', 'Lo', 'Mun', 'Sel', 'Dra', 'Vik', 'Tor', 'Ana', 'Quin'];
	const words: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const word = `${syllables[i % 10]}${syllables[(i * 7) % 10]!.toLowerCase()}${syllables[(i * 3) % 10]!.toLowerCase()}`;
		words.push(word);
		size += word.length + 1;
	}
	return words.join(' ');
}

function digits(bytes: number): string {
	const parts: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const piece = `${1900 + (i % 200)} ${i % 31} ${(i * 37) % 10_000} `;
		parts.push(piece);
		size += piece.length;
	}
	return parts.join('');
}

/** Lines that differ from each other, so no stretch of text repeats. */
function numberedLines(bytes: number): string {
	const parts: string[] = [];
	let size = 0;
	for (let i = 1; size < bytes; i++) {
		const line = `May ${i}\n`;
		parts.push(line);
		size += line.length;
	}
	return parts.join('');
}

function tinyJsonl(count: number): string {
	const lines: string[] = [];
	// Short enough that the file stays under dateline's 10 MB limit for one file.
	for (let i = 0; i < count; i++) lines.push(JSON.stringify({text: `${1 + (i % 28)} May 2025.`}));
	return `${lines.join('\n')}\n`;
}

function deepFolder(root: string, depth: number): void {
	let folder = root;
	for (let i = 0; i < depth; i++) folder = path.join(folder, 'd');
	mkdirSync(folder, {recursive: true});
	writeFileSync(path.join(folder, 'deep.md'), 'Talks began on 16 May 2025 in Istanbul.\n');
}

function aliasFile(words: number): string {
	return `- name: Long Alias\n  kind: organization\n  aliases: [${JSON.stringify(repeated('Word', words * 5).trim())}]\n`;
}

/** Writes every hostile case under a new folder in `parent`; `cleanup` removes them all. */
export function hostileCorpora(parent: string): {cases: HostileCase[]; cleanup: () => void} {
	const base = mkdtempSync(path.join(parent, 'dateline-hostile-'));
	const cases: HostileCase[] = [];
	const single = (name: string, fileName: string, content: string, articles = 1): void => {
		const root = path.join(base, name);
		mkdirSync(root);
		writeFileSync(path.join(root, fileName), content);
		cases.push({name, root, articles, largestFileBytes: Buffer.byteLength(content)});
	};
	single('1 MB of "May May …"', 'may.txt', repeated('May', megabyte));
	single('1 MB of "May. May. …"', 'may-dots.txt', repeated('May.', megabyte));
	single('1 MB of a month on every line', 'month-lines.txt', 'May\n'.repeat(megabyte / 4));
	single('1 MB of numbered lines ("May 1", "May 2", …)', 'numbered-lines.txt', numberedLines(megabyte));
	single('1 MB of dates ("on 12 May 2025 …")', 'dates.txt', repeated('on 12 May 2025', megabyte));
	single('1 MB of "Monday …"', 'monday.txt', repeated('Monday', megabyte));
	single('1 MB of "The The …"', 'the.txt', repeated('The', megabyte));
	single('1 MB of "President …" with sentence ends', 'president.txt', repeated('President', megabyte, true));
	single('1 MB of capitalised words', 'names.txt', capitalisedWords(megabyte));
	single('1 MB of years and numbers', 'digits.txt', digits(megabyte));
	single('1 MB of Arabic prefixed words', 'arabic.txt', repeated('والرئيس وبالقاهرة', megabyte));
	single('one 9.9 MB article', 'big.txt', repeated('Talks in Istanbul on 16 May 2025 ended without agreement', 9.9 * megabyte, true));
	single('353,000 tiny JSONL articles', 'tiny.jsonl', tinyJsonl(353_000), 353_000);
	const aliases = path.join(base, 'alias of 10,000 words');
	mkdirSync(aliases);
	writeFileSync(path.join(aliases, 'dateline-aliases.yaml'), aliasFile(10_000));
	writeFileSync(path.join(aliases, 'a.md'), 'Talks began on 16 May 2025 in Istanbul.\n');
	cases.push({name: 'alias of 10,000 words', root: aliases, articles: 1, largestFileBytes: 50_000});
	const deep = path.join(base, 'folder 1,500 levels deep');
	deepFolder(deep, 1500);
	cases.push({name: 'folder 1,500 levels deep', root: deep, articles: 1, largestFileBytes: 40});
	return {cases, cleanup: () => rmSync(base, {recursive: true, force: true})};
}
