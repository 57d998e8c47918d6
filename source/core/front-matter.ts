import matter from 'gray-matter';
import {parse as parseYaml} from 'yaml';

export type FrontMatterResult = {fields: Record<string, unknown>; body: string} | {reason: string};

// The `yaml` package instead of gray-matter's bundled js-yaml: it keeps dates as written
// (no time-zone shift) and refuses documents that expand aliases without bound ("billion laughs").
const yamlEngine = (source: string): object => {
	const value: unknown = parseYaml(source, {maxAliasCount: 100, prettyErrors: false});
	if (value === null || value === undefined) return {};
	if (typeof value !== 'object' || Array.isArray(value)) throw new Error('front matter is not a mapping of fields');
	return value;
};

/** Splits YAML front matter from the body; the body is returned exactly as written. */
export function splitFrontMatter(source: string): FrontMatterResult {
	if (!source.startsWith('---')) return {fields: {}, body: source};
	try {
		const parsed = matter(source, {engines: {yaml: yamlEngine}});
		return {fields: parsed.data, body: parsed.content};
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return {reason: `broken front matter: ${message}`};
	}
}
