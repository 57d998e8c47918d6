/**
 * Every key in the key table, pressed in the rendered app. The last test checks that no binding
 * is left without one here; a key shared by several screens is pressed on each of them in
 * ui-keys-screens.test.tsx.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {keyTable} from '../source/ui/key-table.js';
import type {Curation} from '../source/core/curation/curation.js';
import {largeModel, storyModel} from './helpers/fixture.js';
import {computePanes} from '../source/ui/panes.js';
import {drive, keys, lines, selectedEvent, type Driver, type DriverOptions} from './helpers/ink.js';
import {buildModel, day} from './helpers/fixture.js';

type KeyTest = {
	/** The binding's contexts, joined with commas, and the key name. */
	binding: string;
	key: string;
	run: () => Promise<void>;
};

const keyTests: KeyTest[] = [];

function keyTest(binding: string, key: string, name: string, body: (driver: Driver) => Promise<void>, model = storyModel(), height = 30, options: DriverOptions = {}): void {
	const run = async () => {
		const driver = await drive(model, {height, ...options});
		try {
			await body(driver);
		} finally {
			driver.unmount();
		}
	};
	keyTests.push({binding, key, run});
	test(`${key} (${binding}): ${name}`, run);
}

const browsing = 'timeline,sources,article,skipped';
const everywhere = 'timeline,sources,article,skipped,search,find,help,prompt,filter-prompt,filters';
const prompts = 'search,find,prompt,filter-prompt';
const selected = (driver: Driver) => selectedEvent(driver.frame());

/** Event n (from 0) of largeModel. */
const eventRow = (n: number) => new RegExp(`› +Event number ${n} `);
// The test terminal's panes: a page moves one event less than the list has rows (largeModel has one event a day).
const panes = computePanes(100, 30);
const page = panes.listHeight - 1;
const halfPage = Math.floor(panes.listHeight / 2);

for (const [key, name] of [['down', keys.down], ['j', 'j']] as const) {
	keyTest(browsing, key, 'selects the next event', async (driver) => {
		assert.match(selected(driver), /The war may end .* 2025$/);
		await driver.press(name);
		assert.match(selected(driver), /Tense talks in May .* 2025-05$/);
	});
}

for (const [key, name] of [['up', keys.up], ['k', 'k']] as const) {
	keyTest(browsing, key, 'selects the previous event', async (driver) => {
		await driver.press(keys.down);
		await driver.press(keys.down);
		await driver.press(name);
		assert.match(selected(driver), /Tense talks in May/);
	});
}

keyTest(browsing, 'pagedown', 'moves a page down', async (driver) => {
	await driver.press(keys.pageDown);
	assert.match(selected(driver), eventRow(page));
}, largeModel(100));

keyTest(browsing, 'pageup', 'moves a page up', async (driver) => {
	await driver.press(keys.pageDown);
	await driver.press(keys.pageDown);
	await driver.press(keys.pageUp);
	assert.match(selected(driver), eventRow(page));
}, largeModel(100));

keyTest(browsing, 'ctrl+d', 'moves half a page down', async (driver) => {
	await driver.press(keys.ctrlD);
	assert.match(selected(driver), eventRow(halfPage));
}, largeModel(100));

keyTest(browsing, 'ctrl+u', 'moves half a page up', async (driver) => {
	await driver.press(keys.ctrlD);
	await driver.press(keys.ctrlD);
	await driver.press(keys.ctrlU);
	assert.match(selected(driver), eventRow(halfPage));
}, largeModel(100));

for (const [key, name] of [['g', 'g'], ['home', keys.home]] as const) {
	keyTest(browsing, key, 'goes to the first event', async (driver) => {
		await driver.press('G');
		await driver.press(name);
		assert.match(selected(driver), eventRow(0));
		// Below the title bar and the coverage strip.
		assert.match(lines(driver.frame())[1 + panes.stripHeight] ?? '', /── 2024-01-01/);
	}, largeModel(100));
}

for (const [key, name] of [['G', 'G'], ['end', keys.end]] as const) {
	keyTest(browsing, key, 'goes to the last event', async (driver) => {
		await driver.press(name);
		assert.match(selected(driver), eventRow(99));
	}, largeModel(100));
}

keyTest('timeline', 'K', 'toggles between the key events and every event', async (driver) => {
	assert.match(driver.frame(), /key events \(50 of 400\) · K all/);
	assert.match(driver.frame(), /1\/50/);
	await driver.press('K');
	assert.match(driver.frame(), /all events/);
	// The first key event (the first with the highest salience, 7) stays selected.
	assert.match(driver.frame(), /8\/400/);
	await driver.press('K');
	assert.match(driver.frame(), /1\/50/);
}, largeModel(400, (index) => index % 8));

/** The timeline's position on the status line: `3/7`. */
const position = (driver: Driver) => / (\d+\/\d+)(?: |$)/m.exec(driver.frame())?.[1];

keyTest('timeline', 'd', 'filters to a date range typed in a prompt; bad ones are said; an empty line removes it', async (driver) => {
	await driver.press('j');
	await driver.press('j');
	await driver.press('j');
	assert.match(selected(driver), /Lawrow und Rubio/);
	await driver.press('d');
	assert.match(driver.frame(), /^Dates \(2025-05, from\.\.to\): +Enter apply +Esc cancel/m, 'a filter is applied, not saved');
	await driver.type('2025-05-17..2025-05-23');
	await driver.press(keys.enter);
	assert.match(driver.frame(), /dates 2025-05-17\.\.2025-05-23 · Esc clears/);
	// The year, the month, the call and the exchange from the 23rd; the call still selected.
	assert.equal(position(driver), '3/4');
	assert.match(selected(driver), /Lawrow und Rubio/);
	assert.doesNotMatch(driver.frame(), /Second round of talks/);
	await driver.press('d');
	assert.match(driver.frame(), /^Dates \(2025-05, from\.\.to\): 2025-05-17\.\.2025-05-23/m, 'the range comes back to edit');
	await driver.type('soon');
	await driver.press(keys.enter);
	assert.match(driver.frame(), /dates: "soon" is not a date or range/);
	await driver.press('d');
	await driver.press(keys.backspace);
	await driver.press(keys.enter);
	assert.match(driver.frame(), /all events/);
	assert.equal(position(driver), '4/7');
});

keyTest('timeline', 'L', 'steps through the languages of the corpus, the most written first, then all', async (driver) => {
	await driver.press('L');
	assert.match(driver.frame(), /language en · Esc clears/);
	assert.equal(position(driver), '1/6');
	await driver.press('L');
	assert.match(driver.frame(), /language ar/);
	assert.match(selected(driver), /Second round of talks/);
	assert.equal(position(driver), '1/1');
	await driver.press('L');
	assert.match(driver.frame(), /language de/);
	assert.match(selected(driver), /Lawrow und Rubio/);
	await driver.press('L');
	assert.match(driver.frame(), /all events/);
	assert.equal(position(driver), '4/7', 'the event selected last stays selected');
});

keyTest('timeline', 'O', "filters to an outlet named in a prompt (words of its name, any case); one no article has is said", async (driver) => {
	await driver.press('O');
	assert.match(driver.frame(), /^Outlet: +Enter apply/m);
	await driver.type('ARABIC');
	await driver.press(keys.enter);
	assert.match(driver.frame(), /outlet "ARABIC" · Esc clears/);
	assert.equal(position(driver), '1/1');
	assert.match(selected(driver), /Second round of talks/);
	await driver.press('O');
	await driver.type('nobody');
	await driver.press(keys.enter);
	assert.match(driver.frame(), /no article from an outlet named "nobody"/);
	assert.equal(position(driver), '1/1', 'the outlet filter kept');
});

keyTest('timeline', 's', 'steps the minimum of sources up to the most any event has, then shows all', async (driver) => {
	await driver.press('s');
	assert.match(driver.frame(), /2\+ sources · Esc clears/);
	assert.equal(position(driver), '1/2');
	assert.match(driver.frame(), /Talks in Istanbul agree/);
	assert.match(driver.frame(), /Second round of talks/);
	assert.doesNotMatch(driver.frame(), /Prisoner exchange/);
	await driver.press('s');
	assert.match(driver.frame(), /all events/);
});

/** Two filters: language en (older), then 2+ sources (newer); the list of filters open. */
async function twoFiltersListed(driver: Driver): Promise<void> {
	await driver.press('L');
	await driver.press('s');
	assert.match(driver.frame(), /language en · 2\+ sources · Esc removes sources · f chooses/);
	await driver.press('f');
	assert.match(driver.frame(), /^Remove: language en · 2\+ sources +← → choose +Enter remove +Esc close/m);
}

keyTest('timeline', 'f', 'lists the active filters to remove one; with none it says so', async (driver) => {
	await driver.press('f');
	assert.match(driver.frame(), /no filter to remove/);
	await twoFiltersListed(driver);
});

keyTest('filters', 'left', 'chooses the filter before: Enter removes it, the newer one stays', async (driver) => {
	await twoFiltersListed(driver);
	await driver.press(keys.left);
	await driver.press(keys.enter);
	assert.match(driver.frame(), /2\+ sources · Esc clears/);
	assert.doesNotMatch(driver.frame(), /language en/);
	assert.equal(position(driver), '1/2');
});

keyTest('filters', 'right', 'chooses the filter after', async (driver) => {
	await twoFiltersListed(driver);
	await driver.press(keys.left);
	await driver.press(keys.right);
	await driver.press(keys.enter);
	assert.match(driver.frame(), /language en · Esc clears/);
});

keyTest('filters', 'enter', 'removes the chosen filter, the newest at first, and closes the list', async (driver) => {
	await twoFiltersListed(driver);
	await driver.press(keys.enter);
	assert.doesNotMatch(driver.frame(), /Remove:/);
	assert.match(driver.frame(), /language en · Esc clears/);
	assert.equal(position(driver), '3/6', 'the event selected stays selected');
	assert.match(selected(driver), /Talks in Istanbul agree/);
});

keyTest('filters', 'escape', 'closes the list, every filter kept', async (driver) => {
	await twoFiltersListed(driver);
	await driver.press(keys.escape);
	assert.doesNotMatch(driver.frame(), /Remove:/);
	assert.match(driver.frame(), /language en · 2\+ sources/);
	assert.equal(driver.quit.count, 0);
});

/** A curated app whose saves are recorded: the curation after each step. */
function curating(saved: Curation[]): DriverOptions {
	return {curation: {curation: {steps: []}, save: async (curation) => void saved.push(curation)}};
}

{
	const saved: Curation[] = [];
	keyTest('timeline', 'H', 'hides the selected event and saves the curation', async (driver) => {
		assert.match(selected(driver), eventRow(0));
		await driver.press('H');
		await driver.waitFor((frame) => frame.includes('hidden'), 'the notice');
		assert.doesNotMatch(driver.frame(), /Event number 0 /);
		assert.match(selected(driver), eventRow(1));
		assert.deepEqual(saved.map((curation) => curation.steps.map((step) => step.action)), [['hide']]);
	}, largeModel(5), 30, curating(saved));
}

{
	const saved: Curation[] = [];
	keyTest('timeline', 'p', 'pins the selected event: it then shows among the key events', async (driver) => {
		await driver.press('K');
		await driver.press('g');
		assert.match(selected(driver), eventRow(0));
		await driver.press('p');
		await driver.waitFor((frame) => frame.includes('pinned'), 'the notice');
		await driver.press('K');
		assert.match(driver.frame(), /key events \(51 of 400\)/);
		assert.match(driver.frame(), /Event number 0 /);
		assert.deepEqual(saved.map((curation) => curation.steps.map((step) => step.action)), [['pin']]);
	}, largeModel(400, (index) => index % 8), 30, curating(saved));
}

{
	const saved: Curation[] = [];
	keyTest('timeline', 'u', 'undoes the last curation step and saves', async (driver) => {
		await driver.press('u');
		await driver.waitFor((frame) => frame.includes('nothing to undo'), 'the notice');
		await driver.press('H');
		await driver.waitFor((frame) => frame.includes('hidden'), 'the notice');
		await driver.press('u');
		await driver.waitFor((frame) => frame.includes('undid hide'), 'the notice');
		assert.match(driver.frame(), /Event number 0 /);
		assert.deepEqual(saved.map((curation) => curation.steps.length), [1, 0]);
	}, largeModel(5), 30, curating(saved));
}

const stepsOf = (saved: Curation[]) => saved.map((curation) => curation.steps.map((step) => step.action));

{
	const saved: Curation[] = [];
	keyTest('timeline', 'R', 'renames the event: a prompt holds its title, Enter saves the new one', async (driver) => {
		await driver.press('R');
		assert.match(driver.frame(), /^Title: Event number 0 +Enter save +Esc cancel/m);
		// The title comes selected: typing replaces it.
		await driver.type('Vote on the bridge');
		await driver.press(keys.enter);
		await driver.waitFor((frame) => frame.includes('renamed'), 'the notice');
		assert.match(selected(driver), /Vote on the bridge/);
		assert.deepEqual(stepsOf(saved), [['rename']]);
		assert.equal(saved[0]!.steps[0]!.action === 'rename' && saved[0]!.steps[0]!.title, 'Vote on the bridge');
	}, largeModel(5), 30, curating(saved));
}

{
	const saved: Curation[] = [];
	keyTest('timeline', 'a', 'annotates the event: the note shows in its detail and is saved', async (driver) => {
		await driver.press('a');
		assert.match(driver.frame(), /^Note: /m);
		await driver.type('check the minutes');
		await driver.press(keys.enter);
		await driver.waitFor((frame) => frame.includes('note saved'), 'the notice');
		assert.match(driver.frame(), /Note: check the minutes/);
		assert.deepEqual(stepsOf(saved), [['note']]);
		// The note comes back in the prompt, selected.
		await driver.press('a');
		assert.match(driver.frame(), /^Note: check the minutes/m);
	}, largeModel(5), 30, curating(saved));
}

{
	const saved: Curation[] = [];
	keyTest('timeline', 'm', 'marks an event, and on another event merges the two into one', async (driver) => {
		await driver.press('m');
		assert.match(driver.frame(), /marked: m on another event merges/);
		await driver.press('j');
		assert.match(driver.frame(), /marked: m on another event merges/, 'the mark stays while moving');
		await driver.press('m');
		await driver.waitFor((frame) => frame.includes('merged'), 'the notice');
		assert.match(selected(driver), /Event number 0 .* 2 src/);
		assert.doesNotMatch(driver.frame(), /2024-01-02 Event number 1/, 'no row of its own');
		assert.match(driver.frame(), /Event number 1 happened on 2024-01-02/, 'its sentence in the merged event\'s detail');
		assert.match(driver.frame(), /4 events/);
		assert.match(driver.frame(), /Sources \(2\):/);
		assert.deepEqual(stepsOf(saved), [['merge']]);
		await driver.press('u');
		await driver.waitFor((frame) => frame.includes('undid merge'), 'the notice');
		assert.match(driver.frame(), /5 events/);
	}, largeModel(5), 30, curating(saved));
}

{
	const saved: Curation[] = [];
	keyTest('sources', 'S', 'splits the selected source out of the event into an event of its own', async (driver) => {
		const count = () => Number(/(\d+) events/.exec(driver.frame())![1]);
		const before = count();
		await driver.press('G');
		await driver.press('k');
		await driver.press(keys.enter);
		assert.match(driver.frame(), /source 1\/2/);
		await driver.press('j');
		await driver.press('S');
		await driver.waitFor((frame) => frame.includes('split into an event of its own'), 'the notice');
		await driver.waitFor((frame) => /source 1\/1/.test(frame), 'the one source left');
		await driver.press('S');
		assert.match(driver.frame(), /one source: nothing to split out/);
		await driver.press(keys.escape);
		assert.equal(count(), before + 1);
		assert.deepEqual(stepsOf(saved), [['split']]);
	}, storyModel(), 30, curating(saved));
}

{
	const saved: Curation[] = [];
	keyTest('search,prompt', 'enter', 'saves the title as edited', async (driver) => {
		await driver.press('R');
		await driver.press(keys.end);
		await driver.type(' (vote)');
		await driver.press(keys.enter);
		await driver.waitFor((frame) => frame.includes('renamed'), 'the notice');
		assert.match(selected(driver), /Event number 0 \(vote\)/);
		assert.deepEqual(stepsOf(saved), [['rename']]);
	}, largeModel(5), 30, curating(saved));
}

{
	const saved: Curation[] = [];
	keyTest('search,prompt', 'escape', 'cancels the prompt: nothing saved, typed letters did not act as keys', async (driver) => {
		await driver.press('a');
		await driver.type('Hq');
		await driver.press(keys.escape);
		await driver.waitFor((frame) => frame.includes('note cancelled'), 'the notice');
		assert.match(selected(driver), eventRow(0));
		assert.doesNotMatch(driver.frame(), /Note:/);
		assert.deepEqual(saved, []);
	}, largeModel(5), 30, curating(saved));
}

test('hiding the last event selects the one before it', async () => {
	const driver = await drive(largeModel(5), curating([]));
	try {
		await driver.press('G');
		await driver.press('H');
		await driver.waitFor((frame) => frame.includes('hidden'), 'the notice');
		await driver.waitFor((frame) => /4\/4/.test(frame), 'the position 4/4');
		assert.match(selected(driver), eventRow(3));
	} finally {
		driver.unmount();
	}
});

test('a curation that cannot be saved still curates the session and says why', async () => {
	const driver = await drive(largeModel(5), {curation: {curation: {steps: []}, save: null, readOnlyReason: 'curation.yaml is damaged'}});
	try {
		await driver.press('H');
		await driver.waitFor((frame) => frame.includes('not saved: curation.y'), 'the notice');
		assert.doesNotMatch(driver.frame(), /Event number 0 /);
	} finally {
		driver.unmount();
	}
});

keyTest('timeline,sources', 'enter', 'drills in: event, then its sources, then the article', async (driver) => {
	await driver.press('G');
	await driver.press('k');
	await driver.press(keys.enter);
	assert.match(driver.frame(), /source 1\/2/);
	assert.match(selected(driver), /Zamin · en · 2025-05-29/);
	await driver.press('j');
	await driver.press(keys.enter);
	assert.match(driver.frame(), /BBC Arabic · 2025-05-30 · ar/);
});

keyTest(browsing, 'escape', 'goes back one level, and at the top clears the filter', async (driver) => {
	await driver.press(keys.enter);
	await driver.press(keys.enter);
	assert.match(driver.frame(), /line 1\//);
	await driver.press(keys.escape);
	assert.match(driver.frame(), /source 1\/1/);
	await driver.press(keys.escape);
	assert.match(driver.frame(), /grouped by day/);
	await driver.press('/');
	await driver.type('putin');
	await driver.waitFor((frame) => (frame.includes('found') && !frame.includes('reading the article text')));
	await driver.press(keys.enter);
	assert.match(driver.frame(), /filter: Vladimir Putin/);
	await driver.press(keys.escape);
	assert.doesNotMatch(driver.frame(), /filter:/);
	assert.equal(driver.quit.count, 0);
});

keyTest(browsing, 'q', 'goes back one level, and quits at the top', async (driver) => {
	await driver.press(keys.enter);
	await driver.press('q');
	assert.match(driver.frame(), /grouped by day/);
	assert.equal(driver.quit.count, 0);
	await driver.press('q');
	await driver.waitFor(() => driver.quit.count === 1, 'the app to quit');
});

keyTest('timeline,sources,skipped', '/', 'opens the search pane', async (driver) => {
	await driver.press('/');
	assert.match(driver.frame(), /^Search:$/m);
	assert.match(driver.frame(), /type a name, a place or words the articles say/);
});

keyTest(browsing, 'o', 'hands the selected article to the opener', async (driver) => {
	await driver.press('o');
	await driver.waitFor((frame) => frame.includes('opened june'));
	assert.deepEqual(driver.opened, ['june']);
});

// The help's footer: "Any key closes this help." on one page, "… other keys close" on several.
const helpFooter = /Any key closes this help|other keys close/;

keyTest(browsing, '?', 'shows the help overlay; any key closes it', async (driver) => {
	await driver.press('?');
	assert.match(driver.frame(), helpFooter);
	await driver.press('j');
	assert.doesNotMatch(driver.frame(), helpFooter);
	assert.match(selected(driver), /The war may end/, 'the key only closed the help');
});

// At 80×24 the help takes more than one page.
for (const [key, name] of [['pagedown', keys.pageDown], [' ', ' ']] as const) {
	keyTest('help', key, 'shows the next page of the help, and stays on the last', async (driver) => {
		await driver.press('?');
		const pages = Number(/Page 1\/(\d+)/.exec(driver.frame())?.[1]);
		assert.ok(pages >= 2, 'the help has pages at 80×24');
		for (let page = 2; page <= pages + 1; page++) await driver.press(name);
		assert.match(driver.frame(), new RegExp(`Page ${pages}/${pages}`));
		assert.match(lines(driver.frame())[0] ?? '', /dateline · keys/, 'the help is still open');
	}, storyModel(), 24, {width: 80});
}

keyTest('help', 'pageup', 'shows the previous page of the help, and stays on the first', async (driver) => {
	await driver.press('?');
	await driver.press(keys.pageDown);
	assert.match(driver.frame(), /Page 2\//);
	await driver.press(keys.pageUp);
	await driver.press(keys.pageUp);
	assert.match(driver.frame(), /Page 1\//);
	assert.match(lines(driver.frame())[0] ?? '', /dateline · keys/, 'the help is still open');
}, storyModel(), 24, {width: 80});

keyTest('timeline', ']', 'goes to the next day group', async (driver) => {
	await driver.press(']');
	await driver.press(']');
	assert.match(selected(driver), /2025-05-16/);
});

keyTest('timeline', '[', 'goes to the previous day group', async (driver) => {
	await driver.press('G');
	await driver.press('[');
	assert.match(selected(driver), /2025-06-02/);
});

keyTest('timeline,article', 'n', 'goes to the next event of the active search', async (driver) => {
	await driver.press('/');
	await driver.type('Selenskyj');
	await driver.waitFor((frame) => (frame.includes('found') && !frame.includes('reading the article text')));
	await driver.press(keys.enter);
	await driver.press(keys.escape);
	assert.match(driver.frame(), /all events|search "Selenskyj" · n\/N/);
	assert.match(selected(driver), /2025-05-16/);
	await driver.press('n');
	assert.match(selected(driver), /2025-05-17/);
	await driver.press('n');
	assert.match(selected(driver), /2025-06-02/);
});

keyTest('timeline,article', 'N', 'goes to the previous event of the active search', async (driver) => {
	await driver.press('/');
	await driver.type('putin');
	await driver.waitFor((frame) => (frame.includes('found') && !frame.includes('reading the article text')));
	await driver.press(keys.enter);
	await driver.press(keys.escape);
	await driver.press('N');
	assert.match(selected(driver), /2025-06-02/);
});

keyTest('timeline', 'tab', 'moves the focus to the detail pane and back', async (driver) => {
	await driver.press(keys.tab);
	assert.match(driver.frame(), /━━━━/);
	await driver.press('G');
	assert.match(selected(driver), /The war may end/, 'keys now scroll the detail pane');
	await driver.press(keys.tab);
	await driver.press('G');
	assert.match(selected(driver), /A summit nobody has dated/);
});

keyTest('timeline', 'z', 'zooms the grouping to month, year and back to day', async (driver) => {
	await driver.press('z');
	assert.match(driver.frame(), /grouped by month/);
	assert.match(driver.frame(), /── 2025-05 · May 2025 \(4\)/);
	await driver.press('z');
	assert.match(driver.frame(), /── 2025 \(6\)/);
	await driver.press('z');
	assert.match(driver.frame(), /── 2025-05-16 · Friday 16 May \(1\)/);
});

async function openIstanbulArticle(driver: Driver): Promise<void> {
	await driver.press('j');
	await driver.press('j');
	await driver.press(keys.enter);
	await driver.press(keys.enter);
	assert.match(driver.frame(), /CNN · 2025-05-16 · en/);
}

keyTest('article', ']', 'jumps to the next highlighted mention', async (driver) => {
	await openIstanbulArticle(driver);
	await driver.press(']');
	assert.match(driver.frame(), /mark 1\/\d+/);
	await driver.press(']');
	assert.match(driver.frame(), /mark 2\/\d+/);
});

keyTest('article', '[', 'jumps to the previous highlighted mention', async (driver) => {
	await openIstanbulArticle(driver);
	await driver.press(']');
	await driver.press(']');
	await driver.press('[');
	assert.match(driver.frame(), /mark 1\/\d+/);
});

keyTest('article', '/', 'opens the find prompt on the status line: it finds in the text, folded, not in the corpus', async (driver) => {
	await openIstanbulArticle(driver);
	await driver.press('/');
	assert.match(driver.frame(), /^find: {3}line \d+\/\d+ {2}Enter find/m, 'an empty prompt, its caret a cell');
	assert.doesNotMatch(driver.frame(), /Search:/);
	await driver.type('PRISONERS');
	assert.match(driver.frame(), /^find: PRISONERS {2,}line/m);
	await driver.press(keys.enter);
	assert.match(driver.frame(), /match 1\/2/);
	assert.doesNotMatch(driver.frame(), /find:/);
	// Opened again, the prompt holds the last text, selected: typing replaces it, as in the search.
	assert.match(await driver.press('/'), /^find: PRISONERS {2,}line/m);
	assert.match(await driver.press('x'), /^find: x {2,}line/m);
});

/** An article of 80 lines whose only "ceasefire"s are on lines 50 and 70: finding them scrolls. */
function longArticleModel() {
	const text = Array.from({length: 80}, (_, line) => (line === 49 || line === 69 ? `Line ${line + 1} says the Ceasefire held.` : `Line ${line + 1} says little.`)).join('\n');
	return buildModel({
		articles: [{id: 'long', title: 'A long article', published: '2025-01-01', language: 'en', text}],
		events: [{id: 'e', date: day('2025-01-01'), title: 'Line 1 says little', mentions: [{article: 'long', sentence: 'Line 1 says little.'}]}],
	});
}

async function openLongArticle(driver: Driver): Promise<void> {
	await driver.press(keys.enter);
	await driver.press(keys.enter);
	assert.match(driver.frame(), /line 1\/80/);
}

keyTest(prompts, 'enter', 'finds the first match below the top and scrolls to it', async (driver) => {
	await openLongArticle(driver);
	await driver.press('/');
	await driver.type('ceasefire');
	const frame = await driver.press(keys.enter);
	assert.match(frame, /^ {2}Line 50 says the Ceasefire held\.$/m);
	assert.doesNotMatch(frame, /^ {2}Line 1 says/m, 'scrolled down');
	assert.match(frame, /match 1\/2/);
}, longArticleModel());

keyTest('timeline,article', 'n', 'goes to the next match, scrolling as a pager does, and says when there is none', async (driver) => {
	await openLongArticle(driver);
	await driver.press('/');
	await driver.type('ceasefire');
	await driver.press(keys.enter);
	let frame = await driver.press('n');
	assert.match(frame, /^ {2}Line 70 says the Ceasefire held\.$/m);
	assert.match(frame, /match 2\/2/);
	frame = await driver.press('n');
	assert.match(frame, /no further match/);
}, longArticleModel());

keyTest('timeline,article', 'N', 'goes to the previous match', async (driver) => {
	await openLongArticle(driver);
	await driver.press('G');
	await driver.press('/');
	await driver.type('ceasefire');
	await driver.press(keys.enter);
	assert.match(driver.frame(), /match 2\/2/, 'from the top line on: the first match below it');
	const frame = await driver.press('N');
	assert.match(frame, /^ {2}Line 50 says the Ceasefire held\.$/m);
	assert.match(frame, /match 1\/2/);
}, longArticleModel());

test('the find prompt edits as the search prompt does, and Esc closes it without finding', async () => {
	const driver = await drive(longArticleModel());
	try {
		await openLongArticle(driver);
		await driver.press('/');
		await driver.type('ceasefirex');
		await driver.press(keys.backspace);
		assert.match(driver.frame(), /^find: ceasefire {2,}line/m);
		await driver.press(keys.ctrlW);
		await driver.type('nothing-like-it');
		await driver.press(keys.enter);
		assert.match(driver.frame(), /not found in the text: "nothing-like-it"/);
		await driver.press('/');
		await driver.press(keys.escape);
		assert.doesNotMatch(driver.frame(), /find:/);
		assert.match(driver.frame(), /line 1\/80/, 'still in the article');
	} finally {
		driver.unmount();
	}
});

keyTest('timeline', 'x', 'exports the timeline as shown, with its filter and zoom, and says so', async (driver) => {
	await driver.press('x');
	await driver.waitFor((frame) => frame.includes('exported all by day'), 'the notice');
	assert.deepEqual(driver.exported, [{filter: null, zoom: 'day'}]);
	await searchFor(driver, 'putin');
	await driver.press(keys.enter);
	await driver.press('z');
	await driver.press('x');
	await driver.waitFor((frame) => frame.includes('exported Vladimir Putin by month'), 'the notice');
	assert.deepEqual(driver.exported[1], {filter: 'Vladimir Putin', zoom: 'month'});
});

async function searchFor(driver: Driver, query: string): Promise<void> {
	await driver.press('/');
	await driver.type(query);
	await driver.waitFor((frame) => (frame.includes('found') && !frame.includes('reading the article text')), `results for ${query}`);
}

keyTest('search', 'down', 'selects the next result', async (driver) => {
	await searchFor(driver, 'putin');
	await driver.press(keys.down);
	assert.match(selected(driver), /Talks in Istanbul agree a prisoner exchange/);
});

keyTest('search', 'up', 'selects the previous result', async (driver) => {
	await searchFor(driver, 'putin');
	await driver.press(keys.down);
	await driver.press(keys.down);
	await driver.press(keys.up);
	assert.match(selected(driver), /Talks in Istanbul agree a prisoner exchange/);
});

/** Chooses `first`, then `second`, and opens the search again: the history holds both. */
async function withHistory(driver: Driver): Promise<void> {
	for (const query of ['putin', 'istanbul']) {
		await searchFor(driver, query);
		await driver.press(keys.enter);
		await driver.press(keys.escape);
	}
	await driver.press('/');
	await driver.press(keys.ctrlU);
	await driver.waitFor((frame) => /^Search:\s*$/m.test(frame), 'an empty prompt');
}

keyTest('search', 'ctrl+p', 'steps to older queries; ↑ does too over an empty list', async (driver) => {
	await withHistory(driver);
	await driver.press(keys.ctrlP);
	await driver.waitFor((frame) => /^Search: istanbul$/m.test(frame), 'the newest query');
	await driver.press(keys.ctrlP);
	await driver.waitFor((frame) => /^Search: putin$/m.test(frame), 'the older query');
	await driver.press(keys.ctrlU);
	await driver.press(keys.escape);
	await driver.press('/');
	await driver.press(keys.ctrlU);
	await driver.press(keys.up);
	await driver.waitFor((frame) => /^Search: istanbul$/m.test(frame), '↑ over an empty list');
});

keyTest('search', 'ctrl+n', 'steps back to newer queries', async (driver) => {
	await withHistory(driver);
	await driver.press(keys.ctrlP);
	await driver.press(keys.ctrlP);
	await driver.press(keys.ctrlN);
	await driver.waitFor((frame) => /^Search: istanbul$/m.test(frame), 'the newer query');
});

keyTest(prompts, 'left', 'moves the caret left: typing inserts there', async (driver) => {
	await searchFor(driver, 'puin');
	await driver.press(keys.left);
	await driver.press(keys.left);
	await driver.press('t');
	await driver.waitFor((frame) => /^Search: putin$/m.test(frame) && frame.includes('Vladimir Putin'), 'putin');
});

keyTest(prompts, 'right', 'moves the caret right', async (driver) => {
	await searchFor(driver, 'pun');
	await driver.press(keys.left);
	await driver.press(keys.left);
	await driver.press(keys.right);
	await driver.type('ti');
	await driver.waitFor((frame) => /^Search: putin$/m.test(frame), 'putin');
});

for (const [key, name] of [['ctrl+a', keys.ctrlA], ['home', keys.home]] as const) {
	keyTest(prompts, key, 'moves the caret to the start', async (driver) => {
		await searchFor(driver, 'utin');
		await driver.press(name);
		await driver.press('p');
		await driver.waitFor((frame) => /^Search: putin$/m.test(frame), 'putin');
	});
}

for (const [key, name] of [['ctrl+e', keys.ctrlE], ['end', keys.end]] as const) {
	keyTest(prompts, key, 'moves the caret to the end', async (driver) => {
		await searchFor(driver, 'puti');
		await driver.press(keys.left);
		await driver.press(keys.left);
		await driver.press(name);
		await driver.press('n');
		await driver.waitFor((frame) => /^Search: putin$/m.test(frame), 'putin');
	});
}

keyTest(prompts, 'ctrl+u', 'deletes the query up to the caret', async (driver) => {
	await searchFor(driver, 'xyputin');
	await driver.press(keys.ctrlA);
	await driver.press(keys.right);
	await driver.press(keys.right);
	await driver.press(keys.ctrlU);
	await driver.waitFor((frame) => /^Search: putin$/m.test(frame) && frame.includes('Vladimir Putin'), 'putin');
});

keyTest(prompts, 'ctrl+w', 'deletes the word before the caret', async (driver) => {
	await searchFor(driver, 'putin istanbul');
	await driver.press(keys.ctrlW);
	await driver.waitFor((frame) => /^Search: putin\s*$/m.test(frame), 'the first word kept');
});

test('/ reopens the search with the last query selected: typing replaces it', async () => {
	const driver = await drive(storyModel());
	try {
		await searchFor(driver, 'zensky');
		await driver.press(keys.enter);
		await driver.press('/');
		await driver.waitFor((frame) => /^Search: zensky$/m.test(frame), 'the last query shown');
		await driver.type('putin');
		await driver.waitFor((frame) => /^Search: putin$/m.test(frame) && frame.includes('Vladimir Putin'), 'the typed query alone');
	} finally {
		driver.unmount();
	}
});

keyTest(prompts, 'enter', 'chooses the selected result', async (driver) => {
	await searchFor(driver, 'istanbul');
	await driver.press(keys.enter);
	assert.match(driver.frame(), /filter: Istanbul \(place\)/);
	assert.match(driver.frame(), /1\/2/);
});

test('an article found by words no event says opens at the first of them, found as / finds', async () => {
	const driver = await drive(storyModel());
	try {
		await searchFor(driver, 'moscow');
		assert.match(driver.frame(), /^› article +Russia and Ukraine agree prisoner exchange {2}CNN · 2025-05-16 · en/m);
		const frame = await driver.press(keys.enter);
		assert.match(frame, /CNN · 2025-05-16 · en/);
		assert.match(frame, /match 1\/1/);
		await driver.press('n');
		assert.match(driver.frame(), /no further match/);
		await driver.press(keys.escape);
		assert.match(driver.frame(), /source \d\/\d/, 'back to the sources of an event it reports');
	} finally {
		driver.unmount();
	}
});

test('a text result filters the timeline to the events whose sentences say it; filters compose, Esc removes the newest', async () => {
	const driver = await drive(storyModel());
	try {
		await searchFor(driver, 'prisoners');
		let frame = await driver.press(keys.enter);
		assert.match(frame, /text "prisoners" · Esc clears/);
		assert.match(frame, / 1\/2( |$)/m);
		assert.match(frame, /Talks in Istanbul agree/);
		assert.match(frame, /Prisoner exchange/);
		assert.doesNotMatch(frame, /Second round of talks/);
		await searchFor(driver, 'zelensky');
		frame = await driver.press(keys.enter);
		assert.match(frame, /text "prisoners" · filter: Volodymyr Zelensky \(person\) · Esc removes person/);
		assert.match(frame, / 1\/1( |$)/m, 'his events that say it');
		frame = await driver.press(keys.escape);
		assert.doesNotMatch(frame, /filter:/);
		assert.match(frame, / 1\/2( |$)/m);
		frame = await driver.press(keys.escape);
		assert.doesNotMatch(frame, /text "prisoners"/);
		assert.match(frame, / 3\/7( |$)/m, 'every event, the same one selected');
	} finally {
		driver.unmount();
	}
});

keyTest(prompts, 'backspace', 'deletes the last character of the query', async (driver) => {
	await searchFor(driver, 'putinx');
	await driver.press(keys.backspace);
	assert.match(driver.frame(), /^Search: putin$/m);
	await driver.waitFor((frame) => frame.includes('Vladimir Putin'));
});

keyTest(prompts, 'escape', 'closes the search pane, typed letters did not act as commands', async (driver) => {
	await driver.press('/');
	await driver.type('qz');
	await driver.waitFor((frame) => frame.includes('nothing found'), 'the results');
	await driver.press(keys.escape);
	assert.doesNotMatch(driver.frame(), /Search:/);
	assert.match(driver.frame(), /grouped by day/);
	assert.equal(driver.quit.count, 0);
});

keyTest(everywhere, 'ctrl+z', 'suspends to the shell, even while typing a search, and the app goes on after', async (driver) => {
	await driver.press('/');
	await driver.type('ab');
	await driver.press(keys.ctrlZ);
	await driver.waitFor(() => driver.suspended.count === 1, 'the suspend');
	assert.match(driver.frame(), /^Search: ab/m, 'the search as it was, nothing typed');
	assert.equal(driver.quit.count, 0);
});

keyTest(everywhere, 'ctrl+c', 'quits from anywhere, even while typing a search', async (driver) => {
	await driver.press('/');
	await driver.type('ab');
	await driver.press(keys.ctrlC);
	await driver.waitFor(() => driver.quit.count === 1, 'the app to quit');
});

/** The story with one more article and event, as a reload finds it after a file was added. */
function storyWithNewArticle() {
	const story = storyModel();
	const [article] = story.articles;
	const [event] = story.events;
	assert.ok(article && event);
	const added = {...article, id: 'added', title: 'Added later'};
	return {...story, articles: [...story.articles, added], events: [...story.events, {...event, id: 'e-added', title: 'A new event arrives', date: day('2025-05-20'), sources: ['added']}]};
}

keyTest(browsing, 'r', 'reloads: the new event appears, the selection stays, the title says what changed until the next key', async (driver) => {
	await driver.press('j');
	await driver.press('j');
	assert.match(selected(driver), /2025-05-16/);
	await driver.press('r');
	const reloaded = await driver.waitFor((frame) => frame.includes('A new event arrives'), 'the new event');
	assert.match(lines(reloaded)[0] ?? '', /dateline · 5 articles · 8 events .*\+1 article · grouped by day/);
	assert.match(selected(driver), /2025-05-16/);
	await driver.press('j');
	assert.doesNotMatch(lines(driver.frame())[0] ?? '', /\+1 article/);
}, storyModel(), 30, {reload: async () => storyWithNewArticle()});

test('while the corpus is read again the title bar says so, and the keys still move the selection', async () => {
	let finish: (model: ReturnType<typeof storyModel>) => void = () => undefined;
	const driver = await drive(storyModel(), {reload: () => new Promise((resolve) => (finish = resolve))});
	try {
		await driver.press('r');
		await driver.waitFor((frame) => /reading the corpus again… · grouped by day/.test(lines(frame)[0] ?? ''), 'the title bar saying so');
		await driver.press('j');
		assert.match(driver.frame(), / 2\/7 /, 'a key moves while the load runs');
		finish(storyWithNewArticle());
		const reloaded = await driver.waitFor((frame) => frame.includes('A new event arrives'), 'the new event');
		assert.doesNotMatch(lines(reloaded)[0] ?? '', /reading the corpus/);
		assert.match(lines(reloaded)[0] ?? '', /\+1 article · grouped by day/);
	} finally {
		driver.unmount();
	}
});

const skippedFiles = Array.from({length: 30}, (_, index) => ({path: `corpus/bad-${index}.md`, reason: `reason ${index}: not UTF-8`}));

keyTest('timeline', '!', 'lists the skipped files with their reasons; it scrolls, Esc goes back', async (driver) => {
	assert.match(lines(driver.frame())[0] ?? '', /30 skipped \(!\)/);
	await driver.press('!');
	assert.match(driver.frame(), /30 files skipped: not in the timeline/);
	assert.match(driver.frame(), /^corpus\/bad-0\.md$/m);
	assert.match(driver.frame(), /^ {2}reason 0: not UTF-8$/m);
	await driver.press('G');
	assert.match(driver.frame(), /^ {2}reason 29: not UTF-8$/m);
	assert.doesNotMatch(driver.frame(), /bad-0\.md/);
	await driver.press(keys.escape);
	assert.match(driver.frame(), /grouped by day/);
}, {...storyModel(), skipped: skippedFiles});

test('every key in the key table has a test', () => {
	const tested = new Set(keyTests.map((entry) => `${entry.binding}|${entry.key}`));
	for (const binding of keyTable) {
		for (const key of binding.keys) {
			assert.ok(tested.has(`${binding.contexts.join(',')}|${key}`), `no test for ${key} in ${binding.contexts.join(',')}`);
		}
	}
});

test('keys that arrive together are handled one by one, and a paste types into the search', async () => {
	const driver = await drive(storyModel());
	await driver.press('jj');
	assert.match(selected(driver), /2025-05-16/);
	await driver.press('G\r');
	assert.match(driver.frame(), /source 1\/1/);
	await driver.press('q');
	await driver.press('/');
	await driver.press('putin');
	await driver.waitFor((frame) => /› person +Vladimir Putin/.test(frame));
	driver.unmount();
});

test('typing a search in a large corpus finds the article text that a worker thread indexes, once it is in', async () => {
	const {offThreadFrom} = await import('../source/core/full-text-off-thread.js');
	const driver = await drive(largeModel(offThreadFrom));
	try {
		await driver.press('/');
		// Only in the articles' text and the events' sentences: no name or title has it.
		await driver.type('happened');
		const deadline = Date.now() + 60_000;
		while (!/\d+ found/.test(driver.frame()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
		assert.match(driver.frame(), new RegExp(`text +"happened" +in the sentences of ${offThreadFrom} events`));
		assert.doesNotMatch(driver.frame(), /reading the article text/);
	} finally {
		driver.unmount();
	}
});
