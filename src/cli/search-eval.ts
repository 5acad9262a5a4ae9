// npm run search:eval -- FILE.tsv [--json] [--k 10] [--built]
// Runs each query through searchHelpCentre over search files built here from content/ with the code as it is
// now (with --built: the files the last build wrote to static/search, which an analyzer changed since would
// leave stale), and prints recall@1, recall@3 and MRR@k overall and per locale, and every
// query whose right answer was not first, with what came first instead; then the queries no article answers
// (lines whose id is `-`): how many were declined (no confident result), and those that were not.
import fs from 'node:fs';
import { evaluate, parseQueries } from '../lib/search/evaluate.ts';
import { buildSearchFiles } from '../lib/server/search/build.ts';
import { inMemory, loadSearchFiles, openSearch } from './search-files.ts';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--k');
if (!file) {
	console.error('usage: npm run search:eval -- FILE.tsv [--json] [--k 10] [--built]');
	process.exit(2);
}
const k = Number(args[args.indexOf('--k') + 1] ?? 10) || 10;
const queries = parseQueries(fs.readFileSync(file, 'utf8'));
const search = openSearch(
	args.includes('--built')
		? await loadSearchFiles(process.cwd())
		: inMemory(await buildSearchFiles(process.cwd()))
);
const report = await evaluate(
	queries,
	async (q) => (await search(q.locale, q.query, k)).map((r) => r.id),
	k
);

if (args.includes('--json')) {
	console.log(JSON.stringify(report));
} else {
	const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
	console.log(`${'locale'.padEnd(8)} queries  recall@1  recall@3  MRR@${k}`);
	const row = (name: string, m: typeof report.overall) =>
		console.log(
			`${name.padEnd(8)} ${String(m.queries).padStart(7)}  ${pct(m.recallAt1)}   ${pct(m.recallAt3)}   ${m.mrr.toFixed(3)}`
		);
	for (const [locale, m] of Object.entries(report.byLocale)) row(locale, m!);
	row('overall', report.overall);
	const u = report.unanswerable;
	if (u.queries) {
		const share = (d: { queries: number; declined: number }) =>
			`${d.declined}/${d.queries} declined (${pct(d.declined / d.queries).trim()})`;
		console.log(`\nUnanswerable: ${share(u)}`);
		for (const [locale, d] of Object.entries(u.byLocale))
			console.log(`  ${locale.padEnd(6)} ${share(d!)}`);
	}
	if (report.misses.length) {
		console.log(`\nNot first (${report.misses.length}):`);
		for (const m of report.misses)
			console.log(
				`  ${m.locale}  ${m.query.padEnd(38)} want ${m.expected.join('|').padEnd(18)} got ${m.got.join(', ') || '(nothing)'}`
			);
	}
	if (u.shown.length) {
		console.log(`\nUnanswerable but shown (${u.shown.length}):`);
		for (const m of u.shown)
			console.log(`  ${m.locale}  ${m.query.padEnd(38)} got ${m.got.join(', ')}`);
	}
}
