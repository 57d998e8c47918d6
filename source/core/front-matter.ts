import matter from 'gray-matter';
import {errorReason} from './error-reason.js';
import {parseYaml} from './yaml.js';

export type FrontMatterResult = {fields: Record<string, unknown>; body: string} | {reason: string};

// dateline's YAML reading instead of gray-matter's default (js-yaml 3 with its default schema):
// dates as written, no time-zone shift, and no unbounded alias expansion ("billion laughs").
const yamlEngine = (source: string): object => {
	const value = parseYaml(source);
	if (value === null || value === undefined) return {};
	if (typeof value !== 'object' || Array.isArray(value)) throw new Error('front matter is not a mapping of fields');
	return value;
};

// Passing options also keeps gray-matter from caching every input it sees (matter.cache).
const matterOptions = {engines: {yaml: yamlEngine}};

/**
 * The start of the source up to the closing `---` and the line break after it, or all of it.
 * gray-matter uses its whole input as a property name (the cache lookup), which makes V8 hash and
 * internalize it, and copies it into a Buffer; given only this head, it parses the same front
 * matter and returns the start of the body, which the rest of the source completes.
 */
function frontMatterHead(source: string): string {
	const close = source.indexOf('\n---', 3);
	return close === -1 ? source : source.slice(0, close + '\n---\r\n'.length);
}

/** Splits YAML front matter from the body; the body is returned exactly as written. */
export function splitFrontMatter(source: string): FrontMatterResult {
	if (!source.startsWith('---')) return {fields: {}, body: source};
	try {
		const head = frontMatterHead(source);
		const parsed = matter(head, matterOptions);
		return {fields: parsed.data, body: parsed.content + source.slice(head.length)};
	} catch (error) {
		const message = errorReason(error);
		return {reason: `broken front matter: ${message}`};
	}
}
