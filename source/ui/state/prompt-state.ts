/** The state of the curation prompt: a title (R) or a note (a) being typed for an event. */
import type {Action, CurateRequest} from '../navigation.js';
import {editPrompt, promptOf, typeInto, type PromptLine} from '../prompt-line.js';

export type CurationPrompt = {kind: 'rename' | 'note'; eventId: string; line: PromptLine};

/** The actions that edit the prompt's line: typing, and the search's editing keys. */
export type PromptAction = Extract<Action, {type: 'prompt-type' | 'search-edit'}>;

/** The prompt for an event, prefilled and selected as the search's last query is: typing replaces it, ← → edit it. */
export function openedPrompt(kind: CurationPrompt['kind'], eventId: string, text: string): CurationPrompt {
	return {kind, eventId, line: promptOf(text, true)};
}

export function reducePrompt(prompt: CurationPrompt, action: PromptAction): CurationPrompt {
	return {...prompt, line: action.type === 'prompt-type' ? typeInto(prompt.line, action.text) : editPrompt(prompt.line, action.edit)};
}

/** Enter: the curation step the prompt asks for, or what to say when there is none. */
export function promptStep(prompt: CurationPrompt): {request: CurateRequest} | {notice: string} {
	const text = prompt.line.text.trim();
	if (text === '') return {notice: `empty ${prompt.kind === 'rename' ? 'title' : 'note'}: nothing saved`};
	return {request: {action: prompt.kind, eventId: prompt.eventId, text}};
}
