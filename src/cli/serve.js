// The production server (npm start): files first, then adapter-node's handler, plus the security headers on
// every response. Prerendered pages and assets are served as files and never pass through hooks.server.ts, and
// the CSP that Kit puts in their <meta> cannot carry frame-ancestors, so these headers are added here for all.
// Files go out precompressed (the .br/.gz that src/cli/precompress.ts writes beside them), hashed ones cached for
// a year, the rest with validators (ETag/Last-Modified → 304); dynamic HTML and JSON are compressed as they are
// written (see README "Performance"). Plain JavaScript so it runs with `node` alone; PORT, HOST and
// adapter-node's variables work as usual.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import compression from 'compression';
import sirv from 'sirv';
import { strictTransport } from '../lib/server/http/strict-transport.js';
import {
	cacheControl,
	filePaths,
	prerenderedPaths,
	REVALIDATE,
	slashRedirect,
	worthCompressing
} from './serve-files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const build = path.join(root, 'build');
// a ticket or reply may carry 5 files of 10 MB and 2 MB of text: UPLOAD_BODY_BYTES in src/lib/uploads.ts, which
// the app refuses past itself (413 in the reader's language). Allow that much here too (adapter-node's default
// is 512 KB); a lower BODY_SIZE_LIMIT also gets the app's 413.
process.env.BODY_SIZE_LIMIT ??= '52M';
const { handler } = await import(pathToFileURL(path.join(build, 'handler.js')).href);

const hsts = strictTransport(process.env.ORIGIN);

export const SECURITY_HEADERS = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	// an extra policy: browsers enforce every CSP they get, so this one adds frame-ancestors to the page's own
	'content-security-policy': "frame-ancestors 'none'",
	// only when ORIGIN is https
	...(hsts ? { 'strict-transport-security': hsts } : {})
};

/** @param {string} dir @param {(res: http.ServerResponse, pathname: string) => void} setHeaders */
const files = (dir, setHeaders) => sirv(dir, { etag: true, gzip: true, brotli: true, setHeaders });

// static/ and Kit's client build (/_app/…), then the prerendered pages, as adapter-node orders them
const assets = files(path.join(build, 'client'), (res, pathname) =>
	res.setHeader('cache-control', cacheControl(pathname))
);
const pages = files(path.join(build, 'prerendered'), (res) =>
	res.setHeader('cache-control', REVALIDATE)
);
// which file server a path belongs to, looked up once per request instead of asking each in turn
const assetPaths = new Set(filePaths(path.join(build, 'client')));
const prerendered = prerenderedPaths(path.join(build, 'prerendered'));

// flushed at every write, so a streamed response (promises a page's load streams) reaches the reader as it
// comes. compression is typed for Express; it only uses what plain Node requests and responses have.
/** @type {(req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void} */
const compress = /** @type {any} */ (
	compression({
		filter: (req, res) => worthCompressing(req, res, compression.filter),
		flush: zlib.constants.Z_SYNC_FLUSH,
		brotli: { flush: zlib.constants.BROTLI_OPERATION_FLUSH }
	})
);

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
function dynamic(req, res) {
	compress(req, res, () => handler(req, res));
}

/** @param {string} pathname */
function decoded(pathname) {
	try {
		return decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
}

const securityHeaders = Object.entries(SECURITY_HEADERS);

const server = http.createServer((req, res) => {
	// dynamic responses set their own (fuller) CSP and the same headers through hooks, which replace these
	for (const [name, value] of securityHeaders) res.setHeader(name, value);
	const url = req.url ?? '/';
	const query = url.indexOf('?');
	const pathname = decoded(query < 0 ? url : url.slice(0, query));
	if (pathname === undefined) return dynamic(req, res);
	// a file the server cannot find after all (removed since start) is the app's to answer
	if (assetPaths.has(pathname)) return assets(req, res, () => dynamic(req, res));
	if (prerendered.has(pathname)) return pages(req, res, () => dynamic(req, res));
	// adapter-node's trailing-slash redirect for prerendered pages, which a file server would ignore
	const location = slashRedirect(pathname, query < 0 ? '' : url.slice(query), prerendered);
	if (location) res.writeHead(308, { location }).end();
	else dynamic(req, res);
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
server.listen(port, host, () =>
	console.log(`Svar listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`)
);

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => server.close(() => process.exit(0)));
}
