import {CORE_SCHEMA, load} from 'js-yaml';

/** More values than any front matter or alias file holds; a "billion laughs" document holds far more. */
const maxExpandedValues = 10_000;

/**
 * Whether a parsed document holds more than `limit` values with every alias written out.
 * js-yaml shares one object for all uses of an anchor, so parsing such a document is cheap;
 * whatever later walks it (a check of the fields, JSON) would take exponential time.
 */
function expandsBeyond(value: unknown, limit: number): boolean {
	const pending = [value];
	let count = 0;
	while (pending.length > 0) {
		const next = pending.pop();
		if (++count > limit) return true;
		// One by one: spreading a list of many thousand values into push() would overflow the stack.
		if (next !== null && typeof next === 'object') for (const child of Object.values(next)) pending.push(child);
	}
	return false;
}

/**
 * A YAML document as plain values. The core schema keeps dates as the text written (js-yaml's
 * default schema makes them instants in UTC) and has no merge keys; a document of more values
 * than any front matter holds, counted with its aliases written out, is refused.
 */
export function parseYaml(source: string): unknown {
	return parseYamlWithLines(source).value;
}

/** `parseYaml`, and the line (from 1) where each parsed mapping or list begins, to name it in an error. */
export function parseYamlWithLines(source: string): {value: unknown; lineOf: (node: object) => number | undefined} {
	const lines = new WeakMap<object, number>();
	const opened: number[] = [];
	const value = load(source, {
		schema: CORE_SCHEMA,
		listener(this: unknown, kind: 'open' | 'close', state: {line: number; result: unknown}) {
			if (kind === 'open') opened.push(state.line + 1);
			else {
				const line = opened.pop();
				if (line !== undefined && state.result !== null && typeof state.result === 'object') lines.set(state.result, line);
			}
		},
	});
	if (expandsBeyond(value, maxExpandedValues)) throw new Error(`more than ${maxExpandedValues.toLocaleString('en')} values once aliases are written out`);
	return {value, lineOf: (node) => lines.get(node)};
}
