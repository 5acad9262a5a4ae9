// npm run bench: figures, not assertions. Prints build time and peak memory (sample content and a generated
// corpus of 1,000 articles × 4 locales) and what an article page loads before any interaction.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { copyProject } from './copy-project.ts';
import { writeCorpus } from './bench/corpus.ts';
import { hashMs, loginThroughput, sessionValidationUs } from './bench/auth.ts';
import { ticketLoad } from './bench/tickets.ts';
import { formatUploadFigure, uploadMemory } from './bench/uploads.ts';
import { workspaceLoad } from './bench/agent.ts';
import { engineBytes, firstResultMs, indexBytesPerArticle, latencyP95 } from './bench/search.ts';
import { searchWireFigures } from './bench/search-wire.ts';
import { formatFigures } from './bench/figures.ts';
import { parseQueries } from '../lib/search/evaluate.ts';
import { buildSearchFiles, sourcesFor } from '../lib/server/search/build.ts';
import type { Locale } from '../lib/i18n/locales.ts';

const root = process.cwd();
const quick = process.argv.includes('--quick');
const perLocale = quick ? 200 : 1000;

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

const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
	if (!gzipCache.has(file))
		gzipCache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length);
	return gzipCache.get(file)!;
}

/** JS (scripts, module preloads and what the inline start script imports) and CSS a page loads on open. */
function pageWeight(buildDir: string, htmlFile: string) {
	const html = fs.readFileSync(htmlFile, 'utf8');
	const refs = (pattern: RegExp) => [
		...new Set(
			[...html.matchAll(pattern)].map((m) =>
				m[1]!.replace(/^(\.\.\/|\.\/)+/, '/').replace(/^\/?/, '')
			)
		)
	];
	const js = refs(/<script[^>]+src="([^"]+\.js)"/g).concat(
		refs(/rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
		refs(/import\("([^"]+\.js)"\)/g)
	);
	const css = refs(/<link[^>]*href="([^"]+\.css)"[^>]*>/g);
	const sum = (list: string[]) =>
		[...new Set(list)].reduce(
			(total, rel) => total + gzipBytes(path.join(buildDir, 'client', rel)),
			0
		);
	return { js: sum(js), css: sum(css), html: gzipBytes(htmlFile) };
}

function articleWeights(buildDir: string) {
	const manifestArticles = fs
		.readdirSync(path.join(buildDir, 'prerendered', 'en'), { recursive: true, withFileTypes: true })
		.filter(
			(e) =>
				e.isFile() &&
				e.name.endsWith('.html') &&
				path
					.relative(path.join(buildDir, 'prerendered', 'en'), path.join(e.parentPath, e.name))
					.includes(path.sep)
		)
		.map((e) => path.join(e.parentPath, e.name))
		.sort((a, b) => fs.statSync(a).size - fs.statSync(b).size);
	return {
		shortest: pageWeight(buildDir, manifestArticles[0]!),
		longest: pageWeight(buildDir, manifestArticles.at(-1)!)
	};
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(
	`Svar benchmark · Node ${process.version} · ${os.cpus().length} cores · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB\n`
);

const sample = timedBuild(root);
console.log('Build (islands + app + precompression, prerendering every locale)');
console.log(
	`  sample content            ${sample.seconds.toFixed(1)} s   peak ${sample.peakMb?.toFixed(0) ?? '?'} MB   ${sample.pages} pages`
);

const weights = articleWeights(path.join(root, 'build'));
const islands = fs
	.readdirSync(path.join(root, 'static', 'islands'))
	.filter((f) => f.endsWith('.js'));
console.log(
	'\nArticle page, before any interaction (gzip; target: JS ≤ 35 KB, not growing with length)'
);
console.log(
	`  shortest article          JS ${kb(weights.shortest.js)}   CSS ${kb(weights.shortest.css)}   HTML ${kb(weights.shortest.html)}`
);
console.log(
	`  longest article           JS ${kb(weights.longest.js)}   CSS ${kb(weights.longest.css)}   HTML ${kb(weights.longest.html)}`
);
console.log(
	`  island files built        ${islands.length} (loaded later only on use: all but enhance-*.js)`
);

const queries = parseQueries(fs.readFileSync(path.join(root, 'tests/search/queries.tsv'), 'utf8'));
const sampleFiles = await buildSearchFiles(root);
const searchChunks = fs
	.readdirSync(path.join(root, 'static', 'islands'))
	.filter((f) => /^search-.*\.js$/.test(f));
const searchChunk = searchChunks.reduce(
	(sum, f) => sum + gzipBytes(path.join(root, 'static', 'islands', f)),
	0
);
console.log(
	'\nSearch, sample content (targets: p95 ≤ 1 ms; index ≤ 1.5 KB gzip per article; search code ≤ 15 KB gzip)'
);
for (const locale of ['en', 'nb', 'sv', 'ru'] as Locale[]) {
	const own = queries.filter((q) => q.locale === locale).map((q) => q.query);
	const p95 = await latencyP95(sampleFiles, locale, own);
	console.log(
		`  ${locale}  query p95 ${p95.toFixed(3)} ms over ${own.length} queries   index ${kb(indexBytesPerArticle(sampleFiles, locale))} per article`
	);
}
console.log(
	`  search code (analysis + typo index + FlexSearch light)     ${kb(await engineBytes(root))}`
);
console.log(
	`  + stemmer and stop words of one language                   ${kb(
		gzipBytes(
			path.join(
				root,
				'static/islands',
				fs
					.readdirSync(path.join(root, 'static/islands'))
					.find(
						(f) => /^ru-.*\.js$/.test(f) && gzipBytes(path.join(root, 'static/islands', f)) > 1000
					)!
			)
		)
	)} (ru)`
);
console.log(`  search island as loaded on first focus (code + combobox UI) ${kb(searchChunk)}`);
const paint = await firstResultMs(root, '/nb', 'glemt pasord');
console.log(
	`  first keystroke → first result painted (Chromium, cold)    median ${paint[2]!.toFixed(0)} ms (min ${paint[0]!.toFixed(0)}, max ${paint[4]!.toFixed(0)})`
);
console.log(formatFigures(await searchWireFigures(root, { perLocale })));

console.log('\nAccounts');
console.log(`  argon2id hash (19 MiB, t=2, p=1)         median ${(await hashMs()).toFixed(0)} ms`);
console.log(
	`  session validation per request (SQLite)  ${(await sessionValidationUs()).toFixed(0)} µs`
);
const logins = await loginThroughput(root);
console.log(
	`  login throughput (4 at a time, loopback)  ${logins.perSecond.toFixed(1)}/s   p50 ${logins.p50.toFixed(0)} ms   p99 ${logins.p99.toFixed(0)} ms`
);

console.log(
	'\nTicket creation under load (autocannon, 8 connections, 2,400 tickets; target on SQLite: ≥ 300/s, p99 ≤ 50 ms)'
);
const pgUrl = process.env.TEST_DATABASE_URL;
/** The databases the load figures are taken on: SQLite, and PostgreSQL when TEST_DATABASE_URL is set. */
const databases: [name: string, url: string | undefined][] = [['SQLite', undefined]];
if (pgUrl) databases.push(['PostgreSQL', pgUrl]);
for (const [name, databaseUrl] of databases) {
	const load = await ticketLoad(root, { databaseUrl });
	console.log(
		`  ${name.padEnd(10)} ${load.perSecond.toFixed(0)} tickets/s   p50 ${load.p50} ms   p99 ${load.p99} ms   errors ${load.errors}   stored ${load.stored} of ${load.ok} answered 2xx${load.stored === load.ok ? '' : '  ← MISMATCH'}`
	);
}
if (!pgUrl) console.log('  PostgreSQL  (set TEST_DATABASE_URL to measure)');

console.log(
	'\nServer memory, 8 posts of 50 MB at once (SQLite; alone: npx tsx src/cli/bench/uploads.ts)'
);
for (const figure of await uploadMemory(root)) console.log(formatUploadFigure(figure));

console.log(
	'\nAgent workspace: 2,000 open and 3,000 solved tickets with answered surveys (no target yet)'
);
for (const [name, databaseUrl] of databases) {
	const w = await workspaceLoad(root, { databaseUrl });
	console.log(
		`  ${name.padEnd(10)} queue p50 ${w.queue.p50} ms  p99 ${w.queue.p99} ms   reports summary p50 ${w.summary.p50} ms  p99 ${w.summary.p99} ms   errors ${w.queue.errors + w.summary.errors}`
	);
}

const dir = corpusProject();
try {
	const corpus = timedBuild(dir);
	console.log(
		`\nGenerated corpus: ${perLocale} articles × 4 locales (target: < 120 s, peak < 3 GB)`
	);
	console.log(
		`  build                     ${corpus.seconds.toFixed(1)} s   peak ${corpus.peakMb?.toFixed(0) ?? '?'} MB   ${corpus.pages} pages`
	);
	const corpusWeights = articleWeights(path.join(dir, 'build'));
	console.log(
		`  article page JS           ${kb(corpusWeights.longest.js)} (longest)   CSS ${kb(corpusWeights.longest.css)}`
	);
	const corpusFiles = await buildSearchFiles(dir);
	for (const locale of ['en', 'nb', 'sv', 'ru'] as Locale[]) {
		// two-word queries taken from different places of the titles: what a reader half-remembers
		const titleQueries = (await sourcesFor(dir, locale)).slice(0, 200).map((d, i) =>
			d.title
				.split(' ')
				.slice(i % 3, (i % 3) + 2)
				.join(' ')
		);
		const p95 = await latencyP95(corpusFiles, locale, titleQueries);
		console.log(
			`  ${locale} search                 query p95 ${p95.toFixed(3)} ms (target ≤ 5 ms)   index ${kb(indexBytesPerArticle(corpusFiles, locale))} per article (all shards; a query fetches a few)`
		);
	}
} finally {
	fs.rmSync(dir, { recursive: true, force: true });
}
