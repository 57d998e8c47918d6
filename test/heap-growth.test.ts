/**
 * The binary's first import (source/heap-growth.ts) keeps V8 from letting long-lived garbage pile
 * up to several times the live heap: a process that holds a large live set and keeps replacing
 * objects that outlive young-generation collections peaks far lower with it.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const heapGrowth = fileURLToPath(new URL('../source/heap-growth.ts', import.meta.url));

/** Peak memory in MB of a child that holds a million objects and replaces six million that live a while. */
function peakMb(withHeapGrowth: boolean): number {
	const script = `
		${withHeapGrowth ? `await import(${JSON.stringify(heapGrowth)});` : ''}
		const live = [];
		for (let i = 0; i < 1e6; i++) live.push({a: i, b: [i], c: 'x' + i});
		const ring = new Array(100000);
		for (let k = 0; k < 6e6; k++) ring[k % 100000] = {k, pair: [k, k], s: 'y' + k};
		process.stdout.write(String(Math.round(process.resourceUsage().maxRSS / 1024) + live.length * 0));
	`;
	return Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {encoding: 'utf8'}));
}

test('the heap grows little past what is live: long-lived garbage is collected before it doubles the peak', () => {
	const bounded = peakMb(true);
	const unbounded = peakMb(false);
	assert.ok(bounded < unbounded * 0.7, `peak ${bounded} MB with the heap's growth bounded, ${unbounded} MB without`);
});
