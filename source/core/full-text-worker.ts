import {parentPort, workerData, type MessagePort} from 'node:worker_threads';
import {addArticle, addEvent, packTextIndex, startTextIndex, type Postings, type SentenceRanges} from './full-text.js';
import {errorReason} from './error-reason.js';

/**
 * A worker thread that builds a full-text index (full-text-off-thread.ts): fed the articles,
 * then the events, then told it has them all, it answers on `port` with the packed index and
 * ends. All the garbage of folding and listing the words is its own heap's, collected while the
 * interface goes on.
 */
export type TextInput =
	| {articles: Array<[place: number, title: string, text: string]>}
	| {events: Array<[place: number, title: string, sentences: SentenceRanges]>}
	| {done: {articles: number; events: number}};

/** Postings with their words in one string, a line each: one string to copy, not one per word. */
export type PackedPostings = Omit<Postings, 'terms'> & {terms: string};

export type TextOutput = {articles: PackedPostings; events: PackedPostings} | {error: string};

/** `signal` is set to 1 once the answer is on `port`: a thread that waits for it blocks on it. */
export type TextWorkerData = {port: MessagePort; signal: Int32Array};

const {port, signal} = workerData as TextWorkerData;
const build = startTextIndex();

const packed = ({terms, ...rest}: Postings): PackedPostings => ({...rest, terms: terms.join('\n')});

function answer(output: TextOutput): void {
	const transfer = 'error' in output ? [] : [output.articles, output.events].flatMap(({starts, postings}) => [starts.buffer as ArrayBuffer, postings.buffer as ArrayBuffer]);
	port.postMessage(output, transfer);
	Atomics.store(signal, 0, 1);
	Atomics.notify(signal, 0);
	// Wakes a thread that does not block, as every message taken does: the answer itself waits on `port`.
	parentPort!.postMessage(null);
	port.close();
	parentPort!.close();
}

parentPort!.on('message', (input: TextInput) => {
	try {
		if ('done' in input) {
			const steps = packTextIndex(build, input.done.articles, input.done.events);
			let step = steps.next();
			while (!step.done) step = steps.next();
			answer({articles: packed(step.value.articles), events: packed(step.value.events)});
			return;
		}
		if ('articles' in input) for (const [place, title, text] of input.articles) addArticle(build, place, title, text);
		else for (const [place, title, sentences] of input.events) addEvent(build, place, title, sentences);
		// Taken: the interface's thread sends the next.
		parentPort!.postMessage(null);
	} catch (error) {
		answer({error: errorReason(error)});
	}
});
