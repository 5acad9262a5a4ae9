// Build figures: the steps of `npm run build` (search files and precompression included), each under GNU time
// for its peak memory, on the sample content or on a copy of the project with a generated corpus. The server's
// code is weighed too: it must not grow with the content (the manifest, article templates and search files are
// files beside it, not part of it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyProject } from '../copy-project.ts';
import { writeCorpus } from './corpus.ts';
import type { Figure } from './figures.ts';

/** What `npm run build` runs, in order (package.json). */
export const BUILD_STEPS: { name: string; args: string[] }[] = [
	{ name: 'sync', args: ['svelte-kit', 'sync'] },
	{ name: 'islands', args: ['vite', 'build', '-c', 'vite.islands.config.ts'] },
	{ name: 'search files', args: ['tsx', 'src/cli/build-search.ts'] },
	{ name: 'app', args: ['vite', 'build'] },
	{ name: 'articles', args: ['tsx', 'src/cli/prerender-articles.ts'] },
	{ name: 'precompression', args: ['tsx', 'src/cli/precompress.ts'] }
];

export interface BuildRun {
	seconds: number;
	steps: { name: string; seconds: number; cpuSeconds?: number; peakMb?: number }[];
	/** the largest peak resident memory of one step, when GNU time is there to tell */
	peakMb?: number;
	/** prerendered HTML pages */
	pages: number;
	/** bytes of the server's JavaScript (adapter-node's build/, without source maps) */
	serverBytes: number;
	/** of those, about how many are the lists of prerendered paths Kit and adapter-node write into it */
	pathListBytes: number;
}

const TIME = '/usr/bin/time';

/** Runs the build's steps in `dir`, each under GNU time when present. */
export function timedBuild(dir: string): BuildRun {
	const time = fs.existsSync(TIME);
	const steps: BuildRun['steps'] = [];
	for (const step of BUILD_STEPS) {
		const started = process.hrtime.bigint();
		const result = time
			? spawnSync(TIME, ['-f', 'SVAR_PEAK_KB %M SVAR_CPU %U %S', 'npx', ...step.args], {
					cwd: dir,
					encoding: 'utf8',
					maxBuffer: 1 << 28
				})
			: spawnSync('npx', step.args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
		const seconds = Number(process.hrtime.bigint() - started) / 1e9;
		if (result.status !== 0) {
			const output = (result.stderr || result.stdout || '').slice(-3000);
			throw new Error(`build step "${step.name}" failed in ${dir}:\n${output}`);
		}
		const peakKb = Number(/SVAR_PEAK_KB (\d+)/.exec(result.stderr)?.[1] ?? 0);
		const cpu = /SVAR_CPU ([\d.]+) ([\d.]+)/.exec(result.stderr);
		steps.push({
			name: step.name,
			seconds,
			// user + system time of the step and its children: what a busy machine disturbs least
			cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
			peakMb: peakKb ? peakKb / 1024 : undefined
		});
	}
	const peaks = steps.flatMap((s) => (s.peakMb ? [s.peakMb] : []));
	return {
		seconds: steps.reduce((sum, s) => sum + s.seconds, 0),
		steps,
		peakMb: peaks.length ? Math.max(...peaks) : undefined,
		pages: files(path.join(dir, 'build', 'prerendered')).filter((f) => f.endsWith('.html')).length,
		serverBytes: serverBytes(path.join(dir, 'build')),
		// the pages Kit prerendered (the home and category pages), not the articles a later step writes
		pathListBytes: pathListBytes(path.join(dir, '.svelte-kit', 'output', 'prerendered'))
	};
}

/**
 * Kit's server manifest and adapter-node's handler each carry the set of prerendered paths (pages and their
 * __data.json) as a JSON array: about this many bytes, which grow with the number of pages, not their text.
 */
function pathListBytes(prerendered: string): number {
	const paths = files(prerendered)
		.filter((f) => !/\.(br|gz)$/.test(f))
		.map(
			(f) =>
				'/' +
				path
					.relative(prerendered, f)
					.split(path.sep)
					.join('/')
					.replace(/^(pages|dependencies|data)\//, '')
					.replace(/\.html$/, '')
		);
	return 2 * paths.reduce((sum, p) => sum + JSON.stringify(p).length + 1, 0);
}

function files(dir: string): string[] {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name));
}

/** The server's code: the JavaScript adapter-node writes (its entry points and build/server). */
export function serverBytes(build: string): number {
	const code = [
		...fs.readdirSync(build).map((name) => path.join(build, name)),
		...files(path.join(build, 'server'))
	].filter((file) => file.endsWith('.js') && fs.statSync(file).isFile());
	return code.reduce((sum, file) => sum + fs.statSync(file).size, 0);
}

/**
 * Builds the sample content in place (`perLocale` 0: its build is the one the other sections measure), or a
 * copy of the project with `perLocale` generated articles in each of 4 locales, and returns its figures: build
 * time, the peak memory of a step, and (for a corpus) the server's code against the sample's, which must be
 * built first. `then` measures more on the corpus copy before it is removed.
 */
export async function buildFigures(
	root: string,
	options: { perLocale: number; label?: string; then?: (dir: string) => Promise<Figure[]> }
): Promise<Figure[]> {
	const { perLocale } = options;
	const corpus = perLocale > 0;
	const label =
		options.label ?? (corpus ? `${perLocale.toLocaleString('en')} articles × 4 locales` : 'sample');
	const section = corpus
		? `Build of a generated corpus: ${label} (every step of npm run build)`
		: 'Build of the sample content (every step of npm run build)';
	const dir = corpus ? copyProject(root, 'svar-bench-') : root;
	try {
		if (corpus) {
			// a cold build: no islands, search files or parse cache from the checkout
			fs.rmSync(path.join(dir, 'static', 'islands'), { recursive: true, force: true });
			fs.rmSync(path.join(dir, 'static', 'search'), { recursive: true, force: true });
			writeCorpus(dir, perLocale);
		}
		const run = timedBuild(dir);
		const target = (value: number) => ({ name: 'target', kind: 'target', value }) as const;
		const figures: Figure[] = [
			{
				section,
				name: `build, ${run.pages.toLocaleString('en')} pages prerendered`,
				value: run.seconds,
				unit: 's',
				better: 'lower',
				against: target(120),
				note: `${run.steps.map((s) => `${s.name} ${s.seconds.toFixed(0)} s${s.cpuSeconds === undefined ? '' : ` (CPU ${s.cpuSeconds.toFixed(0)})`}`).join(', ')}; CPU ${run.steps
					.reduce((sum, s) => sum + (s.cpuSeconds ?? 0), 0)
					.toFixed(0)} s on ${os.availableParallelism()} cores`
			}
		];
		if (run.peakMb) {
			const largest = run.steps.find((s) => s.peakMb === run.peakMb)!;
			figures.push({
				section,
				name: 'build, peak memory of a step',
				value: run.peakMb,
				unit: 'MB',
				better: 'lower',
				against: target(3072),
				note: `the ${largest.name} step`
			});
		}
		const sample = path.join(root, 'build');
		if (corpus && fs.existsSync(path.join(sample, 'server'))) {
			figures.push({
				section,
				name: 'server code, against the sample content’s',
				value: run.serverBytes / 1024,
				unit: 'KB',
				better: 'lower',
				against: { name: 'sample', kind: 'peer', value: serverBytes(sample) / 1024, ratio: 1.1 },
				note: `of which ≈ ${Math.round(run.pathListBytes / 1024)} KB are Kit's and adapter-node's lists of the prerendered paths`
			});
		}
		if (corpus && options.then) figures.push(...(await options.then(dir)));
		return figures;
	} finally {
		if (corpus) fs.rmSync(dir, { recursive: true, force: true });
	}
}
