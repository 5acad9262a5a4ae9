// The built server (src/cli/serve.js, as `npm start` runs it) as a child process on a loopback port, for the
// bench, the e2e specs that need servers of their own and the fuzz. It starts on a free port, and on another
// when that one is taken before it listens; what it prints is kept for the error when it exits or never answers;
// it is ready once `readyPath` answers 200; stop() waits for it to exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './free-port.ts';

export interface ServeProcess {
	/** http://127.0.0.1:<port> */
	base: string;
	port: number;
	pid: number;
	/** The last 200,000 characters it printed (a 500's stack is in its stderr). */
	said(): string;
	/** How it ended, if it has: "exited with code 1", "killed by SIGKILL". */
	ended(): string | undefined;
	/** Ends it (SIGTERM, SIGKILL after 5 s: it waits for open connections) and waits until it has exited. */
	stop(): Promise<void>;
}

export interface ServeOptions {
	/** the project whose build to run (default: the current directory) */
	cwd?: string;
	/** over this process's variables and PORT, HOST and ORIGIN (the server's own address unless given here) */
	env?: NodeJS.ProcessEnv;
	/** answered with 200 once the server is ready (default /en) */
	readyPath?: string;
	/** how long it may take to answer: a first start migrates and hashes a password, slowly on a busy machine */
	readyMs?: number;
	/** this port and no other (to start a server again where it was) */
	port?: number;
}

const KEPT = 200_000;

export async function startServe(options: ServeOptions = {}): Promise<ServeProcess> {
	// a free port may be taken by another process before the server listens on it: then try another
	for (let attempt = 0; attempt < 3; attempt++) {
		const started = await start(options.port ?? (await freePort()), options);
		if (started !== 'port taken') return started;
		if (options.port) break;
	}
	throw new Error(
		`startServe: ports were taken under the server (${options.port ?? 'three free ones'})`
	);
}

async function start(port: number, options: ServeOptions): Promise<ServeProcess | 'port taken'> {
	const { readyPath = '/en', readyMs = 60_000 } = options;
	const base = `http://127.0.0.1:${port}`;
	const child: ChildProcess = spawn('node', ['src/cli/serve.js'], {
		cwd: options.cwd,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, ...options.env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let said = '';
	const hear = (chunk: Buffer) => (said = (said + chunk.toString()).slice(-KEPT));
	child.stdout!.on('data', hear);
	child.stderr!.on('data', hear);
	const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const ended = () =>
		child.exitCode !== null
			? `exited with code ${child.exitCode}`
			: child.signalCode
				? `killed by ${child.signalCode}`
				: undefined;
	const stop = async () => {
		if (ended()) return;
		child.kill();
		const hard = setTimeout(() => child.kill('SIGKILL'), 5000);
		await exit;
		clearTimeout(hard);
	};
	const deadline = Date.now() + readyMs;
	for (let wait = 100; ; wait = Math.min(wait * 2, 1000)) {
		if (ended()) {
			if (/EADDRINUSE/.test(said)) return 'port taken';
			throw new Error(`the server on ${base} ${ended()} before it answered. It said:\n${said}`);
		}
		const status = await fetch(base + readyPath, { signal: AbortSignal.timeout(10_000) }).then(
			(r) => r.status,
			() => undefined
		);
		if (status === 200) break;
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`no answer from ${base} within ${readyMs / 1000} s. It said:\n${said}`);
		}
		// the server is starting: ask again in a moment (waiting for its state, not for a time)
		await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, wait))]);
	}
	return { base, port, pid: child.pid!, said: () => said, ended, stop };
}
