import {Worker, type WorkerOptions} from 'node:worker_threads';

/**
 * A worker thread running the engine module `name` (of this folder). The built engine runs it
 * from JavaScript; under tsx (tests, scripts) the engine runs from its TypeScript sources, and
 * the worker needs tsx's loader registered too.
 */
export function startWorker(name: string, options: WorkerOptions): Worker {
	if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, import.meta.url), options);
	const tsx = import.meta.resolve('tsx/esm/api');
	const source = new URL(`./${name}.ts`, import.meta.url).href;
	const bootstrap = `import(${JSON.stringify(tsx)}).then(({register}) => { register(); return import(${JSON.stringify(source)}); });`;
	return new Worker(bootstrap, {...options, eval: true});
}
