// Ink draws every row of a frame through @alcalzone/ansi-tokenize: each character of a line is
// copied with its own copy of the styles in force, and joining the characters again compares each
// one's styles with the one before it through four sets and three lists, though nearly every
// character has the styles of the one before. In the bundle (scripts/bundle-interface.mjs), a
// character is its token (made afresh by tokenize() for this call) given the styles, characters
// between two escape codes share one list of styles (a code replaces the list, never changes it),
// and a character whose styles are those of the one before adds no codes, which is what comparing
// them gave. Only the text this was written for is rewritten: the build stops at any other.
const copied = `            ret.push({
                ...token,
                styles: [...codes],
            });`;
const compared = `            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));`;

const sameStyles = `
/** Whether styles \`b\` after \`a\` need no codes: the same codes, in the same order. */
function sameStyles(a, b) {
    if (a === b) return true;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
        if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false;
    }
    return true;
}
`;

/** `code` of ansi-tokenize's styledChars.js (at `file`) with styles shared and compared first. */
export function stylesShared(code, file) {
	if (!code.includes(copied) || !code.includes(compared)) throw new Error(`${file} no longer copies and compares styles per character as this build expects`);
	return (
		code
			.replace(copied, '            token.styles = codes;\n            ret.push(token);')
			.replace(compared, `            if (!sameStyles(chars[i - 1].styles, char.styles)) {\n    ${compared}\n            }`) + sameStyles
	);
}
