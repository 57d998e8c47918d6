import {errorReason} from './error-reason.js';
import {parseYaml} from './yaml.js';

export type FrontMatterResult = {fields: Record<string, unknown>; body: string} | {reason: string};

/** `---` alone on a line (trailing spaces and a carriage return allowed): YAML front matter opens. */
const yamlOpening = /^---[ \t]*\r?$/;
/** `---` and a word (`---js`, `---toml`): front matter in another language. */
const otherOpening = /^---[ \t]*([^\s-][^\r]*?)[ \t]*\r?$/;
/** `---` or YAML's document end `...` alone on a line closes the front matter. */
const closing = /^(?:---|\.\.\.)[ \t]*\r?$/;
/** Names of YAML itself after the opening `---`. */
const yamlNames = new Set(['yaml', 'yml']);

/** The line that starts at `start` (without its `\n`) and where the next line starts. */
function lineAt(source: string, start: number): {line: string; next: number} {
	const end = source.indexOf('\n', start);
	return end === -1 ? {line: source.slice(start), next: source.length} : {line: source.slice(start, end), next: end + 1};
}

/**
 * Splits YAML front matter from the body; the body is returned exactly as written.
 * Front matter is YAML and nothing else: a library that reads other languages after the
 * opening `---` (gray-matter runs `---js` as JavaScript) would let an article run code.
 */
export function splitFrontMatter(source: string): FrontMatterResult {
	if (!source.startsWith('---')) return {fields: {}, body: source};
	const opening = lineAt(source, 0);
	if (!yamlOpening.test(opening.line)) {
		const language = otherOpening.exec(opening.line)?.[1];
		// `----` and longer are a Markdown rule, not front matter.
		if (language === undefined) return {fields: {}, body: source};
		if (!yamlNames.has(language.toLowerCase())) return {reason: `front matter in '${shortened(language)}' is not read: only YAML`};
	}
	for (let start = opening.next; start < source.length; ) {
		const {line, next} = lineAt(source, start);
		if (closing.test(line)) return parseFields(source.slice(opening.next, start), source.slice(next));
		start = next;
	}
	return {reason: "broken front matter: no closing '---' line"};
}

/** A language word as a reason shows it: the whole first line could be megabytes long. */
const shortened = (word: string) => (word.length > 20 ? `${word.slice(0, 20)}…` : word);

function parseFields(yaml: string, body: string): FrontMatterResult {
	let value: unknown;
	try {
		value = parseYaml(yaml);
	} catch (error) {
		return {reason: `broken front matter: ${errorReason(error)}`};
	}
	if (value === null || value === undefined) return {fields: {}, body};
	if (typeof value !== 'object' || Array.isArray(value)) return {reason: 'broken front matter: not a mapping of fields'};
	return {fields: value as Record<string, unknown>, body};
}
