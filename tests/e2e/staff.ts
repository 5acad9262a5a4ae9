// The e2e server's first administrator (created at start from ADMIN_EMAIL/ADMIN_PASSWORD) and helpers to
// act as staff or as a customer over the API.
import {
	expect,
	type APIRequestContext,
	type BrowserContext,
	type PlaywrightWorkerArgs
} from '@playwright/test';
import { linkIn, mailTo, uniqueEmail } from './mail.ts';

export const ADMIN_EMAIL = 'admin@e2e.test';
export const ADMIN_PASSWORD = 'e2e administrator passphrase 5521';
export const PASSWORD = 'correct horse battery staple 7';

/** Log in over the API; the session token, for the API context's cookie jar and a browser context. */
export async function login(request: APIRequestContext, email: string, password: string) {
	const response = await request.post('/api/v1/auth/login', { data: { email, password } });
	expect(response.status(), `login as ${email}`).toBe(200);
	return /svar_session=([^;]+)/.exec(response.headers()['set-cookie']!)![1]!;
}

/** An API client signed in as the e2e server's administrator (dispose of it when done). */
export async function adminRequest(
	playwright: PlaywrightWorkerArgs['playwright'],
	baseURL: string
) {
	const request = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL }
	});
	await login(request, ADMIN_EMAIL, ADMIN_PASSWORD);
	return request;
}

/** A verified customer, signed up and logged in on `request`. */
export async function customer(
	request: APIRequestContext,
	locale: string,
	name = 'Probe',
	prefix = 'customer'
) {
	const email = uniqueEmail(`${prefix}-${locale}`);
	expect(
		(
			await request.post('/api/v1/auth/signup', {
				data: { name, email, password: PASSWORD, locale }
			})
		).status()
	).toBe(202);
	await request.get(linkIn(await mailTo(email, /verify/), 'verify'), { maxRedirects: 0 });
	return { email, token: await login(request, email, PASSWORD) };
}

export async function asBrowser(context: BrowserContext, baseURL: string, token: string) {
	await context.addCookies([{ name: 'svar_session', value: token, url: baseURL }]);
}

export function ticketForm(fields: Record<string, string>) {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) form.set(k, v);
	return form;
}
