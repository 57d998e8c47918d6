/**
 * The help overlay laid out for a pane: the key table's sections flow into as many columns as
 * the width holds, a help text too long for its column wraps under itself, and what does not
 * fit in the rows is on further pages. No line is ever cut: a binding and its wrapped lines,
 * and a heading with its first binding, stay together in one column.
 */
import {textWidth} from './cell-width.js';
import {helpSections, keyTable} from './key-table.js';
import {wrapWords} from './text-layout.js';

export type HelpLine = {text: string; heading: boolean};

/** Lines for the columns in a pane `height` lines tall. */
export const helpRows = (height: number) => Math.max(1, height - 1);

export type HelpLayout = {
	columnWidth: number;
	/** Pages of columns of lines. */
	pages: HelpLine[][][];
};

/** Narrowest column: a key and a few words of help beside it. */
const minColumn = 36;
export const helpGap = 2;
const labelWidth = keyTable.reduce((widest, binding) => Math.max(widest, textWidth(binding.label)), 0);

/** The bindings as blocks of lines that stay together; a heading joins its section's first binding. */
function blocks(columnWidth: number): HelpLine[][] {
	const indent = ' '.repeat(2 + labelWidth + 1);
	const all: HelpLine[][] = [];
	for (const section of helpSections()) {
		section.bindings.forEach((binding, index) => {
			const [first = '', ...rest] = wrapWords(binding.help, columnWidth - indent.length);
			const block: HelpLine[] = index === 0 ? [{text: section.title, heading: true}] : [];
			block.push({text: `  ${binding.label}${' '.repeat(labelWidth - textWidth(binding.label))} ${first}`, heading: false});
			for (const line of rest) block.push({text: indent + line, heading: false});
			all.push(block);
		});
	}
	return all;
}

/** The help for a pane of `width` × `height`: its last line is the footer, the rest hold the columns. */
export function helpLayout(width: number, height: number): HelpLayout {
	const rows = helpRows(height);
	const columns = Math.max(1, Math.floor((width + helpGap) / (minColumn + helpGap)));
	const columnWidth = Math.floor((width - helpGap * (columns - 1)) / columns);
	const filled: HelpLine[][] = [[]];
	for (const block of blocks(columnWidth)) {
		let column = filled[filled.length - 1]!;
		if (column.length > 0 && column.length + block.length > rows) {
			column = [];
			filled.push(column);
		}
		for (const line of block) column.push(line);
	}
	const pages: HelpLine[][][] = [];
	for (let start = 0; start < filled.length; start += columns) pages.push(filled.slice(start, start + columns));
	return {columnWidth, pages};
}
