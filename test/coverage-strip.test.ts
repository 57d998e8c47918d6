import assert from 'node:assert/strict';
import {test} from 'node:test';
import {coverageHistogram} from '../source/core/histogram.js';
import {columnOfDay, coverageStrip, keyMark, selectedMark} from '../source/ui/coverage-strip.js';
import {largeModel} from './helpers/fixture.js';

// Ten days; day n has n + 1 sources (one event each with that many articles is what the histogram counts).
const model = largeModel(10);
const events = model.events.map((event, index) => ({...event, sources: Array.from({length: index + 1}, (_, source) => `a${source}`)}));
const histogram = coverageHistogram(events, 'day');

test('bars rise with the sources of each day, one block level per step, stretched to the width', () => {
	const {bars} = coverageStrip(histogram, 20, [], undefined);
	assert.equal(bars.length, 20);
	assert.equal(bars.slice(-2), '██', 'the busiest day at full height');
	assert.equal(bars[0], '▁', 'the quietest day still shows');
	const levels = [...bars].map((bar) => ' ▁▂▃▄▅▆▇█'.indexOf(bar));
	assert.deepEqual(levels, [...levels].sort((a, b) => a - b), 'never lower for a day with more sources');
});

test('days without coverage are blank; many days are summed into one column', () => {
	const sparse = coverageHistogram([events[0]!, events[9]!], 'day');
	assert.equal(coverageStrip(sparse, 10, [], undefined).bars, '▁        █');
	assert.equal(coverageStrip(histogram, 5, [], undefined).bars.length, 5);
});

test('marks: key events with a dot, the selected event with a triangle on its own day', () => {
	const {marks} = coverageStrip(histogram, 10, [events[2]!, events[7]!], events[7]);
	assert.equal(marks, `  ${keyMark}    ${selectedMark}  `);
	assert.equal(columnOfDay(histogram, '2023-12-31', 10), -1, 'before the span: no column');
	assert.equal(coverageStrip({unit: 'day', bins: []}, 10, [], undefined).bars, '', 'nothing dated: no strip');
});
