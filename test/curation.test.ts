import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {applyCuration, withoutLastStep, withStep, type Curation} from '../source/core/curation/curation.js';
import {curationFileFor, DamagedCurationError, readCuration, writeCuration} from '../source/core/curation/curation-file.js';
import {curationYaml, parseCuration} from '../source/core/curation/curation-yaml.js';
import {eventIdentity} from '../source/core/curation/event-identity.js';
import type {TimelineModel} from '../source/core/model.js';
import {modelOf} from './helpers/analyze-texts.js';
import {snapshot, tempFolder} from './helpers/temp-folder.js';

const corpus = (extra = ''): TimelineModel =>
	modelOf([
		['a', `On 3 March 2024, the council approved the bridge. On 5 May 2024, the mayor Anna Berg resigned.${extra}`, {published: '2024-06-01'}],
		['b', 'The mayor Anna Berg resigned on 5 May 2024 after the vote.', {published: '2024-06-02'}],
	]);

const identityOf = (model: TimelineModel, start: string) => {
	const event = model.events.find((candidate) => candidate.date?.start === start)!;
	return eventIdentity(event, new Map(model.articles.map((article) => [article.id, article.text])));
};

/** The same model indexed again: every event id different. */
function reindexed(model: TimelineModel): TimelineModel {
	const id = (old: string) => `new-${old}`;
	return {
		...model,
		events: model.events.map((event) => ({...event, id: id(event.id)})),
		entities: model.entities.map((entity) => ({...entity, events: entity.events.map(id)})),
	};
}

test('steps name events by what they are: they still apply when every event id changed', () => {
	const before = corpus();
	const curation: Curation = {
		steps: [
			{action: 'hide', event: identityOf(before, '2024-03-03')},
			{action: 'rename', event: identityOf(before, '2024-05-05'), title: 'Mayor resigns'},
			{action: 'pin', event: identityOf(before, '2024-05-05')},
		],
	};
	const after = reindexed(before);
	const {model, unmatched} = applyCuration(after, curation);
	assert.deepEqual(unmatched, []);
	assert.deepEqual(
		model.events.map((event) => [event.id, event.title, event.pinned]),
		[[after.events.find((event) => event.date?.start === '2024-05-05')!.id, 'Mayor resigns', true]],
	);
	const hiddenId = after.events.find((event) => event.date?.start === '2024-03-03')!.id;
	assert.ok(model.entities.every((entity) => !entity.events.includes(hiddenId)), 'hidden from entities too');
	assert.ok(!('pinned' in after.events[0]!), 'the model given is left as it was');
});

test('an article re-wrapped still matches: the sentence hash folds whitespace', () => {
	const before = corpus();
	const rewrapped = modelOf([
		['a', 'On 3 March 2024, the council\napproved   the bridge. On 5 May 2024, the mayor Anna Berg resigned.', {published: '2024-06-01'}],
		['b', 'The mayor Anna Berg resigned on 5 May 2024 after the vote.', {published: '2024-06-02'}],
	]);
	const {unmatched} = applyCuration(rewrapped, {steps: [{action: 'hide', event: identityOf(before, '2024-03-03')}]});
	assert.deepEqual(unmatched, []);
});

test('a step that matches no event is reported, not dropped', () => {
	const model = corpus();
	const gone = {...identityOf(model, '2024-03-03'), sources: ['a', 'z']};
	const step = {action: 'hide', event: gone} as const;
	const result = applyCuration(model, {steps: [step]});
	assert.deepEqual(result.unmatched, [step]);
	assert.equal(result.model.events.length, model.events.length);
});

test('undo takes back the last step only', () => {
	const model = corpus();
	const hide = {action: 'hide', event: identityOf(model, '2024-03-03')} as const;
	const pin = {action: 'pin', event: identityOf(model, '2024-05-05')} as const;
	assert.deepEqual(withoutLastStep(withStep(withStep({steps: []}, hide), pin)), {steps: [hide]});
});

test('a written curation file reads back the same, in the corpus folder, and leaves no temporary file', async () => {
	const {root, cleanup} = tempFolder({'a.md': 'x'});
	try {
		const model = corpus();
		const curation: Curation = {
			steps: [
				{action: 'rename', event: identityOf(model, '2024-05-05'), title: 'Mayor: "resigns" # at last'},
				{action: 'hide', event: {date: {start: '2024', end: '2025', precision: 'year'}, sources: ['a'], sentence: '0123456789ab'}},
				{action: 'pin', event: {date: null, sources: ['b'], sentence: 'ba9876543210'}},
			],
		};
		const file = await curationFileFor([root]);
		assert.equal(file, path.join(root, 'dateline-curation.yaml'));
		assert.equal(await curationFileFor([path.join(root, 'a.md')]), file);
		assert.deepEqual(await readCuration(file), {steps: []}, 'no file: an empty curation');
		await writeCuration(file, curation);
		assert.deepEqual(await readCuration(file), curation);
		assert.match(readFileSync(file, 'utf8'), /action: rename\n\s+title: .*\n\s+date: \{start: '?2024-05-05'?, end: null, precision: day\}/u, 'human-readable');
		assert.deepEqual(snapshot(root).map((entry) => entry.split(' ')[0]), ['a.md', 'dateline-curation.yaml']);
	} finally {
		cleanup();
	}
});

test('a damaged curation file is reported with its line and left untouched', async () => {
	const damaged = 'steps:\n  - action: hide\n    sources: [a\n';
	const wrongStep = 'steps:\n  - action: hide\n    sources: [a]\n    sentence: 0123456789ab\n  - action: explode\n    sources: [a]\n    sentence: 0123456789ab\n';
	const {root, cleanup} = tempFolder({'dateline-curation.yaml': damaged, 'other.yaml': wrongStep});
	try {
		const before = snapshot(root);
		await assert.rejects(readCuration(path.join(root, 'dateline-curation.yaml')), (error: unknown) => {
			assert.ok(error instanceof DamagedCurationError);
			assert.ok(error.line !== undefined && error.line >= 3, `line ${error.line}`);
			assert.match(error.message, /dateline-curation\.yaml:\d+: /u);
			assert.doesNotMatch(error.message, /\n/u);
			return true;
		});
		await assert.rejects(readCuration(path.join(root, 'other.yaml')), (error: unknown) => error instanceof DamagedCurationError && error.line === 5);
		assert.deepEqual(snapshot(root), before);
	} finally {
		cleanup();
	}
});

test('parseCuration reads what curationYaml writes and an empty file', () => {
	assert.deepEqual(parseCuration('', 'f'), {steps: []});
	const curation: Curation = {steps: [{action: 'hide', event: {date: {start: '2024-05', end: null, precision: 'month'}, sources: ['a b', 'c:d'], sentence: 'ffffffffffff'}}]};
	assert.deepEqual(parseCuration(curationYaml(curation), 'f'), curation);
});

const textsOf = (model: TimelineModel) => new Map(model.articles.map((article) => [article.id, article.text]));

test('a note is kept on its event, and a rename and a note read back from the file', () => {
	const model = corpus();
	const curation: Curation = {
		steps: [
			{action: 'note', event: identityOf(model, '2024-05-05'), note: 'Check the council minutes: "vote" # 12'},
			{action: 'rename', event: identityOf(model, '2024-05-05'), title: 'Mayor resigns'},
		],
	};
	const resigned = applyCuration(model, curation).model.events.find((event) => event.date?.start === '2024-05-05')!;
	assert.equal(resigned.note, 'Check the council minutes: "vote" # 12');
	assert.equal(resigned.title, 'Mayor resigns', 'the note does not change the identity a later step names');
	assert.deepEqual(parseCuration(curationYaml(curation), 'f'), curation);
});

test('merge makes one event of two, by both identities: union of sources and mentions, the earlier event leads', () => {
	const model = corpus();
	const bridge = model.events.find((event) => event.date?.start === '2024-03-03')!;
	const resigned = model.events.find((event) => event.date?.start === '2024-05-05')!;
	const merge: Curation = {steps: [{action: 'merge', event: identityOf(model, '2024-05-05'), with: identityOf(model, '2024-03-03')}]};
	const {model: merged, unmatched} = applyCuration(reindexed(model), merge);
	assert.deepEqual(unmatched, []);
	assert.equal(merged.events.length, model.events.length - 1);
	const one = merged.events.find((event) => event.id === `new-${bridge.id}`)!;
	assert.deepEqual(one.date, bridge.date, 'the earlier event keeps its date');
	assert.deepEqual([...one.sources].sort(), ['a', 'b']);
	assert.equal(one.mentions.length, bridge.mentions.length + resigned.mentions.length);
	assert.deepEqual(one.mentions[0], bridge.mentions[0], 'the earliest first mention leads');
	assert.ok(!merged.events.some((event) => event.id === `new-${resigned.id}`));
	const berg = merged.entities.find((entity) => entity.name === 'Anna Berg')!;
	assert.deepEqual(berg.events, [one.id], 'entities name the merged event');
	// A later step names the merged event by its new identity.
	const renamed = applyCuration(model, withStep(merge, {action: 'rename', event: eventIdentity(applyCuration(model, merge).model.events.find((event) => event.id === bridge.id)!, textsOf(model)), title: 'Both'}));
	assert.deepEqual(renamed.unmatched, []);
	assert.equal(renamed.model.events.find((event) => event.id === bridge.id)!.title, 'Both');
	assert.deepEqual(parseCuration(curationYaml(merge), 'f'), merge);
	assert.match(curationYaml(merge), /\n {4}with: \{date: \{start: '?2024-03-03'?, end: null, precision: day\}, sources: \[a\], sentence: [0-9a-f]{12}\}\n/u);
});

test('a merge of which one event is gone matches no event and changes nothing', () => {
	const model = corpus();
	const step = {action: 'merge', event: identityOf(model, '2024-05-05'), with: {...identityOf(model, '2024-03-03'), sentence: '000000000000'}} as const;
	const result = applyCuration(model, {steps: [step]});
	assert.deepEqual(result.unmatched, [step]);
	assert.deepEqual(result.model.events, model.events);
});

test('split takes one source out of an event into an event of its own, right after it; undo is dropping the step', () => {
	const model = corpus();
	const resigned = model.events.find((event) => event.date?.start === '2024-05-05')!;
	assert.deepEqual([...resigned.sources].sort(), ['a', 'b']);
	const split: Curation = {steps: [{action: 'split', event: identityOf(model, '2024-05-05'), source: 'b'}]};
	const {model: curated, unmatched} = applyCuration(model, split);
	assert.deepEqual(unmatched, []);
	const at = curated.events.findIndex((event) => event.id === resigned.id);
	const [kept, out] = [curated.events[at]!, curated.events[at + 1]!];
	assert.deepEqual(kept.sources, ['a']);
	assert.ok(kept.mentions.every((mention) => mention.article === 'a'));
	assert.deepEqual(out.sources, ['b']);
	assert.ok(out.mentions.length > 0 && out.mentions.every((mention) => mention.article === 'b'));
	assert.deepEqual(out.date, resigned.date);
	assert.ok(curated.entities.find((entity) => entity.name === 'Anna Berg')!.events.includes(out.id), 'an entity named in the article lists the new event');
	// The split-out event can be curated in turn, by its identity.
	const hidden = applyCuration(model, withStep(split, {action: 'hide', event: eventIdentity(out, textsOf(model))}));
	assert.deepEqual(hidden.unmatched, []);
	assert.ok(!hidden.model.events.some((event) => event.id === out.id));
	assert.deepEqual(parseCuration(curationYaml(split), 'f'), split);
	assert.deepEqual(applyCuration(model, withoutLastStep(split)).model, model);
	const once = applyCuration(model, {steps: [...split.steps, ...split.steps]});
	assert.equal(once.unmatched.length, 1, 'an event with one source left cannot be split again');
});

test('a damaged merge, note or split step is reported with its line', () => {
	const noWith = 'steps:\n  - action: merge\n    sources: [a]\n    sentence: 0123456789ab\n';
	const noNote = 'steps:\n  - action: hide\n    sources: [a]\n    sentence: 0123456789ab\n  - action: note\n    sources: [a]\n    sentence: 0123456789ab\n';
	assert.throws(() => parseCuration(noWith, 'f'), (error: unknown) => error instanceof DamagedCurationError && error.line === 2 && /"with"/u.test(error.message));
	assert.throws(() => parseCuration(noNote, 'f'), (error: unknown) => error instanceof DamagedCurationError && error.line === 5 && /"note"/u.test(error.message));
	assert.throws(() => parseCuration('steps:\n  - action: split\n    sources: [a]\n    sentence: 0123456789ab\n', 'f'), /"source"/u);
});

test('merges chain: an entity of an event merged twice names the event it ended in', () => {
	const model = modelOf([
		['a', 'On 3 March 2024, the council approved the bridge. On 5 May 2024, the mayor Anna Berg resigned. On 7 July 2024, the engineer Erik Lund began the works.', {published: '2024-08-01'}],
	]);
	const [bridge, resigned, works] = ['2024-03-03', '2024-05-05', '2024-07-07'].map((start) => identityOf(model, start));
	const first: Curation = {steps: [{action: 'merge', event: resigned!, with: works!}]};
	const merged = applyCuration(model, first).model.events.find((event) => event.date?.start === '2024-05-05')!;
	const twice = withStep(first, {action: 'merge', event: bridge!, with: eventIdentity(merged, textsOf(model))});
	const {model: curated, unmatched} = applyCuration(model, twice);
	assert.deepEqual(unmatched, []);
	assert.equal(curated.events.length, 1);
	assert.deepEqual(curated.entities.find((entity) => entity.name === 'Anna Berg')!.events, [curated.events[0]!.id]);
	assert.deepEqual(curated.entities.find((entity) => entity.name === 'Erik Lund')!.events, [curated.events[0]!.id], 'through both merges');
});

test("curation reads the text of an article only where a step's date and sources find its event, not every article's", () => {
	const model = corpus();
	const curation: Curation = {steps: [{action: 'hide', event: identityOf(model, '2024-03-03')}]};
	const read: string[] = [];
	// Articles whose text says when it is read, as lazily loaded articles of the cache do.
	const counted: TimelineModel = {
		...model,
		articles: model.articles.map((article) => {
			const {text, ...rest} = article;
			return Object.defineProperty({...rest}, 'text', {
				enumerable: true,
				get: () => {
					read.push(article.id);
					return text;
				},
			}) as typeof article;
		}),
	};
	const {model: curated, unmatched} = applyCuration(counted, curation);
	assert.deepEqual(unmatched, []);
	assert.equal(curated.events.some((event) => event.date?.start === '2024-03-03'), false, 'the step applied');
	assert.deepEqual([...new Set(read)], ['a'], "only the hidden event's article");
});
