import assert from 'node:assert/strict';
import test from 'node:test';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {usePrefetch} from '../source/ui/use-prefetch.js';

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function Shown({items, index, prepare, enabled = true}: {items: string[]; index: number; prepare: (item: string) => void; enabled?: boolean}) {
	usePrefetch(items, index, prepare, enabled);
	return <Text>{items[index]}</Text>;
}

test('the items next to the one shown are prepared after its frame, not before', async () => {
	const prepared: string[] = [];
	const prepare = (item: string) => prepared.push(item);
	const items = ['a', 'b', 'c', 'd'];
	const app = render(<Shown items={items} index={1} prepare={prepare} />);
	assert.equal(app.lastFrame(), 'b');
	assert.deepEqual(prepared, [], 'the frame first');
	await macrotask();
	await macrotask();
	assert.deepEqual(prepared, ['c', 'a']);
	app.rerender(<Shown items={items} index={3} prepare={prepare} />);
	await macrotask();
	await macrotask();
	assert.deepEqual(prepared, ['c', 'a', 'c'], 'the last item has no next one');
	app.rerender(<Shown items={items} index={0} prepare={prepare} enabled={false} />);
	await macrotask();
	await macrotask();
	assert.deepEqual(prepared, ['c', 'a', 'c'], 'nothing while another screen is shown');
	app.unmount();
});
