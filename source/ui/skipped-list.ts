/** The files skipped at the last load as the skipped screen (`!`) lists them: the path, then the reason indented. */
import type {Skipped} from '../core/model.js';
import {terminalLine} from '../core/terminal-text.js';

export type SkippedLine = {text: string; reason: boolean};

export function skippedLines(skipped: readonly Skipped[]): SkippedLine[] {
	return skipped.flatMap((entry) => [
		{text: terminalLine(entry.path), reason: false},
		{text: `  ${terminalLine(entry.reason)}`, reason: true},
	]);
}
