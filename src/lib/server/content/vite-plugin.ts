import path from 'node:path';
import type { Plugin } from 'vite';
import { formatIssues, loadContent, type LoadedContent } from './load.ts';

const ID = 'virtual:svar/content';
const RESOLVED = '\0' + ID;

/**
 * Validates content/ when a build or dev server starts (any issue fails the build: never a partial site) and
 * serves the manifest of published articles as `virtual:svar/content`. Article bodies are compiled separately
 * by mdsvex through import.meta.glob.
 */
export function svarContent(options: { root?: string } = {}): Plugin {
	let root = options.root ?? process.cwd();
	let isBuild = false;
	// checked once when the build starts and reused for the manifest; dev drops it when content/ changes
	let loaded: Promise<LoadedContent> | undefined;
	return {
		name: 'svar-content',
		configResolved(config) {
			root = options.root ?? config.root;
			isBuild = config.command === 'build';
		},
		async buildStart() {
			const { issues } = await (loaded ??= loadContent(root));
			if (issues.length === 0) return;
			const message = `Content has ${issues.length} problem(s):\n${formatIssues(issues)}`;
			// In dev, show the problems but keep serving so the editor can fix them with live reload.
			if (isBuild) this.error(message);
			else this.warn(message);
		},
		resolveId(id) {
			return id === ID ? RESOLVED : undefined;
		},
		async load(id) {
			if (id !== RESOLVED) return undefined;
			this.addWatchFile(path.join(root, 'content'));
			const { manifest } = await (loaded ??= loadContent(root));
			return `export default ${JSON.stringify(manifest)};`;
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
