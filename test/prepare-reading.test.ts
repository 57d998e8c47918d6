/**
 * A watched corpus loads what reading a file takes once the interface's first reload is done, so
 * that the first file added is read as fast as the next (live-corpus.ts). Its own file: the
 * language detector is loaded once per process.
 */
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {liveCorpus} from '../source/core/live-corpus.js';
import {detectLanguage} from '../source/core/language.js';
import {tempFolder} from './helpers/temp-folder.js';

const cacheHome = tempFolder({});
process.env.XDG_CACHE_HOME = cacheHome.root;
after(cacheHome.cleanup);

const detects = () => {
	try {
		return detectLanguage('The delegations met in Geneva for the first round of talks.') === 'en';
	} catch {
		// Not loaded yet: detectLanguage says so by throwing.
		return false;
	}
};

test("the language detector is loaded after an interface's reload, before any file needs it", async () => {
	const {root, cleanup} = tempFolder({'a.md': '---\ntitle: Talks\nlanguage: en\npublished: 2024-03-02\n---\nOn 1 March 2024 the talks began in Geneva.\n'});
	try {
		const live = liveCorpus([root], {cache: false});
		await live.load();
		assert.equal(detects(), false, 'a corpus whose articles name their language needs no detector to load');
		await live.update({shown: () => {}});
		for (let turn = 0; turn < 600 && !detects(); turn++) await delay(5);
		assert.equal(detects(), true);
	} finally {
		cleanup();
	}
});
