/** White space that folding would change: a run, or a character other than a plain space. */
const unevenSpace = /\s\s|[^\S ]/;

/**
 * A text as one line: each run of white space one space, none at the ends. Most sentences have
 * single spaces only, and a global replace would copy them unchanged: those are not replaced.
 */
export function oneLine(text: string): string {
	return (unevenSpace.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}
