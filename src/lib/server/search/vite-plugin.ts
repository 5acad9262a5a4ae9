// Vite plugins of the search side: the URLs of the islands and of the search files they fetch, and the search
// files themselves for the server. Relative imports only: vite.config.ts loads this before SvelteKit's aliases.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import type { SearchBuild } from './build.ts';

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
 * `virtual:svar/search-data` → per locale, a loader of the very manifest and shards the browser fetches: built
 * files in a build (bundled into the server), built from content/ on demand in dev (and served to the browser
 * under /search-dev/). So the no-JS search page and suggestions search exactly what the browser searches.
 */
export function svarSearchData(options: { root?: string } = {}): Plugin {
	const { mode, configResolved } = viteMode(options);
	let devFiles: Promise<SearchBuild> | undefined;
	const buildDev = async (server: import('vite').ViteDevServer) => {
		const mod = (await server.ssrLoadModule(
			'/src/lib/server/search/build.ts'
		)) as typeof import('./build.ts');
		return mod.buildSearchFiles(mode.root);
	};
	return {
		name: 'svar-search-data',
		configResolved,
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
			if (id === SEARCH_DATA_ID || id.startsWith(SEARCH_DATA_ID + '/')) return '\0' + id;
			return undefined;
		},
		load(id) {
			if (!id.startsWith('\0' + SEARCH_DATA_ID)) return undefined;
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
			const manifest = readSearchManifest(mode.root, (message) => this.error(message));
			const sub = id.slice(('\0' + SEARCH_DATA_ID + '/').length);
			if (sub) {
				// the reader's manifest and every shard it owns (its paths, its own index)
				const dir = path.join(mode.root, 'static/search');
				const shards = fs
					.readdirSync(dir)
					.filter((f) => f.startsWith(`${sub}-`) && f !== manifest[sub])
					.map((f) => `${JSON.stringify(f)}: ${fs.readFileSync(path.join(dir, f), 'utf8')}`);
				return `export default { manifest: ${fs.readFileSync(path.join(dir, manifest[sub]!), 'utf8')}, shards: { ${shards.join(',\n')} } };`;
			}
			return `export default { ${Object.keys(manifest)
				.map((l) => `${l}: () => import('${SEARCH_DATA_ID}/${l}').then((m) => m.default)`)
				.join(', ')} };`;
		}
	};
}
