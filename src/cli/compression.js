// How the build compresses what it writes: the settings src/cli/precompress.ts uses for every file, and the
// copies the article threads (src/cli/prerender-thread.js) write beside each page as they render it, so the
// pages are not read again. Plain JavaScript: the threads import it without a TypeScript loader.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Files worth compressing, by extension. */
export const EXTENSIONS = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.svg',
	'.xml',
	'.txt',
	'.json',
	'.webmanifest'
]);

/** Below this, a compressed copy saves nothing worth a request's header. */
export const MIN_BYTES = 256;

/** @param {string} file */
const isPage = (file) => ['.html', '.xml', '.json'].includes(path.extname(file));

/**
 * Shared assets (JS, CSS, SVG) are few and downloaded on every page view: maximum quality. Pages are many
 * (thousands with a large FAQ in 8 locales), each fetched rarely: quality 6 compresses them within a few
 * percent of 11 at a small fraction of the build time.
 * @param {string} file
 */
export function brotliQuality(file) {
	return isPage(file) ? 6 : 11;
}

/**
 * The same for gzip, which browsers fall back to: level 6 for pages, 9 for shared assets.
 * @param {string} file
 */
export function gzipLevel(file) {
	return isPage(file) ? 6 : 9;
}

/**
 * Brotli's options for a file of this name and size.
 * @param {string} file @param {number} size
 * @returns {zlib.BrotliOptions}
 */
export function brotliOptions(file, size) {
	return {
		params: {
			[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
			[zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
			[zlib.constants.BROTLI_PARAM_SIZE_HINT]: size
		}
	};
}

/**
 * Writes a page and its .gz and .br beside it, on this thread: for a thread whose work is writing pages.
 * @param {string} file @param {string} text
 */
export function writeCompressedSync(file, text) {
	const data = Buffer.from(text);
	fs.writeFileSync(file, data);
	if (data.length < MIN_BYTES) return;
	fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: gzipLevel(file) }));
	fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, brotliOptions(file, data.length)));
}

/**
 * Whether a file's compressed copies were written after it (by writeCompressedSync), so need not be again.
 * @param {string} file
 */
export function compressedAlready(file) {
	try {
		const modified = fs.statSync(file).mtimeMs;
		return [`${file}.gz`, `${file}.br`].every((copy) => fs.statSync(copy).mtimeMs >= modified);
	} catch {
		return false;
	}
}
