// A stand-in for Vercel in front of a `.vercel/output` folder: static files and routes served from its
// config.json (`routes`, `overrides`, the filesystem), every other request handed to a function run as the
// platform's Node launcher runs it (launcher.mjs): a fresh process per cold start, one request at a time,
// frozen with SIGSTOP as soon as each response has ended (whatever it meant to do afterwards waits), woken for
// its next request and killed after a few. Bodies over the platform's 4.5 MB never reach a function: the
// platform answers them itself, in plain text, as Vercel does.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/** Vercel's limit on a function's request body. */
export const PLATFORM_BODY_BYTES = 4.5 * 1024 * 1024;

interface Route {
	src?: string;
	dest?: string;
	status?: number;
	headers?: Record<string, string>;
	methods?: string[];
	continue?: boolean;
	handle?: string;
}

interface OutputConfig {
	version: number;
	routes: Route[];
	overrides?: Record<string, { path?: string; contentType?: string }>;
	crons?: { path: string; schedule: string }[];
}

interface Instance {
	child: ChildProcess;
	port: Promise<number>;
	served: number;
	busy: boolean;
	exited: boolean;
	log: string[];
}

export interface Platform {
	url: string;
	config: OutputConfig;
	/** Time to first byte of each cold start's first response, in ms. */
	coldStarts: number[];
	/** What the function processes wrote to stderr and stdout (for failure messages). */
	logs: string[];
	/** How many function instances are alive (frozen or not). */
	alive(): number;
	/** Kill every idle instance: the next request is a cold start. */
	reclaimIdle(): void;
	close(): Promise<void>;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml'
};

export async function startPlatform(options: {
	output: string;
	port: number;
	env: NodeJS.ProcessEnv;
	/** How many requests an instance serves before it is reclaimed. */
	requestsPerInstance?: number;
}): Promise<Platform> {
	const { output, env } = options;
	const perInstance = options.requestsPerInstance ?? 3;
	const config = JSON.parse(
		fs.readFileSync(path.join(output, 'config.json'), 'utf8')
	) as OutputConfig;
	const staticDir = path.join(output, 'static');
	const byPath = new Map<string, { file: string; type?: string }>();
	for (const [file, o] of Object.entries(config.overrides ?? {}))
		byPath.set(o.path ?? file, { file, type: o.contentType });
	const pools = new Map<string, Instance[]>();
	const coldStarts: number[] = [];
	const logs: string[] = [];

	function staticFile(pathname: string): { file: string; type?: string } | undefined {
		const key = decodeURIComponent(pathname).replace(/^\/+|\/+$/g, '');
		const named = byPath.get(key);
		if (named) return { file: path.join(staticDir, named.file), type: named.type };
		const file = path.join(staticDir, key);
		if (key && !key.includes('..') && fs.statSync(file, { throwIfNoEntry: false })?.isFile())
			return { file };
		return undefined;
	}

	function functionDir(dest: string): string | undefined {
		const dir = path.join(output, 'functions', `${dest.split('?')[0]!.replace(/^\//, '')}.func`);
		return fs.existsSync(path.join(dir, '.vc-config.json')) ? fs.realpathSync(dir) : undefined;
	}

	type Target =
		| { kind: 'static'; file: string; type?: string }
		| { kind: 'status'; status: number }
		| { kind: 'function'; dir: string };

	/** Routes in order, as the Build Output API has them; headers of every matching route are kept. */
	function resolve(pathname: string, method: string, headers: Record<string, string>): Target {
		let current = pathname;
		for (const route of config.routes) {
			if (route.handle === 'filesystem') {
				const found = staticFile(current);
				if (found) return { kind: 'static', ...found };
				continue;
			}
			if (route.handle || !route.src) continue;
			const match = new RegExp(`^${route.src.replace(/^\^|\$$/g, '')}$`).exec(current);
			if (!match || (route.methods && !route.methods.includes(method))) continue;
			Object.assign(headers, route.headers ?? {});
			if (route.status && !route.dest) return { kind: 'status', status: route.status };
			if (!route.dest) continue;
			current = route.dest.replace(/\$(\d+)/g, (_, n: string) => match[Number(n)] ?? '');
			const dir = functionDir(current);
			if (dir) return { kind: 'function', dir };
			if (route.continue) continue;
			const found = staticFile(current);
			if (found) return { kind: 'static', ...found };
		}
		return { kind: 'status', status: 404 };
	}

	function coldStart(dir: string): Instance {
		const vc = JSON.parse(fs.readFileSync(path.join(dir, '.vc-config.json'), 'utf8')) as {
			handler: string;
		};
		const child = spawn(
			process.execPath,
			[path.join(import.meta.dirname, 'launcher.mjs'), dir, vc.handler],
			{ cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }
		);
		const instance: Instance = {
			child,
			served: 0,
			busy: true,
			exited: false,
			log: [],
			port: new Promise((resolve, reject) => {
				child.once('message', (m: { port: number }) => resolve(m.port));
				child.once('exit', (code) => reject(new Error(`function exited (${code}) before serving`)));
			})
		};
		instance.port.catch(() => {});
		const keep = (chunk: Buffer) => logs.push(chunk.toString('utf8'));
		child.stdout!.on('data', keep);
		child.stderr!.on('data', keep);
		child.on('exit', () => (instance.exited = true));
		return instance;
	}

	function reclaim(dir: string, instance: Instance) {
		instance.child.kill('SIGKILL');
		pools.set(
			dir,
			(pools.get(dir) ?? []).filter((i) => i !== instance)
		);
	}

	async function invoke(
		dir: string,
		req: http.IncomingMessage,
		body: Buffer,
		res: http.ServerResponse,
		headers: Record<string, string>
	) {
		const pool = pools.get(dir) ?? [];
		pools.set(dir, pool);
		let instance = pool.find((i) => !i.busy && !i.exited);
		const started = performance.now();
		const cold = !instance;
		if (instance) {
			instance.busy = true;
			instance.child.kill('SIGCONT');
		} else {
			instance = coldStart(dir);
			pool.push(instance);
		}
		const port = await instance.port;
		const upstream = await new Promise<http.IncomingMessage>((resolve, reject) => {
			const forward = http.request(
				{
					host: '127.0.0.1',
					port,
					method: req.method,
					path: req.url,
					headers: { ...req.headers, 'x-forwarded-for': '203.0.113.7', 'x-vercel-id': 'harness' }
				},
				resolve
			);
			forward.on('error', reject);
			forward.end(body);
		});
		if (cold) coldStarts.push(performance.now() - started);
		res.writeHead(upstream.statusCode ?? 502, { ...headers, ...upstream.headers });
		const chunks: Buffer[] = [];
		for await (const chunk of upstream) chunks.push(chunk as Buffer);
		// the response has ended: the instance is frozen before the client even reads it
		instance.child.kill('SIGSTOP');
		instance.served++;
		instance.busy = false;
		if (instance.served >= perInstance) reclaim(dir, instance);
		res.end(Buffer.concat(chunks));
	}

	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= PLATFORM_BODY_BYTES) chunks.push(chunk);
		});
		req.on('end', () => {
			const url = new URL(req.url ?? '/', 'http://platform');
			const headers: Record<string, string> = {};
			if (size > PLATFORM_BODY_BYTES) {
				res.writeHead(413, { 'content-type': 'text/plain' });
				return void res.end('Request Entity Too Large\n\nFUNCTION_PAYLOAD_TOO_LARGE\n');
			}
			const target = resolve(url.pathname, req.method ?? 'GET', headers);
			if (target.kind === 'status') {
				res.writeHead(target.status, headers);
				return void res.end();
			}
			if (target.kind === 'static') {
				const type = target.type ?? TYPES[path.extname(target.file)] ?? 'application/octet-stream';
				res.writeHead(200, { ...headers, 'content-type': type });
				return void res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(target.file));
			}
			invoke(target.dir, req, Buffer.concat(chunks), res, headers).catch((error: unknown) => {
				logs.push(String(error));
				if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
				res.end('FUNCTION_INVOCATION_FAILED');
			});
		});
	});
	await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${options.port}`,
		config,
		coldStarts,
		logs,
		alive: () => [...pools.values()].flat().filter((i) => !i.exited).length,
		reclaimIdle() {
			for (const [dir, pool] of pools) for (const i of pool) if (!i.busy) reclaim(dir, i);
		},
		async close() {
			for (const pool of pools.values())
				for (const instance of pool) instance.child.kill('SIGKILL');
			await new Promise((resolve) => server.close(resolve));
		}
	};
}
