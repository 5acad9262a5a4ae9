// Part of npm run build: writes static/search/<locale>-<hash>.json for every UI locale and
// static/search/manifest.json naming them. The browser fetches its locale's file on first use of search;
// the server bundles the same files, so both search the same index.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSearchFiles } from '../lib/server/search/build.ts';

const root = process.cwd();
const out = path.join(root, 'static', 'search');
const started = Date.now();
const files = await buildSearchFiles(root);
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const manifest: Record<string, string> = {};
for (const [locale, file] of files) {
	const json = JSON.stringify(file);
	const name = `${locale}-${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
	fs.writeFileSync(path.join(out, name), json);
	manifest[locale] = name;
}
fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 1));
console.log(
	`search: ${files.size} locale files in ${((Date.now() - started) / 1000).toFixed(1)} s`
);
