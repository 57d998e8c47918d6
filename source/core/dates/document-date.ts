// A note's line: "[33] Achcar, G. «…», Viento Sur, 21/11/2011, disponible en …".
const noteLine = /^[^\S\n]*\[\d{1,3}\]/u;
// A cited work, its title in quotation marks, then its source: «Title», Outlet, date / "Title" (interview), Outlet, date.
const citedBefore = /[»”"][^\S\n]*(?:\([^()\n]{0,30}\)[^\S\n]*)?,[^\S\n]*[^,;.«»“”"\n]{1,40},[^\S\n]*$/u;
// A work cited by its source and date, then its title: "Global Voices Online, 7 oct, 2011: Yemen: …" (the line opens with the source).
const sourceBefore = /^[^\S\n]*\p{Lu}[\p{L}\p{N} .'&-]{0,40},[^\S\n]*$/u;
const titleAfter = /^[^\S\n]*:/u;
// A photo's credit, its date in parentheses: "Imagen de Sam McGregor, copyright Demotix (22/09/2011)".
const creditBefore = /(?:©|copyright)[^()\n]{0,60}\([^\S\n]*$/iu;
// How far before a date its line's start, a citation or a credit is looked for: a long line is never scanned whole.
const lookBefore = 120;

/**
 * Whether the date from `index` to `end` of `text` dates a document rather than a happening: a
 * note's reference, a work cited by its title and source, a photo's credit. It says when the work
 * appeared or the photo was taken, which is no event of the story. It stays a date expression.
 */
export function datesDocument(text: string, index: number, end: number): boolean {
	const before = text.slice(Math.max(0, index - lookBefore), index);
	const lineStart = before.lastIndexOf('\n');
	const line = before.slice(lineStart + 1);
	const opensLine = lineStart >= 0 || index <= lookBefore;
	if (opensLine && (noteLine.test(line) || (sourceBefore.test(line) && titleAfter.test(text.slice(end, end + 4))))) return true;
	return citedBefore.test(line) || creditBefore.test(line);
}
