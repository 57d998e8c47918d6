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
type TextNode = {nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<TextNode>};

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
		for (let index = node.childNodes.length - 1; index >= 0; index--) stack.push(node.childNodes[index]!);
	}
	endParagraph();
	return paragraphs.join('\n\n');
}

/** An HTML fragment (a feed item's content, an API's body) as plain text. */
export function htmlText(html: string): string {
	const {document} = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	return nodeText(document.body as unknown as TextNode);
}
