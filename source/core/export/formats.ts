/** Every export format by its name on the command line, with the file extension it is written with. */
import {csvTable} from './csv.js';
import {iCalendar} from './icalendar.js';
import {exportJson} from './json.js';
import {markdownBrief} from './markdown.js';
import {timelineJs} from './timelinejs.js';
import {tsvTable} from './tsv.js';
import type {ExportFormatName} from './format-names.js';
import type {ExportView} from './view.js';

export type ExportFormat = {extension: string; write: (view: ExportView, options: {bom: boolean}) => string};

export const exportFormats = {
	timelinejs: {extension: '.timeline.json', write: timelineJs},
	markdown: {extension: '.md', write: markdownBrief},
	csv: {extension: '.csv', write: (view, {bom}) => csvTable(view, {bom})},
	ics: {extension: '.ics', write: iCalendar},
	json: {extension: '.json', write: exportJson},
	tsv: {extension: '.tsv', write: tsvTable},
} satisfies Record<ExportFormatName, ExportFormat>;
