import {useInput} from 'ink';
import {charName, keyName} from './key-table.js';
import type {Action} from './navigation.js';

/** Hands every key to navigation, which resolves it through the key table against the newest state. */
export function useKeyInput(dispatch: (action: Action) => void): void {
	useInput((input, key) => {
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
