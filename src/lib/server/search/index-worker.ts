// One locale's search index, built and split in a worker thread (see buildSearchFiles' `threads`): FlexSearch's
// indexing is plain JavaScript on one core, so a build with several locales builds them side by side.
import { parentPort } from 'node:worker_threads';
import type { Locale } from '../../i18n/locales.ts';
import type { SearchSource } from '../../search/engine.ts';
import { buildIndexData, splitIndex } from '../../search/split.ts';
import { contentHash } from './hash.ts';

export interface IndexJob {
	locale: Locale;
	sources: SearchSource[];
	synonyms: string[][];
	paths: Record<string, string>;
}

export type IndexJobResult = ReturnType<typeof splitIndex>;

/** What the worker does with a job, and what buildSearchFiles does in-process when it runs none. */
export async function runIndexJob(job: IndexJob): Promise<IndexJobResult> {
	const data = await buildIndexData(job.locale, job.sources, job.synonyms);
	for (const doc of data.docs) doc.path = job.paths[doc.id];
	return splitIndex(data, contentHash);
}

parentPort?.on('message', (job: IndexJob) => {
	void runIndexJob(job).then(
		(result) => parentPort!.postMessage({ result }),
		(error: unknown) => parentPort!.postMessage({ error: String(error) })
	);
});
