// What src/cli/serve.js decides about files and responses: which cache lifetime a file gets, where a
// prerendered page's trailing slash goes, and which dynamic responses are worth compressing. Plain JavaScript,
// so that serve.js runs with `node` alone.
import fs from 'node:fs';
import path from 'node:path';

/** For a file whose name changes with its content: browsers and CDNs keep it for a year without asking. */
export const IMMUTABLE = 'public,max-age=31536000,immutable';
/** For everything else served as a file (pages, favicon): kept, but checked (ETag/Last-Modified → 304) each time. */
export const REVALIDATE = 'no-cache';

/**
 * A path segment that ends in "-<hash>" (before its extension, if any): 8 or more characters of the alphabets
 * build tools write hashes in (hex; Vite's base64url), with at least one letter and at least one digit or
 * capital. Words ("late-delivery", "ticket-flow") and dates ("report-20240101") are not hashes.
 */
const HASHED_SEGMENT = /-([A-Za-z0-9_-]{8,})(?:\.[A-Za-z0-9]+)*$/;

/** @param {string} segment */
function hashedSegment(segment) {
	const hash = HASHED_SEGMENT.exec(segment)?.[1];
	return hash !== undefined && /[A-Za-z]/.test(hash) && /[0-9A-Z_]/.test(hash);
}

/**
 * Whether a file's URL carries a content hash: Kit's /_app/immutable/ (all of it is hashed by Kit) and any
 * path with a hashed segment, such as /islands/search-B3x9aZkq.js, /search/en-3fa9c01b2e.json or a file
 * inside a hashed folder (/search/en-3fa9c01b2e/ab.json).
 * @param {string} pathname
 */
export function isHashed(pathname) {
	if (pathname.startsWith('/_app/immutable/')) return true;
	return pathname.split('/').some(hashedSegment);
}

/** @param {string} pathname */
export function cacheControl(pathname) {
	return isHashed(pathname) ? IMMUTABLE : REVALIDATE;
}

/**
 * The URL path of every file under `dir` ("/islands/enhance-B3x9aZkq.js"), without the .br and .gz copies beside
 * them: those are encodings of the same paths, not paths of their own.
 * @param {string} dir
 * @returns {string[]}
 */
export function filePaths(dir) {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
		.map((entry) => {
			const file = path.relative(dir, path.join(entry.parentPath, entry.name));
			return '/' + file.split(path.sep).join('/');
		});
}

/**
 * The URL paths of the prerendered files, as Kit names them: "en/guide.html" is /en/guide, "index.html" /,
 * "en/guide/index.html" /en/guide/ (trailingSlash "always"), any other file its own name.
 * @param {string} dir
 * @returns {Set<string>}
 */
export function prerenderedPaths(dir) {
	return new Set(
		filePaths(dir).map((file) => file.replace(/\/index\.html$/, '/').replace(/\.html$/, ''))
	);
}

/**
 * What a request for a path that is not prerendered should do when the same path with or without its trailing
 * slash is: redirect there (308, the query kept), as adapter-node does, since a static file server ignores the
 * slash. Undefined when neither is prerendered.
 * @param {string} pathname decoded
 * @param {string} search "" or "?…"
 * @param {Set<string>} paths
 */
export function slashRedirect(pathname, search, paths) {
	const other = pathname.endsWith('/') ? pathname.slice(0, -1) : `${pathname}/`;
	return paths.has(other) ? other + search : undefined;
}

/**
 * Dynamic responses to compress: text types (compression's own filter), except file downloads (attachments
 * and inline files people uploaded or export, sent as they are stored).
 * @template {import('node:http').IncomingMessage} Req
 * @template {import('node:http').ServerResponse} Res
 * @param {Req} req
 * @param {Res} res
 * @param {(req: Req, res: Res) => boolean} compressible
 */
export function worthCompressing(req, res, compressible) {
	if (res.getHeader('content-disposition')) return false;
	// an event stream: each event must leave as it is written, and a compressor per open stream costs memory
	if (String(res.getHeader('content-type') ?? '').startsWith('text/event-stream')) return false;
	return compressible(req, res);
}
