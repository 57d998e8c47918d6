import assert from 'node:assert/strict';
import {test} from 'node:test';
import {setFlagsFromString} from 'node:v8';
import {lazyField} from '../source/core/lazy.js';

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

test('objects with a lazy field stay in fast mode and share one shape', () => {
	// V8's own test of an object's property storage: dictionary mode is what lazyField avoids.
	setFlagsFromString('--allow-natives-syntax');
	const hasFastProperties = new Function('object', 'return %HasFastProperties(object)') as (object: object) => boolean;
	const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
	const withWords = lazyField<Item, 'words', string>('words', (text) => text.split(' '));
	const items = Array.from({length: 1000}, (_, index) => withWords({id: String(index), title: 'T'}, 'one two'));
	assert.ok(items.every((item) => hasFastProperties(item)));
	assert.ok(haveSameMap(items[0]!, items[999]!));
	// Read or not, an object keeps its shape.
	assert.equal(items[3]!.words.length, 2);
	assert.ok(hasFastProperties(items[3]!) && haveSameMap(items[3]!, items[4]!));
});
