/**
 * The baseline: chrono-node alone, exactly as the datasets README measured it. The casual parser
 * of the document's language reads the whole text with the creation date at noon UTC as
 * reference (2011-02-16 where there is none) and `timezone: 0`.
 */
import * as chrono from 'chrono-node';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import type {EvalDocument, Precision, PredictedDate} from './scoring.js';

/** The chrono-node version installed; the datasets README measured 2.10.3. */
export const chronoVersion = (() => {
	let folder = path.dirname(createRequire(import.meta.url).resolve('chrono-node'));
	for (;;) {
		try {
			const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {name?: string; version?: string};
			if (manifest.name === 'chrono-node' && manifest.version) return manifest.version;
		} catch {
			// No package.json here: keep going up.
		}
		const parent = path.dirname(folder);
		if (parent === folder) return 'unknown';
		folder = parent;
	}
})();

export const defaultReference = '2011-02-16';

type Casual = {parse: (text: string, reference: {instant: Date; timezone: number}) => chrono.ParsedResult[]};

const parsers: Record<string, Casual> = {
	ar: chrono.ar.casual,
	de: chrono.de.casual,
	en: chrono.en.casual,
	es: chrono.es.casual,
	fi: chrono.fi.casual,
	fr: chrono.fr.casual,
	id: chrono.id.casual,
	it: chrono.it.casual,
	ja: chrono.ja.casual,
	nl: chrono.nl.casual,
	pt: chrono.pt.casual,
	ru: chrono.ru.casual,
	sv: chrono.sv.casual,
	uk: chrono.uk.casual,
	vi: chrono.vi.casual,
	zh: chrono.zh.casual,
};

/** The chrono parser for a language; languages chrono lacks fall back to English. */
export function chronoParserFor(language: string): Casual {
	return parsers[language] ?? chrono.en.casual;
}

function precisionOf(components: chrono.ParsedComponents): Precision {
	if (components.isCertain('day') || components.isCertain('weekday')) return 'day';
	if (components.isCertain('month')) return 'month';
	return 'year';
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function formatStart(components: chrono.ParsedComponents, precision: Precision): string {
	const year = pad(components.get('year') ?? 0, 4);
	if (precision === 'year') return year;
	const month = `${year}-${pad(components.get('month') ?? 1)}`;
	return precision === 'month' ? month : `${month}-${pad(components.get('day') ?? 1)}`;
}

export function chronoPredictions(document: EvalDocument): PredictedDate[] {
	const [year = 0, month = 1, day = 1] = (document.dct ?? defaultReference).split('-').map(Number);
	const instant = new Date(Date.UTC(year, month - 1, day, 12));
	return chronoParserFor(document.language)
		.parse(document.text, {instant, timezone: 0})
		.map((result) => {
			const precision = precisionOf(result.start);
			return {
				start: result.index,
				end: result.index + result.text.length,
				text: result.text,
				value: {start: formatStart(result.start, precision), precision},
			};
		});
}
