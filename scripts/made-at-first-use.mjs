// string-width, slice-ansi and ansi-tokenize make their expressions with Unicode properties and their
// grapheme segmenters as their modules load: making string-width's emoji expression reads ICU's
// sets of every emoji sequence, and the first segmenter ICU's list of locales, for text the first
// frame never measures with them. In the bundle an expression is made when first used
// (source/ui/reg-exp-at-first-use.ts), and the segmenters are the interface's own, which
// segments no text whose characters stand alone (source/ui/graphemes.ts). Only uses those serve
// are rewritten: the build stops at any other.
import {fileURLToPath, URL} from 'node:url';

const propertyExpression = /^const (\w+) = \/((?:[^/\\\n]|\\.)*\\p\{(?:[^/\\\n]|\\.)*)\/([a-z]*);$/gm;
const graphemeSegmenter = /^const (\w+) = new Intl\.Segmenter\((?:|undefined, ?\{ ?granularity: ["']grapheme["'] ?\})\);$/gm;
const built = (file) => fileURLToPath(new URL(`../dist/ui/${file}`, import.meta.url));

// Lines of comment only: their words are no uses.
const commentLine = /^\s*(?:\/\/|\/?\*).*$/gm;

function checkUses(code, file, name, served, what) {
	const uses = code.replace(commentLine, '').match(new RegExp(`\\b${name}\\b`, 'g')).length - 1;
	if (uses !== (code.match(served)?.length ?? 0)) throw new Error(`${file} uses ${name} beyond ${what}`);
}

/**
 * `code` of module `file` with those expressions and segmenters made at first use, by the modules
 * at `helpers` (paths: the built ones unless given).
 */
export function madeAtFirstUse(code, file, helpers = {regExp: built('reg-exp-at-first-use.js'), graphemes: built('graphemes.js')}) {
	const expressions = [];
	const segmenters = [];
	const rewritten = code
		.replace(propertyExpression, (_, name, pattern, flags) => {
			expressions.push(name);
			return `const ${name} = new RegExpAtFirstUse(${JSON.stringify(pattern)}, ${JSON.stringify(flags)});`;
		})
		.replace(graphemeSegmenter, (_, name) => {
			segmenters.push(name);
			return `const ${name} = interfaceGraphemes;`;
		});
	if (expressions.length + segmenters.length === 0) throw new Error(`${file} no longer makes expressions with Unicode properties or grapheme segmenters as this build expects`);
	for (const name of expressions) {
		checkUses(rewritten, file, name, new RegExp(`\\b${name}\\.test\\(|\\.(?:search|match)\\(${name}\\)`, 'g'), 'test, search and match: source/ui/reg-exp-at-first-use.ts does not serve it');
	}
	for (const name of segmenters) checkUses(rewritten, file, name, new RegExp(`\\b${name}\\.segment\\(`, 'g'), 'segment()');
	const imports = [
		expressions.length > 0 ? `import {RegExpAtFirstUse} from ${JSON.stringify(helpers.regExp)};` : '',
		segmenters.length > 0 ? `import {graphemes as interfaceGraphemes} from ${JSON.stringify(helpers.graphemes)};` : '',
	];
	return `${imports.filter(Boolean).join('\n')}\n${rewritten}`;
}
