// Search figures for npm run bench: warm query latency in Node, index size per article, code size, and
// the time from the first keystroke to the first painted result in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import type { Locale } from '../../lib/i18n/locales.ts';
import { parseQueries } from '../../lib/search/evaluate.ts';
import { buildSearchFiles, type SearchBuild } from '../../lib/server/search/build.ts';
import type { Figure } from './figures.ts';
import { gzipBytes } from './page-weight.ts';
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

/**
 * Time from the last keystroke to the first result painted, in a fresh page whose search loads on focus (the
 * combobox searches each keystroke as it comes, one search at a time). Typed quickly, so results usually arrive
 * only after the last key, with the island and shards still loading from the first.
 */
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
			// every moment the list of options changes, painted (the frame after the change)
			await page.evaluate(() => {
				const paints: number[] = [];
				(window as unknown as { paints: number[] }).paints = paints;
				new MutationObserver(() => {
					if (document.querySelector('[role="option"]'))
						requestAnimationFrame(() => paints.push(performance.now()));
				}).observe(document.body, { childList: true, subtree: true, characterData: true });
			});
			// all but the last key, then the clock starts: typing speed over CDP is not what is measured
			await page.keyboard.type(query.slice(0, -1));
			const started = await page.evaluate(() => performance.now());
			await page.keyboard.press(query.slice(-1));
			const painted = await page.waitForFunction(
				(after) => (window as unknown as { paints: number[] }).paints.find((t) => t > after),
				started
			);
			times.push(((await painted.jsonValue()) as number) - started);
			await page.close();
		}
		await browser.close();
		return times.sort((a, b) => a - b);
	} finally {
		await stop();
	}
}

const target = (value: number) => ({ name: 'target', kind: 'target', value }) as const;

/** The sample content's search: query latency and index size per locale, code sizes, first result painted. */
export async function sampleSearchFigures(root: string): Promise<Figure[]> {
	const section = 'Search, sample content (Node warm queries; sizes gzip level 9)';
	const figures: Figure[] = [];
	const add = (f: Omit<Figure, 'section' | 'better'>) =>
		figures.push({ section, better: 'lower', ...f });
	const queries = parseQueries(
		fs.readFileSync(path.join(root, 'tests/search/queries.tsv'), 'utf8')
	);
	const files = await buildSearchFiles(root);
	for (const locale of ['en', 'nb', 'sv', 'ru'] as Locale[]) {
		const own = queries.filter((q) => q.locale === locale).map((q) => q.query);
		add({
			name: `${locale}: query p95 over ${own.length} queries`,
			value: await latencyP95(files, locale, own),
			unit: 'ms',
			against: target(1)
		});
		add({
			name: `${locale}: index per article`,
			value: indexBytesPerArticle(files, locale) / 1024,
			unit: 'KB',
			against: target(1.5)
		});
	}
	add({
		name: 'search code (analysis, typo index, FlexSearch)',
		value: (await engineBytes(root)) / 1024,
		unit: 'KB',
		against: target(15)
	});
	const islands = path.join(root, 'static', 'islands');
	const names = fs.readdirSync(islands);
	const island = names
		.filter((f) => /^search-.*\.js$/.test(f))
		.reduce((sum, f) => sum + gzipBytes(path.join(islands, f)), 0);
	// one language's stemmer and stop words come with it: Russian's, the largest
	const language = names
		.filter((f) => /^ru-.*\.js$/.test(f))
		.reduce((most, f) => Math.max(most, gzipBytes(path.join(islands, f))), 0);
	add({
		name: 'search island on first focus, with Russian’s stemmer',
		value: (island + language) / 1024,
		unit: 'KB',
		against: target(15)
	});
	const paint = await firstResultMs(root, '/nb', 'glemt pasord');
	add({
		name: 'last keystroke → first result painted (median of 5)',
		value: paint[2]!,
		unit: 'ms',
		against: target(100),
		note: `Chromium, cold page; min ${paint[0]!.toFixed(0)}, max ${paint[4]!.toFixed(0)} ms`
	});
	return figures;
}
