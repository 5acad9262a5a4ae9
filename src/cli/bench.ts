// npm run bench: figures, not assertions. Prints build time and peak memory (sample content and a generated
// corpus of 1,000 articles × 4 locales) and what an article page loads before any interaction.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyProject } from './copy-project.ts';
import { writeCorpus } from './bench/corpus.ts';
import { accountFigures } from './bench/auth.ts';
import { type Figure, figuresJson, formatFigures } from './bench/figures.ts';
import { pageWeightFigures } from './bench/page-weight.ts';
import { ticketFigures } from './bench/tickets.ts';
import { uploadFigures } from './bench/uploads.ts';
import { agentFigures } from './bench/agent.ts';
import { latencyP95, sampleSearchFigures } from './bench/search.ts';
import { searchWireFigures } from './bench/search-wire.ts';
import { wireFigures } from './bench/wire.ts';
import { buildSearchFiles, sourcesFor } from '../lib/server/search/build.ts';
import type { Locale } from '../lib/i18n/locales.ts';

const root = process.cwd();
const quick = process.argv.includes('--quick');
const perLocale = quick ? 200 : 1000;
/** The databases the load figures are taken on: SQLite, and PostgreSQL when TEST_DATABASE_URL is set. */
const databases: [name: string, url: string | undefined][] = [['SQLite', undefined]];
if (process.env.TEST_DATABASE_URL) databases.push(['PostgreSQL', process.env.TEST_DATABASE_URL]);

interface BuildFigure {
	seconds: number;
	peakMb?: number;
	pages: number;
}

/** Both builds (islands, app) under GNU time when present, for the peak resident memory of the largest. */
function timedBuild(dir: string): BuildFigure {
	const time = fs.existsSync('/usr/bin/time');
	let seconds = 0;
	let peakKb = 0;
	for (const args of [
		['vite', 'build', '-c', 'vite.islands.config.ts'],
		['vite', 'build'],
		['tsx', path.join(root, 'src/cli/precompress.ts')]
	]) {
		const started = process.hrtime.bigint();
		const command = time ? '/usr/bin/time' : 'npx';
		const result = spawnSync(command, time ? ['-f', 'SVAR_PEAK_KB %M', 'npx', ...args] : args, {
			cwd: dir,
			encoding: 'utf8',
			maxBuffer: 1 << 28
		});
		seconds += Number(process.hrtime.bigint() - started) / 1e9;
		if (result.status !== 0)
			throw new Error(`build failed in ${dir}:\n${(result.stderr || result.stdout).slice(-3000)}`);
		const peak = /SVAR_PEAK_KB (\d+)/.exec(result.stderr)?.[1];
		if (peak) peakKb = Math.max(peakKb, Number(peak));
	}
	const pages = countFiles(path.join(dir, 'build', 'prerendered'), '.html');
	return { seconds, peakMb: peakKb ? peakKb / 1024 : undefined, pages };
}

function countFiles(dir: string, ext: string): number {
	if (!fs.existsSync(dir)) return 0;
	return fs
		.readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith(ext)).length;
}

/** A copy of the project whose content/ is generated. */
function corpusProject(): string {
	const dir = copyProject(root, 'svar-bench-');
	fs.rmSync(path.join(dir, 'static', 'islands'), { recursive: true, force: true });
	writeCorpus(dir, perLocale);
	// tsconfig.json extends the generated .svelte-kit/tsconfig.json
	spawnSync('npx', ['svelte-kit', 'sync'], { cwd: dir, stdio: 'ignore' });
	return dir;
}

const json = process.argv.includes('--json');
const figures: Figure[] = [];
/** Each section's figures are kept for --json and printed as soon as they are measured (the bench is long). */
async function section(measure: () => Promise<Figure[]> | Figure[]): Promise<void> {
	const measured = await measure();
	figures.push(...measured);
	if (!json) console.log(formatFigures(measured));
}

const header = {
	node: process.version,
	cores: os.cpus().length,
	memoryGiB: Math.round(os.totalmem() / 2 ** 30),
	corpusArticlesPerLocale: perLocale,
	databases: databases.map(([name]) => name)
};
if (!json)
	console.log(
		`Svar benchmark · Node ${header.node} · ${header.cores} cores · ${header.memoryGiB} GiB · corpus ${perLocale} articles × 4 locales · ${header.databases.join(' and ')}\n` +
			'Every figure is printed as a ratio against its target, or against a peer measured in this run (✓ met, ✗ not).'
	);

await section(() => {
	const sample = timedBuild(root);
	const build = 'Build of the sample content (islands, app, precompression)';
	return [
		{
			section: build,
			name: `build, ${sample.pages} pages`,
			value: sample.seconds,
			unit: 's',
			better: 'lower',
			against: { name: 'target', kind: 'target', value: 120 }
		}
	];
});
await section(() =>
	pageWeightFigures(
		path.join(root, 'build'),
		'Article page before any interaction (gzip of the files on disk; JS ≤ 35 KB, not growing with length)'
	)
);
await section(() => wireFigures(root, quick ? { seconds: 2 } : {}));
await section(() => sampleSearchFigures(root));
await section(() => searchWireFigures(root, { perLocale }));
await section(() => accountFigures(root));

await section(() => ticketFigures(root, { databases }));

await section(() => uploadFigures(root));

await section(() => agentFigures(root, { databases }));

const dir = corpusProject();
try {
	await section(async () => {
		const corpus = timedBuild(dir);
		const build = `Generated corpus: ${perLocale} articles × 4 locales`;
		const target = (value: number) => ({ name: 'target', kind: 'target', value }) as const;
		const figures: Figure[] = [
			{
				section: build,
				name: `build, ${corpus.pages} pages`,
				value: corpus.seconds,
				unit: 's',
				better: 'lower',
				against: target(120)
			}
		];
		if (corpus.peakMb)
			figures.push({
				section: build,
				name: 'build, peak memory of a step',
				value: corpus.peakMb,
				unit: 'MB',
				better: 'lower',
				against: target(3072)
			});
		const files = await buildSearchFiles(dir);
		for (const locale of ['en', 'nb', 'sv', 'ru'] as Locale[]) {
			// two-word queries taken from different places of the titles: what a reader half-remembers
			const titleQueries = (await sourcesFor(dir, locale)).slice(0, 200).map((d, i) =>
				d.title
					.split(' ')
					.slice(i % 3, (i % 3) + 2)
					.join(' ')
			);
			figures.push({
				section: build,
				name: `${locale}: search query p95`,
				value: await latencyP95(files, locale, titleQueries),
				unit: 'ms',
				better: 'lower',
				against: target(5)
			});
		}
		return figures;
	});
} finally {
	fs.rmSync(dir, { recursive: true, force: true });
}

if (json) console.log(figuresJson(figures, header));
