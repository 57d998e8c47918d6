// string-width and slice-ansi make their expressions with Unicode properties as their modules load
// (string-width's emoji sequences read ICU's data for every emoji): in the bundle each is made when
// first used (source/ui/reg-exp-at-first-use.ts). Only uses that class serves are rewritten.
import {fileURLToPath, URL} from 'node:url';

const propertyExpression = /^const (\w+) = \/((?:[^/\\\n]|\\.)*\\p\{(?:[^/\\\n]|\\.)*)\/([a-z]*);$/gm;

/** `code` of module `file` with its expressions with Unicode properties made at first use by the class exported from `helper` (a path); throws when a use is not one the class serves. */
export function regExpsAtFirstUse(code, file, helper = fileURLToPath(new URL('../dist/ui/reg-exp-at-first-use.js', import.meta.url))) {
	const names = [];
	const rewritten = code.replace(propertyExpression, (_, name, pattern, flags) => {
		names.push(name);
		return `const ${name} = new RegExpAtFirstUse(${JSON.stringify(pattern)}, ${JSON.stringify(flags)});`;
	});
	if (names.length === 0) throw new Error(`${file} no longer makes expressions with Unicode properties as this build expects`);
	for (const name of names) {
		const uses = rewritten.match(new RegExp(`\\b${name}\\b`, 'g')).length - 1;
		const served = rewritten.match(new RegExp(`\\b${name}\\.test\\(|\\.(?:search|match)\\(${name}\\)`, 'g'))?.length ?? 0;
		if (uses !== served) throw new Error(`${file} uses ${name} beyond test, search and match: source/ui/reg-exp-at-first-use.ts does not serve it`);
	}
	return `import {RegExpAtFirstUse} from ${JSON.stringify(helper)};\n${rewritten}`;
}
