/**
 * Profiles articles added one at a time to a watched corpus, as `dateline --watch` loads them:
 * the live corpus loaded twice (a start, then the load the watch begins with), then for each
 * file written the load told that file (as the watcher names it), with the quick model it shows
 * first, and the interface's work on the model (curation, index, the key events' rows). Prints the CPU time of each, and the phases of
 * the one profiled (sampled; the profiler's own stop shows as `dispatch`).
 *
 * Usage: tsx scripts/bench/profile-add.ts <a copy of a corpus: files are added to it> <folder for add.cpuprofile>
 * ADDS=n files (3), PROFILED=i the one profiled (1, the first after one warmed up), NAMED=0
 * to ask every file's status as `r` does, CHECK=1 to compare the last model with a load from scratch.
 */
import {mkdirSync, rmSync, writeFileSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {isDeepStrictEqual} from 'node:util';
import {Session} from 'node:inspector/promises';
import {loadTimeline} from '../../source/core/timeline.js';
import {liveCorpus} from '../../source/core/live-corpus.js';
import type {TimelineEvent, TimelineModel} from '../../source/core/model.js';
import {applyCuration} from '../../source/core/curation/curation.js';
import {indexModel} from '../../source/ui/environment.js';
import {summarizeProfiles} from './profile.js';

const [corpus, out] = process.argv.slice(2) as [string, string];
const cpu = () => {
	const {user, system} = process.cpuUsage();
	return (user + system) / 1000;
};
const live = liveCorpus([corpus], {cache: true, textsCheckedWhenRead: true});
let at = cpu();
await live.load();
console.log(`first load ${(cpu() - at).toFixed(0)} ms`);
at = cpu();
await live.load();
console.log(`second load ${(cpu() - at).toFixed(0)} ms`);
const folder = path.join(corpus, 'added-while-profiling');
mkdirSync(folder, {recursive: true});
const sample = readdirSync(corpus, {recursive: true, encoding: 'utf8'}).find((name) => name.endsWith('.md'))!;
const content = readFileSync(path.join(corpus, sample), 'utf8');
const profiled = Number(process.env.PROFILED ?? 1);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
let last: TimelineModel | undefined;
for (let i = 0; i < Number(process.env.ADDS ?? 3); i++) {
	const file = path.join(folder, `added-${Date.now()}-${i}.md`);
	writeFileSync(file, content.replace(/^title: .*$/m, `title: "Added while profiling ${i}"`));
	if (global.gc) global.gc();
	if (i === profiled) await session.post('Profiler.start');
	const start = cpu();
	// Told the file, as the watcher names it (NAMED=0: every file's status is asked for); the quick model is shown first, as the interface shows it.
	let quick: {at: number; model: TimelineModel} | undefined;
	const model = (await live.update({...(process.env.NAMED === '0' ? {} : {changed: new Set([file])}), shown: (shown) => {
		quick = {at: cpu(), model: shown};
	}}))!;
	last = model;
	const loaded = cpu();
	const curated = applyCuration(model, {steps: []}).model;
	const index = indexModel(curated);
	const rows = index.timeline({entity: null, text: null, from: null, to: null, language: null, outlet: null, minSources: 1}, 'day', true);
	const end = cpu();
	if (quick) {
		// Salience aside (an article added weighs every date's burst again), how many of the quick model's events the whole merge gives otherwise.
		const shape = (event: TimelineEvent) => JSON.stringify({...event, salience: 0});
		const events = new Map(model.events.map((event) => [event.id, shape(event)]));
		const differ = quick.model.events.filter((event) => events.get(event.id) !== shape(event)).length;
		console.log(`add ${i}: quick model ${(quick.at - start).toFixed(0)} ms (${quick.model.events.length} events, ${differ} of them not as the whole merge gives them)`);
	}
	console.log(`add ${i}: load ${(loaded - start).toFixed(0)} ms, interface ${(end - loaded).toFixed(0)} ms (${rows.rows.length} rows, ${model.events.length} events)`);
	if (i === profiled) {
		const {profile} = await session.post('Profiler.stop');
		writeFileSync(path.join(out, 'add.cpuprofile'), JSON.stringify(profile));
	}
}
// CHECK=1: the model after the adds is the one a load from scratch gives.
if (process.env.CHECK) console.log(`same as a load from scratch: ${isDeepStrictEqual(JSON.parse(JSON.stringify(last)), JSON.parse(JSON.stringify(await loadTimeline([corpus], {cache: false}))))}`);
rmSync(folder, {recursive: true});
if (profiled >= Number(process.env.ADDS ?? 3)) process.exit(0);
const stages = ['corpusFiles', 'findArticleFiles', 'stillCurrent', 'readAgain', 'assembleTimelineSteps', 'resolveEntities', 'buildEventsSteps', 'quickUpdate', 'memoCandidates', 'byDate', 'countFeaturesOf', 'weighFeatures', 'happenings', 'memoEvent', 'retellings', 'salienceOf', 'applyCuration', 'indexModel', 'timelineRows', 'filteredEvents', 'keyEvents'];
const summary = summarizeProfiles([path.join(out, 'add.cpuprofile')], process.cwd(), stages, 30);
console.log(`busy ${summary.busyMs.toFixed(0)} ms, idle ${summary.idleMs.toFixed(0)} ms`);
for (const [name, ms] of Object.entries(summary.stages)) console.log(`  ${name.padEnd(24)} ${ms.toFixed(0)} ms`);
console.log('self:');
for (const entry of summary.functions.slice(0, 30)) console.log(`  ${entry.selfMs.toFixed(0).padStart(6)} ${entry.totalMs.toFixed(0).padStart(6)} ${entry.name}`);
