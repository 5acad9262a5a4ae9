// npm run search:compare [-- FILE.tsv]
// The evaluation of search:eval for peers set up as a typical user would, over the same articles:
// MiniSearch with fuzzy + prefix (VitePress's local search), FlexSearch with its defaults, Orama with its
// own stemmer for each language, and Pagefind (one HTML page per article, defaults; it runs in Chromium, so its
// latency includes a round trip to the browser). Prints recall@1, recall@3, MRR@10, the share of unanswerable
// queries declined (no result at all), index size (gzip) and p95 query latency.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { create, insertMultiple, save, search as oramaSearch } from '@orama/orama';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import type { Locale } from '../lib/i18n/locales.ts';
import { evaluate, parseQueries, type EvalQuery } from '../lib/search/evaluate.ts';
import type { SearchSource } from '../lib/search/engine.ts';
import { buildSearchFiles, sourcesFor } from '../lib/server/search/build.ts';
import {
	buildPagefind,
	launchChromium,
	pagefindPage,
	pagefindSearch,
	staticServer
} from './bench/pagefind.ts';
import { inMemory, openSearch } from './search-files.ts';

type Engine = (query: string) => string[] | Promise<string[]>;
interface Built {
	search: Engine;
	bytes: number;
}

const gzip = (text: string) => zlib.gzipSync(text, { level: 9 }).length;
const flatten = (s: SearchSource) => ({
	id: s.id,
	title: s.title,
	keywords: s.keywords.join(', '),
	description: s.description,
	headings: s.headings.join('. '),
	body: s.body
});

function miniSearch(sources: SearchSource[]): Built {
	const ms = new MiniSearch({
		fields: ['title', 'keywords', 'description', 'headings', 'body'],
		storeFields: ['title']
	});
	ms.addAll(sources.map(flatten));
	const options = { fuzzy: 0.2, prefix: true, boost: { title: 4, keywords: 2, headings: 2 } };
	return {
		search: (q) => ms.search(q, options).map((r) => String(r.id)),
		bytes: gzip(JSON.stringify(ms))
	};
}

function flexDefault(sources: SearchSource[]): Built {
	const doc = new FlexSearch.Document({
		document: { id: 'id', index: ['title', 'keywords', 'description', 'headings', 'body'] }
	});
	for (const s of sources) doc.add(flatten(s));
	const exported: string[] = [];
	doc.export((key: string, data: string) => void exported.push(key, data ?? ''));
	return {
		search: (q) =>
			(doc.search(q, { limit: 10, merge: true }) as unknown as { id: string }[]).map((r) =>
				String(r.id)
			),
		bytes: gzip(exported.join('\n'))
	};
}

const ORAMA_LANGUAGE: Record<string, string> = {
	en: 'english',
	nb: 'norwegian',
	sv: 'swedish',
	ru: 'russian',
	de: 'german'
};

async function orama(locale: Locale, sources: SearchSource[]): Promise<Built> {
	const language = ORAMA_LANGUAGE[locale] ?? 'english';
	const { stemmer } = (await import(`@orama/stemmers/${language}`)) as {
		stemmer: (w: string) => string;
	};
	const db = create({
		schema: {
			id: 'string',
			title: 'string',
			keywords: 'string',
			description: 'string',
			headings: 'string',
			body: 'string'
		},
		components: { tokenizer: { language, stemming: true, stemmer } }
	});
	await insertMultiple(db, sources.map(flatten));
	return {
		search: async (q) =>
			(await oramaSearch(db, { term: q, limit: 10, boost: { title: 2 } })).hits.map((h) =>
				String(h.document.id)
			),
		bytes: gzip(JSON.stringify(save(db)))
	};
}

function p95(times: number[]): number {
	const sorted = [...times].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

async function measure(queries: EvalQuery[], engine: Engine) {
	for (let round = 0; round < 5; round++) for (const q of queries) await engine(q.query); // warm up the JIT and caches
	const times: number[] = [];
	// each query's time is the median of 5 runs, so one garbage-collection pause does not decide the p95
	const report = await evaluate(queries, async (q) => {
		const runs: number[] = [];
		let ids: string[] = [];
		for (let i = 0; i < 5; i++) {
			const started = performance.now();
			ids = await engine(q.query);
			runs.push(performance.now() - started);
		}
		times.push(runs.sort((a, b) => a - b)[2]!);
		return ids;
	});
	const u = report.unanswerable;
	return { ...report.overall, p95: p95(times), declined: u.queries ? u.declined / u.queries : 0 };
}

const root = process.cwd();
const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'tests/search/queries.tsv';
const queries = parseQueries(fs.readFileSync(file, 'utf8'));
const svarBuild = await buildSearchFiles(root);
const svarSearch = openSearch(inMemory(svarBuild));
const locales = [...new Set(queries.map((q) => q.locale))];
/** A locale's shards, gzipped one by one as they travel. */
const svarBytes = (locale: Locale) =>
	[...svarBuild.files]
		.filter(([name]) => name.startsWith(`${locale}-`))
		.reduce(
			(sum, [, json]) => sum + gzip(json),
			gzip(JSON.stringify(svarBuild.manifests.get(locale)))
		);

const pagefindDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-pagefind-'));
await buildPagefind(root, locales, pagefindDir);
const pagefindFiles = fs
	.readdirSync(path.join(pagefindDir, 'pagefind'), { recursive: true, encoding: 'utf8' })
	.map((f) => path.join(pagefindDir, 'pagefind', f))
	.filter((f) => fs.statSync(f).isFile());
/** Pagefind's index files for one language, without its WebAssembly (its chunks are gzip already) */
const pagefindBytes = (locale: Locale) =>
	pagefindFiles
		.filter(
			(f) => path.basename(f).includes(`${locale}_`) || path.basename(f).includes(`.${locale}.`)
		)
		.reduce((sum, f) => sum + fs.statSync(f).size, 0);
const pages = Object.fromEntries(locales.map((l) => [`/${l}`, pagefindPage(l)]));
const server = await staticServer({ '/pagefind/': path.join(pagefindDir, 'pagefind') }, pages);
const browser = await launchChromium();

console.log(
	`Search compared on ${file}: ${queries.length} queries, same articles for every engine\n`
);
console.log(
	`${'locale'.padEnd(7)}${'engine'.padEnd(24)}recall@1  recall@3     MRR   declined   index gzip   p95 latency`
);
const wins: string[] = [];
for (const locale of locales) {
	const mine = queries.filter((q) => q.locale === locale);
	const sources = await sourcesFor(root, locale);
	const page = await browser.newPage();
	await page.goto(`${server.base}/${locale}`);
	const rows: [string, Awaited<ReturnType<typeof measure>>, number][] = [
		[
			'Svar',
			await measure(mine, async (q) => (await svarSearch(locale, q, 10)).map((r) => r.id)),
			svarBytes(locale)
		]
	];
	for (const [name, built] of [
		['MiniSearch fuzzy+prefix', miniSearch(sources)],
		['FlexSearch defaults', flexDefault(sources)],
		['Orama + stemmer', await orama(locale, sources)],
		[
			'Pagefind',
			{
				search: async (q: string) => (await pagefindSearch(page, [q], 10))[0]!,
				bytes: pagefindBytes(locale)
			}
		]
	] as const) {
		rows.push([name, await measure(mine, built.search), built.bytes]);
	}
	await page.close();
	for (const [name, m, bytes] of rows) {
		console.log(
			`${locale.padEnd(7)}${name.padEnd(24)}${(m.recallAt1 * 100).toFixed(1).padStart(7)}%  ${(m.recallAt3 * 100).toFixed(1).padStart(7)}%  ${m.mrr.toFixed(3)}   ${(m.declined * 100).toFixed(0).padStart(6)}%   ${(bytes / 1024).toFixed(1).padStart(7)} KB   ${m.p95.toFixed(3).padStart(8)} ms`
		);
	}
	const svar = rows[0]![1];
	const beaten = rows.slice(1).every(([, m]) => svar.recallAt1 > m.recallAt1 && svar.mrr > m.mrr);
	wins.push(
		`${locale}: ${beaten ? 'Svar beats every peer on recall@1 and MRR' : 'a peer matches or beats Svar on recall@1 or MRR'}`
	);
	console.log('');
}
console.log(wins.join('\n'));
await browser.close();
await server.stop();
fs.rmSync(pagefindDir, { recursive: true, force: true });
