/** How marks and tones look, with and without colour. Without colour, bold, underline and inverse carry the meaning. */
import type {TextProps} from 'ink';
import type {Tone} from './content.js';
import type {MarkKind} from './text-layout.js';

type Style = Pick<TextProps, 'color' | 'bold' | 'underline' | 'inverse' | 'dimColor'>;

const colored: Record<MarkKind, Style> = {
	current: {inverse: true},
	match: {color: 'yellow', bold: true, underline: true},
	date: {color: 'cyan', bold: true},
	person: {color: 'yellow'},
	place: {color: 'green'},
	organization: {color: 'magenta'},
	product: {color: 'blue'},
	sentence: {bold: true},
};

const monochrome: Record<MarkKind, Style> = {
	current: {inverse: true},
	match: {underline: true},
	date: {underline: true},
	person: {bold: true},
	place: {bold: true},
	organization: {bold: true},
	product: {bold: true},
	sentence: {},
};

export function markStyle(kinds: readonly MarkKind[], color: boolean): Style {
	const table = color ? colored : monochrome;
	// The most important mark decides; a sentence mark adds bold under a date or name.
	return Object.assign({}, ...[...kinds].reverse().map((kind) => table[kind])) as Style;
}

export function toneStyle(tone: Tone, color: boolean): Style {
	switch (tone) {
		case 'heading':
			return {bold: true};
		case 'source':
			return color ? {color: 'blue', bold: true} : {bold: true};
		case 'dim':
			return {dimColor: true};
		default:
			return {};
	}
}
