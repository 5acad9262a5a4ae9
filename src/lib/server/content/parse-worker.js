// A worker thread of parse.ts: parses the batches of articles it is sent and stores each result in the parse
// cache itself, so the main thread only gathers them.
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { markdownParser } from './parse-markdown.js';

/** @typedef {{ key: string, source: string, filename: string }} Job */

const parse = markdownParser();
/** @type {string | undefined} */
const cacheDir = workerData?.cacheDir;

parentPort?.on('message', async (/** @type {Job[]} */ jobs) => {
	const results = [];
	for (const job of jobs) {
		const data = await parse(job.source, job.filename);
		if (cacheDir) fs.writeFileSync(path.join(cacheDir, `${job.key}.json`), JSON.stringify(data));
		results.push(data);
	}
	parentPort?.postMessage(results);
});
