/**
 * The timeline as CSV (RFC 4180: CRLF between rows, fields quoted where they hold a comma, quote
 * or line break), with a header row. A cell that starts with = + - @ (or a tab or carriage return)
 * gets a ' in front: spreadsheets run such a cell as a formula, and an article could otherwise
 * put one there.
 */
import {stringify} from 'csv-stringify/sync';
import {tableColumns, tableRows} from './table.js';
import type {ExportView} from './view.js';

const formulaStart = /^[=+\-@\t\r]/;

export function csvTable(view: ExportView, options: {bom?: boolean} = {}): string {
	const rows = tableRows(view).map((row) => row.map((cell) => (formulaStart.test(cell) ? `'${cell}` : cell)));
	return stringify([[...tableColumns], ...rows], {bom: options.bom ?? false, record_delimiter: 'windows'});
}
