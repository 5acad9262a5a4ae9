// Precompress the built site (gzip and Brotli beside each file, which adapter-node serves when the client
// accepts them). Kit's own precompress opens every file at once: with thousands of prerendered pages that
// exhausts file descriptors (EMFILE) and memory, so this runs a few files at a time instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import {
	brotliOptions,
	compressedAlready,
	EXTENSIONS,
	gzipLevel,
	MIN_BYTES
} from './compression.js';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export function filesToCompress(dir: string): string[] {
	if (!fs.existsSync(dir)) return [];
	return (
		fs
			.readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && EXTENSIONS.has(path.extname(e.name)))
			// __data.json of prerendered pages is never fetched: those pages do not hydrate.
			.filter((e) => e.name !== '__data.json')
			.map((e) => path.join(e.parentPath, e.name))
			// the article pages, compressed by the threads that rendered them
			.filter((file) => !compressedAlready(file))
	);
}

/**
 * Both encodings of one file, from one read: pages are small, so a buffer each is cheaper than two streams, and
 * zlib compresses them on libuv's threads, both at once.
 */
async function compress(file: string): Promise<void> {
	const data = await fs.promises.readFile(file);
	if (data.length < MIN_BYTES) return;
	const [gz, br] = await Promise.all([
		gzip(data, { level: gzipLevel(file) }),
		brotli(data, brotliOptions(file, data.length))
	]);
	await Promise.all([
		fs.promises.writeFile(`${file}.gz`, gz),
		fs.promises.writeFile(`${file}.br`, br)
	]);
}

export async function precompress(
	dirs: string[],
	concurrency = Math.max(2, os.cpus().length * 2)
): Promise<number> {
	const queue = dirs.flatMap(filesToCompress);
	let next = 0;
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < queue.length) await compress(queue[next++]!);
		})
	);
	return queue.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const started = Date.now();
	const count = await precompress(['build/client', 'build/prerendered']);
	console.log(`precompressed ${count} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
