/** The timeline as tab-separated values for scripts: a header row, then one event a line with every field whole. */
import {tableColumns, tableRows} from './table.js';
import type {ExportView} from './view.js';

/** Titles and names are one line already; a tab inside a field would shift the columns after it. */
const oneField = (cell: string) => cell.replace(/[\t\r\n]/g, ' ');

export function tsvTable(view: ExportView): string {
	return [[...tableColumns], ...tableRows(view)].map((row) => `${row.map(oneField).join('\t')}\n`).join('');
}
