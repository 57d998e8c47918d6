/** The export view as JSON: the shown events with full titles and their sources' outlet, date, url and language. */
import type {ExportView} from './view.js';

export function exportJson(view: ExportView): string {
	return `${JSON.stringify(view, null, '\t')}\n`;
}
