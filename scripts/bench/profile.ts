/**
 * The heaviest functions and files of V8 .cpuprofile files (from `node --cpu-prof`; one a
 * thread), merged: self and inclusive time, idle time left out of the shares.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';

type ProfileNode = {id: number; callFrame: {functionName: string; url: string; lineNumber: number}; children?: number[]};
type CpuProfile = {nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]};

export type ProfileEntry = {name: string; selfMs: number; totalMs: number; selfShare: number};
export type ProfileSummary = {threads: number; busyMs: number; idleMs: number; functions: ProfileEntry[]; files: ProfileEntry[]; stages: Record<string, number>};

function shortUrl(url: string, root: string): string {
	const file = url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length)) : url;
	if (!file) return '(native)';
	const relative = path.relative(root, file);
	return relative.startsWith('..') ? file : relative;
}

const idle = new Set(['(idle)', '(program)']);

/** `stages`: function names whose inclusive time is reported on its own (e.g. the engine's stages). */
export function summarizeProfiles(files: readonly string[], root: string, stages: readonly string[], top = 25): ProfileSummary {
	const self = {functions: new Map<string, number>(), files: new Map<string, number>()};
	const total = {functions: new Map<string, number>(), files: new Map<string, number>()};
	const stageTotals = new Map<string, number>(stages.map((name) => [name, 0]));
	let busyUs = 0;
	let idleUs = 0;
	const bump = (map: Map<string, number>, key: string, delta: number) => map.set(key, (map.get(key) ?? 0) + delta);
	for (const file of files) {
		const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
		const byId = new Map(profile.nodes.map((node) => [node.id, node]));
		const parent = new Map<number, number>();
		for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
		const functionKey = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${shortUrl(node.callFrame.url, root)}:${node.callFrame.lineNumber + 1}`;
		const fileKey = (node: ProfileNode) => shortUrl(node.callFrame.url, root);
		profile.samples.forEach((id, index) => {
			const delta = profile.timeDeltas[index] ?? 0;
			const leaf = byId.get(id);
			if (!leaf) return;
			if (idle.has(leaf.callFrame.functionName)) {
				idleUs += delta;
				return;
			}
			busyUs += delta;
			bump(self.functions, functionKey(leaf), delta);
			bump(self.files, fileKey(leaf), delta);
			const seen = new Set<string>();
			for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1)) {
				for (const key of [`f ${functionKey(node)}`, `u ${fileKey(node)}`, `s ${node.callFrame.functionName}`]) {
					if (seen.has(key)) continue;
					seen.add(key);
					if (key.startsWith('f ')) bump(total.functions, key.slice(2), delta);
					else if (key.startsWith('u ')) bump(total.files, key.slice(2), delta);
					else if (stageTotals.has(key.slice(2))) bump(stageTotals, key.slice(2), delta);
				}
			}
		});
	}
	const entries = (selfMap: Map<string, number>, totalMap: Map<string, number>) =>
		[...selfMap.entries()]
			.map(([name, us]) => ({name, selfMs: us / 1000, totalMs: (totalMap.get(name) ?? us) / 1000, selfShare: busyUs > 0 ? us / busyUs : 0}))
			.sort((a, b) => b.selfMs - a.selfMs)
			.slice(0, top);
	return {
		threads: files.length,
		busyMs: busyUs / 1000,
		idleMs: idleUs / 1000,
		functions: entries(self.functions, total.functions),
		files: entries(self.files, total.files),
		stages: Object.fromEntries([...stageTotals.entries()].map(([name, us]) => [name, us / 1000])),
	};
}
