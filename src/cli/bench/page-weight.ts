// What an article page loads before any interaction, read from the build on disk (gzip level 9 of each file):
// the floor the wire figures are measured against. The scripts are the ones the page names (script tags, module
// preloads and the inline start script's imports), and the stylesheets it links.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Against, Figure } from './figures.ts';

const gzipCache = new Map<string, number>();
export function gzipBytes(file: string): number {
	if (!gzipCache.has(file))
		gzipCache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length);
	return gzipCache.get(file)!;
}

function pageWeight(buildDir: string, htmlFile: string) {
	const html = fs.readFileSync(htmlFile, 'utf8');
	const refs = (pattern: RegExp) =>
		[...html.matchAll(pattern)].map((m) =>
			m[1]!.replace(/^(\.\.\/|\.\/)+/, '/').replace(/^\/?/, '')
		);
	const js = refs(/<script[^>]+src="([^"]+\.js)"/g).concat(
		refs(/rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
		refs(/import\("([^"]+\.js)"\)/g)
	);
	const css = refs(/<link[^>]*href="([^"]+\.css)"[^>]*>/g);
	const sum = (list: string[]) =>
		[...new Set(list)].reduce(
			(total, rel) => total + gzipBytes(path.join(buildDir, 'client', rel)),
			0
		);
	return { js: sum(js), css: sum(css) };
}

/** The English article pages (two levels below /en/), shortest first. */
function articlePages(buildDir: string): string[] {
	const en = path.join(buildDir, 'prerendered', 'en');
	return fs
		.readdirSync(en, { recursive: true, withFileTypes: true })
		.filter(
			(e) =>
				e.isFile() &&
				e.name.endsWith('.html') &&
				path.relative(en, path.join(e.parentPath, e.name)).includes(path.sep)
		)
		.map((e) => path.join(e.parentPath, e.name))
		.sort((a, b) => fs.statSync(a).size - fs.statSync(b).size);
}

/** JS and CSS of the shortest and the longest article: JS ≤ 35 KB and not growing with length. */
export function pageWeightFigures(buildDir: string, section: string): Figure[] {
	const pages = articlePages(buildDir);
	const shortest = pageWeight(buildDir, pages[0]!);
	const longest = pageWeight(buildDir, pages.at(-1)!);
	const kb = (bytes: number) => bytes / 1024;
	const target = (value: number): Against => ({ name: 'target', kind: 'target', value });
	const jsTarget = target(35);
	return [
		{ name: 'shortest article: JS', value: kb(shortest.js), against: jsTarget },
		{ name: 'longest article: JS', value: kb(longest.js), against: jsTarget },
		{
			name: 'longest article: JS, against the shortest',
			value: kb(longest.js),
			against: { name: 'shortest', kind: 'peer', value: kb(shortest.js), ratio: 1 } as Against
		},
		{
			name: 'longest article: CSS',
			value: kb(longest.css),
			against: target(10)
		}
	].map((f): Figure => ({ section, unit: 'KB', better: 'lower', ...f }));
}
