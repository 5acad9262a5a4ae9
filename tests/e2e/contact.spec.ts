import type { APIRequestContext } from '@playwright/test';
import { allowConsoleErrors, expect, test } from './support/test.ts';
import nb from '../../locales/nb/index.ts';
import { customer, customerIn, PASSWORD } from './support/accounts.ts';
import { content } from './support/content.ts';
import { query } from './support/db.ts';
import { linkIn, mailTo, uniqueEmail } from './support/mail.ts';
import { multipart, PNG, png, type Upload } from './support/tickets.ts';

/** A verified (unless told) Norwegian customer of this test, logged in on `request`. */
const kari = (request: APIRequestContext, locale = 'nb', verify = true) => ({
	locale,
	name: 'Kari Nordmann',
	request,
	verify
});

/** The ticket form, Norwegian unless told, with `fields` and `files`. */
const ticketForm = (fields: Record<string, string>, files: Upload[] = []) =>
	multipart(
		{
			locale: 'nb',
			subject: 'Betaling virker ikke',
			message: 'Hei! Vipps kobles ikke til.',
			...fields
		},
		files
	);

test('"Still need help?" → log in or sign up → the form, with the article still attached', async ({
	page
}) => {
	await page.goto(content.articlePath('payment-provider', 'nb'));
	await page.locator('.contact-cta a').click();
	await expect(page).toHaveURL(
		'/nb/login?next=' + encodeURIComponent('/nb/contact?article=payment-provider')
	);
	await page.getByRole('link', { name: nb.auth.signup }).click();
	const email = uniqueEmail('flow');
	await page.locator('input[name="name"]').fill('Ola');
	await page.locator('input[name="email"]').fill(email);
	await page.locator('input[name="password"]').fill(PASSWORD);
	await page.locator('form.auth-form button[type="submit"]').click();
	await page.goto(linkIn(await mailTo(email, /verify/), 'verify'));
	await expect(page).toHaveURL('/nb/contact?article=payment-provider');
	await expect(page.locator('.attached')).toContainText(
		content.article('payment-provider', 'nb')!.meta.title
	);
});

test('a customer sends a ticket with a screenshot and finds it, thread and file, under My tickets', async ({
	page,
	context,
	request
}) => {
	const { email } = await customerIn(context, kari(request));
	await page.goto('/nb/contact?article=payment-provider');
	await page.locator('input[name="subject"]').fill('Vipps <script>alert(1)</script>');
	await page
		.locator('textarea[name="message"]')
		.fill(
			'Jeg får ikke koblet til Vipps. <img src=x onerror=alert(1)> [klikk](javascript:alert(1))'
		);
	// the form has looked for suggestions, and never offers the article the ticket already carries (issue 16)
	await expect(page.locator('.suggestions li, .suggestions-none').first()).toBeVisible();
	await expect(
		page.locator(`.suggestions a[href="${content.articlePath('payment-provider', 'nb')}"]`)
	).toHaveCount(0);
	await page
		.locator('input[type="file"]')
		.setInputFiles({ name: 'skjerm.png', mimeType: 'image/png', buffer: PNG });
	await page.getByRole('button', { name: nb.contact.send }).click();
	await expect(page).toHaveURL(/\/nb\/support\/SV-\d+\?created=1$/);
	const ref = /SV-\d+/.exec(page.url())![0];
	await expect(page.getByRole('status')).toContainText(ref);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Vipps <script>alert(1)</script>'
	);
	await expect(page.locator('.message-body').first()).toHaveText(
		'Jeg får ikke koblet til Vipps. <img src=x onerror=alert(1)> [klikk](javascript:alert(1))'
	);
	await expect(page.locator('.thread img')).toHaveAttribute('alt', 'skjerm.png');
	await expect(page.locator('.attached')).toContainText(
		content.article('payment-provider', 'nb')!.meta.title
	);
	expect(await mailTo(email, new RegExp(ref))).toContain(`/nb/support/${ref}`);
	const [row] = query<{ article_id: string; article_updated: string; category: string }>(
		'select article_id, article_updated, category from tickets where ref = ?',
		ref
	);
	expect(row).toEqual({
		article_id: 'payment-provider',
		article_updated: content.article('payment-provider', 'nb')!.meta.updated,
		category: 'payments'
	});

	await page.locator('textarea[name="message"]').fill('Her er en logg.');
	await page.locator('input[type="file"]').setInputFiles({
		name: 'logg.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('Error 500 at /checkout')
	});
	await page.getByRole('button', { name: nb.support.replyButton }).click();
	await expect(page.locator('.message-body')).toHaveCount(2);
	await expect(page.getByRole('link', { name: 'logg.txt' })).toBeVisible();
	await page.getByRole('button', { name: nb.support.close }).click();
	await expect(page.locator('.status')).toHaveText(nb.support.statusClosed);
	await page.getByRole('button', { name: nb.support.reopen }).click();
	await expect(page.locator('.status')).toHaveText(nb.support.statusOpen);
	await page.goto('/nb/support');
	await expect(page.getByRole('link', { name: ref })).toBeVisible();

	// on an Arabic page the Norwegian subject, article title and messages keep their own direction: a title
	// ending in "?" must not read "?Hvordan…"
	await page.goto(`/ar/support/${ref}`);
	await expect(page.locator('h1 bdi')).toHaveText('Vipps <script>alert(1)</script>');
	await expect(page.locator('.attached bdi')).toHaveText(
		content.article('payment-provider', 'nb')!.meta.title
	);
	await expect(page.locator('.message-body').first()).toHaveAttribute('dir', 'auto');
});

test('"Yes, this solved it" on a suggestion ends the flow and counts as a deflection', async ({
	page,
	context,
	request
}) => {
	await customerIn(context, kari(request));
	const before =
		query<{ n: number }>("select count(*) as n from deflection_events where event = 'solved'")[0]
			?.n ?? 0;
	await page.goto('/nb/contact');
	await page.locator('input[name="subject"]').fill('glemt passordet');
	await page
		.locator('.suggestions')
		.getByRole('button', { name: nb.contact.solved })
		.first()
		.click();
	await expect(page.getByRole('status')).toHaveText(nb.contact.deflected);
	await expect
		.poll(
			() =>
				query<{ n: number }>(
					"select count(*) as n from deflection_events where event = 'solved'"
				)[0]!.n
		)
		.toBe(before + 1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the form posts multipart and shows field errors in the customer’s language', async ({
		page,
		context,
		request
	}) => {
		// the refused form is answered 422, which the browser logs
		allowConsoleErrors(/status of 422/);
		await customerIn(context, kari(request, 'sv'));
		await page.goto('/sv/contact');
		await page.locator('input[name="subject"]').fill('Kortterminal');
		await page.locator('input[type="file"]').setInputFiles({
			name: 'x.png',
			mimeType: 'image/png',
			buffer: Buffer.from('<html><script>alert(1)</script></html>')
		});
		await page.locator('.contact-form button[type="submit"]').click();
		await expect(page.locator('.field-error')).toHaveText(['Fyll i det här fältet.', /x\.png/]);
		await expect(page.locator('input[name="subject"]')).toHaveValue('Kortterminal');
		await page.locator('textarea[name="message"]').fill('Terminalen startar inte.');
		await page.locator('.contact-form button[type="submit"]').click();
		await expect(page).toHaveURL(/\/sv\/support\/SV-\d+\?created=1$/);
	});
});

test.describe('POST /api/v1/tickets refuses bad input, stores nothing', () => {
	test('each bad input gets a localized field error', async ({ request }) => {
		const { email } = await customer(kari(request));
		// this customer's tickets only: other tests create tickets at the same time
		const count = () =>
			query<{ n: number }>(
				'select count(*) as n from tickets join users on users.id = tickets.user_id where users.email = ?',
				email
			)[0]!.n;
		const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
		const cases: [string, FormData, string][] = [
			[
				'six files',
				ticketForm(
					{},
					[1, 2, 3, 4, 5, 6].map((i) => png(`s${i}.png`))
				),
				'files'
			],
			[
				'a file over 10 MB',
				ticketForm({}, [{ name: 'big.png', type: 'image/png', data: big }]),
				'files'
			],
			[
				'an SVG',
				ticketForm({}, [
					{ name: 'd.svg', type: 'image/svg+xml', data: Buffer.from('<svg onload="alert(1)"/>') }
				]),
				'files'
			],
			[
				'HTML named .png',
				ticketForm({}, [
					{ name: 'x.png', type: 'image/png', data: Buffer.from('<html><script>1</script>') }
				]),
				'files'
			],
			['an empty message', ticketForm({ message: '   ' }), 'message'],
			['a message over 10,000 characters', ticketForm({ message: 'x'.repeat(10_001) }), 'message'],
			['an unknown article', ticketForm({ articleId: 'no-such-article' }), 'articleId'],
			['a bad phone number', ticketForm({ callbackPhone: 'call me' }), 'callbackPhone']
		];
		for (const [name, form, field] of cases) {
			const before = count();
			const response = await request.post('/api/v1/tickets', {
				headers: { 'accept-language': 'nb' },
				multipart: form
			});
			expect(response.status(), name).toBe(422);
			const body = await response.json();
			expect(Object.keys(body.error.fields), name).toContain(field);
			expect(body.error.message, name).toBe(nb.errors.invalidRequest);
			expect(count(), name).toBe(before);
		}
	});

	test('an unverified account may not send tickets', async ({ request }) => {
		await customer(kari(request, 'en', false));
		const response = await request.post('/api/v1/tickets', { multipart: ticketForm({}) });
		expect(response.status()).toBe(403);
		expect((await response.json()).error.code).toBe('email_not_verified');
	});

	test('a double submit creates one ticket', async ({ request }) => {
		await customer(kari(request));
		const key = `k${Date.now()}abcdef`;
		const [a, b] = await Promise.all([
			request.post('/api/v1/tickets', { multipart: ticketForm({ idempotencyKey: key }) }),
			request.post('/api/v1/tickets', { multipart: ticketForm({ idempotencyKey: key }) })
		]);
		expect([a.status(), b.status()].sort()).toEqual([200, 201]);
		expect((await a.json()).ref).toBe((await b.json()).ref);
		expect((await (await request.get('/api/v1/tickets')).json()).tickets).toHaveLength(1);
	});

	test('more than 10 tickets an hour are refused with a clear message', async ({ request }) => {
		await customer(kari(request, 'ru'));
		for (let i = 0; i < 10; i++)
			expect(
				(
					await request.post('/api/v1/tickets', { multipart: ticketForm({ subject: `#${i}` }) })
				).status()
			).toBe(201);
		const eleventh = await request.post('/api/v1/tickets', {
			headers: { 'accept-language': 'ru' },
			multipart: ticketForm({ subject: '#11' })
		});
		expect(eleventh.status()).toBe(429);
		expect((await eleventh.json()).error.message).toMatch(/час/);
	});

	test('another customer’s ticket and file answer 404, like ones that do not exist', async ({
		request
	}) => {
		await customer(kari(request));
		const created = await (
			await request.post('/api/v1/tickets', { multipart: ticketForm({}, [png()]) })
		).json();
		const ticket = await (await request.get(`/api/v1/tickets/${created.ref}`)).json();
		const file = ticket.messages[0].attachments[0];
		expect((await request.get(file.url)).headers()['content-security-policy']).toContain('sandbox');
		const other = (await customer({ locale: 'nb', name: 'Ola Nordmann' })).api;
		for (const url of [
			`/api/v1/tickets/${created.ref}`,
			file.url,
			'/api/v1/tickets/SV-99999999',
			'/api/v1/attachments/' + 'f'.repeat(32)
		]) {
			expect((await other.get(url)).status(), url).toBe(404);
		}
		expect(
			(
				await other.post(`/api/v1/tickets/${created.ref}/messages`, {
					multipart: { message: 'hijack' }
				})
			).status()
		).toBe(404);
		expect((await other.get(`/nb/support/${created.ref}`)).status()).toBe(404);
	});
});

test('the ticket keeps what the customer searched and read before writing; a draft survives leaving the form', async ({
	page,
	context,
	request
}) => {
	await customerIn(context, kari(request));
	await page.goto(content.articlePath('privacy', 'nb'));
	await page.locator('input[data-search-input]').focus();
	await page.keyboard.type('pakken har ikke kommet');
	const first = page.getByRole('option').first();
	await expect(first).toContainText(content.article('late-delivery', 'nb')!.meta.title);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await page.waitForURL(content.articlePath('late-delivery', 'nb'));
	// the draft is kept by the page's script: type once it is running, as a person (slower than a test) would
	await page.goto('/nb/contact', { waitUntil: 'networkidle' });
	await page.locator('input[name="subject"]').fill('Pakken er borte');
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('svar_draft_nb') ?? ''))
		.toContain('Pakken er borte');
	await page.goto(content.articlePath('warranty', 'nb'));
	await page.goto('/nb/contact', { waitUntil: 'networkidle' });
	await expect(page.locator('input[name="subject"]')).toHaveValue('Pakken er borte');
	await page.locator('textarea[name="message"]').fill('Sporingen har stått stille i ti dager.');
	await page.getByRole('button', { name: nb.contact.send }).click();
	await expect(page).toHaveURL(/\/nb\/support\/SV-\d+\?created=1$/);
	const ref = /SV-\d+/.exec(page.url())![0];
	const [row] = query<{ context: string }>('select context from tickets where ref = ?', ref);
	const visit = JSON.parse(row!.context) as {
		searches: { query: string; opened: string | null }[];
		read: { id: string }[];
	};
	expect(visit.searches).toContainEqual(
		expect.objectContaining({ query: 'pakken har ikke kommet' })
	);
	expect(visit.read.map((r) => r.id)).toEqual(
		expect.arrayContaining(['late-delivery', 'warranty'])
	);
	// and the customer never sees it
	expect(JSON.stringify(await (await request.get(`/api/v1/tickets/${ref}`)).json())).not.toContain(
		'pakken har ikke kommet'
	);
});
