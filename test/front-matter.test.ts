import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {splitFrontMatter} from '../source/core/front-matter.js';
import {loadTimeline} from '../source/core/timeline.js';
import {tempFolder} from './helpers/temp-folder.js';

test('the body after front matter is the rest of the file as written', () => {
	const bodies: Array<[string, string]> = [
		['---\ntitle: A\n---\nBody', 'Body'],
		['---\r\ntitle: A\r\n---\r\nBody\r\n', 'Body\r\n'],
		['---\ntitle: A\n---\n\nBody after a blank line', '\nBody after a blank line'],
		['---\ntitle: A\n---', ''],
		['---\ntitle: A\n---\n', ''],
		['---  \ntitle: A\n---\t\nBody', 'Body'],
		['---\ntitle: A\n...\nBody after the YAML document end', 'Body after the YAML document end'],
		['---\ntitle: A\n---\nBody\n---\nmore: body', 'Body\n---\nmore: body'],
		['---\n---\nBody', 'Body'],
		['---yaml\ntitle: A\n---\nBody', 'Body'],
		['---\n# only a comment\n---\nBody', 'Body'],
		['----\nBody', '----\nBody'],
		['No front matter\n---\ntitle: A\n---\n', 'No front matter\n---\ntitle: A\n---\n'],
	];
	for (const [source, body] of bodies) {
		const result = splitFrontMatter(source);
		assert.ok('body' in result, JSON.stringify(source));
		assert.equal(result.body, body, JSON.stringify(source));
	}
	assert.deepEqual(splitFrontMatter('---\ntitle: A\n---\nBody'), {fields: {title: 'A'}, body: 'Body'});
	assert.deepEqual(splitFrontMatter('---\ntitle: A\nno closing line'), {reason: "broken front matter: no closing '---' line"});
});

test('front matter in any language but YAML is a skip with its reason, never run', () => {
	for (const language of ['js', 'javascript', 'coffee', 'json', 'toml', 'JS']) {
		assert.deepEqual(splitFrontMatter(`---${language}\n{title: "A"}\n---\nBody`), {reason: `front matter in '${language}' is not read: only YAML`});
	}
	assert.deepEqual(splitFrontMatter(`--- js \n{}\n---\nBody`), {reason: "front matter in 'js' is not read: only YAML"});
	assert.match((splitFrontMatter(`---${'x'.repeat(100_000)}\n---\n`) as {reason: string}).reason, /^front matter in 'x{20}…' is not read/);
});

test('YAML tags that would build functions or objects are refused, and dates stay as written', () => {
	for (const tag of ['!!js/function "function () { return 1 }"', '!!js/undefined ""', '!!js/regexp /a/', '!<tag:yaml.org,2002:js/function> "x"', '!!binary aGVsbG8=']) {
		const result = splitFrontMatter(`---\ntitle: ${tag}\n---\nBody`);
		assert.match((result as {reason: string}).reason, /^broken front matter: unknown tag/, tag);
	}
	assert.deepEqual(splitFrontMatter('---\npublished: 2025-05-16T23:30:00-05:00\n---\nBody'), {fields: {published: '2025-05-16T23:30:00-05:00'}, body: 'Body'});
	const prototype = splitFrontMatter('---\n__proto__: {polluted: yes}\n---\nBody');
	assert.ok('fields' in prototype);
	assert.equal(({} as Record<string, unknown>).polluted, undefined);
	assert.equal(Object.getPrototypeOf(prototype.fields), Object.prototype);
});

/** The exploit of issue 13: JavaScript front matter that touches `marker` when evaluated. */
const exploit = (marker: string) => `---js\n{title: require('child_process').execSync('touch ${marker}').toString()}\n---\nBody on 20 May 2025.\n`;

for (const [where, options] of [
	['in the main thread', {}],
	['in worker threads', {filesPerWorker: 1}],
] as const) {
	test(`a ---js front matter runs nothing ${where} and is skipped with its reason`, async () => {
		const outside = tempFolder({});
		const marker = path.join(outside.root, 'x');
		const {root, cleanup} = tempFolder({'evil.md': exploit(marker), 'good.md': 'Talks opened on 16 May 2025.'});
		try {
			const model = await loadTimeline([root], {cache: false, ...options});
			assert.equal(existsSync(marker), false, 'the front matter was run as code');
			assert.deepEqual(model.articles.map((article) => article.id), ['good']);
			assert.deepEqual(model.skipped, [{path: `${path.basename(root)}/evil.md`, reason: "front matter in 'js' is not read: only YAML"}]);
		} finally {
			cleanup();
			outside.cleanup();
		}
	});
}
