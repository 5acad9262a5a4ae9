// Two virtual modules of UI strings for the server:
// - `virtual:svar/strings` → per route id, the UI strings its pages use (usage.ts), read from the source when the
//   server is built. The dev server says null (every page gets the whole dictionary), so editing a component
//   never leaves a string out.
// - `virtual:svar/dictionaries` → per locale, its dictionary, parsed when first asked for (dictionaries.ts).
// Relative imports only: vite.config.ts loads this before SvelteKit's aliases.
import type { Plugin } from 'vite';
import { dictionariesModule } from './dictionaries.ts';
import { routeUsage } from './usage.ts';

const STRINGS = 'virtual:svar/strings';
const DICTIONARIES = 'virtual:svar/dictionaries';

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
			return id === STRINGS || id === DICTIONARIES ? '\0' + id : undefined;
		},
		load(id) {
			if (id === '\0' + STRINGS)
				return `export default ${dev ? 'null' : JSON.stringify(routeUsage(root))};`;
			if (id === '\0' + DICTIONARIES)
				return dictionariesModule(root, dev, (file) => this.addWatchFile(file));
			return undefined;
		}
	};
}
