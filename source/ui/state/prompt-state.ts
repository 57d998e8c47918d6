/** The state of the prompt on the status line: a title (R) or a note (a) typed for an event, a date range (d) or an outlet (O) to filter by. */
import type {Action, CurateRequest} from '../navigation.js';
import {editPrompt, promptOf, typeInto, type PromptLine} from '../prompt-line.js';

export type CurationPrompt = {kind: 'rename' | 'note'; eventId: string; line: PromptLine};
export type FilterPrompt = {kind: 'dates' | 'outlet'; line: PromptLine};
export type OpenPrompt = CurationPrompt | FilterPrompt;

export const isCurationPrompt = (prompt: OpenPrompt): prompt is CurationPrompt => prompt.kind === 'rename' || prompt.kind === 'note';

/** The actions that edit the prompt's line: typing, and the search's editing keys. */
export type PromptAction = Extract<Action, {type: 'prompt-type' | 'search-edit'}>;

/** The prompt for an event, prefilled and selected as the search's last query is: typing replaces it, ← → edit it. */
export function openedPrompt(kind: CurationPrompt['kind'], eventId: string, text: string): CurationPrompt {
	return {kind, eventId, line: promptOf(text, true)};
}

export function reducePrompt<P extends OpenPrompt>(prompt: P, action: PromptAction): P {
	return {...prompt, line: action.type === 'prompt-type' ? typeInto(prompt.line, action.text) : editPrompt(prompt.line, action.edit)};
}

/** Enter: the curation step the prompt asks for, or what to say when there is none. */
export function promptStep(prompt: CurationPrompt): {request: CurateRequest} | {notice: string} {
	const text = prompt.line.text.trim();
	if (text === '') return {notice: `empty ${prompt.kind === 'rename' ? 'title' : 'note'}: nothing saved`};
	return {request: {action: prompt.kind, eventId: prompt.eventId, text}};
}
