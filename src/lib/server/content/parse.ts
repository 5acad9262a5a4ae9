// Every article through the Markdown pipeline once per text: results are cached by a hash of the file's text
// and of the pipeline's own code, so a build after an edit parses only what changed, and the steps of one
// build (search files, then the app) share one parse. A cold parse of thousands of articles runs in worker
// threads, one per core. Relative imports only: vite.config.ts loads this before SvelteKit's aliases exist.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MdData } from '../../content/markdown.js';
import { markdownParser } from './parse-markdown.js';

export interface ParseJob {
	source: string;
	/** For mdsvex's messages, e.g. /content/en/billing/invoice.md */
	filename: string;
}

/** Below this many articles to parse, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 64;
/** Articles sent to a worker at a time. */
const BATCH = 40;

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

let version: string | undefined;
/** Changes whenever what a parse produces could: the pipeline's code, mdsvex's version. */
function pipelineVersion(): string {
	if (version) return version;
	const here = path.dirname(fileURLToPath(import.meta.url));
	const mdsvexPackage = path.join(
		path.dirname(createRequire(import.meta.url).resolve('mdsvex')),
		'../package.json'
	);
	const parts = ['../../content/markdown.js', '../../content/template.js', './parse-markdown.js']
		.map((file) => path.join(here, file))
		.concat(mdsvexPackage)
		.map((file) => sha256(fs.readFileSync(file)));
	return (version = sha256(parts.join('\n')));
}

function readCached(file: string): MdData | undefined {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8')) as MdData;
	} catch {
		return undefined;
	}
}

/**
 * What the pipeline makes of each job, in order. With `cacheDir`, results are read from and written to it
 * (one JSON file per text, named by its hash).
 */
export async function parseMarkdown(jobs: ParseJob[], cacheDir?: string): Promise<MdData[]> {
	const keys = cacheDir ? jobs.map((j) => sha256(`${pipelineVersion()}\n${j.source}`).slice(0, 40)) : [];
	const cached = (i: number) => path.join(cacheDir!, `${keys[i]}.json`);
	const results = jobs.map((_, i) => (cacheDir ? readCached(cached(i)) : undefined));
	const missing = results.flatMap((r, i) => (r ? [] : [i]));
	if (missing.length === 0) return results as MdData[];
	if (cacheDir) fs.mkdirSync(cacheDir, { recursive: true });

	if (missing.length < WORKER_THRESHOLD) {
		const parse = markdownParser();
		for (const i of missing) {
			results[i] = await parse(jobs[i]!.source, jobs[i]!.filename);
			if (cacheDir) fs.writeFileSync(cached(i), JSON.stringify(results[i]));
		}
		return results as MdData[];
	}

	const batches: number[][] = [];
	for (let at = 0; at < missing.length; at += BATCH) batches.push(missing.slice(at, at + BATCH));
	const count = Math.min(os.availableParallelism(), batches.length, 8);
	await Promise.all(
		Array.from({ length: count }, () =>
			inWorker(batches, cacheDir, (indices) =>
				indices.map((i) => ({ key: keys[i], source: jobs[i]!.source, filename: jobs[i]!.filename }))
			).then((done) => {
				for (const [i, data] of done) results[i] = data;
			})
		)
	);
	return results as MdData[];
}

/** One worker taking batches from the shared queue until it is empty. */
function inWorker(
	queue: number[][],
	cacheDir: string | undefined,
	jobsOf: (indices: number[]) => unknown[]
): Promise<[number, MdData][]> {
	const worker = new Worker(new URL('./parse-worker.js', import.meta.url), {
		workerData: { cacheDir }
	});
	const done: [number, MdData][] = [];
	return new Promise((resolve, reject) => {
		let current: number[] | undefined;
		const next = () => {
			current = queue.shift();
			if (current) worker.postMessage(jobsOf(current));
			else void worker.terminate().then(() => resolve(done));
		};
		worker.on('message', (results: MdData[]) => {
			current!.forEach((index, n) => done.push([index, results[n]!]));
			next();
		});
		worker.on('error', reject);
		worker.on('exit', (code) => {
			if (current && code !== 0) reject(new Error(`a Markdown worker stopped (exit ${code})`));
		});
		next();
	});
}
