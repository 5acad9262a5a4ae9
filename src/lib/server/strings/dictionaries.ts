// `virtual:svar/dictionaries` (served by vite-plugin.ts) → per locale, a function that gives its UI dictionary
// (locales/<locale>/index.ts). A built server carries each dictionary as the text of its JSON and parses it the
// first time that locale is asked for: eight dictionaries written as object literals are ~380 KB of code that
// every start compiled and ran, most of it for languages the instance may never answer in (a serverless cold
// start pays it on each start, issue 15). The dev server and tests import the sources, so editing a string
// shows at once. Relative imports only: vite.config.ts loads this before SvelteKit's aliases.
import { transform } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../../i18n/locales.ts';

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

/** The module's code; `watch` is told each source a build read. */
export async function dictionariesModule(
	root: string,
	dev: boolean,
	watch: (file: string) => void
): Promise<string> {
	const files = LOCALES.map(
		(locale) => [locale, path.join(root, 'locales', locale, 'index.ts')] as const
	);
	if (dev) {
		const imports = files.map(([l, file]) => `import ${l} from ${JSON.stringify(file)};`);
		const entries = files.map(([l]) => `${l}: () => ${l}`);
		return `${imports.join('\n')}\nexport default { ${entries.join(', ')} };`;
	}
	const entries = await Promise.all(
		files.map(async ([l, file]) => {
			watch(file);
			return `${l}: () => JSON.parse(${JSON.stringify(await dictionaryJson(file))})`;
		})
	);
	return `export default { ${entries.join(',\n')} };`;
}
