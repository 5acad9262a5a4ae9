// Part of npm run build: writes static/search/<locale>-<hash>.json (the manifest of every UI locale), the
// shards they name (<locale>-<kind>-<hash>.json) and static/search/manifest.json naming the manifests. The
// browser fetches its locale's manifest on first use of search, then the shards each query needs; the server
// bundles the same files, so both search the same index.
import fs from 'node:fs';
import path from 'node:path';
import { buildSearchFiles, contentHash } from '../lib/server/search/build.ts';

const root = process.cwd();
const out = path.join(root, 'static', 'search');
const started = Date.now();
const { manifests, files } = await buildSearchFiles(root, { threads: true });
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const manifest: Record<string, string> = {};
for (const [name, json] of files) fs.writeFileSync(path.join(out, name), json);
for (const [locale, file] of manifests) {
	const json = JSON.stringify(file);
	const name = `${locale}-${contentHash(json)}.json`;
	fs.writeFileSync(path.join(out, name), json);
	manifest[locale] = name;
}
fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 1));
console.log(
	`search: ${manifests.size} locale manifests, ${files.size} shards in ${((Date.now() - started) / 1000).toFixed(1)} s`
);
