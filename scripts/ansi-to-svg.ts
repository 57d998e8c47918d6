/**
 * Turns a `tmux capture-pane -e` capture (text with SGR colour codes) into an SVG picture of the
 * terminal. Usage: tsx scripts/ansi-to-svg.ts capture.ansi > capture.svg
 */
import {readFileSync} from 'node:fs';

type Style = {fg: string; bg: string; bold: boolean; underline: boolean; inverse: boolean; dim: boolean};

const palette = ['#1e1e1e', '#cd3131', '#0dbc79', '#e5e510', '#2472c8', '#bc3fbc', '#11a8cd', '#e5e5e5', '#666666', '#f14c4c', '#23d18b', '#f5f543', '#3b8eea', '#d670d6', '#29b8db', '#ffffff'];
const foreground = '#d4d4d4';
const background = '#1e1e1e';
const cell = {width: 8.4, height: 17};

function color256(index: number): string {
	if (index < 16) return palette[index] ?? foreground;
	if (index >= 232) {
		const level = 8 + (index - 232) * 10;
		return `rgb(${level},${level},${level})`;
	}
	const value = index - 16;
	const step = (n: number) => (n === 0 ? 0 : 55 + n * 40);
	return `rgb(${step(Math.floor(value / 36))},${step(Math.floor(value / 6) % 6)},${step(value % 6)})`;
}

function applySgr(style: Style, codes: number[]): Style {
	const next = {...style};
	for (let index = 0; index < codes.length; index++) {
		const code = codes[index] ?? 0;
		if (code === 0) Object.assign(next, {fg: foreground, bg: background, bold: false, underline: false, inverse: false, dim: false});
		else if (code === 1) next.bold = true;
		else if (code === 2) next.dim = true;
		else if (code === 4) next.underline = true;
		else if (code === 7) next.inverse = true;
		else if (code === 22) Object.assign(next, {bold: false, dim: false});
		else if (code === 24) next.underline = false;
		else if (code === 27) next.inverse = false;
		else if (code >= 30 && code <= 37) next.fg = palette[code - 30] ?? foreground;
		else if (code >= 90 && code <= 97) next.fg = palette[code - 82] ?? foreground;
		else if (code >= 40 && code <= 47) next.bg = palette[code - 40] ?? background;
		else if (code === 39) next.fg = foreground;
		else if (code === 49) next.bg = background;
		else if ((code === 38 || code === 48) && codes[index + 1] === 5) {
			const value = color256(codes[index + 2] ?? 0);
			if (code === 38) next.fg = value;
			else next.bg = value;
			index += 2;
		}
	}
	return next;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const capture = readFileSync(process.argv[2] ?? 0, 'utf8').replace(/\n+$/, '');
const rows = capture.split('\n');
const columns = 100;
const parts: string[] = [];
let style: Style = {fg: foreground, bg: background, bold: false, underline: false, inverse: false, dim: false};
rows.forEach((row, y) => {
	let x = 0;
	/* eslint-disable-next-line no-control-regex -- splitting on the SGR sequences tmux writes */
	for (const token of row.split(/(\u001b\[[0-9;]*m)/)) {
		// eslint-disable-next-line no-control-regex -- one SGR sequence
		const sgr = /^\u001b\[([0-9;]*)m$/.exec(token);
		if (sgr) {
			style = applySgr(style, (sgr[1] || '0').split(';').map(Number));
			continue;
		}
		if (token === '') continue;
		const fg = style.inverse ? style.bg : style.fg;
		const bg = style.inverse ? style.fg : style.bg;
		const width = [...token].length;
		if (bg !== background) {
			parts.push(`<rect x="${(x * cell.width).toFixed(1)}" y="${y * cell.height}" width="${(width * cell.width).toFixed(1)}" height="${cell.height}" fill="${bg}"/>`);
		}
		const attributes = [`x="${(x * cell.width).toFixed(1)}"`, `y="${y * cell.height + 13}"`, `fill="${fg}"`];
		if (style.bold) attributes.push('font-weight="bold"');
		if (style.dim) attributes.push('opacity="0.6"');
		if (style.underline) attributes.push('text-decoration="underline"');
		// Each cell run is placed at its column; the terminal already put right-to-left text in display order.
		parts.push(`<text ${attributes.join(' ')} textLength="${(width * cell.width).toFixed(1)}" lengthAdjust="spacingAndGlyphs" unicode-bidi="bidi-override" direction="ltr" xml:space="preserve">${escapeXml(token)}</text>`);
		x += width;
	}
});
const width = Math.ceil(columns * cell.width);
const height = rows.length * cell.height;
process.stdout.write(
	`<svg xmlns="http://www.w3.org/2000/svg" width="${width + 16}" height="${height + 16}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14">\n` +
		`<rect width="100%" height="100%" rx="6" fill="${background}"/>\n<g transform="translate(8,8)">\n${parts.join('\n')}\n</g>\n</svg>\n`,
);
