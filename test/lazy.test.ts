import assert from 'node:assert/strict';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {setFlagsFromString} from 'node:v8';
import {textsOnce} from '../source/core/index-cache/codec.js';
import {lazyField, unkept, withFields} from '../source/core/lazy.js';
import {loadTimeline} from '../source/core/timeline.js';

const cacheHome = mkdtempSync(path.join(tmpdir(), 'dateline-cache-'));
process.env.XDG_CACHE_HOME = cacheHome;
after(() => rmSync(cacheHome, {recursive: true, force: true}));

// V8's own test of an object's property storage: dictionary mode is what lazyField avoids.
setFlagsFromString('--allow-natives-syntax');
const hasFastProperties = new Function('object', 'return %HasFastProperties(object)') as (object: object) => boolean;
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

type Item = {id: string; title: string; words: string[]};

test('a lazy field is computed on first read, once, and reads like any other field', () => {
	let computed = 0;
	const withWords = lazyField<Item, 'words', string>('words', (text, item) => {
		computed++;
		return `${item.id} ${text}`.split(' ');
	});
	const item = withWords({id: 'a', title: 'A'}, 'one two');
	assert.equal(computed, 0);
	assert.deepEqual(Object.keys(item), ['id', 'title', 'words']);
	assert.equal(JSON.stringify(item), '{"id":"a","title":"A","words":["a","one","two"]}');
	assert.deepEqual({...item}, {id: 'a', title: 'A', words: ['a', 'one', 'two']});
	assert.equal(item.words, item.words);
	assert.equal(computed, 1);
});

test('a copy with fields replaced keeps them in their places and its lazy field unread until read', () => {
	let computed = 0;
	const withWords = lazyField<Item, 'words', string>('words', (text) => {
		computed++;
		return text.split(' ');
	});
	const item = withWords({id: 'a', title: 'A'}, 'one two');
	const copy = withFields(item, {title: 'B'});
	assert.equal(computed, 0, 'a spread would have computed it');
	assert.equal(JSON.stringify(copy), '{"id":"a","title":"B","words":["one","two"]}');
	assert.equal(computed, 1);
	assert.equal(item.title, 'A');
});

test('objects with a lazy field stay in fast mode and share one shape', () => {
	const withWords = lazyField<Item, 'words', string>('words', (text) => text.split(' '));
	const items = Array.from({length: 1000}, (_, index) => withWords({id: String(index), title: 'T'}, 'one two'));
	assert.ok(items.every((item) => hasFastProperties(item)));
	assert.ok(haveSameMap(items[0]!, items[999]!));
	// Read or not, an object keeps its shape.
	assert.equal(items[3]!.words.length, 2);
	assert.ok(hasFastProperties(items[3]!) && haveSameMap(items[3]!, items[4]!));
});

test('a start from the cache builds events, entities and articles in fast mode', async () => {
	const cold = await loadTimeline(['corpus']);
	const warm = await loadTimeline(['corpus']);
	assert.deepEqual(JSON.parse(JSON.stringify(warm)), JSON.parse(JSON.stringify(cold)));
	const again = await loadTimeline(['corpus']);
	for (const objects of [again.events, again.entities, again.articles]) {
		assert.ok(objects.every((object) => hasFastProperties(object)));
		assert.ok(objects.every((object) => haveSameMap(object, objects[0]!)));
	}
	// Read or not, a field leaves the shape as it is.
	assert.ok(again.events[0]!.mentions.length > 0 && hasFastProperties(again.events[0]!) && haveSameMap(again.events[0]!, again.events[1]!));
});

test('a lazy field read unkept is computed and left unread; one read before is given as kept', () => {
	let computed = 0;
	const withWords = lazyField<Item, 'words', string>('words', (text) => {
		computed++;
		return text.split(' ');
	});
	const item = withWords({id: 'a', title: 'A'}, 'one two');
	assert.deepEqual(unkept(item, 'words'), ['one', 'two']);
	assert.deepEqual(unkept(item, 'words'), ['one', 'two']);
	assert.equal(computed, 2, 'computed again: not kept');
	assert.equal(item.words, item.words);
	assert.equal(computed, 3);
	assert.equal(unkept(item, 'words'), item.words, 'once read, the kept value');
	assert.equal(computed, 3);
	assert.equal(unkept(item, 'title'), 'A', 'a plain field as it is');
});

test('texts read once from the cache are the articles\' texts, and leave them unread', async () => {
	await loadTimeline(['corpus']);
	const warm = await loadTimeline(['corpus']);
	const again = await loadTimeline(['corpus']);
	const textOf = textsOnce();
	const texts = warm.articles.map((article) => textOf(article));
	assert.deepEqual(texts, again.articles.map((article) => article.text));
	// The hidden slot of each text still holds where to read it (a line of the cache and a place in it), not the text.
	const unread = (article: object) => {
		const slot = Object.getOwnPropertySymbols(article).find((symbol) => symbol.description === 'text')!;
		return Array.isArray((article as Record<symbol, unknown>)[slot]);
	};
	assert.ok(warm.articles.length > 0 && warm.articles.every(unread));
	assert.equal(warm.articles[0]!.text, texts[0]);
	assert.ok(!unread(warm.articles[0]!), 'read as a field, the text is kept');
});
