import {parseHTML} from 'linkedom';

/**
 * HTML as plain text with its paragraphs kept: a block (paragraph, heading, list item, table
 * row…) is a paragraph of its own, separated by a blank line; a `<br>` is a line break; other
 * white space collapses as a browser shows it. (`textContent` runs paragraphs together, and
 * sentences across them would then be one.)
 */

const blocks = new Set([
	'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
	'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
const hidden = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head']);

/** The minimal node shape walked: linkedom's and the DOM's nodes both have it. */
type TextNode = {nodeType: number; nodeName: string; textContent: string | null; firstChild: TextNode | null; nextSibling: TextNode | null};

const elementNode = 1;
const textNode = 3;

/** The text of a node and everything below it. */
export function nodeText(root: TextNode): string {
	const paragraphs: string[] = [];
	let current = '';
	const endParagraph = () => {
		const paragraph = current.replace(/[ \t\r\f]*\n[ \t\r\f]*/g, '\n').trim();
		if (paragraph) paragraphs.push(paragraph);
		current = '';
	};
	// An explicit stack: a page nested thousands of elements deep must not overflow the call stack.
	const stack: Array<TextNode | 'end'> = [root];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (node === 'end') {
			endParagraph();
			continue;
		}
		if (node.nodeType === textNode) {
			current += (node.textContent ?? '').replace(/[ \t\n\r\f\u00a0]+/g, (space) => (space.includes('\u00a0') ? '\u00a0' : ' '));
			continue;
		}
		if (node.nodeType !== elementNode && node !== root) continue;
		const name = node.nodeName.toLowerCase();
		if (hidden.has(name)) continue;
		if (name === 'br') {
			current = current.trimEnd() + '\n';
			continue;
		}
		const block = blocks.has(name);
		if (block) {
			endParagraph();
			stack.push('end');
		}
		// Siblings one after the other: linkedom builds a new `childNodes` list on every access.
		const children: TextNode[] = [];
		for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
		for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
	}
	endParagraph();
	return paragraphs.join('\n\n');
}

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Elements whose end tag may be left out: the next one closes them, so they do not nest by themselves.
const optionalEnd = new Set(['p', 'li', 'dt', 'dd', 'option', 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'rt', 'rp']);

/** The most elements deep a browser gives HTML. linkedom's parser takes time quadratic in the depth. */
export const maxHtmlDepth = 1000;

/**
 * Whether HTML nests elements deeper than maxHtmlDepth, counted in one pass over its tags
 * (what scripts and style sheets hold is not tags). An estimate a little above the DOM's.
 */
export function nestsTooDeep(html: string): boolean {
	let depth = 0;
	const tags = /<(script|style)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/gi;
	for (const match of html.matchAll(tags)) {
		const name = match[3]?.toLowerCase();
		if (name === undefined || voidElements.has(name) || optionalEnd.has(name) || match[4]) continue;
		if (match[2]) depth = Math.max(0, depth - 1);
		else if (++depth > maxHtmlDepth) return true;
	}
	return false;
}

/** An HTML fragment (a feed item's content, an API's body) as plain text. */
export function htmlText(html: string): string {
	// Nested too deep for the parser to finish in time: its text without the tags.
	if (nestsTooDeep(html)) return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
	const {document} = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	return nodeText(document.body as unknown as TextNode);
}
