/**
 * A one-line prompt that edits as readline and fzf do: a caret, word and line deletion, and a
 * previous entry shown selected so that typing replaces it. Pure: the search reducer holds one.
 */
export type PromptLine = {
	text: string;
	/** The caret, in code points from the start. */
	caret: number;
	/** The whole text is selected: typing or deleting replaces it, moving the caret keeps it. */
	selected: boolean;
};

export type PromptEdit = 'left' | 'right' | 'home' | 'end' | 'backspace' | 'kill-line' | 'kill-word';

export function promptOf(text: string, selected = false): PromptLine {
	return {text, caret: [...text].length, selected: selected && text !== ''};
}

function join(chars: readonly string[], caret: number): PromptLine {
	return {text: chars.join(''), caret, selected: false};
}

/** Types `input` at the caret (replacing the text when it is selected). */
export function typeInto(prompt: PromptLine, input: string): PromptLine {
	const typed = [...input];
	if (prompt.selected) return join(typed, typed.length);
	const chars = [...prompt.text];
	return join(chars.slice(0, prompt.caret).concat(typed, chars.slice(prompt.caret)), prompt.caret + typed.length);
}

/** Where Ctrl-W deletes from: back over spaces, then back over the word before them. */
function wordStart(chars: readonly string[], caret: number): number {
	let start = caret;
	while (start > 0 && /\s/u.test(chars[start - 1]!)) start--;
	while (start > 0 && !/\s/u.test(chars[start - 1]!)) start--;
	return start;
}

export function editPrompt(prompt: PromptLine, edit: PromptEdit): PromptLine {
	const chars = [...prompt.text];
	if (prompt.selected && (edit === 'backspace' || edit === 'kill-line' || edit === 'kill-word')) return join([], 0);
	switch (edit) {
		case 'left':
			return {...prompt, caret: prompt.selected ? 0 : Math.max(0, prompt.caret - 1), selected: false};
		case 'right':
			return {...prompt, caret: Math.min(chars.length, prompt.caret + 1), selected: false};
		case 'home':
			return {...prompt, caret: 0, selected: false};
		case 'end':
			return {...prompt, caret: chars.length, selected: false};
		case 'backspace':
			if (prompt.caret === 0) return prompt;
			chars.splice(prompt.caret - 1, 1);
			return join(chars, prompt.caret - 1);
		case 'kill-line':
			return join(chars.slice(prompt.caret), 0);
		case 'kill-word': {
			const start = wordStart(chars, prompt.caret);
			chars.splice(start, prompt.caret - start);
			return join(chars, start);
		}
	}
}
