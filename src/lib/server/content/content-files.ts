// The content as the server reads it at run time: the manifest and one HTML template per published article,
// written as files when the build (or the dev server) starts, never bundled into the server's code, so the
// server stays the same size however many articles there are. Relative imports only: the Vite plugin that
// writes them loads before SvelteKit's aliases exist.
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleMeta, ContentManifest } from '../../content/types.ts';

/** Svar's files beside the server: content/ (this module) and search/ (the search files). */
export const SERVER_DATA = 'svar-data';

const templateFile = (dir: string, meta: Pick<ArticleMeta, 'locale' | 'id'>) =>
	path.join(dir, 'articles', meta.locale, `${meta.id}.html`);

/** Replaces `dir` with the manifest and the templates (by article `file`, as loadContent gives them). */
export function writeContentFiles(
	dir: string,
	manifest: ContentManifest,
	templates: Record<string, string>
): void {
	const next = `${dir}.next-${process.pid}`;
	fs.rmSync(next, { recursive: true, force: true });
	for (const meta of manifest.articles) {
		const file = templateFile(next, meta);
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, templates[meta.file] ?? '');
	}
	fs.mkdirSync(next, { recursive: true });
	fs.writeFileSync(path.join(next, 'manifest.json'), JSON.stringify(manifest));
	// readers never see half a set: the old folder goes only once the new one is complete
	fs.rmSync(dir, { recursive: true, force: true });
	fs.renameSync(next, dir);
}

export function readManifest(dir: string): ContentManifest {
	return JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ContentManifest;
}

export function readTemplate(dir: string, meta: Pick<ArticleMeta, 'locale' | 'id'>): string {
	return fs.readFileSync(templateFile(dir, meta), 'utf8');
}

/**
 * The folder `svar-data/<part>` nearest above `from` (a file of the server's code): `.svelte-kit/svar-data` while
 * Kit prerenders from `.svelte-kit/output/server/`, `build/svar-data` when adapter-node's server runs from
 * `build/server/`, whatever the working directory.
 */
export function findServerData(from: string, part: string): string {
	for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
		const candidate = path.join(dir, SERVER_DATA, part);
		if (fs.existsSync(candidate)) return candidate;
		if (path.dirname(dir) === dir) break;
	}
	throw new Error(
		`No ${SERVER_DATA}/${part} beside the server (looked upwards from ${from}): run \`npm run build\`, which writes it`
	);
}
