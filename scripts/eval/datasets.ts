/** The evaluation sets: where they live, and reading them into `EvalDocument`s. */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {EvalDocument} from './scoring.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// A worktree outside the repository's folder names the sets' folder in DATELINE_DATASETS.
export const datasetsFolder = path.resolve(repoRoot, process.env.DATELINE_DATASETS ?? '../shared/datasets');
export const bundledGoldFile = path.join(repoRoot, 'scripts/eval/bundled-corpus.gold.jsonl');

export type EvalSet = {
	/** Short name for `--details`. */
	key: string;
	name: string;
	file: string;
	/** The set's language, for sets whose records carry none. */
	language?: string;
	/** Whether the set has entity annotations to score. */
	entities: boolean;
	target: {precision: number; valueRecall: number};
};

export const evalSets: EvalSet[] = [
	{
		key: 'meantime',
		name: 'meantime-en-dev',
		file: path.join(datasetsFolder, 'meantime-en-dev.jsonl'),
		language: 'en',
		entities: true,
		target: {precision: 0.95, valueRecall: 0.9},
	},
	{
		key: 'wikiwars',
		name: 'wikiwars-de',
		file: path.join(datasetsFolder, 'wikiwars-de.jsonl'),
		language: 'de',
		entities: false,
		target: {precision: 0.95, valueRecall: 0.85},
	},
	{
		key: 'bundled',
		name: 'bundled corpus',
		file: bundledGoldFile,
		entities: false,
		target: {precision: 0.95, valueRecall: 0.95},
	},
];

/** Reads a set; every record's timexes and entities are checked against its text. */
export function readSet(set: EvalSet): EvalDocument[] {
	const lines = readFileSync(set.file, 'utf8').split('\n').filter((line) => line.trim() !== '');
	return lines.map((line, index) => {
		const record = JSON.parse(line) as Omit<EvalDocument, 'language'> & {language?: string};
		const language = record.language ?? set.language;
		if (!language) throw new Error(`${set.file}:${index + 1}: no language`);
		const document: EvalDocument = {...record, language, dct: record.dct ?? null};
		const problems = checkOffsets(document);
		if (problems.length > 0) throw new Error(`${set.file}:${index + 1}: ${problems.join('; ')}`);
		return document;
	});
}

/** Every annotation whose `text` is not the text at its offsets. */
export function checkOffsets(document: EvalDocument): string[] {
	const spans = [...document.timexes, ...(document.entities ?? [])];
	return spans
		.filter((span) => document.text.slice(span.start, span.end) !== span.text)
		.map((span) => `${document.id} ${span.start}-${span.end}: "${span.text}" is "${document.text.slice(span.start, span.end)}" in the text`);
}

export const setExists = (set: EvalSet) => existsSync(set.file);
