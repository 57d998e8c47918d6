import {MessageChannel, receiveMessageOnPort, type MessagePort, type Worker} from 'node:worker_threads';
import {charactersPerStep, salienceOf, sentenceRanges, sentencesPerStep, textIndexSteps, type Postings, type TextIndex} from './full-text.js';
import type {PackedPostings, TextInput, TextOutput, TextWorkerData} from './full-text-worker.js';
import {textsOnce} from './index-cache/codec.js';
import type {TimelineModel} from './model.js';
import {startWorker} from './start-worker.js';
import {stepwise, type Stepwise} from './stepwise.js';

/**
 * The full-text index built by a worker thread (full-text-worker.ts), for a large corpus: the
 * interface's thread only reads each article's text and event's sentences and sends them over,
 * a message at a time, and takes the packed index back. Folding and listing the words, most of
 * the work, and the garbage they leave, which the collector otherwise cleared while a key
 * waited, are the worker's. A worker that fails or never answers leaves the index to be built
 * here, as `textIndexSteps` does.
 */

/** From this many articles: for fewer, starting a thread (its modules, its JIT warming up) costs more than building here. */
export const offThreadFrom = 1000;

/** Messages sent that the worker has not yet taken: the texts wait in its queue, not all at once. */
const inFlight = 4;

/** How long `finish` waits for the worker's answer before building the index itself. */
const longestWait = 60_000;

/** The messages of a model's texts, each about a step's work of `textIndexSteps`, and last the one that asks for the index. */
function* inputs(model: TimelineModel): Generator<TextInput, void, void> {
	const textOf = textsOnce();
	const places = new Map<string, number>();
	let articles: Array<[number, string, string]> = [];
	let characters = 0;
	for (const [place, article] of model.articles.entries()) {
		places.set(article.id, place);
		const text = textOf(article);
		articles.push([place, article.title, text]);
		characters += text.length;
		if (characters < charactersPerStep) continue;
		yield {articles};
		articles = [];
		characters = 0;
	}
	if (articles.length > 0) yield {articles};
	let events: Array<[number, string, number[]]> = [];
	let sentences = 0;
	for (const [place, event] of model.events.entries()) {
		const ranges = sentenceRanges(event, places);
		events.push([place, event.title, ranges]);
		sentences += 1 + ranges.length / 3;
		if (sentences < sentencesPerStep) continue;
		yield {events};
		events = [];
		sentences = 0;
	}
	if (events.length > 0) yield {events};
	yield {done: {articles: model.articles.length, events: model.events.length}};
}

/** Words of a packed list split off between two steps: a large corpus has hundreds of thousands. */
const termsPerStep = 20_000;

function* unpackedTerms(terms: string): Generator<void, string[], void> {
	const list: string[] = [];
	for (let from = 0; from < terms.length; ) {
		const end = terms.indexOf('\n', from);
		const to = end < 0 ? terms.length : end;
		list.push(terms.slice(from, to));
		from = to + 1;
		if (list.length % termsPerStep === 0) yield;
	}
	return list;
}

/** The worker's answer as the index, its words split a step at a time. */
function* unpacked(answer: {articles: PackedPostings; events: PackedPostings}, model: TimelineModel): Generator<void, TextIndex, void> {
	const articles: Postings = {...answer.articles, terms: yield* unpackedTerms(answer.articles.terms)};
	const events: Postings = {...answer.events, terms: yield* unpackedTerms(answer.events.terms)};
	return {articles, events, recent: new Map(), salience: salienceOf(model)};
}

/** Ends the workers of builds let go unfinished (a model replaced while its index was built). */
const abandoned = new FinalizationRegistry((worker: Worker) => void worker.terminate());

/** The model's full-text index built off this thread: `advance` sends texts for about that long, or takes the answer. */
export function textIndexOffThread(model: TimelineModel): Stepwise<TextIndex> {
	let result: TextIndex | undefined;
	/** What is left to do on this thread: unpacking the worker's answer, or building the index where the worker failed. */
	let here: Stepwise<TextIndex> | undefined;
	let thread: {worker: Worker; port: MessagePort; signal: Int32Array; sent: number; taken: number; ended: boolean; wake: () => void} | undefined;
	const messages = inputs(model);
	let sentAll = false;

	const builtHere = () => (here ??= stepwise(() => textIndexSteps(model)));
	const start = () => {
		const {port1, port2} = new MessageChannel();
		const signal = new Int32Array(new SharedArrayBuffer(4));
		const worker = startWorker('full-text-worker', {workerData: {port: port2, signal} satisfies TextWorkerData, transferList: [port2]});
		// An unfinished index never keeps the program from quitting.
		worker.unref();
		const started = {worker, port: port1, signal, sent: 0, taken: 0, ended: false, wake: () => {}};
		const wake = () => {
			const waiting = started.wake;
			started.wake = () => {};
			waiting();
		};
		worker.on('message', () => {
			started.taken++;
			wake();
		});
		const end = () => {
			started.ended = true;
			wake();
		};
		worker.on('error', end);
		worker.on('exit', end);
		abandoned.register(built, worker, built);
		return started;
	};
	/** The worker's answer once it is in, to unpack; when the worker failed instead, the index is built here from now on. */
	const take = (): Stepwise<TextIndex> | undefined => {
		const answer = receiveMessageOnPort(thread!.port)?.message as TextOutput | undefined;
		if (answer === undefined && !thread!.ended) return undefined;
		abandoned.unregister(built);
		thread!.port.close();
		return answer === undefined || 'error' in answer ? builtHere() : stepwise(() => unpacked(answer, model));
	};
	/** Sends the next message; false once all are sent. */
	const send = (): boolean => {
		const next = messages.next();
		if (next.done) return false;
		thread!.worker.postMessage(next.value);
		thread!.sent++;
		sentAll = 'done' in next.value;
		return true;
	};
	const advance = (milliseconds: number): TextIndex | undefined => {
		if (result) return result;
		if (here) return (result = here.advance(milliseconds));
		if (!thread) {
			// A slice of its own: the first thread of a run takes a while to start.
			thread = start();
			return undefined;
		}
		const until = performance.now() + milliseconds;
		while (!sentAll && thread.sent - thread.taken < inFlight && send() && performance.now() < until);
		if (!sentAll) return undefined;
		here = take();
		return here && (result = here.advance(Math.max(0, until - performance.now())));
	};
	const built: Stepwise<TextIndex> = {
		advance,
		finish() {
			if (result) return result;
			if (here) return (result = here.finish());
			thread ??= start();
			while (send());
			if (Atomics.wait(thread.signal, 0, 0, longestWait) === 'timed-out') {
				void thread.worker.terminate();
				thread.ended = true;
			}
			return (result = (take() ?? builtHere()).finish());
		},
		built: () => result,
		// While the worker has all it may be sent for now: kept when it has taken a message or answered.
		awaited() {
			if (result || here || !thread || thread.ended || Atomics.load(thread.signal, 0) === 1 || (!sentAll && thread.sent - thread.taken < inFlight)) return undefined;
			const current = thread;
			return new Promise((resolve) => (current.wake = resolve));
		},
	};
	return built;
}
