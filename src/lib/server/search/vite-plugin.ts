// Vite plugins of the search side: the URLs of the islands and of the search files they fetch, and the search
// files themselves for the server. Relative imports only: vite.config.ts loads this before SvelteKit's aliases.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import type { SearchBuild } from './build.ts';
import { SERVER_DATA } from '../content/content-files.ts';

const ISLANDS_ID = 'virtual:svar/islands';

/**
 * `virtual:svar/islands` → the URL of each island entry: the Vite dev server serves the source directly; a
 * build reads the islands build's manifest (static/islands/.vite/manifest.json) for the hashed file names.
 */
export function svarIslands(options: { root?: string } = {}): Plugin {
	const { mode, configResolved } = viteMode(options);
	return {
		name: 'svar-islands',
		configResolved,
		resolveId(id) {
			return id === ISLANDS_ID ? '\0' + ISLANDS_ID : undefined;
		},
		load(id) {
			if (id !== '\0' + ISLANDS_ID) return undefined;
			if (mode.dev)
				return `export default { enhance: '/src/islands/enhance.ts', search: ${JSON.stringify(Object.fromEntries(LOCALES.map((l) => [l, `/search-dev/${l}.json`])))} };`;
			const manifestFile = path.join(mode.root, 'static/islands/.vite/manifest.json');
			if (!fs.existsSync(manifestFile)) {
				this.error(
					'static/islands is not built: run `npm run build` (it builds the islands first)'
				);
			}
			const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<
				string,
				{ file: string }
			>;
			const enhance = manifest['src/islands/enhance.ts']?.file;
			if (!enhance) this.error('islands manifest has no src/islands/enhance.ts entry');
			const search = readSearchManifest(mode.root, (message) => this.error(message));
			const urls = Object.fromEntries(
				Object.entries(search).map(([l, file]) => [l, `/search/${file}`])
			);
			return `export default { enhance: '/islands/${enhance}', search: ${JSON.stringify(urls)} };`;
		}
	};
}

/** The project root and whether Vite serves (dev) or builds, once its config is resolved. */
function viteMode(options: { root?: string }) {
	const mode = { root: options.root ?? process.cwd(), dev: false };
	const configResolved = (config: ResolvedConfig) => {
		mode.root = options.root ?? config.root;
		mode.dev = config.command === 'serve';
	};
	return { mode, configResolved };
}

function readSearchManifest(
	root: string,
	fail: (message: string) => never
): Record<string, string> {
	const file = path.join(root, 'static/search/manifest.json');
	if (!fs.existsSync(file))
		fail('static/search is not built: run `npm run build` (it builds the search files first)');
	return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
}

const SEARCH_DATA_ID = 'virtual:svar/search-data';

/**
 * The very manifests and shards the browser fetches, for the server's search: in a build, static/search is
 * copied to .svelte-kit/svar-data/search when the build starts, which the adapter puts beside the server (read
 * as files, never bundled: the server does not grow with the content) and `virtual:svar/search-data` is null;
 * in dev, it is per locale a loader of files built from content/ on demand (and served to the browser under
 * /search-dev/). So the no-JS search page and suggestions search exactly what the browser searches.
 */
export function svarSearchData(options: { root?: string } = {}): Plugin {
	const { mode, configResolved } = viteMode(options);
	let devFiles: Promise<SearchBuild> | undefined;
	let copied = false;
	const buildDev = async (server: import('vite').ViteDevServer) => {
		const mod = (await server.ssrLoadModule(
			'/src/lib/server/search/build.ts'
		)) as typeof import('./build.ts');
		return mod.buildSearchFiles(mode.root);
	};
	return {
		name: 'svar-search-data',
		configResolved,
		buildStart() {
			if (mode.dev || copied) return;
			copied = true;
			readSearchManifest(mode.root, (message) => this.error(message));
			const out = path.join(mode.root, '.svelte-kit', SERVER_DATA, 'search');
			fs.rmSync(out, { recursive: true, force: true });
			fs.cpSync(path.join(mode.root, 'static/search'), out, { recursive: true });
		},
		configureServer(server) {
			server.watcher.on('all', (_event, file) => {
				if (file.startsWith(path.join(mode.root, 'content'))) devFiles = undefined;
			});
			server.middlewares.use('/search-dev', async (req, res, next) => {
				const name = /^\/([\w-]+)\.json$/.exec(req.url ?? '')?.[1];
				if (!name) return next();
				devFiles ??= buildDev(server);
				const { manifests, files } = await devFiles;
				const manifest = manifests.get(name as Locale);
				const json = manifest ? JSON.stringify(manifest) : files.get(`${name}.json`);
				if (json === undefined) return next();
				res.setHeader('content-type', 'application/json');
				res.end(json);
			});
		},
		resolveId(id) {
			return id === SEARCH_DATA_ID ? '\0' + id : undefined;
		},
		load(id) {
			if (id !== '\0' + SEARCH_DATA_ID) return undefined;
			if (mode.dev) {
				return `import { buildSearchFiles } from '/src/lib/server/search/build.ts';
let built;
const get = async (l) => {
	const { manifests, files } = await (built ??= buildSearchFiles(${JSON.stringify(mode.root)}));
	const shards = {};
	for (const [name, json] of files) if (name.startsWith(l + '-')) shards[name] = JSON.parse(json);
	return { manifest: manifests.get(l), shards };
};
export default Object.fromEntries(${JSON.stringify(LOCALES)}.map((l) => [l, () => get(l)]));`;
			}
			return 'export default null;';
		}
	};
}
