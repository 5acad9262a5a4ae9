// The one check of what a request carries, before any route: a NUL or bytes that are not UTF-8 in the path, the
// query string, a header or the body are refused with 400 (`invalid_text`), an API request in the JSON error
// shape, a page with its error page. Cookies are not judged here: one that is not well-formed is simply ignored
// (a session cookie of garbage means "not signed in", see auth/session.ts), as a browser cannot be asked to fix
// what it stores, and refusing every request of a browser that got a bad cookie would lock its owner out.
import { error, json, type Handle, type RequestEvent } from '@sveltejs/kit';
import { building } from '$app/environment';
import { unreadableBytes, unreadableEncoded, unreadableText, unreadableUrl } from '$lib/unreadable';
import { translator } from '../i18n';
import { errorText } from './messages';
import { refusalBody, type Refusal } from './refusal';
import { refuse } from './respond';

export const UNREADABLE_TEXT = { status: 400, code: 'invalid_text', message: 'unreadableText' };
const TOO_LARGE = { status: 413, code: 'too_large', message: 'tooLarge' };

/**
 * The most of a body the edge reads to check it: far more than any form or JSON body the app takes (the largest,
 * a canned answer, is 64 KB). A larger one is refused with 413, except a multipart upload (below).
 */
export const CHECKED_BODY_LIMIT = 256 * 1024;

/**
 * The routes whose multipart bodies carry files, up to 5 × 10 MB: one larger than CHECKED_BODY_LIMIT is not read
 * here (the session and limits come first, and no upload is held twice), but where it is parsed, by
 * tickets/files.ts `readTicketForm` (and JSON by tickets/intake.ts), which refuses a NUL in a field or a file name, and a file name that was no
 * UTF-8 (text fields that were no UTF-8 are read with U+FFFD there). The spec checks this list against the
 * routes that call it.
 */
export const UPLOAD_ROUTES = [
	'/api/v1/tickets',
	'/api/v1/tickets/[ref]/messages',
	'/api/v1/tickets/[ref]/replies',
	'/[lang=locale]/contact',
	'/[lang=locale]/support/[ref]',
	'/agent/tickets/[ref]'
];

/** A JSON value with an unreadable string (or key) anywhere in it. */
function unreadableValue(value: unknown): boolean {
	if (typeof value === 'string') return unreadableText(value);
	if (Array.isArray(value)) return value.some(unreadableValue);
	if (value && typeof value === 'object')
		return Object.entries(value).some(([k, x]) => unreadableText(k) || unreadableValue(x));
	return false;
}

/**
 * A multipart body with an unreadable part header (a file name among them) or text field. Files' contents are
 * not text and are not judged; a file name may also come percent-encoded (filename*=UTF-8''…).
 */
export function unreadableMultipart(body: Uint8Array, boundary: string): boolean {
	const data = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	const delimiter = Buffer.from(`--${boundary}`);
	let at = data.indexOf(delimiter);
	while (
		at >= 0 &&
		data.subarray(at + delimiter.length, at + delimiter.length + 2).toString() !== '--'
	) {
		const start = at + delimiter.length;
		const next = data.indexOf(delimiter, start);
		const part = data.subarray(start, next < 0 ? data.length : next);
		const split = part.indexOf('\r\n\r\n');
		if (split >= 0) {
			const head = part.subarray(0, split);
			if (unreadableBytes(head)) return true;
			const disposition = /content-disposition:[^\r\n]*/i.exec(head.toString())?.[0] ?? '';
			const encoded = /filename\*\s*=\s*[^']*'[^']*'([^;\s]*)/i.exec(disposition)?.[1];
			if (encoded && unreadableEncoded(encoded)) return true;
			// the value ends before the CRLF that precedes the next delimiter
			const value = part.subarray(split + 4, Math.max(split + 4, part.length - 2));
			if (!/\bfilename\*?\s*=/i.test(disposition) && unreadableBytes(value)) return true;
		}
		at = next;
	}
	return false;
}

/** A body of `type` (read whole) that holds unreadable text. Types the app does not read are not judged. */
export function unreadableBody(type: string, body: Uint8Array): boolean {
	const media = type.split(';')[0]!.trim().toLowerCase();
	if (media === 'multipart/form-data') {
		const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
		return boundary !== undefined && unreadableMultipart(body, boundary);
	}
	if (!['application/json', 'text/plain', 'application/x-www-form-urlencoded'].includes(media))
		return false;
	if (unreadableBytes(body)) return true;
	const text = new TextDecoder().decode(body);
	if (media === 'application/x-www-form-urlencoded') return unreadableEncoded(text);
	// JSON (sendBeacon labels it text/plain): escapes such as \u0000 are only seen once parsed
	try {
		return unreadableValue(JSON.parse(text));
	} catch {
		return false;
	}
}

/**
 * Stop (400) at parsed upload fields with a NUL (or half a surrogate pair) anywhere, or a file name whose bytes
 * were no UTF-8 (the parser made them U+FFFD): what the hook checks in every other body, for the bodies it leaves
 * alone.
 */
export function refuseUnreadableFields(
	fields: Record<string, unknown>,
	fileNames: string[] = []
): void {
	if (unreadableValue(fields) || fileNames.some((n) => unreadableText(n) || n.includes('\ufffd')))
		refuse(UNREADABLE_TEXT);
}

/** The body as bytes, or null when it is (or says it is) over `limit`. Read from a copy: the route reads it too. */
async function bodyUpTo(request: Request, limit: number): Promise<Uint8Array | null> {
	if (Number(request.headers.get('content-length') ?? 0) > limit) return null;
	const reader = request.clone().body?.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
		size += read.value.length;
		if (size > limit) {
			// not awaited: a branch of a tee settles its cancel only once the other branch (the route's) is done too
			void reader!.cancel();
			return null;
		}
		chunks.push(read.value);
	}
	return Buffer.concat(chunks);
}

/** What is wrong with the request's path, query, headers (cookies aside) or body, if anything. */
/** A URL SvelteKit cannot route: a NUL or bytes that are no UTF-8, or an escape that is none (`%zz`, a lone `%`). */
function unroutable(url: URL): boolean {
	if (unreadableUrl(url)) return true;
	try {
		decodeURI(url.pathname);
		return false;
	} catch {
		return true;
	}
}

async function problemOf(event: RequestEvent): Promise<Omit<Refusal, 'ok'> | null> {
	const { request } = event;
	if (unroutable(event.url)) return UNREADABLE_TEXT;
	for (const [name, value] of request.headers)
		if (name !== 'cookie' && unreadableBytes(Buffer.from(value, 'latin1'))) return UNREADABLE_TEXT;
	if (['GET', 'HEAD', 'OPTIONS'].includes(request.method) || !request.body || !event.route.id)
		return null;
	const type = request.headers.get('content-type') ?? '';
	const upload = UPLOAD_ROUTES.includes(event.route.id) && /^multipart\/form-data/i.test(type);
	// an upload over the limit, or of a length not said, is checked where it is parsed (after the session)
	if (upload && !(Number(request.headers.get('content-length')) <= CHECKED_BODY_LIMIT)) return null;
	const body = await bodyUpTo(request, CHECKED_BODY_LIMIT);
	if (!body) return TOO_LARGE;
	return unreadableBody(type, body) ? UNREADABLE_TEXT : null;
}

/**
 * The hook: an API request is answered in the JSON error shape ({message, error: {code, message}}), a page's
 * form post as SvelteKit's forms expect an error, and any other page with the error page. A page whose URL is
 * unreadable never gets here as a route: `reroute` (src/hooks.ts) made it SvelteKit's own 400 page, in the
 * layout and the reader's language, with no load or action run.
 */
export const refuseUnreadableInput: Handle = async ({ event, resolve }) => {
	// prerendering asks for pages of ours, and may not read their query string
	const problem = building ? null : await problemOf(event);
	if (!problem) return resolve(event);
	const LL = translator(event.locals.locale);
	const message = errorText(problem.message, LL);
	if (event.url.pathname.startsWith('/api/'))
		return json({ message, ...refusalBody(problem, LL) }, { status: problem.status });
	if (event.request.headers.get('x-sveltekit-action') === 'true')
		return json({ type: 'error', error: { message } }, { status: problem.status });
	if (!event.route.id && unroutable(event.url)) return resolve(event);
	error(problem.status, { message });
};
