import assert from 'node:assert/strict';
import {test} from 'node:test';
import {approximateDays} from '../source/core/dates/approximate.js';

const spanOf = (text: string, expression: string) => ({start: text.indexOf(expression), end: text.indexOf(expression) + expression.length});
const slack = (text: string, expression: string, language = 'en') => approximateDays(text, spanOf(text, expression), language);

test('a day counted back in weeks means about then, a week either side, in each language', () => {
	assert.equal(slack('It was introduced two weeks ago.', 'two weeks ago'), 7);
	assert.equal(slack('Es wurde vor zwei Wochen vorgestellt.', 'vor zwei Wochen', 'de'), 7);
	assert.equal(slack('Se presentó hace dos semanas.', 'hace dos semanas', 'es'), 7);
	// Each language's own words: a language without them reads every day as exact.
	assert.equal(slack('Se presentó hace dos semanas.', 'hace dos semanas', 'en'), 0);
	assert.equal(slack('Это было две недели назад.', 'две недели назад', 'ru'), 0);
});

test('a day counted back in days is exact unless a hedge stands before it; a named day is exact', () => {
	assert.equal(slack('It was introduced three days ago.', 'three days ago'), 0);
	assert.equal(slack('It was introduced less than three days ago.', 'three days ago'), 3);
	assert.equal(slack('It was introduced on June 7.', 'June 7'), 0);
	assert.equal(slack('It was introduced yesterday.', 'yesterday'), 0);
});
