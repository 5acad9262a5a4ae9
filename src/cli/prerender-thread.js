// A worker thread of src/cli/prerender-articles.ts: loads the server Kit built (.svelte-kit/output/server) the way
// Kit's own prerenderer does (building, prerendering: the page gets its CSP as a <meta> and no session), renders
// its share of the articles and writes each as the file adapter-node serves. Kit's prerenderer runs on one
// thread and also writes a __data.json for every page, which pages that never hydrate do not need; this renders
// on every core, and compresses each page as it writes it. Plain JavaScript: it imports only Kit's output.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { writeCompressedSync } from './compression.js';
import { attributes } from './html-attributes.js';

/** @type {{ server: string; dest: string; origin: string; header: string; env: Record<string, string> }} */
const { server: dir, dest, origin, header, env } = workerData;
/** @param {string} file */
const load = (file) => import(pathToFileURL(path.join(dir, file)).href);

const internal = await load('internal.js');
internal.set_building();
internal.set_prerendering();
// the manifest Kit prerenders with: every route, the prerendered ones too
const { manifest } = await load('manifest-full.js');
internal.set_manifest(manifest);
const { Server } = await load('index.js');
const server = new Server(manifest);
/** @param {string} file */
const read = (file) => fs.readFileSync(path.join(dir, file));
await server.init({ env, read });

/**
 * Asks the server for a page as Kit's prerenderer does; `article`: as the article step (see content/fallback.ts).
 * @param {string} pathname @param {boolean} article
 */
function ask(pathname, article) {
	return server.respond(
		new Request(origin + encodeURI(pathname), { headers: article ? { [header]: '1' } : {} }),
		{
			getClientAddress() {
				throw new Error('Cannot read clientAddress during prerendering');
			},
			prerendering: { dependencies: new Map(), remote_responses: new Map() },
			read
		}
	);
}

/**
 * `render`: these articles, each written with its compressed copies; answers each with the ids on it and the
 * links it holds. `check`: these paths, answered with the status the server gives them (204 for a page that is
 * not prerendered, 404 for none).
 */
parentPort?.on('message', async (/** @type {{ render?: string[]; check?: string[] }} */ job) => {
	try {
		/** @type {{ path: string; ids: string[]; links: string[] }[]} */
		const pages = [];
		for (const pathname of job.render ?? []) {
			const response = await ask(pathname, true);
			const html = await response.text();
			if (response.status !== 200)
				throw new Error(`${pathname} answered ${response.status} while prerendering`);
			const file = path.join(dest, `${pathname.slice(1)}.html`);
			fs.mkdirSync(path.dirname(file), { recursive: true });
			writeCompressedSync(file, html);
			pages.push({ path: pathname, ids: attributes(html, 'id'), links: attributes(html, 'href') });
		}
		/** @type {Record<string, number>} */
		const statuses = {};
		for (const pathname of job.check ?? []) {
			const response = await ask(pathname, false);
			await response.arrayBuffer();
			statuses[pathname] = response.status;
		}
		parentPort?.postMessage({ pages, statuses });
	} catch (error) {
		parentPort?.postMessage({
			error: error instanceof Error ? (error.stack ?? error.message) : String(error)
		});
	}
});
