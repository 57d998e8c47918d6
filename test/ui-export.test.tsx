/** `x` in the interface writes the shown timeline (filter and zoom) to files, never as articles into the corpus. */
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import ICAL from 'ical.js';
// The exporter loads the writers at the first export: loaded here, so that the key's export does
// not wait on tsx transforming them, which can take more turns than waitFor waits on a busy machine.
import '../source/core/export/formats.js';
import {exportTimelineTo} from '../source/ui/export-timeline.js';
import {storyModel} from './helpers/fixture.js';
import {drive, keys} from './helpers/ink.js';
import {tempFolder} from './helpers/temp-folder.js';

test('x writes the filtered, zoomed timeline in four formats to the folder and says where', async () => {
	const {root, cleanup} = tempFolder({});
	const driver = await drive(storyModel(), {width: 160, exporter: exportTimelineTo(root, [])});
	try {
		await driver.press('/');
		await driver.type('putin');
		await driver.waitFor((frame) => (frame.includes('found') && !frame.includes('reading the article text')));
		await driver.press(keys.enter);
		await driver.press('z');
		await driver.press('x');
		await driver.waitFor((frame) => frame.includes(`exported to ${path.join(root, 'dateline-timeline')}.*`), 'the notice');
		assert.deepEqual(readdirSync(root).sort(), ['dateline-timeline.csv', 'dateline-timeline.ics', 'dateline-timeline.md', 'dateline-timeline.timeline.json']);
		const read = (extension: string) => readFileSync(path.join(root, `dateline-timeline${extension}`), 'utf8');
		assert.deepEqual(
			read('.md').split('\n').filter((line) => line.startsWith('#')),
			['# Vladimir Putin', '## 2025-05', '## 2025-06'],
		);
		assert.equal((JSON.parse(read('.timeline.json')) as {events: unknown[]}).events.length, 2);
		assert.equal(read('.csv').split('\r\n').length, 4);
		assert.equal(new ICAL.Component(ICAL.parse(read('.ics'))).getAllSubcomponents('vevent').length, 2);
	} finally {
		driver.unmount();
		cleanup();
	}
});

test('x exports what the date, language, outlet and sources filters leave, as the timeline shows it', async () => {
	const exported: string[][] = [];
	const driver = await drive(storyModel(), {
		exporter: (model, shown) => {
			exported.push(model.events.map((event) => event.id));
			return `exported ${shown.filter ?? 'all'}`;
		},
	});
	try {
		await driver.press('L');
		await driver.press('s');
		await driver.press('x');
		await driver.waitFor((frame) => frame.includes('exported all'), 'the notice');
		assert.deepEqual(exported, [['e-talks', 'e-round2']], 'English, two sources or more');
	} finally {
		driver.unmount();
	}
});

test('the exporter of x, beside the articles, writes only what would not be read as an article, and says why', async () => {
	const {root, cleanup} = tempFolder({'a.md': 'On 16 May 2025 talks began.'});
	try {
		const notice = await exportTimelineTo(root, [root])(storyModel(), {filter: null, zoom: 'day'});
		assert.match(notice, /^exported to .*dateline-timeline\.\{csv,ics\}; \.timeline\.json \.md refused: a \.json file in the corpus folder /);
		assert.deepEqual(readdirSync(root).sort(), ['a.md', 'dateline-timeline.csv', 'dateline-timeline.ics']);
	} finally {
		cleanup();
	}
});
