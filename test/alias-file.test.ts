import assert from 'node:assert/strict';
import path from 'node:path';
import {test} from 'node:test';
import {entityDefinitions, maxAliasFileBytes, maxNameWords, readAliasFile} from '../source/core/entities/alias-file.js';
import {builtinEntities} from '../source/core/entities/definitions.js';
import {loadTimeline} from '../source/core/timeline.js';
import {tempFolder} from './helpers/temp-folder.js';

const aliasFile = 'dateline-aliases.yaml';

test('an alias file larger than the limit is skipped with its size as the reason', async () => {
	const entry = '- name: Jane Roe\n  aliases: [J. Roe]\n';
	const {root, cleanup} = tempFolder({[aliasFile]: entry.repeat(Math.ceil((maxAliasFileBytes + 1) / entry.length)), 'a.md': 'Jane Roe spoke.'});
	try {
		const result = await readAliasFile(path.join(root, aliasFile));
		assert.ok('reason' in result);
		assert.match(result.reason, /^alias file is too large \(1\.0 MB; at most 1 MB of names\)$/);
		const model = await loadTimeline([root], {cache: false});
		assert.deepEqual(model.skipped.map((entry) => entry.reason), [result.reason]);
		assert.equal(model.articles.length, 1, 'the articles are read without the alias file');
	} finally {
		cleanup();
	}
});

test('an alias of ten thousand words is refused, not stored word prefix by word prefix', async () => {
	const words = Array.from({length: 10_000}, (_, index) => `Word${index}`).join(' ');
	const {root, cleanup} = tempFolder({[aliasFile]: `- name: Jane Roe\n  aliases:\n    - ${words}\n`});
	try {
		const result = await readAliasFile(path.join(root, aliasFile));
		assert.ok('reason' in result);
		assert.equal(result.reason, `alias file entry 1: a name has at most ${maxNameWords} words ("Word0 Word1 Word2 Word3 Word4 Word5 Word…" has 10000)`);
	} finally {
		cleanup();
	}
});

test('a name of the longest allowed length is read', async () => {
	const name = Array.from({length: maxNameWords}, (_, index) => `Word${index}`).join(' ');
	const {root, cleanup} = tempFolder({[aliasFile]: `- name: ${name}\n  kind: organization\n`});
	try {
		assert.deepEqual(await readAliasFile(path.join(root, aliasFile)), {definitions: [{name, kind: 'organization', aliases: []}]});
	} finally {
		cleanup();
	}
});

test('an alias file may name a product, and the timeline lists it as one', async () => {
	const {root, cleanup} = tempFolder({[aliasFile]: '- name: Boeing 787 Dreamliner\n  kind: product\n  aliases: [Dreamliner]\n', 'a.md': 'The Dreamliner flew on 3 May 2010.'});
	try {
		assert.deepEqual(await readAliasFile(path.join(root, aliasFile)), {definitions: [{name: 'Boeing 787 Dreamliner', kind: 'product', aliases: ['Dreamliner']}]});
		const model = await loadTimeline([root], {cache: false});
		assert.equal(model.entities.find((entity) => entity.name === 'Boeing 787 Dreamliner')?.kind, 'product');
	} finally {
		cleanup();
	}
});

test('entries extend the earliest entity that shares a name with them, or become new entities', () => {
	const definitions = entityDefinitions([
		{name: 'Settenky', kind: 'person', aliases: ['zelensky', 'Putin']},
		{name: 'Smallville', kind: 'place', aliases: ['Small Ville']},
		{name: 'Small Ville', kind: 'place', aliases: ['Smallvile']},
	]);
	const zelensky = definitions.find((definition) => definition.name === 'Volodymyr Zelensky')!;
	assert.deepEqual(zelensky.aliases.slice(-3), ['Settenky', 'zelensky', 'Putin']);
	assert.ok(!definitions.find((definition) => definition.name === 'Vladimir Putin')!.aliases.includes('Settenky'));
	assert.deepEqual(definitions.slice(builtinEntities.length), [{name: 'Smallville', kind: 'place', aliases: ['Small Ville', 'Smallvile']}]);
});
