// The layout rules of ARCHITECTURE.md, checked on the source text, so that a shortcut taken in a hurry (SQL in a
// service, a route that grew a page of logic, two folders leaning on each other) fails here and not in review.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const SERVER = path.join(ROOT, 'src/lib/server');

function walk(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = path.join(dir, e.name);
		return e.isDirectory() ? walk(full) : [full];
	});
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
const isSpec = (file: string) => /\.spec\.ts$/.test(file);
const sources = walk(path.join(ROOT, 'src')).filter((f) => /\.(ts|js|svelte)$/.test(f));
const code = sources.filter((f) => !isSpec(f));
const text = new Map(sources.map((f) => [f, fs.readFileSync(f, 'utf8')]));
const lines = (file: string) => text.get(file)!.split('\n').length - 1;

/** The modules a file imports (static and dynamic), resolved to absolute paths where they are ours. */
function imports(file: string): string[] {
	const found: string[] = [];
	for (const m of text.get(file)!.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
		const spec = m[1]!;
		if (spec.startsWith('$lib/')) found.push(path.join(ROOT, 'src/lib', spec.slice(5)));
		else if (spec.startsWith('.')) found.push(path.resolve(path.dirname(file), spec));
		else if (spec.startsWith('/src/')) found.push(path.join(ROOT, spec));
	}
	return found;
}

/** A file's folder directly under src/lib/server ("tickets", "db"…), or undefined for anything else. */
function serverFolder(file: string): string | undefined {
	const inside = path.relative(SERVER, file);
	if (inside.startsWith('..')) return undefined;
	const parts = inside.split(path.sep);
	return parts.length > 1 ? parts[0] : undefined;
}

describe('the layout of src/lib/server', () => {
	it('has no loose files: every behaviour lives in a folder that names its job', () => {
		const loose = fs
			.readdirSync(SERVER, { withFileTypes: true })
			.filter((e) => e.isFile() && !isSpec(e.name) && !['env.ts', 'i18n.ts'].includes(e.name))
			.map((e) => e.name);
		expect(loose).toEqual([]);
	});

	it('has no two folders importing each other', () => {
		const arrows = new Set<string>();
		for (const file of code) {
			const from = serverFolder(file);
			if (!from) continue;
			for (const target of imports(file)) {
				const to = serverFolder(target);
				if (to && to !== from) arrows.add(`${from} → ${to}`);
			}
		}
		const both = [...arrows].filter((a) => {
			const [from, to] = a.split(' → ');
			return from! < to! && arrows.has(`${to} → ${from}`);
		});
		expect(both).toEqual([]);
	});

	it('keeps SQL in db/', () => {
		const sql =
			/\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto)\(|\bsql`|\bsql\.raw\(/;
		const outside = code.filter(
			(f) => !rel(f).startsWith('src/lib/server/db/') && sql.test(text.get(f)!)
		);
		expect(outside.map(rel)).toEqual([]);
	});

	it('reads process.env only in env.ts (the CLI aside)', () => {
		const readers = code.filter(
			(f) =>
				/process\.env/.test(text.get(f)!) &&
				rel(f) !== 'src/lib/server/env.ts' &&
				!rel(f).startsWith('src/cli/') &&
				!rel(f).startsWith('src/lib/server/db/testing/')
		);
		expect(readers.map(rel)).toEqual([]);
	});

	it('lets no service translate: only the route edge (http/), mail and the routes take the translator', () => {
		const translator = path.join(SERVER, 'i18n');
		const users = code.filter((f) => {
			const folder = serverFolder(f);
			if (!folder || folder === 'http' || folder === 'mail') return false;
			return imports(f).some((i) => i === translator || i === `${translator}.ts`);
		});
		expect(users.map(rel)).toEqual([]);
	});

	it('keeps reports/ read-only: it imports nothing that writes or sends', () => {
		const writers = ['mail', 'surveys', 'tickets', 'accounts', 'jobs'];
		const reportsFiles = code.filter((f) => serverFolder(f) === 'reports');
		const wrong = reportsFiles.flatMap((f) =>
			imports(f)
				.filter((i) => writers.includes(serverFolder(i) ?? ''))
				.map((i) => `${rel(f)} → ${rel(i)}`)
		);
		expect(wrong).toEqual([]);
	});
});

describe('the size of things', () => {
	it('keeps route files thin: none over 120 lines, the median at most 25', () => {
		const routes = code.filter((f) =>
			/\/src\/routes\/.*\+(page\.server|layout\.server|server)\.ts$/.test(f)
		);
		const sizes = routes.map(lines).sort((a, b) => a - b);
		const median = sizes[Math.floor(sizes.length / 2)]!;
		expect(routes.filter((f) => lines(f) > 120).map(rel)).toEqual([]);
		expect(median).toBeLessThanOrEqual(25);
	});

	it('has no source file over 400 lines (generated and data files aside)', () => {
		const big = code.filter((f) => lines(f) > 400 && !/\/locales\/i18n-/.test(f)).map(rel);
		expect(big).toEqual([]);
	});
});
