// Part of npm run build, after vite build: every article in each locale's own language, rendered by the server Kit
// built and written where the adapter serves its prerendered pages (build/prerendered for adapter-node, Vercel's
// static output), on every core. Kit's prerenderer leaves articles to this step (see content/fallback.ts): it
// renders on one thread and writes a __data.json beside each page, which at 4,000 articles in 4 locales was most
// of the build. The links of every prerendered page, Kit's too, are checked as Kit's crawler (off) would have
// checked them; a broken one fails the build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import config, { adapterTarget } from '../../svelte.config.js';
import { ContentIndex } from '../lib/content/resolve.ts';
import { LOCALES } from '../lib/i18n/locales.ts';
import { ARTICLE_PRERENDER_HEADER } from '../lib/server/content/fallback.ts';
import { readManifest, SERVER_DATA } from '../lib/server/content/content-files.ts';
import { attributes } from './html-attributes.js';
import { brokenLinks, type PageLinks, unknownTargets } from './prerender-links.ts';

/** Below this many pages a second thread costs more to start than it saves. */
const PAGES_PER_THREAD = 300;

const root = process.cwd();
const started = Date.now();
const origin = config.kit?.prerender?.origin ?? 'http://localhost:3000';
const kitOutput = path.join(root, '.svelte-kit', 'output');
const vercel = adapterTarget === 'vercel';
const dest = vercel
	? path.join(root, '.vercel', 'output', 'static')
	: path.join(root, 'build', 'prerendered');

const content = new ContentIndex(
	readManifest(path.join(root, '.svelte-kit', SERVER_DATA, 'content'))
);
const own = content.ownArticlePaths();
const threads = Math.max(
	1,
	Math.min(os.availableParallelism(), Math.ceil(own.length / PAGES_PER_THREAD))
);

const workers = Array.from({ length: threads }, startThread);
try {
	const rendered = (
		await Promise.all(
			workers.map((ask, n) => ask({ render: own.filter((_, i) => i % threads === n) }))
		)
	).flatMap((answer) => answer.pages);

	// Kit's own pages (the home and category pages), read back for the check
	const kitDir = path.join(kitOutput, 'prerendered', 'pages');
	const kitPages = htmlFiles(kitDir).map((file): PageLinks => {
		const html = fs.readFileSync(file, 'utf8');
		const relative = path.relative(kitDir, file).split(path.sep).join('/');
		return {
			path: '/' + relative.replace(/(^|\/)?index\.html$|\.html$/, ''),
			ids: attributes(html, 'id'),
			links: attributes(html, 'href')
		};
	});
	const pages = [...rendered, ...kitPages];
	// what else a link may lead to: an article's fallback page in every other locale, a file, and whatever the server
	// does not answer 404 (or another error), as Kit's crawler would have asked it
	const fallbacks = new Set([
		...content
			.articleIds()
			.flatMap((id) => LOCALES.map((locale) => content.articlePath(id, locale))),
		// and the files: static/ and Kit's client build
		...files(path.join(kitOutput, 'client'))
	]);
	const asked = (
		await workers[0]!({ check: unknownTargets(pages, origin, (p) => fallbacks.has(p)) })
	).statuses;
	const answered = (target: string) => (asked[target] ?? 404) < 400;
	const broken = brokenLinks(pages, origin, (target) => fallbacks.has(target) || answered(target));
	if (broken.length) {
		console.error(
			`✗ ${broken.length} broken link(s) in the help centre:\n  ${broken.slice(0, 50).join('\n  ')}`
		);
		process.exitCode = 1;
	} else {
		if (vercel) routeVercelPages(rendered.map((page) => page.path));
		console.log(
			`articles: ${rendered.length} pages prerendered on ${threads} thread(s), links of ${pages.length} pages checked, in ${((Date.now() - started) / 1000).toFixed(1)} s`
		);
	}
} finally {
	await Promise.all(workers.map((ask) => ask.stop()));
}

interface Answer {
	pages: PageLinks[];
	statuses: Record<string, number>;
}

/** A thread of prerender-thread.js, asked one job at a time. */
function startThread() {
	const worker = new Worker(new URL('./prerender-thread.js', import.meta.url), {
		workerData: {
			server: path.join(kitOutput, 'server'),
			dest,
			origin,
			header: ARTICLE_PRERENDER_HEADER,
			env: { ...process.env }
		},
		// a page's render leaves much short-lived garbage: a larger young generation collects it less often
		resourceLimits: { maxYoungGenerationSizeMb: 64 }
	});
	const ask = (job: { render?: string[]; check?: string[] }) =>
		new Promise<Answer>((resolve, reject) => {
			const onError = (error: Error) => reject(error);
			worker.once('error', onError);
			worker.once('message', (answer: Answer & { error?: string }) => {
				worker.off('error', onError);
				if (answer.error) reject(new Error(answer.error));
				else resolve(answer);
			});
			worker.postMessage(job);
		});
	return Object.assign(ask, { stop: () => worker.terminate() });
}

function htmlFiles(dir: string): string[] {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => path.join(entry.parentPath, entry.name));
}

/** The files under `dir` as the paths they are served at. */
function files(dir: string): string[] {
	return fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map(
			(entry) =>
				'/' + path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
		);
}

/**
 * Vercel serves a static file at its own name: each page's path is routed to its .html as the adapter does for
 * the pages it writes (Build Output API `overrides`).
 */
function routeVercelPages(paths: string[]) {
	const file = path.join(root, '.vercel', 'output', 'config.json');
	const output = JSON.parse(fs.readFileSync(file, 'utf8')) as {
		overrides?: Record<string, { path: string }>;
	};
	output.overrides ??= {};
	for (const page of paths) output.overrides[`${page.slice(1)}.html`] = { path: page.slice(1) };
	fs.writeFileSync(file, JSON.stringify(output, null, '\t'));
}
