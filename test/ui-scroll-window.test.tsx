import {test} from 'node:test';
import assert from 'node:assert/strict';
import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import {ScrollWindow} from '../source/ui/scroll-window.js';

const rows = Array.from({length: 20}, (_, index) => `row ${index}`);

/** The rows a window of `height` shows, one per line. */
function shown(top: number, height: number, cursor?: number): string[] {
	const instance = render(
		<Box flexDirection="column">
			<ScrollWindow rows={rows} top={top} height={height} cursor={cursor}>
				{(row, index) => <Text>{`${row} at ${index}`}</Text>}
			</ScrollWindow>
		</Box>,
	);
	const frame = instance.lastFrame() ?? '';
	instance.unmount();
	return frame === '' ? [] : frame.split('\n');
}

test('a scroll window draws only the rows from top, each told its place in the whole list', () => {
	assert.deepEqual(shown(5, 3), ['row 5 at 5', 'row 6 at 6', 'row 7 at 7']);
	assert.deepEqual(shown(0, 2), ['row 0 at 0', 'row 1 at 1']);
});

test('a scroll window stops at the last row, and without a cursor keeps the top it is given', () => {
	assert.deepEqual(shown(18, 5), ['row 18 at 18', 'row 19 at 19']);
	assert.deepEqual(shown(25, 5), []);
});

test('with a cursor, a scroll window pulls a stale top back into range and onto the cursor', () => {
	// A top past the end (the terminal grew): the last rows fill the window.
	assert.deepEqual(shown(18, 4, 19), ['row 16 at 16', 'row 17 at 17', 'row 18 at 18', 'row 19 at 19']);
	// A cursor below the window: it scrolls as little as shows the cursor on the last line.
	assert.deepEqual(shown(0, 3, 10), ['row 8 at 8', 'row 9 at 9', 'row 10 at 10']);
	// A cursor above it: the cursor on the first line.
	assert.deepEqual(shown(12, 3, 4), ['row 4 at 4', 'row 5 at 5', 'row 6 at 6']);
	// A cursor inside it: the top is kept.
	assert.deepEqual(shown(5, 3, 6), ['row 5 at 5', 'row 6 at 6', 'row 7 at 7']);
});
