/** A curation file's text: what it says read into steps, and steps written as it. */
import {CORE_SCHEMA, dump, YAMLException} from 'js-yaml';
import type {DateValue, Precision} from '../model.js';
import {parseYamlWithLines} from '../yaml.js';
import type {Curation, CurationStep} from './curation.js';
import {DamagedCurationError} from './curation-file.js';

const header = `# dateline curation: hide, rename, pin, note, merge and split events of this corpus.
# Each step names its event by its date, its source articles and a hash of the sentence
# of its first mention, so it still applies when the corpus is indexed again.
# Steps that no longer match any event are reported, not dropped. Edit freely.
`;

type Located = (reason: string, node?: object) => never;

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const precisions = new Set<string>(['day', 'month', 'year']);
// A year written without quotes reads as a number.
const calendarText = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' && Number.isInteger(value) ? String(value) : undefined);

function dateOf(value: unknown, fail: Located, step: object): DateValue | null {
	if (value === null) return null;
	if (!isRecord(value)) return fail('"date" is neither null nor a mapping of start, end and precision', step);
	const start = calendarText(value.start);
	const end = value.end === null || value.end === undefined ? null : calendarText(value.end);
	const precision = value.precision;
	if (start === undefined || end === undefined || typeof precision !== 'string' || !precisions.has(precision)) {
		return fail('"date" needs a start, an end (or null) and a precision of day, month or year', value);
	}
	return {start, end, precision: precision as Precision};
}

const actions = new Set<string>(['hide', 'pin', 'rename', 'note', 'merge', 'split']);

function identityOf(value: Record<string, unknown>, fail: Located) {
	const {sources, sentence} = value;
	if (!Array.isArray(sources) || !sources.every((source) => typeof source === 'string')) return fail('"sources" is not a list of article ids', value);
	if (typeof sentence !== 'string') return fail('"sentence" is not the hash of a sentence', value);
	return {date: dateOf(value.date ?? null, fail, value), sources: [...(sources as string[])].sort(), sentence};
}

/** The text a step carries (a title, a note, an article id); never empty. */
function textOf(value: Record<string, unknown>, field: string, fail: Located): string {
	const text = value[field];
	if (typeof text !== 'string' || text.trim() === '') return fail(`a ${String(value.action)} step has no "${field}"`, value);
	return text;
}

function stepOf(value: unknown, fail: Located): CurationStep {
	if (!isRecord(value)) return fail('a step is not a mapping');
	const {action} = value;
	if (typeof action !== 'string' || !actions.has(action)) return fail('a step\'s "action" is not hide, pin, rename, note, merge or split', value);
	const event = identityOf(value, fail);
	switch (action) {
		case 'rename':
			return {action, event, title: textOf(value, 'title', fail)};
		case 'note':
			return {action, event, note: textOf(value, 'note', fail)};
		case 'split':
			return {action, event, source: textOf(value, 'source', fail)};
		case 'merge':
			if (!isRecord(value.with)) return fail('a merge step has no "with" event (date, sources and sentence)', value);
			return {action, event, with: identityOf(value.with, fail)};
		default:
			return {action: action as 'hide' | 'pin', event};
	}
}

/** A curation from the text of its file; throws DamagedCurationError naming the line at fault. */
export function parseCuration(source: string, file: string): Curation {
	let parsed;
	try {
		parsed = parseYamlWithLines(source);
	} catch (error) {
		if (error instanceof YAMLException) throw new DamagedCurationError(file, error.mark ? error.mark.line + 1 : undefined, error.reason);
		throw new DamagedCurationError(file, undefined, error instanceof Error ? error.message : String(error));
	}
	const {value, lineOf} = parsed;
	const fail: Located = (reason, node) => {
		throw new DamagedCurationError(file, node ? lineOf(node) : undefined, reason);
	};
	// An empty file is an empty curation.
	if (value === undefined || value === null) return {steps: []};
	if (!isRecord(value) || !Array.isArray(value.steps)) return fail('expected a mapping with a list of "steps"', isRecord(value) ? value : undefined);
	const steps = value.steps as unknown[];
	return {steps: steps.map((step) => stepOf(step, (reason, node) => fail(reason, node ?? (isRecord(step) ? step : steps))))};
}

/** The text of a curation file; parseCuration reads it back to the same curation. */
export function curationYaml(curation: Curation): string {
	const steps = curation.steps.map((step) => ({
		action: step.action,
		...(step.action === 'rename' ? {title: step.title} : {}),
		...(step.action === 'note' ? {note: step.note} : {}),
		...(step.action === 'split' ? {source: step.source} : {}),
		...step.event,
		...(step.action === 'merge' ? {with: step.with} : {}),
	}));
	// Flow style from the fourth level: a date and its sources on one line each.
	return header + dump({steps}, {schema: CORE_SCHEMA, flowLevel: 3, lineWidth: -1, noRefs: true});
}

