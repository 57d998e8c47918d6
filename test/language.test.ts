import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dateLocaleFor, detectLanguage, loadLanguageDetector} from '../source/core/language.js';

await loadLanguageDetector();

test('detects German, English and Arabic news text', () => {
	assert.equal(detectLanguage('In Russland wurde mitgeteilt, dass Außenminister Sergei Lawrow die Ergebnisse der Verhandlungen besprochen hat.'), 'de');
	assert.equal(detectLanguage('Russia and Ukraine agreed to an important exchange of prisoners after concluding their talks.'), 'en');
	assert.equal(detectLanguage('تقول روسيا إنها سترسل وفداً إلى اسطنبول يوم الاثنين في جولة ثانية من محادثات السلام مع أوكرانيا.'), 'ar');
});

test('a language given in metadata wins over detection', () => {
	assert.equal(detectLanguage('Russia and Ukraine agreed to an exchange of prisoners.', 'de'), 'de');
});

test('each language is routed to its chrono-node locale, others to English', () => {
	assert.equal(dateLocaleFor('ar'), 'ar');
	assert.equal(dateLocaleFor('uk'), 'uk');
	assert.equal(dateLocaleFor('tr'), 'en');
});

test('a short text takes the likeliest language whose dates dateline reads, not a close neighbour', () => {
	assert.equal(detectLanguage('1 May 2025.'), 'en');
	assert.equal(detectLanguage('Am 16. Mai 2025.'), 'de');
	assert.equal(detectLanguage('Le 16 mai 2025.'), 'fr');
	assert.equal(detectLanguage('123 456'), 'und');
});
