/** The timeline as a table, one row per event with every field whole: what the CSV and TSV exports write. */
import {sourceLabel} from './source-line.js';
import type {ExportView} from './view.js';

export const tableColumns = ['id', 'date', 'end', 'precision', 'title', 'people', 'places', 'sources', 'urls', 'languages', 'group', 'note'] as const;

// Several values in one cell (people, sources) are listed with this between them.
const listSeparator = '; ';

/** The rows of the table, header not included, in the order of `tableColumns`. */
export function tableRows(view: ExportView): string[][] {
	return view.events.map((event) => [
		event.id,
		event.date?.start ?? '',
		event.date?.end ?? '',
		event.date?.precision ?? '',
		event.title,
		event.people.join(listSeparator),
		event.places.join(listSeparator),
		event.sources.map(sourceLabel).join(listSeparator),
		// In the order of the sources, an empty place for one without; empty when none has one.
		event.sources.some((source) => source.url !== null) ? event.sources.map((source) => source.url ?? '').join(listSeparator) : '',
		[...new Set(event.sources.map((source) => source.language))].join(listSeparator),
		event.group ?? '',
		event.note ?? '',
	]);
}
