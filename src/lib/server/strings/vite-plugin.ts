// `virtual:svar/strings` → per route id, the UI strings its pages use (usage.ts), read from the source when the
// server is built. The dev server says null (every page gets the whole dictionary), so editing a component
// never leaves a string out. Relative imports only: vite.config.ts loads this before SvelteKit's aliases.
import type { Plugin } from 'vite';
import { routeUsage } from './usage.ts';

const ID = 'virtual:svar/strings';

export function svarStrings(): Plugin {
	let root = process.cwd();
	let dev = false;
	return {
		name: 'svar-strings',
		configResolved(config) {
			root = config.root;
			dev = config.command === 'serve';
		},
		resolveId(id) {
			return id === ID ? '\0' + ID : undefined;
		},
		load(id) {
			if (id !== '\0' + ID) return undefined;
			return `export default ${dev ? 'null' : JSON.stringify(routeUsage(root))};`;
		}
	};
}
