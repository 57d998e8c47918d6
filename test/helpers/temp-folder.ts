import {mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** A temporary folder filled with the given files (relative path → content); removed by the returned cleanup. */
export function tempFolder(files: Record<string, string | Uint8Array>): {root: string; cleanup: () => void} {
	const root = mkdtempSync(path.join(tmpdir(), 'dateline-test-'));
	for (const [name, content] of Object.entries(files)) {
		const file = path.join(root, name);
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileSync(file, content);
	}
	return {root, cleanup: () => rmSync(root, {recursive: true, force: true})};
}

/** Every file below a folder with its size and modification time: equal snapshots mean nothing was written. */
export function snapshot(root: string): string[] {
	const entries: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, {withFileTypes: true})) {
			const file = path.join(folder, entry.name);
			if (entry.isDirectory()) walk(file);
			else if (entry.isFile()) {
				const info = statSync(file);
				entries.push(`${path.relative(root, file)} ${info.size} ${info.mtimeMs}`);
			} else entries.push(`${path.relative(root, file)} (link)`);
		}
	};
	walk(root);
	return entries.sort();
}
