/** `dateline export`: the timeline the options select, in an export format, to stdout or a file. */
import type {ExportFormatName} from './core/export/format-names.js';
import {exportView, type ExportGrouping} from './core/export/view.js';
import {writeExportFile} from './core/export/write-file.js';
import type {Precision, TimelineModel} from './core/model.js';

export type ExportRequest = {
	format: ExportFormatName;
	/** Written to stdout when absent. */
	output?: string;
	bom: boolean;
	zoom: Precision;
	grouping: ExportGrouping;
};

/** Writes the export of the timeline read from `corpusPaths`, filtered to the entity named `filter`; a refused or failed file write throws ExportTargetError. */
export async function writeExport(model: TimelineModel, corpusPaths: readonly string[], filter: string | null, request: ExportRequest): Promise<void> {
	// The writers (ical.js and csv-stringify among them) are loaded by the run that exports only.
	const {exportFormats} = await import('./core/export/formats.js');
	const view = exportView(model, {filter, zoom: request.zoom, grouping: request.grouping});
	const text = exportFormats[request.format].write(view, {bom: request.bom});
	if (request.output === undefined) process.stdout.write(text);
	else writeExportFile(request.output, text, corpusPaths);
}
