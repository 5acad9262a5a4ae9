// Search figures for npm run bench: warm query latency in Node, index size per article, code size, and
// the time from the first keystroke to the first painted result in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { SearchBuild } from '../../lib/server/search/build.ts';
import { CHROMIUM_ARGS, findChromium } from '../../../tests/browser.ts';
import { inMemory, openSearch } from '../search-files.ts';
import { startBuiltServer } from './server.ts';

const gz = (data: string | Buffer) => zlib.gzipSync(data, { level: 9 }).length;

/** p95 over queries of each query's median of 5 warm runs (one GC pause does not decide it). */
export async function latencyP95(
	built: SearchBuild,
	locale: Locale,
	queries: string[]
): Promise<number> {
	const search = openSearch(inMemory(built));
	const run = (q: string) => search(locale, q, 8);
	for (let round = 0; round < 5; round++) for (const q of queries) await run(q);
	const times: number[] = [];
	for (const q of queries) {
		const runs: number[] = [];
		for (let i = 0; i < 5; i++) {
			const started = performance.now();
			await run(q);
			runs.push(performance.now() - started);
		}
		times.push(runs.sort((a, b) => a - b)[2]!);
	}
	times.sort((a, b) => a - b);
	return times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
}

/** The locale's manifest and every shard it owns, each gzipped as it travels, per article it indexes. */
export function indexBytesPerArticle(built: SearchBuild, locale: Locale): number {
	let bytes = gz(JSON.stringify(built.manifests.get(locale)));
	let articles = 0;
	for (const [name, json] of built.files) {
		if (!name.startsWith(`${locale}-`)) continue;
		bytes += gz(json);
		if (name.startsWith(`${locale}-d-`)) articles += (JSON.parse(json) as unknown[]).length;
	}
	return articles ? bytes / articles : 0;
}

/** The search engine alone (analysis, typo index, FlexSearch light), minified and gzipped, without stemmers. */
export async function engineBytes(root: string): Promise<number> {
	const result = await build({
		entryPoints: [path.join(root, 'src/lib/search/engine.ts')],
		bundle: true,
		minify: true,
		format: 'esm',
		write: false,
		alias: {
			'flexsearch-light': path.join(
				root,
				'node_modules/flexsearch/dist/flexsearch.light.module.min.js'
			)
		},
		external: ['@orama/*'],
		logLevel: 'silent'
	});
	return gz(Buffer.from(result.outputFiles[0]!.contents));
}

/** Time from the first keystroke in a fresh page (nothing loaded yet) to the first result painted. */
export async function firstResultMs(root: string, path_: string, query: string): Promise<number[]> {
	const { base, stop } = await startBuiltServer(root, {
		dataDir: fs.mkdtempSync(path.join(root, '.bench-data-'))
	});
	try {
		const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
		const times: number[] = [];
		for (let run = 0; run < 5; run++) {
			const page = await browser.newPage();
			await page.goto(`${base}${path_}`);
			await page.locator('input[data-search-input]').first().click();
			const painted = page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						const observer = new MutationObserver(() => {
							if (document.querySelector('[role="option"]')) {
								observer.disconnect();
								requestAnimationFrame(() => resolve(performance.now()));
							}
						});
						observer.observe(document.body, { childList: true, subtree: true });
					})
			);
			const started = await page.evaluate(() => performance.now());
			await page.keyboard.type(query);
			times.push((await painted) - started);
			await page.close();
		}
		await browser.close();
		return times.sort((a, b) => a - b);
	} finally {
		await stop();
	}
}
