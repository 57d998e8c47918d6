/**
 * `x`: the timeline as the user sees it (filter and zoom) written to files in a folder, in the
 * four publishing formats, and a one-line notice of where.
 */
import path from 'node:path';
import process from 'node:process';
import {exportView} from '../core/export/view.js';
import {ExportTargetError, writeExportFile} from '../core/export/write-file.js';
import type {Precision, TimelineModel} from '../core/model.js';

/** Writes the view of `model` with the interface's filter and zoom; gives the notice for the status line. */
export type TimelineExporter = (model: TimelineModel, shown: {filter: string | null; zoom: Precision}) => string | Promise<string>;

const baseName = 'dateline-timeline';
const formats = ['timelinejs', 'markdown', 'csv', 'ics'] as const;

/** An exporter into `folder` that refuses what `writeExportFile` refuses for a timeline read from `corpusPaths`. */
export function exportTimelineTo(folder: string, corpusPaths: readonly string[]): TimelineExporter {
	return async (model, {filter, zoom}) => {
		// The writers (ical.js and csv-stringify among them) are loaded at the first export, not at every start.
		const {exportFormats} = await import('../core/export/formats.js');
		const view = exportView(model, {filter, zoom});
		const written: string[] = [];
		const refused: string[] = [];
		let reason = '';
		for (const format of formats) {
			const {extension, write} = exportFormats[format];
			try {
				writeExportFile(path.join(folder, baseName + extension), write(view, {bom: false}), corpusPaths);
				written.push(extension.slice(1));
			} catch (error) {
				if (!(error instanceof ExportTargetError)) throw error;
				refused.push(extension);
				reason ||= error.reason;
			}
		}
		// The status line has half the terminal's width for it: where first, then what was refused.
		const where = path.join(folder === process.cwd() ? '.' : folder, baseName);
		const done = refused.length === 0 ? `exported to ${where}.*` : written.length > 0 ? `exported to ${where}.{${written.join(',')}}` : 'exported nothing';
		return refused.length > 0 ? `${done}; ${refused.join(' ')} refused: ${reason}` : done;
	};
}
