/**
 * The line of a file, as stored, on which a sentence of its article starts: what a pager is
 * asked to open at. The article's text is cleaned (markup and front matter gone, entities
 * decoded), so the sentence is looked for by its first words, whatever space, line breaks,
 * quotes, escapes or tags come between them.
 */

/** Words of the sentence to look for: enough to tell it apart, few enough to survive markup. */
const leadWords = [8, 3];

/** Between two words: anything but letters and digits (space, quotes, escapes), and whole tags. */
const between = '(?:[^\\p{L}\\p{M}\\p{N}<]|<[^>]*>)+';

/** The 1-based line of `stored` where `sentence` starts, or null when its first words are not found there. */
export function storedLine(stored: string, sentence: string): number | null {
	const words = sentence.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
	for (const count of leadWords) {
		if (words.length === 0) break;
		const found = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${words.slice(0, count).join(between)}`, 'u').exec(stored);
		if (found) {
			let line = 1;
			for (let index = stored.indexOf('\n'); index !== -1 && index < found.index; index = stored.indexOf('\n', index + 1)) line++;
			return line;
		}
	}
	return null;
}
