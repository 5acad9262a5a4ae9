// A visitor of the platform: fetch with a cookie jar, as a browser would keep one, and the Origin header a
// browser sends with its forms and API calls (the function sees its requests as https://<host>).

export interface Visitor {
	request(method: string, path: string, body?: unknown): Promise<Response>;
	/** The body as JSON; fails the test with the status and text when the status is not `expected`. */
	json<T = Record<string, unknown>>(
		method: string,
		path: string,
		body?: unknown,
		expected?: number
	): Promise<T>;
}

export function visitor(base: string): Visitor {
	const jar = new Map<string, string>();
	const origin = `https://${new URL(base).host}`;
	async function request(method: string, path: string, body?: unknown): Promise<Response> {
		const headers: Record<string, string> = { origin, accept: 'application/json' };
		if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
		let payload: BodyInit | undefined;
		if (body instanceof FormData) payload = body;
		else if (body !== undefined) {
			payload = JSON.stringify(body);
			headers['content-type'] = 'application/json';
		}
		const response = await fetch(base + path, {
			method,
			headers,
			body: payload,
			redirect: 'manual'
		});
		for (const cookie of response.headers.getSetCookie()) {
			const [pair] = cookie.split(';');
			const [name, ...value] = pair!.split('=');
			if (/max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) jar.delete(name!.trim());
			else jar.set(name!.trim(), value.join('='));
		}
		return response;
	}
	return {
		request,
		async json<T>(method: string, path: string, body?: unknown, expected = 200): Promise<T> {
			const response = await request(method, path, body);
			const text = await response.text();
			if (response.status !== expected)
				throw new Error(
					`${method} ${path}: ${response.status} (expected ${expected}) ${text.slice(0, 500)}`
				);
			return (text ? JSON.parse(text) : {}) as T;
		}
	};
}
