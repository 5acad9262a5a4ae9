import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Kit's client root renders its route announcer with a style attribute, which `style-src 'self'` blocks on
 * every client-rendered page (a CSP violation in the console). Allow exactly that attribute by its hash
 * rather than 'unsafe-inline'; a Kit upgrade that changes it shows up as a failing e2e test.
 */
const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
/** @type {`sha256-${string}`} */
const announcerHash = `sha256-${createHash('sha256').update(ANNOUNCER_STYLE).digest('base64')}`;

/**
 * adapter-node, then Svar's files for the server (the content manifest, article templates and search files
 * the build writes to .svelte-kit/svar-data) copied beside the server it writes: build/svar-data, where the
 * server finds them from wherever it is started. Never inlined into the server's code, so it does not grow with
 * the content.
 * @param {import('@sveltejs/kit').Adapter} base
 * @param {string} out adapter-node's output folder
 * @returns {import('@sveltejs/kit').Adapter}
 */
function withServerData(base, out) {
	return {
		...base,
		async adapt(builder) {
			const output = path.join(builder.config.kit.outDir, 'output');
			// The adapter's copies of the client and the prerendered pages, as hard links: tens of thousands of
			// files with a large FAQ, which Kit's own copy reads and writes again byte by byte.
			builder.writeClient = (dest) => linkTree(path.join(output, 'client'), dest);
			builder.writePrerendered = (dest) =>
				['pages', 'dependencies', 'data'].flatMap((part) =>
					linkTree(path.join(output, 'prerendered', part), dest)
				);
			await base.adapt(builder);
			const data = builder.getBuildDirectory('svar-data');
			builder.log.minor(`Linking ${path.relative('.', data)} to ${out}/svar-data`);
			linkTree(data, path.join(out, 'svar-data'));
		}
	};
}

/**
 * Every file under `source` hard-linked at the same place under `target` (copied where a link cannot be made:
 * another file system). Returns the files' paths relative to `target`, as Kit's builder does.
 * @param {string} source
 * @param {string} target
 * @returns {string[]}
 */
function linkTree(source, target) {
	if (!fs.existsSync(source)) return [];
	/** @type {string[]} */
	const files = [];
	for (const entry of fs.readdirSync(source, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const from = path.join(entry.parentPath, entry.name);
		const relative = path.relative(source, from);
		const to = path.join(target, relative);
		fs.mkdirSync(path.dirname(to), { recursive: true });
		fs.rmSync(to, { force: true });
		try {
			fs.linkSync(from, to);
		} catch {
			fs.copyFileSync(from, to);
		}
		files.push(relative.split(path.sep).join('/'));
	}
	return files;
}

/** Which adapter builds the app: `node` (default) or `vercel` (SVAR_ADAPTER). */
export const adapterTarget = process.env.SVAR_ADAPTER ?? 'node';

/**
 * adapter-node by default. SVAR_ADAPTER=vercel builds Vercel's output instead: the prerendered help centre
 * as static files, every dynamic route as a function. Functions keep no disk, so that needs PostgreSQL.
 */
async function chooseAdapter() {
	const target = adapterTarget;
	if (target === 'node') return withServerData(adapter({ precompress: false }), 'build');
	if (target === 'vercel') {
		if (!process.env.DATABASE_URL) {
			throw new Error(
				'SVAR_ADAPTER=vercel needs DATABASE_URL=postgres://…: serverless functions have no disk to keep a SQLite database on.'
			);
		}
		const { default: vercel } = await import('@sveltejs/adapter-vercel');
		// The functions do not carry .svelte-kit/svar-data yet (issue 15): prerendered pages are complete, but
		// the dynamic ones that read content or search fail until they do.
		return vercel({ runtime: 'nodejs20.x' });
	}
	throw new Error(`SVAR_ADAPTER must be "node" or "vercel" (got "${target}")`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// Articles are not components: the content pipeline turns them into HTML templates (src/lib/content/).
	preprocess: [vitePreprocess()],
	compilerOptions: {
		// Runes everywhere except in dependencies.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: await chooseAdapter(),
		alias: {
			$locales: 'locales',
			// FlexSearch's compact build (≈10.5 KB gzip vs 17 KB) is not in its package exports: name it by path.
			'flexsearch-compact': 'node_modules/flexsearch/dist/flexsearch.compact.module.min.js',
			// the browser's search needs only Index and Encoder: the light build (≈4.3 KB gzip)
			'flexsearch-light': 'node_modules/flexsearch/dist/flexsearch.light.module.min.js'
		},
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-hashes', announcerHash],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				// pages may not be framed by other sites (clickjacking); sent as a header on dynamic responses
				'frame-ancestors': ['none']
			}
		},
		prerender: {
			// Absolute URLs (canonical, hreflang, Open Graph) in prerendered pages use this origin.
			origin: process.env.ORIGIN ?? 'http://localhost:3000',
			// Only the entries (each locale's home and category pages): the articles they link to are rendered and
			// every link checked by src/cli/prerender-articles.ts, on every core. Crawling them here, one at a time,
			// cost seconds at thousands of articles for nothing.
			crawl: false,
			// A broken link or anchor in any locale fails the build: never a partial site.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail',
			// pages render while others are written and crawled: with thousands of articles, a few at a time
			// keep the build's one prerendering thread busy
			concurrency: 4
		}
	}
};

export default config;
