// Which UI strings each page can show, read from the source: the root layout then sends a page only those
// (src/lib/server/i18n.ts), not the whole dictionary. A route's strings are what its +page.svelte, the layouts
// and error pages above it, and every module they import (components, helpers taking LL) say as `LL.<namespace>`
// or `LL.<namespace>.<key>`. A namespace indexed by a variable (`LL.reports[name]`) counts whole; a file that
// indexes LL itself, or hands it on under another name (`const t = LL`, `{ agent } = LL`), gets its route the
// whole dictionary. Server modules are left out: they translate with the full dictionary.
// Relative imports only: vite.config.ts loads this before SvelteKit's aliases.
import fs from 'node:fs';
import path from 'node:path';

/** Per namespace, the keys used, or true for all of it. */
export type Usage = Record<string, string[] | true>;
/** Per route id ("" for a path no route matches: the root layout and error page alone). */
export type RouteUsage = Record<string, Usage>;

const IMPORT = /\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;
const USE = /\bLL\s*\.\s*(\w+)(?:\s*\.\s*(\w+))?/g;
const EVERYTHING = /\bLL\s*\[|[=:]\s*LL\s*[;,)}\n]|\}\s*=\s*LL\b/;

/** The strings one file uses, added to `into`; false when it indexes LL by a variable (everything). */
export function addUsage(source: string, into: Usage): boolean {
	if (EVERYTHING.test(source)) return false;
	for (const [, namespace, key] of source.matchAll(USE)) {
		const have = into[namespace!];
		if (have === true) continue;
		if (key === undefined) into[namespace!] = true;
		else into[namespace!] = [...new Set([...(have ?? []), key])];
	}
	return true;
}

/** The local module an import names, or undefined for packages, server modules and virtual ones. */
function resolveImport(from: string, specifier: string, src: string): string | undefined {
	let target: string;
	if (specifier.startsWith('$lib/')) target = path.join(src, 'lib', specifier.slice(5));
	else if (specifier.startsWith('.')) target = path.resolve(path.dirname(from), specifier);
	else return undefined;
	if (target.startsWith(path.join(src, 'lib', 'server'))) return undefined;
	for (const candidate of [target, `${target}.ts`, `${target}.js`, path.join(target, 'index.ts')]) {
		if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
	}
	return undefined;
}

/** Every local module `entries` reach through their imports, themselves included. */
function reachable(entries: string[], src: string): Set<string> {
	const seen = new Set<string>();
	const todo = [...entries];
	while (todo.length) {
		const file = todo.pop()!;
		if (seen.has(file) || /\.(css|json|md)$/.test(file)) continue;
		seen.add(file);
		for (const [, specifier] of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
			const target = resolveImport(file, specifier!, src);
			if (target) todo.push(target);
		}
	}
	return seen;
}

/** The components that render for a route: the layouts and error pages from the root down, and its page. */
function routeEntries(routes: string, dir: string): string[] {
	const chain = path.relative(routes, dir).split(path.sep).filter(Boolean);
	const files: string[] = [];
	for (let depth = 0; depth <= chain.length; depth++) {
		const at = path.join(routes, ...chain.slice(0, depth));
		for (const name of ['+layout.svelte', '+error.svelte']) {
			if (fs.existsSync(path.join(at, name))) files.push(path.join(at, name));
		}
	}
	if (fs.existsSync(path.join(dir, '+page.svelte'))) files.push(path.join(dir, '+page.svelte'));
	return files;
}

/** undefined when some file indexes LL by a variable: that route gets the whole dictionary. */
function usageOf(files: Set<string>): Usage | undefined {
	const usage: Usage = {};
	for (const file of files) {
		if (!addUsage(fs.readFileSync(file, 'utf8'), usage)) return undefined;
	}
	return usage;
}

/** Per route id of `src/routes`, the strings its pages use; a route missing from it gets the whole dictionary. */
export function routeUsage(root: string): RouteUsage {
	const src = path.join(root, 'src');
	const routes = path.join(src, 'routes');
	const result: RouteUsage = {};
	const add = (id: string, dir: string) => {
		const usage = usageOf(reachable(routeEntries(routes, dir), src));
		if (usage) result[id] = usage;
	};
	add('', routes);
	for (const entry of fs.readdirSync(routes, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || entry.name !== '+page.svelte') continue;
		const rel = path.relative(routes, entry.parentPath).split(path.sep).join('/');
		add(`/${rel}`, entry.parentPath);
	}
	return result;
}

/** The part of a dictionary that `usage` names (everything when there is no usage). */
export function pickStrings<T extends Record<string, unknown>>(
	dictionary: T,
	usage: Usage | undefined
): T {
	if (!usage) return dictionary;
	const picked: Record<string, unknown> = {};
	for (const [namespace, keys] of Object.entries(usage)) {
		const strings = dictionary[namespace] as Record<string, unknown> | undefined;
		if (!strings) continue;
		picked[namespace] =
			keys === true
				? strings
				: Object.fromEntries(keys.filter((k) => k in strings).map((k) => [k, strings[k]]));
	}
	return picked as T;
}
