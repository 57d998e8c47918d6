import {useInput} from 'ink';
import {charName, keyName} from './key-table.js';
import {parseMouse} from './mouse.js';
import type {Action} from './navigation.js';

/**
 * Hands every key to navigation, which resolves it through the key table against the newest
 * state; a mouse report goes to navigation as one, never as the keys it is spelled with.
 */
export function useKeyInput(dispatch: (action: Action) => void): void {
	useInput((input, key) => {
		const mouse = parseMouse(input);
		if (mouse) {
			dispatch({type: 'mouse', input: mouse});
			return;
		}
		const name = keyName(input, key);
		if (name === input && [...input].length > 1) {
			// ink passes characters that arrive together (fast typing, key repeat, a paste) as one
			// string: they are still separate keys.
			for (const char of input) {
				const {name: charKey, ctrl} = charName(char);
				dispatch({type: 'key', name: charKey, input: ctrl || charKey !== char ? '' : char, ctrl, meta: false});
			}
			return;
		}
		dispatch({type: 'key', name, input, ctrl: key.ctrl, meta: key.meta});
	});
}
