import {test} from 'node:test';
import assert from 'node:assert/strict';
import {Component, type ReactNode} from 'react';
import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import {TitleBar} from '../source/ui/title-bar.js';
import {useSettings} from '../source/ui/settings.js';
import {withSettings} from './helpers/ink.js';

/** A frame drawn once, with its escape sequences. */
function drawn(element: Parameters<typeof render>[0]): string {
	const instance = render(element);
	const frame = instance.lastFrame() ?? '';
	instance.unmount();
	return frame;
}

const title = 'روسيا سترسل وفداً';

test('panes read bidi reordering from the settings, not from a prop', () => {
	const bar = (reorderBidi: boolean) => drawn(withSettings(<TitleBar width={60} title={title} right="" />, {reorderBidi}));
	assert.match(bar(false), /روسيا سترسل/, 'logical order for a terminal that reorders itself');
	assert.match(bar(true), /لسرتس ايسور/, 'display order');
});

test('the settings given at the top reach every pane below, however deep', () => {
	function Probe() {
		const {color, reorderBidi} = useSettings();
		return <Text>{`color ${color} · reorder ${reorderBidi}`}</Text>;
	}
	const nested = (
		<Box>
			<Box>
				<Probe />
			</Box>
		</Box>
	);
	assert.equal(drawn(withSettings(nested, {color: true, reorderBidi: false})), 'color true · reorder false');
	assert.equal(drawn(withSettings(nested)), 'color false · reorder true');
});

/** Draws the message of an error thrown below it: Ink's own error screen is not drawn when CI is set. */
class ErrorMessage extends Component<{children: ReactNode}, {message?: string}> {
	override state: {message?: string} = {};
	static getDerivedStateFromError(error: unknown) {
		return {message: error instanceof Error ? error.message : String(error)};
	}

	override render() {
		return this.state.message === undefined ? this.props.children : <Text>{this.state.message}</Text>;
	}
}

test('a pane drawn outside the settings says so rather than guessing', () => {
	const frame = drawn(
		<ErrorMessage>
			<TitleBar width={60} title="x" right="" />
		</ErrorMessage>,
	);
	assert.match(frame, /useSettings\(\) outside a SettingsProvider/);
});
