// npm run search:compare [-- FILE.tsv]
// The evaluation of search:eval for peers set up as a typical user would, over the same articles:
// MiniSearch with fuzzy + prefix (VitePress's local search), FlexSearch with its defaults, and Orama with its
// own stemmer for each language. Prints recall@3, MRR@10, index size (gzip) and p95 query latency.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { create, insertMultiple, save, search as oramaSearch } from '@orama/orama';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import type { Locale } from '../lib/i18n/locales.ts';
import { evaluate, parseQueries, type EvalQuery } from '../lib/search/evaluate.ts';
import type { SearchSource } from '../lib/search/engine.ts';
import { buildSearchFiles, sourcesFor } from '../lib/server/search/build.ts';
import { openSearch } from './search-files.ts';

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
	return { ...report.overall, p95: p95(times) };
}

const root = process.cwd();
const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'tests/search/queries.tsv';
const queries = parseQueries(fs.readFileSync(file, 'utf8'));
const files = await buildSearchFiles(root);
const svarSearch = openSearch(files);
const locales = [...new Set(queries.map((q) => q.locale))];

console.log(
	`Search compared on ${file}: ${queries.length} queries, same articles for every engine\n`
);
console.log(
	`${'locale'.padEnd(7)}${'engine'.padEnd(22)}recall@3     MRR   index gzip   p95 latency`
);
const wins: string[] = [];
for (const locale of locales) {
	const mine = queries.filter((q) => q.locale === locale);
	const sources = await sourcesFor(root, locale);
	const svarBytes = gzip(JSON.stringify(files.get(locale)!.index));
	const rows: [string, Awaited<ReturnType<typeof measure>>, number][] = [
		[
			'Svar',
			await measure(mine, async (q) => (await svarSearch(locale, q, 10)).map((r) => r.id)),
			svarBytes
		]
	];
	for (const [name, built] of [
		['MiniSearch fuzzy+prefix', miniSearch(sources)],
		['FlexSearch defaults', flexDefault(sources)],
		['Orama + stemmer', await orama(locale, sources)]
	] as const) {
		rows.push([name, await measure(mine, built.search), built.bytes]);
	}
	for (const [name, m, bytes] of rows) {
		console.log(
			`${locale.padEnd(7)}${name.padEnd(22)}${(m.recallAt3 * 100).toFixed(1).padStart(7)}%  ${m.mrr.toFixed(3)}   ${(bytes / 1024).toFixed(1).padStart(7)} KB   ${m.p95.toFixed(3).padStart(8)} ms`
		);
	}
	const svar = rows[0]![1];
	const beaten = rows.slice(1).every(([, m]) => svar.recallAt3 > m.recallAt3 && svar.mrr > m.mrr);
	wins.push(
		`${locale}: ${beaten ? 'Svar beats every peer on recall@3 and MRR' : 'a peer matches or beats Svar'}`
	);
	console.log('');
}
console.log(wins.join('\n'));
