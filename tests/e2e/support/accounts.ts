// Who a test acts as: the e2e server's first administrator (made at start from ADMIN_EMAIL/ADMIN_PASSWORD,
// signed in once per worker), and customers, agents and admins of its own, each with a unique address, so no
// test shares an account (or an account's settings, such as the workspace language) with another.
import {
	expect,
	type APIRequestContext,
	type Browser,
	type BrowserContext,
	type Page
} from '@playwright/test';
import { api, sessionCookie } from './api.ts';
import { hydrated } from './device.ts';
import { linkIn, mailTo, uniqueEmail } from './mail.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL } from './server.ts';

export { ADMIN_EMAIL, ADMIN_PASSWORD };
export const PASSWORD = 'correct horse battery staple 7';

/** Log in over the API: `request` keeps the session; its token for another client or a browser. */
export async function login(request: APIRequestContext, email: string, password = PASSWORD) {
	const response = await request.post('/api/v1/auth/login', { data: { email, password } });
	expect(response.status(), `login as ${email}`).toBe(200);
	return /svar_session=([^;]+)/.exec(response.headers()['set-cookie']!)![1]!;
}

export interface Account {
	email: string;
	token: string;
	/** an API client signed in as this account */
	api: APIRequestContext;
}

/**
 * A new customer who signed up (in `locale`), confirmed the address by the mailed link and logged in on
 * `request` (a new client unless given). `verify: false` leaves the address unconfirmed.
 */
export async function customer(
	options: {
		locale?: string;
		name?: string;
		prefix?: string;
		verify?: boolean;
		request?: APIRequestContext;
		/** the data folder of the server `request` talks to, when it is not the e2e server */
		dataDir?: string;
	} = {}
): Promise<Account> {
	const { locale = 'en', name = 'Probe', prefix = 'customer', verify = true } = options;
	const request = options.request ?? (await api({ locale }));
	const email = uniqueEmail(`${prefix}-${locale}`);
	const signup = await request.post('/api/v1/auth/signup', {
		data: { name, email, password: PASSWORD, locale }
	});
	expect(signup.status(), `sign up ${email}`).toBe(202);
	if (verify)
		await request.get(linkIn(await mailTo(email, /verify/, options.dataDir), 'verify'), {
			maxRedirects: 0
		});
	return { email, token: await login(request, email), api: request };
}

let adminToken: Promise<string> | undefined;

/** The e2e server's first administrator: one sign-in per worker, a new API client each call. */
export async function admin(): Promise<Account> {
	adminToken ??= api().then((request) => login(request, ADMIN_EMAIL, ADMIN_PASSWORD));
	const token = await adminToken;
	return { email: ADMIN_EMAIL, token, api: await api({ token }) };
}

/** A new account of `role` (made by the administrator from a new customer), signed in. */
export async function staff(
	role: 'agent' | 'admin',
	options: { name?: string; locale?: string } = {}
): Promise<Account> {
	const person = await customer({ ...options, prefix: role });
	const made = await (
		await admin()
	).api.post('/agent/teams?/role', {
		form: { email: person.email, role },
		headers: { 'x-sveltekit-action': 'true' }
	});
	expect(made.status()).toBe(200);
	expect((await made.json()).type).toBe('success');
	return { ...person, token: await login(person.api, person.email) };
}

/** Put a session into a browser context: signed in there without going through the login page. */
export async function signIn(context: BrowserContext, token: string) {
	await context.addCookies([sessionCookie(token)]);
}

/** A new customer (as customer() makes them), signed in in the browser `context` too. */
export async function customerIn(
	context: BrowserContext,
	options: Parameters<typeof customer>[0] = {}
) {
	const account = await customer(options);
	await signIn(context, account.token);
	return account;
}

/** A new browser context signed in with `token`. */
export async function signedIn(
	browser: Browser,
	token: string,
	options: Parameters<Browser['newContext']>[0] = {}
) {
	const context = await browser.newContext({ baseURL: BASE_URL, ...options });
	await signIn(context, token);
	return context;
}

/**
 * Sign up on the page as a person does, in `locale`, with `fields` beyond name, email and password, on to
 * `next`; ends at the answer that a confirmation link was mailed. `hydrate` waits for the page's script first.
 */
export async function signUpInPage(
	page: Page,
	email: string,
	options: {
		locale?: string;
		name?: string;
		next?: string;
		fields?: Record<string, string>;
		hydrate?: boolean;
	} = {}
) {
	const { locale = 'en', name = 'Kari Nordmann', fields = {}, ...how } = options;
	await sendSignUp(page, locale, { name, email, password: PASSWORD, ...fields }, how);
	await expect(page.locator('.form-success')).toBeVisible();
}

/** Fill the sign-up form in `locale` with `fields` (by input name), the rest left empty, and send it. */
export async function sendSignUp(
	page: Page,
	locale: string,
	fields: Record<string, string>,
	{ next, hydrate }: { next?: string; hydrate?: boolean } = {}
) {
	await page.goto(`/${locale}/signup${next ? `?next=${encodeURIComponent(next)}` : ''}`);
	if (hydrate) await hydrated(page);
	for (const [field, value] of Object.entries(fields))
		await page.locator(`input[name="${field}"]`).fill(value);
	await page.locator('form.auth-form button[type="submit"]').click();
}
