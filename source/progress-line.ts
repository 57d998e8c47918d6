import type {IndexProgress} from './core/index-corpus.js';

const interval = 100;

/**
 * A one-line progress display on stderr while a corpus is indexed: files done, articles per
 * second and the time left. Drawn only on a terminal, rewritten in place, erased when done or when a warning is due.
 */
export function progressLine(stream: NodeJS.WriteStream): {update: (progress: IndexProgress) => void; done: () => void} {
	if (!stream.isTTY) return {update: () => undefined, done: () => undefined};
	const started = performance.now();
	let drawn = 0;
	let firstDone: number | null = null;
	let visible = false;
	return {
		update({done, total, articles}) {
			const now = performance.now();
			// Files taken from the cache come in at once; the rate counts the files read since.
			firstDone ??= done;
			if (now - drawn < interval || done === total) return;
			drawn = now;
			const seconds = (now - started) / 1000;
			const rate = seconds > 0 ? articles / seconds : 0;
			const perFile = seconds / Math.max(1, done - firstDone);
			const left = Math.ceil((total - done) * perFile);
			stream.write(`\r\u001b[Kindexing ${done.toLocaleString('en')}/${total.toLocaleString('en')} files · ${Math.round(rate).toLocaleString('en')} articles/s · ${left} s left`);
			visible = true;
		},
		done() {
			if (visible) stream.write('\r\u001b[K');
			visible = false;
		},
	};
}
