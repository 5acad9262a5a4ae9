// `virtual:svar/dictionaries` → per locale, a function that gives its UI dictionary (locales/<locale>/index.ts).
// A built server carries each dictionary as the text of its JSON and parses it the first time that locale is
// asked for: eight dictionaries written as object literals are ~380 KB of code that every start compiled and
// ran, most of it for languages the instance may never answer in (a serverless cold start pays it on each
// start, issue 15). The dev server and tests import the sources, so editing a string shows at once.
// Relative imports only: vite.config.ts loads this before SvelteKit's aliases.
import { transform } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { LOCALES } from '../../i18n/locales.ts';

const ID = 'virtual:svar/dictionaries';

/** The dictionary a locale's source exports, as JSON: strings in nested objects, nothing else. */
async function dictionaryJson(file: string): Promise<string> {
	const { code } = await transform(fs.readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' });
	const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
	const { default: dictionary } = (await import(url)) as { default: unknown };
	const check = (value: unknown, at: string): void => {
		if (typeof value === 'string') return;
		if (!value || typeof value !== 'object' || Array.isArray(value))
			throw new Error(`${file}: ${at} is not a string or a group of strings`);
		for (const [key, inner] of Object.entries(value)) check(inner, `${at}.${key}`);
	};
	check(dictionary, 'the dictionary');
	return JSON.stringify(dictionary);
}

export function svarDictionaries(): Plugin {
	let root = process.cwd();
	let dev = false;
	return {
		name: 'svar-dictionaries',
		configResolved(config) {
			root = config.root;
			dev = config.command === 'serve';
		},
		resolveId(id) {
			return id === ID ? '\0' + ID : undefined;
		},
		async load(id) {
			if (id !== '\0' + ID) return undefined;
			const files = LOCALES.map((locale) => [
				locale,
				path.join(root, 'locales', locale, 'index.ts')
			]);
			if (dev) {
				const imports = files.map(([l, file]) => `import ${l} from ${JSON.stringify(file)};`);
				const entries = files.map(([l]) => `${l}: () => ${l}`);
				return `${imports.join('\n')}\nexport default { ${entries.join(', ')} };`;
			}
			const entries = await Promise.all(
				files.map(async ([l, file]) => {
					this.addWatchFile(file!);
					const json = await dictionaryJson(file!);
					return `${l}: () => JSON.parse(${JSON.stringify(json)})`;
				})
			);
			return `export default { ${entries.join(',\n')} };`;
		}
	};
}
