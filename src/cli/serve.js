// The production server (npm start): adapter-node's handler, plus the security headers on every response.
// Prerendered pages and assets are served as files and never pass through hooks.server.ts, and the CSP that
// Kit puts in their <meta> cannot carry frame-ancestors, so these headers are added here for everything.
// Plain JavaScript so it runs with `node` alone; PORT, HOST and adapter-node's variables work as usual.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strictTransport } from '../lib/server/http/strict-transport.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// a ticket or reply may carry 5 files of 10 MB and 2 MB of text: UPLOAD_BODY_BYTES in src/lib/uploads.ts, which
// the app refuses past itself (413 in the reader's language). Allow that much here too (adapter-node's default
// is 512 KB); a lower BODY_SIZE_LIMIT also gets the app's 413.
process.env.BODY_SIZE_LIMIT ??= '52M';
const { handler } = await import(pathToFileURL(path.join(root, 'build', 'handler.js')).href);

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

const server = http.createServer((req, res) => {
	// dynamic responses set their own (fuller) CSP and the same headers through hooks, which replace these
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	handler(req, res);
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
server.listen(port, host, () =>
	console.log(`Svar listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`)
);

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => server.close(() => process.exit(0)));
}
