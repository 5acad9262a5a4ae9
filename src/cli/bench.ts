// npm run bench: figures, not assertions. Prints build time and peak memory (sample content and a generated
// corpus of 4,000 articles × 4 locales) and what an article page loads before any interaction.
import os from 'node:os';
import path from 'node:path';
import { accountFigures } from './bench/auth.ts';
import { buildFigures } from './bench/build.ts';
import { type Figure, figuresJson, formatFigures } from './bench/figures.ts';
import { pageWeightFigures } from './bench/page-weight.ts';
import { ticketFigures } from './bench/tickets.ts';
import { uploadFigures } from './bench/uploads.ts';
import { agentFigures } from './bench/agent.ts';
import { liveFigures } from './bench/live.ts';
import { latencyP95, sampleSearchFigures } from './bench/search.ts';
import { searchWireFigures } from './bench/search-wire.ts';
import { serverlessFigures } from './bench/serverless.ts';
import { wireFigures } from './bench/wire.ts';
import { buildSearchFiles, sourcesFor } from '../lib/server/search/build.ts';
import type { Locale } from '../lib/i18n/locales.ts';

const root = process.cwd();
const quick = process.argv.includes('--quick');
const perLocale = quick ? 200 : 1000;
/** The generated corpus the build is measured on (issue 14: 4,000 articles × 4 locales in ≤ 120 s, ≤ 3 GB). */
const buildPerLocale = quick ? 500 : 4000;
/** The databases the load figures are taken on: SQLite, and PostgreSQL when TEST_DATABASE_URL is set. */
const databases: [name: string, url: string | undefined][] = [['SQLite', undefined]];
if (process.env.TEST_DATABASE_URL) databases.push(['PostgreSQL', process.env.TEST_DATABASE_URL]);

const json = process.argv.includes('--json');
/** `--only build,agent`: just those sections (by the names below), for working on one figure. */
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',')) : undefined;
const figures: Figure[] = [];
/** Each section's figures are kept for --json and printed as soon as they are measured (the bench is long). */
async function section(name: string, measure: () => Promise<Figure[]> | Figure[]): Promise<void> {
	if (only && !only.has(name)) return;
	const measured = await measure();
	figures.push(...measured);
	if (!json) console.log(formatFigures(measured));
}

const header = {
	node: process.version,
	cores: os.cpus().length,
	memoryGiB: Math.round(os.totalmem() / 2 ** 30),
	corpusArticlesPerLocale: perLocale,
	buildCorpusArticlesPerLocale: buildPerLocale,
	databases: databases.map(([name]) => name)
};
if (!json)
	console.log(
		`Svar benchmark · Node ${header.node} · ${header.cores} cores · ${header.memoryGiB} GiB · corpus ${perLocale} articles × 4 locales (build: ${buildPerLocale}) · ${header.databases.join(' and ')}\n` +
			'Every figure is printed as a ratio against its target, or against a peer measured in this run (✓ met, ✗ not).'
	);

await section('sample-build', () => buildFigures(root, { perLocale: 0 }));
await section('page-weight', () =>
	pageWeightFigures(
		path.join(root, 'build'),
		'Article page before any interaction (gzip of the files on disk; JS ≤ 35 KB, not growing with length)'
	)
);
await section('wire', () => wireFigures(root, quick ? { seconds: 2 } : {}));
await section('search', () => sampleSearchFigures(root));
await section('search-wire', () => searchWireFigures(root, { perLocale }));
await section('accounts', () => accountFigures(root));

await section('tickets', () => ticketFigures(root, { databases }));

await section('uploads', () => uploadFigures(root));

await section('agent', () => agentFigures(root, { databases }));

await section('live', () => liveFigures(root));

await section('serverless', () =>
	serverlessFigures(root, { databaseUrl: process.env.TEST_DATABASE_URL })
);

await section('build', () =>
	buildFigures(root, {
		perLocale: buildPerLocale,
		then: async (dir) => {
			const files = await buildSearchFiles(dir);
			const figures: Figure[] = [];
			for (const locale of ['en', 'nb', 'sv', 'ru'] as Locale[]) {
				// two-word queries taken from different places of the titles: what a reader half-remembers
				const titleQueries = (await sourcesFor(dir, locale)).slice(0, 200).map((d, i) =>
					d.title
						.split(' ')
						.slice(i % 3, (i % 3) + 2)
						.join(' ')
				);
				figures.push({
					section: `Search in the generated corpus: ${buildPerLocale} articles × 4 locales`,
					name: `${locale}: search query p95`,
					value: await latencyP95(files, locale, titleQueries),
					unit: 'ms',
					better: 'lower',
					against: { name: 'target', kind: 'target', value: 5 }
				});
			}
			return figures;
		}
	})
);

if (json) console.log(figuresJson(figures, header));
