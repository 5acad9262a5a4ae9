import path from 'node:path';
import type { Plugin } from 'vite';
import { SERVER_DATA, writeContentFiles } from './content-files.ts';
import { formatIssues, loadContent, parseCacheDir, type LoadedContent } from './load.ts';

const ID = 'virtual:svar/content';
const RESOLVED = '\0' + ID;

/**
 * Validates content/ when a build or dev server starts (any issue fails the build: never a partial site) and
 * writes what the server reads of it (content-files.ts): in a build, .svelte-kit/svar-data/content, which the
 * adapter copies beside its server; in dev, .svelte-kit/svar-dev/content, rewritten when content/ changes.
 * `virtual:svar/content` names the dev folder (null in a build: the server finds its own, see index.ts).
 */
export function svarContent(options: { root?: string } = {}): Plugin {
	let root = options.root ?? process.cwd();
	let isBuild = false;
	/** Kit builds the server, then the client with a second load of this config: only the first writes. */
	let serverBuild = false;
	// checked once when the build starts and reused; dev drops it when content/ changes
	let loaded: Promise<LoadedContent> | undefined;
	let written: Promise<void> | undefined;
	const load = () => (loaded ??= loadContent(root, { cacheDir: parseCacheDir(root) }));
	const devDir = () => path.join(root, '.svelte-kit', 'svar-dev', 'content');
	return {
		name: 'svar-content',
		configResolved(config) {
			root = options.root ?? config.root;
			isBuild = config.command === 'build';
			serverBuild = isBuild && Boolean(config.build?.ssr);
		},
		async buildStart() {
			// the server build, which Kit runs first, has checked and written it
			if (isBuild && !serverBuild) return;
			const { issues } = await load();
			if (issues.length) {
				const message = `Content has ${issues.length} problem(s):\n${formatIssues(issues)}`;
				// In dev, show the problems but keep serving so the editor can fix them with live reload.
				if (isBuild) this.error(message);
				else this.warn(message);
			}
			if (serverBuild) {
				written ??= load().then(({ manifest, templates }) =>
					writeContentFiles(path.join(root, '.svelte-kit', SERVER_DATA, 'content'), manifest, templates)
				);
				await written;
			}
		},
		resolveId(id) {
			return id === ID ? RESOLVED : undefined;
		},
		async load(id) {
			if (id !== RESOLVED) return undefined;
			if (isBuild) return 'export default null;';
			this.addWatchFile(path.join(root, 'content'));
			const { manifest, templates } = await load();
			writeContentFiles(devDir(), manifest, templates);
			return `export default ${JSON.stringify(devDir())};`;
		},
		configureServer(server) {
			server.watcher.add(path.join(root, 'content'));
			server.watcher.on('all', (_event, file) => {
				if (!file.startsWith(path.join(root, 'content'))) return;
				loaded = undefined;
				const mod = server.moduleGraph.getModuleById(RESOLVED);
				if (mod) server.moduleGraph.invalidateModule(mod);
			});
		}
	};
}
