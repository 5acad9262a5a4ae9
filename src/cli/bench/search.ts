// Search figures for npm run bench: warm query latency in Node, index size per article, code size, and
// the time from the first keystroke to the first painted result in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import type { Locale } from '../../lib/i18n/locales.ts';
import { SearchIndex, searchHelpCentre, type SearchFile } from '../../lib/search/engine.ts';
import { CHROMIUM_ARGS, findChromium } from '../../../tests/browser.ts';

const gz = (data: string | Buffer) => zlib.gzipSync(data, { level: 9 }).length;

/** p95 over queries of each query's median of 5 warm runs (one GC pause does not decide it). */
export async function latencyP95(
	files: Map<Locale, SearchFile>,
	locale: Locale,
	queries: string[]
): Promise<number> {
	const own = files.get(locale)?.index
		? await SearchIndex.load(files.get(locale)!.index!)
		: undefined;
	const en = files.get('en')?.index ? await SearchIndex.load(files.get('en')!.index!) : undefined;
	const run = (q: string) => searchHelpCentre(locale, own, async () => en, q);
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

export function indexBytesPerArticle(file: SearchFile): number {
	return file.index ? gz(JSON.stringify(file)) / file.index.docs.length : 0;
}

/** The search engine alone (analysis, typo index, FlexSearch compact), minified and gzipped, without stemmers. */
export async function engineBytes(root: string): Promise<number> {
	const result = await build({
		entryPoints: [path.join(root, 'src/lib/search/engine.ts')],
		bundle: true,
		minify: true,
		format: 'esm',
		write: false,
		alias: {
			'flexsearch-compact': path.join(
				root,
				'node_modules/flexsearch/dist/flexsearch.compact.module.min.js'
			)
		},
		external: ['@orama/*'],
		logLevel: 'silent'
	});
	return gz(Buffer.from(result.outputFiles[0]!.contents));
}

/** Time from the first keystroke in a fresh page (nothing loaded yet) to the first result painted. */
export async function firstResultMs(
	root: string,
	locale: Locale,
	path_: string,
	query: string
): Promise<number[]> {
	const port = 4300 + Math.floor(Math.random() * 500);
	const data = fs.mkdtempSync(path.join(root, '.bench-data-'));
	const server = spawn('node', ['build'], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: data },
		stdio: 'ignore'
	});
	try {
		for (let i = 0; i < 60; i++) {
			try {
				if ((await fetch(`http://127.0.0.1:${port}/en`)).ok) break;
			} catch {
				await new Promise((r) => setTimeout(r, 250));
			}
		}
		const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
		const times: number[] = [];
		for (let run = 0; run < 5; run++) {
			const page = await browser.newPage();
			await page.goto(`http://127.0.0.1:${port}${path_}`);
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
		server.kill();
		fs.rmSync(data, { recursive: true, force: true });
	}
	void locale;
}
