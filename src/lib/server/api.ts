import { json } from '@sveltejs/kit';

/** The JSON error shape of every /api/v1 endpoint: {error: {code, message, fields?}}. */
export function apiError(
	status: number,
	code: string,
	message: string,
	fields?: Record<string, string>
) {
	return json({ error: fields ? { code, message, fields } : { code, message } }, { status });
}

/** The body of a form post or JSON request as a plain object, or undefined when it is neither. */
export async function readBody(request: Request): Promise<Record<string, unknown> | undefined> {
	const type = request.headers.get('content-type') ?? '';
	try {
		if (type.startsWith('application/json')) {
			const body: unknown = await request.json();
			return body && typeof body === 'object' && !Array.isArray(body)
				? (body as Record<string, unknown>)
				: undefined;
		}
		if (
			type.startsWith('application/x-www-form-urlencoded') ||
			type.startsWith('multipart/form-data')
		) {
			return Object.fromEntries(await request.formData());
		}
	} catch {
		return undefined;
	}
	return undefined;
}

/** A browser form post (no JS) wants a page back, not JSON. */
export function wantsHtml(request: Request): boolean {
	const type = request.headers.get('content-type') ?? '';
	return (
		!type.startsWith('application/json') &&
		(request.headers.get('accept') ?? '').includes('text/html')
	);
}

/** The default body limit: 16 KB, plenty for short fields; an endpoint taking long text passes its own. */
export const JSON_BODY_LIMIT = 16 * 1024;

/**
 * A JSON or form body as an object, or the error Response to return: 413 over `limit` bytes (checked on the
 * declared length before reading, and for JSON on what arrives too), 400 when it is not an object.
 */
export async function readLimitedBody(
	request: Request,
	LL: { errors: { tooLarge: () => string; invalidRequest: () => string } },
	limit = JSON_BODY_LIMIT
): Promise<Record<string, unknown> | Response> {
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > limit) return apiError(413, 'too_large', LL.errors.tooLarge());
	const type = request.headers.get('content-type') ?? '';
	if (type.startsWith('application/json')) {
		const text = await request.text();
		if (new TextEncoder().encode(text).length > limit)
			return apiError(413, 'too_large', LL.errors.tooLarge());
		try {
			const value: unknown = JSON.parse(text);
			if (value && typeof value === 'object' && !Array.isArray(value))
				return value as Record<string, unknown>;
		} catch {
			// fall through
		}
		return apiError(400, 'invalid_json', LL.errors.invalidRequest());
	}
	const body = await readBody(request);
	return body ?? apiError(400, 'invalid_body', LL.errors.invalidRequest());
}

export function throttledResponse(minutes: number, message: string) {
	const response = apiError(429, 'throttled', message);
	response.headers.set('retry-after', String(minutes * 60));
	return response;
}
