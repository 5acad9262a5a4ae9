// Search on the wire (issue 14): what the first query costs a reader in bytes, code and index, on the sample
// content and at 1,000 generated articles per locale, against Pagefind on the same articles and the 100 KB
// target. Measured in Chromium: the page loads, then everything fetched from focusing the box to the results
// on screen is counted at its gzip -9 size (a proxy for a server with compression; Pagefind's index chunks are
// gzip already). npx tsx src/cli/bench/search-wire.ts [--per-locale N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Locale } from '../../lib/i18n/locales.ts';
import { copyProject } from '../copy-project.ts';
import { corpusQueries } from './corpus-queries.ts';
import { writeCorpus } from './corpus.ts';
import { formatFigures, type Figure } from './figures.ts';
import {
	buildPagefind,
	launchChromium,
	pagefindPage,
	pagefindSearch,
	staticServer,
	type Served
} from './pagefind.ts';

const TARGET_BYTES = 100 * 1024;
const CODE_TARGET_BYTES = 15 * 1024;
const LOCALES: Locale[] = ['en', 'nb', 'sv', 'ru'];
const NOTE = 'gzip -9 of each file fetched';

function run(dir: string, args: string[]) {
	const result = spawnSync('npx', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
	if (result.status !== 0)
		throw new Error(
			`${args.join(' ')} failed in ${dir}:\n${(result.stderr || result.stdout).slice(-2000)}`
		);
}

/** The islands and search files of a project, built unless they already are. */
function ensureSearchBuilt(dir: string) {
	if (!fs.existsSync(path.join(dir, 'static/islands/.vite/manifest.json')))
		run(dir, ['vite', 'build', '-c', 'vite.islands.config.ts', '--logLevel', 'error']);
	if (!fs.existsSync(path.join(dir, 'static/search/manifest.json')))
		run(dir, ['tsx', 'src/cli/build-search.ts']);
}

/** A page with the help centre's search form as SearchForm.svelte renders it, and the islands' entry. */
function searchPage(dir: string, locale: Locale): string {
	const islands = JSON.parse(
		fs.readFileSync(path.join(dir, 'static/islands/.vite/manifest.json'), 'utf8')
	) as Record<string, { file: string }>;
	const search = JSON.parse(
		fs.readFileSync(path.join(dir, 'static/search/manifest.json'), 'utf8')
	) as Record<string, string>;
	const strings = JSON.stringify({
		noResults: 'none',
		noResultsHelp: '',
		contact: 'contact',
		contactHref: '#',
		inLanguage: '{language}',
		loading: '…',
		count: { other: '{n}' }
	}).replace(/"/g, '&quot;');
	return `<!doctype html><html lang="${locale}"><head><title>search</title></head><body>
<form data-search data-locale="${locale}" data-index="/search/${search[locale]}" data-fallback="/search/${search.en}" data-strings="${strings}">
<div class="search-row"><input type="search" name="q" data-search-input></div></form>
<script type="module" src="/islands/${islands['src/islands/enhance.ts']!.file}"></script></body></html>`;
}

const sum = (list: Served[]) => list.reduce((total, s) => total + s.bytes, 0);

/** Bytes fetched by `act` on a freshly loaded page. */
async function fetchedBy(page: Page, served: Served[], url: string, act: () => Promise<unknown>) {
	await page.goto(url, { waitUntil: 'load' });
	const mark = served.length;
	await act();
	return served.slice(mark);
}

/** Svar's first query on a project (built), and Pagefind's if `pagefindDir` holds its bundle. */
async function firstQueries(dir: string, queries: [Locale, string][], pagefindDir?: string) {
	const pages: Record<string, string> = {};
	for (const [locale] of queries) {
		pages[`/ours/${locale}`] = searchPage(dir, locale);
		pages[`/pf/${locale}`] = pagefindPage(locale);
	}
	const server = await staticServer(
		{
			'/islands/': path.join(dir, 'static/islands'),
			'/search/': path.join(dir, 'static/search'),
			...(pagefindDir ? { '/pagefind/': path.join(pagefindDir, 'pagefind') } : {})
		},
		pages
	);
	const browser = await launchChromium();
	const results: { locale: Locale; query: string; ours: Served[]; pagefind?: Served[] }[] = [];
	try {
		for (const [locale, query] of queries) {
			const page = await browser.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			const ours = await fetchedBy(
				page,
				server.served,
				`${server.base}/ours/${locale}`,
				async () => {
					const box = page.locator('input[data-search-input]');
					await box.focus();
					await box.fill(query);
					await page.locator('[role="option"], .search-empty p').first().waitFor();
				}
			);
			if (errors.length) throw new Error(`search page errors: ${errors.join('; ')}`);
			const pagefind = pagefindDir
				? await fetchedBy(page, server.served, `${server.base}/pf/${locale}`, () =>
						pagefindSearch(page, [query], 8)
					)
				: undefined;
			results.push({ locale, query, ours, pagefind });
			await page.close();
		}
	} finally {
		await browser.close();
		await server.stop();
	}
	return results;
}

/** A copy of the project with `perLocale` generated articles per locale, its search and Pagefind's built. */
function corpusProject(root: string, perLocale: number): string {
	const dir = copyProject(root, 'svar-wire-');
	for (const built of ['static/islands', 'static/search'])
		fs.rmSync(path.join(dir, built), { recursive: true, force: true });
	writeCorpus(dir, perLocale);
	run(dir, ['svelte-kit', 'sync']);
	ensureSearchBuilt(dir);
	return dir;
}

export async function searchWireFigures(
	root: string,
	opts: { perLocale?: number; sampleQuery?: [Locale, string] } = {}
): Promise<Figure[]> {
	const perLocale = opts.perLocale ?? 1000;
	const section = 'Search on the wire';
	const figures: Figure[] = [];
	ensureSearchBuilt(root);
	const [sample] = await firstQueries(root, [opts.sampleQuery ?? ['nb', 'glemt pasord']]);
	const code = sample!.ours.filter((s) => s.path.startsWith('/islands/'));
	figures.push(
		{
			section,
			name: `first query, sample content (${sample!.locale} "${sample!.query}")`,
			value: sum(sample!.ours) / 1024,
			unit: 'KB',
			better: 'lower',
			against: { name: 'target', value: TARGET_BYTES / 1024, kind: 'target' },
			note: `${sample!.ours.length} files, ${NOTE}`
		},
		{
			section,
			name: 'search code on first use (island + stemmer)',
			value: sum(code) / 1024,
			unit: 'KB',
			better: 'lower',
			against: { name: 'target', value: CODE_TARGET_BYTES / 1024, kind: 'target' },
			note: `${code.length} files`
		}
	);
	const dir = corpusProject(root, perLocale);
	try {
		await buildPagefind(dir, LOCALES, dir);
		const queries = corpusQueries(dir, 1).map((q): [Locale, string] => [
			q.locale as Locale,
			q.query
		]);
		const measured = await firstQueries(dir, queries, dir);
		for (const m of measured) {
			figures.push({
				section,
				name: `first query, ${perLocale.toLocaleString('en')} articles (${m.locale} "${m.query}")`,
				value: sum(m.ours) / 1024,
				unit: 'KB',
				better: 'lower',
				against: { name: 'Pagefind', value: sum(m.pagefind!) / 1024, kind: 'peer', ratio: 1 },
				note: `${m.ours.length} files vs ${m.pagefind!.length}, ${NOTE}`
			});
		}
		figures.push({
			section,
			name: `first query, ${perLocale.toLocaleString('en')} articles, largest of ${measured.length} locales`,
			value: Math.max(...measured.map((m) => sum(m.ours))) / 1024,
			unit: 'KB',
			better: 'lower',
			against: { name: 'target', value: TARGET_BYTES / 1024, kind: 'target' },
			note: NOTE
		});
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
	return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const at = process.argv.indexOf('--per-locale');
	const perLocale = at > 0 ? Number(process.argv[at + 1]) : 1000;
	console.log(formatFigures(await searchWireFigures(process.cwd(), { perLocale })));
}
