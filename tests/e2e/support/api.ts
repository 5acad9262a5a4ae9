// The API client every spec uses: a request context on the e2e server that checks each response against the
// OpenAPI document (see openapi.ts), optionally signed in or reading in a language. Closed after the test.
import { request, type APIRequestContext } from '@playwright/test';
import { checked } from './openapi.ts';
import { BASE_URL } from './server.ts';

export interface ApiOptions {
	/** Accept-Language: the language of error messages */
	locale?: string;
	/** a session token (see accounts.ts) */
	token?: string;
	/** another server than the e2e one (scale-out) */
	baseURL?: string;
	/** more headers on every request */
	headers?: Record<string, string>;
}

const open: APIRequestContext[] = [];

export async function api({ locale, token, baseURL = BASE_URL, headers }: ApiOptions = {}) {
	const context = await request.newContext({
		baseURL,
		// API clients send Origin on posts (SvelteKit refuses cross-site and origin-less form posts)
		extraHTTPHeaders: {
			origin: baseURL,
			...(locale ? { 'accept-language': locale } : {}),
			...headers
		},
		storageState: {
			cookies: token ? [sessionCookie(token, baseURL)] : [],
			origins: []
		}
	});
	open.push(context);
	return checked(context);
}

export function sessionCookie(token: string, baseURL = BASE_URL) {
	const { hostname } = new URL(baseURL);
	return {
		name: 'svar_session',
		value: token,
		domain: hostname,
		path: '/',
		expires: -1,
		httpOnly: true,
		secure: false,
		sameSite: 'Lax' as const
	};
}

/** Dispose of the clients this test opened (the test fixture calls it). */
export async function closeClients() {
	for (const context of open.splice(0)) await context.dispose().catch(() => undefined);
}

/** A form post as a page on another site would send it (CSRF): SvelteKit refuses it. */
export const crossSitePost = (request: APIRequestContext, url: string, form: string) =>
	request.post(url, {
		headers: {
			origin: 'https://evil.example',
			'content-type': 'application/x-www-form-urlencoded'
		},
		data: form
	});
