/**
 * The interface on the real terminal with an error nothing catches, thrown when the test sends
 * SIGURG (ignored by default, so nothing else answers it): what the user must get back is their
 * terminal and the error.
 */
import {runInterface} from '../../source/ui/run-interface.js';
import {storyModel} from './fixture.js';

process.on('SIGURG', () => {
	throw new Error('thrown where nothing catches it');
});
await runInterface(storyModel(), {color: false, reorderBidi: true, mouse: true, corpusPaths: [], reload: async () => storyModel()});
