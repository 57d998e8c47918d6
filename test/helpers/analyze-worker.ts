import {parentPort} from 'node:worker_threads';
import {analyzeWithAliases} from '../../source/core/analyze.js';

// Analyses articles off the test's thread, so that a test's timeout can end a stage that never returns.
const analyze = analyzeWithAliases([]);
parentPort!.on('message', ({text, language}: {text: string; language: string}) => {
	const analyzed = analyze({id: 'worst', path: 'worst.txt', text, language, published: '2025-05-20'});
	parentPort!.postMessage({length: analyzed.article.text.length, names: analyzed.mentions.names.map((name) => name.surface)});
});
// Modules and date locales load on first use: before the timed tests.
for (const language of ['en', 'de', 'ar']) analyze({id: 'warm', path: 'warm.txt', text: 'On 12 May 2025 Tim Cook met Hakan Fidan. الرئيس زيلنسكي', language});
parentPort!.postMessage('ready');
