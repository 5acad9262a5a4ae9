// Requests on the wire, byte for byte as generated (nothing normalised away), and their answers, whatever
// they are. Bodies over a megabyte go over a socket of their own, written a piece at a time and read all the
// while, as curl does: a server may answer (413, 401) before it has read them all, and that answer must not be
// lost to the EPIPE that writing the rest may then meet.
import http from 'node:http';
import net from 'node:net';

export interface Exchange {
	method: string;
	url: string;
	headers: Record<string, string>;
	body?: Buffer;
	/** 0: no answer at all */
	status: number;
	responseType: string;
	response: Buffer;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** Close the kept-alive connections (a server stops only once its connections are closed). */
export const hangUp = () => agent.destroy();

type Answer = Pick<Exchange, 'status' | 'responseType' | 'response'>;

function small(
	base: string,
	method: string,
	url: string,
	headers: Record<string, string>,
	body?: Buffer
) {
	return new Promise<Answer>((resolve, reject) => {
		const request = http.request(`${base}${url}`, {
			method,
			agent,
			headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) }
		});
		request.on('response', (answer) => {
			const type = String(answer.headers['content-type'] ?? '');
			if (type.startsWith('text/event-stream')) {
				// an event stream never ends: its status and type are the answer, and it is let go
				resolve({ status: answer.statusCode ?? 0, responseType: type, response: Buffer.alloc(0) });
				request.destroy();
				return;
			}
			const chunks: Buffer[] = [];
			answer.on('data', (c: Buffer) => chunks.push(c));
			answer.on('error', reject);
			answer.on('end', () =>
				resolve({
					status: answer.statusCode ?? 0,
					responseType: String(answer.headers['content-type'] ?? ''),
					response: Buffer.concat(chunks)
				})
			);
		});
		request.setTimeout(60_000, () => request.destroy(new Error(`no answer in 60 s`)));
		request.on('error', (error: NodeJS.ErrnoException) =>
			// the server closed a kept-alive connection as it was taken up again: the request never reached it
			request.reusedSocket && ['ECONNRESET', 'EPIPE'].includes(error.code ?? '')
				? resolve(small(base, method, url, headers, body))
				: reject(error)
		);
		request.end(body);
	});
}

/** An HTTP/1.1 answer read off a socket (status line, headers, body chunked or not), or null while incomplete. */
function parse(raw: Buffer): Answer | null {
	const end = raw.indexOf('\r\n\r\n');
	if (end < 0) return null;
	const head = raw.subarray(0, end).toString('latin1').split('\r\n');
	const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head[0] ?? '')?.[1] ?? 0);
	const header = (name: string) =>
		head
			.find((h) => h.toLowerCase().startsWith(`${name}:`))
			?.slice(name.length + 1)
			.trim() ?? '';
	const answer = (response: Buffer) => ({ status, responseType: header('content-type'), response });
	let rest = raw.subarray(end + 4);
	if (!/chunked/i.test(header('transfer-encoding'))) {
		const length = Number(header('content-length') || 0);
		return rest.length >= length ? answer(rest.subarray(0, length)) : null;
	}
	const parts: Buffer[] = [];
	for (;;) {
		const line = rest.indexOf('\r\n');
		if (line < 0) return null;
		const size = parseInt(rest.subarray(0, line).toString('latin1'), 16);
		if (size === 0) return answer(Buffer.concat(parts));
		if (!(size > 0) || rest.length < line + 2 + size + 2) return null;
		parts.push(rest.subarray(line + 2, line + 2 + size));
		rest = rest.subarray(line + 2 + size + 2);
	}
}

function big(
	base: string,
	method: string,
	url: string,
	headers: Record<string, string>,
	body: Buffer
) {
	return new Promise<Answer>((resolve) => {
		const { hostname, port } = new URL(base);
		const socket = net.connect(Number(port), hostname);
		let read = Buffer.alloc(0);
		let answer: Answer | null = null;
		let failed: Error | undefined;
		socket.setTimeout(60_000, () => socket.destroy(new Error('no answer in 60 s')));
		socket.on('data', (chunk: Buffer) => {
			read = Buffer.concat([read, chunk]);
			answer = parse(read);
			if (answer) socket.destroy();
		});
		// writing on after an answer may meet a closed connection: the answer is what counts
		socket.on('error', (error) => (failed ??= error));
		socket.on('close', () =>
			resolve(
				answer ?? {
					status: 0,
					responseType: '',
					response: Buffer.from(failed?.message ?? 'closed')
				}
			)
		);
		socket.on('connect', async () => {
			const lines = Object.entries({ ...headers, 'content-length': String(body.length) });
			socket.write(
				`${method} ${url} HTTP/1.1\r\nhost: ${hostname}:${port}\r\n` +
					lines.map(([k, v]) => `${k}: ${v}\r\n`).join('') +
					'\r\n'
			);
			for (let at = 0; at < body.length && !read.length && !socket.destroyed; at += 64 * 1024)
				if (!socket.write(body.subarray(at, at + 64 * 1024)))
					await new Promise((r) => socket.once('drain', r).once('close', r));
		});
	});
}

/** Send a request exactly as given; the answer, whatever it is (status 0: none, with the error's words). */
export async function send(
	base: string,
	method: string,
	url: string,
	headers: Record<string, string>,
	body?: Buffer
): Promise<Exchange> {
	const answer = await (
		body && body.length > 1024 * 1024
			? big(base, method, url, headers, body)
			: small(base, method, url, headers, body)
	).catch((error: Error) => ({
		status: 0,
		responseType: '',
		response: Buffer.from(error.message)
	}));
	return { method, url, headers, body, ...answer };
}
