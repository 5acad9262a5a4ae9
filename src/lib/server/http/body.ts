import * as v from 'valibot';
import { issueKeys } from './messages';
import { refusal, type Refusal } from './refusal';
import { readAtMost, withBody } from './multipart';
import { refuse } from './respond';

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

/** What a body that is no object, or no readable form, is refused with. */
export const INVALID_BODY = { status: 400, code: 'invalid_body', message: 'invalidRequest' };

/** A browser form post (no JS) wants a page back, not JSON. */
export function wantsHtml(request: Request): boolean {
	const type = request.headers.get('content-type') ?? '';
	return (
		!type.startsWith('application/json') &&
		(request.headers.get('accept') ?? '').includes('text/html')
	);
}

/** What a body over its limit is refused with. */
export const TOO_LARGE = { status: 413, code: 'too_large', message: 'tooLarge' };

/** The default body limit: 16 KB, plenty for short fields; an endpoint taking long text passes its own. */
export const JSON_BODY_LIMIT = 16 * 1024;

/**
 * A JSON or form body as an object; otherwise the request stops with 413 over `limit` bytes (checked on the
 * declared length before reading, and on what arrives), or 400 when it is not an object.
 */
export async function readLimitedBody(
	request: Request,
	limit = JSON_BODY_LIMIT
): Promise<Record<string, unknown>> {
	// never further than the limit, whatever the body declares (a chunked one declares nothing)
	const bytes = await readAtMost(request, limit);
	if (bytes === 'tooLarge') refuse(TOO_LARGE);
	if (bytes === 'unreadable') refuse(INVALID_BODY);
	const type = request.headers.get('content-type') ?? '';
	if (type.startsWith('application/json')) {
		try {
			const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
			if (value && typeof value === 'object' && !Array.isArray(value))
				return value as Record<string, unknown>;
		} catch {
			// fall through
		}
		refuse({ status: 400, code: 'invalid_json', message: 'invalidRequest' });
	}
	const body = await readBody(withBody(request, bytes));
	return body ?? refuse(INVALID_BODY);
}

/** What wrong fields are refused with (with a key per field), unless the endpoint's contract says otherwise. */
export const INVALID_FIELDS = { status: 422, code: 'invalid_request', message: 'invalidRequest' };

type Invalid = { status?: number; code?: string; message?: string };

/**
 * A value checked against a schema: its output, or a refusal with a field key per issue (INVALID_FIELDS, or the
 * status, code and message of the endpoint's contract). For an endpoint that answers a refusal its own way.
 */
export function validated<T extends v.GenericSchema>(
	schema: T,
	value: unknown,
	invalid: Invalid = {}
): { ok: true; value: v.InferOutput<T> } | Refusal {
	const parsed = v.safeParse(schema, value);
	if (parsed.success) return { ok: true, value: parsed.output };
	const { status, code, message } = { ...INVALID_FIELDS, ...invalid };
	return refusal(status, code, message, issueKeys(parsed.issues));
}

/** A value checked against a schema (see validated); otherwise the request stops with the refusal. */
export function validOrRefuse<T extends v.GenericSchema>(
	schema: T,
	value: unknown,
	invalid: Invalid = {}
): v.InferOutput<T> {
	const checked = validated(schema, value, invalid);
	return checked.ok ? checked.value : refuse(checked);
}

/** A JSON or form body (see readLimitedBody) checked against a schema (see validOrRefuse). */
export async function readValidBody<T extends v.GenericSchema>(
	request: Request,
	schema: T,
	options: Invalid & { limit?: number } = {}
): Promise<v.InferOutput<T>> {
	return validOrRefuse(schema, await readLimitedBody(request, options.limit), options);
}

/** Text parsed as JSON; undefined if it is not JSON. */
function jsonOrUndefined(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** A sendBeacon body: JSON whatever its declared type (sendBeacon may say text/plain); undefined if not JSON. */
export async function readBeacon(request: Request): Promise<unknown> {
	// a beacon is a few hundred bytes: read no further than the default limit, whatever the body declares
	const bytes = await readAtMost(request, JSON_BODY_LIMIT);
	if (bytes === 'tooLarge') refuse(TOO_LARGE);
	return bytes === 'unreadable' ? undefined : jsonOrUndefined(new TextDecoder().decode(bytes));
}
