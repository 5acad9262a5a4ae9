import { error, json } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import type { Locale } from '$lib/i18n/locales';
import { translator } from '../i18n';
import { errorText } from './messages';
import { refusalBody, type Refusal } from './refusal';

/** The JSON error shape of every /api/v1 endpoint: {error: {code, message, fields?}}, message already in words. */
export function apiError(
	status: number,
	code: string,
	message: string,
	fields?: Record<string, string>
) {
	return json({ error: fields ? { code, message, fields } : { code, message } }, { status });
}

/**
 * A JSON response whose text is encoded once: Kit's json() encodes it to count its bytes and the Response
 * encodes it again, which for a large answer (the queue's 200 tickets) is a part of its time worth saving.
 * (Node's Buffer encodes UTF-8 faster than its TextEncoder.)
 */
export function encodedJson(data: unknown, init?: ResponseInit): Response {
	const body = Buffer.from(JSON.stringify(data));
	const headers = new Headers(init?.headers);
	headers.set('content-type', 'application/json');
	headers.set('content-length', String(body.byteLength));
	return new Response(body, { ...init, headers });
}

/** A service's refusal as the JSON error response, in the reader's language (the request's, unless given). */
export function refusalResponse(
	r: Omit<Refusal, 'ok'>,
	{
		locale = getRequestEvent().locals.locale,
		headers
	}: { locale?: Locale; headers?: HeadersInit } = {}
): Response {
	return json(refusalBody(r, translator(locale)), { status: r.status, headers });
}

/** 429 with Retry-After (in seconds), in the JSON error shape and the reader's language. */
export function throttledResponse({ minutes, seconds }: { minutes: number; seconds: number }) {
	const LL = translator(getRequestEvent().locals.locale);
	const response = apiError(429, 'throttled', LL.errors.throttled({ minutes }));
	response.headers.set('retry-after', String(seconds));
	return response;
}

/**
 * Stop here with a refusal. An endpoint answers it in the JSON error shape; a page shows its error page with the
 * message. (Thrown through SvelteKit's `error`, so it needs no try/catch around the handler.)
 */
export function refuse(r: Omit<Refusal, 'ok'>): never {
	const LL = translator(getRequestEvent().locals.locale);
	const body = refusalBody(r, LL);
	error(r.status, { message: errorText(r.message, LL), ...body });
}

/**
 * A stored file as its download: the type sniffed at upload, nosniff, and a CSP that sandboxes it, so even a
 * file that fooled the sniffer could not run script. Images, PDFs and MP4/WebM videos open inline, anything else
 * downloads.
 */
export function fileResponse(file: {
	filename: string;
	content_type: string;
	size: number;
	data: Uint8Array | Buffer;
}): Response {
	const inline = /^(image\/(png|jpeg|gif|webp)|application\/pdf|video\/(mp4|webm))$/.test(
		file.content_type
	);
	const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return new Response(new Uint8Array(file.data), {
		headers: {
			'content-type': file.content_type,
			'content-length': String(file.size),
			'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox",
			'cache-control': 'private, max-age=3600'
		}
	});
}
