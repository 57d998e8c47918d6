/**
 * The first Enter into a source, on a model taken from the cache: what it reads of the cache is
 * the lines of the sources it shows, never the corpus. A walk of the corpus-wide lists there
 * would read every file's line of the cache at the first Enter of a large corpus.
 */
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {loadTimeline} from '../source/core/timeline.js';
import {drive, keys, selectedEvent} from './helpers/ink.js';
import {largeCorpus} from './helpers/large-corpus.js';
import {tempFolder} from './helpers/temp-folder.js';

const cacheHome = mkdtempSync(path.join(tmpdir(), 'dateline-cache-'));
process.env.XDG_CACHE_HOME = cacheHome;
after(() => rmSync(cacheHome, {recursive: true, force: true}));

/** Whether a lazy field of `object` is still unread: it is a getter until first read. */
const unread = (object: object, field: string) => typeof Object.getOwnPropertyDescriptor(object, field)?.get === 'function';

test("Enter into an event's sources and into one of them reads only those sources' lines of the cache, and expands no corpus-wide list", async (t) => {
	const {root, cleanup} = tempFolder(largeCorpus(60));
	try {
		await loadTimeline([root]);
		const model = await loadTimeline([root]);
		assert.ok(unread(model, 'dates') && model.entities.length > 0 && model.entities.every((entity) => unread(entity, 'mentions')), 'a model from the cache, nothing expanded yet');
		const driver = await drive(model);
		// The selected event, by the round of the talks its title names.
		const round = /round (\d+)/.exec(selectedEvent(driver.frame()))?.[1];
		const event = model.events.find((candidate) => candidate.title.includes(`round ${round} `));
		assert.ok(event, 'the selected event');
		// A file's line of texts and dates is JSON: a parse of one is that line read.
		const parse = t.mock.method(JSON, 'parse');
		assert.match(await driver.press(keys.enter), /round \d+/);
		assert.match(await driver.press(keys.enter), /\] \[ marks/);
		// The events next to it are laid out while the user reads (use-prefetch.ts): their sources' lines may be read too.
		const place = model.events.indexOf(event);
		const shown = new Set(model.events.slice(Math.max(0, place - 1), place + 2).flatMap((near) => near.sources));
		const rounds = new Set(model.articles.filter((article) => shown.has(article.id)).map((article) => /round (\d+)/.exec(article.title)?.[1]));
		const read = parse.mock.calls.map((call) => String(call.arguments[0])).filter((text) => text.startsWith('{"texts":'));
		assert.ok(read.length <= shown.size, `${read.length} lines read for ${shown.size} sources of the event and those next to it`);
		for (const line of read) assert.ok(rounds.has(/round (\d+) of the talks/.exec(line)?.[1]), `a line of a source of the event or of one next to it: ${line.slice(0, 80)}`);
		assert.ok(unread(model, 'dates'), "the corpus's dates are not listed");
		assert.ok(
			model.entities.every((entity) => unread(entity, 'mentions')),
			"no entity's mentions are expanded",
		);
		driver.unmount();
	} finally {
		cleanup();
	}
});
