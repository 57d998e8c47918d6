/**
 * The export formats by their names on the command line, apart from their writers (formats.ts):
 * a run that exports nothing checks its options without loading them.
 */
export const exportFormatNames = ['timelinejs', 'markdown', 'csv', 'ics', 'json', 'tsv'] as const;

export type ExportFormatName = (typeof exportFormatNames)[number];

export const isExportFormat = (name: string): name is ExportFormatName => (exportFormatNames as readonly string[]).includes(name);
