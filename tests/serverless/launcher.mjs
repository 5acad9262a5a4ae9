// One instance of a Vercel Node function, started as the platform's Node launcher starts it: a fresh process
// whose working directory is the function's folder, importing the function's entry and handing each request to
// its default export. The harness (platform.ts) freezes it (SIGSTOP) whenever a response has ended.
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dir, handler] = process.argv.slice(2);
process.chdir(dir);
const { default: handle } = await import(pathToFileURL(path.join(dir, handler)).href);
const server = http.createServer((req, res) => {
	Promise.resolve(handle(req, res)).catch((error) => {
		console.error('function crashed:', error);
		if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
		res.end('FUNCTION_INVOCATION_FAILED');
	});
});
server.keepAliveTimeout = 0;
server.listen(0, '127.0.0.1', () => {
	const address = server.address();
	process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
