// A new customer's first week: finding their tickets, answering support, fixing what a form refused, and a
// header that fits their phone. Each test signs up its own customer.
import type { APIRequestContext, Page } from '@playwright/test';
import { allowConsoleErrors, expect, test } from './support/test.ts';
import { hydrated } from './support/device.ts';
import ar from '../../locales/ar/index.ts';
import de from '../../locales/de/index.ts';
import en from '../../locales/en/index.ts';
import fr from '../../locales/fr/index.ts';
import nb from '../../locales/nb/index.ts';
import nl from '../../locales/nl/index.ts';
import ru from '../../locales/ru/index.ts';
import sv from '../../locales/sv/index.ts';
import { customer, customerIn, login, PASSWORD, signIn, signUpInPage } from './support/accounts.ts';
import { content } from './support/content.ts';
import { linkIn, mailTo, uniqueEmail } from './support/mail.ts';
import { bodies, followUp, multipart, newTicket, PNG, reply } from './support/tickets.ts';

const LOCALES = { nb, sv, ru, en, de, fr, nl, ar } as const;

/** A ticket from this customer, answered by support and set to wait for the customer (status pending). */
async function pendingTicket(request: APIRequestContext, locale = 'en') {
	const ref = await newTicket(request, {
		subject: 'Vipps fails at checkout',
		message: 'Since Monday the payment stops.',
		locale
	});
	await reply(ref, 'Could you send a screenshot?', { status: 'pending' });
	return ref;
}

const replies = (page: Page) => page.locator('.thread .message-you');

test('a reply empties the box once sent; a double click or Enter twice sends it once', async ({
	page,
	context,
	request
}) => {
	await customerIn(context, { request });
	const ref = await pendingTicket(request);

	await page.goto(`/en/support/${ref}`);
	await hydrated(page);
	const box = page.getByLabel(en.support.replyLabel);
	await expect(page.getByLabel(en.contact.message)).toHaveCount(0);
	await box.fill('Here is the screenshot you asked for.');
	await page.getByRole('button', { name: en.support.replyButton }).click();
	await expect(page.getByRole('status')).toHaveText(en.support.replySent);
	await expect(box).toHaveValue('');
	await expect(replies(page)).toHaveCount(2);

	await box.fill('And the log from this morning.');
	await page.getByRole('button', { name: en.support.replyButton }).dblclick();
	await expect(box).toHaveValue('');
	await expect(replies(page)).toHaveCount(3);

	await box.fill('One more thing.');
	await page.getByRole('button', { name: en.support.replyButton }).focus();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Enter');
	await expect(box).toHaveValue('');
	await page.reload();
	await expect(replies(page)).toHaveCount(4);
	await expect(replies(page).locator('.message-body')).toHaveText([
		'Since Monday the payment stops.',
		'Here is the screenshot you asked for.',
		'And the log from this morning.',
		'One more thing.'
	]);
});

test('back and forward, a second tab, and a second language: every reply lands once', async ({
	page,
	context,
	request
}) => {
	await customerIn(context, { locale: 'nb', request });
	const ref = await pendingTicket(request, 'nb');

	await page.goto(`/nb/support/${ref}`);
	await hydrated(page);
	await page.getByLabel(nb.support.replyLabel).fill('Skjermbildet kommer her.');
	await page.getByRole('button', { name: nb.support.replyButton }).click();
	await expect(page.getByLabel(nb.support.replyLabel)).toHaveValue('');
	await expect(replies(page)).toHaveCount(2);

	await page.getByRole('link', { name: nb.support.myTickets }).first().click();
	await expect(page).toHaveURL('/nb/support');
	await page.goBack();
	await expect(page).toHaveURL(`/nb/support/${ref}`);
	await page.goForward();
	await expect(page).toHaveURL('/nb/support');
	await page.goBack();
	await expect(replies(page)).toHaveCount(2);
	await page.getByLabel(nb.support.replyLabel).fill('Etter å ha gått tilbake.');
	await page.getByRole('button', { name: nb.support.replyButton }).click();
	await expect(replies(page)).toHaveCount(3);

	// the same ticket open in a second tab, answered there and then in the first
	const second = await context.newPage();
	await second.goto(`/nb/support/${ref}`);
	await hydrated(second);
	await second.getByLabel(nb.support.replyLabel).fill('Fra den andre fanen.');
	await second.getByRole('button', { name: nb.support.replyButton }).click();
	await expect(replies(second)).toHaveCount(4);
	await page.getByLabel(nb.support.replyLabel).fill('Fra den første fanen igjen.');
	await page.getByRole('button', { name: nb.support.replyButton }).click();
	await expect(replies(page)).toHaveCount(5);
	await second.close();

	// the same ticket in Arabic: the label is a reply, and sending works right to left
	await page.goto(`/ar/support/${ref}`);
	await hydrated(page);
	await page.getByLabel(ar.support.replyLabel).fill('شكرًا، هذه لقطة الشاشة.');
	await page.getByRole('button', { name: ar.support.replyButton }).click();
	await expect(page.getByRole('status')).toHaveText(ar.support.replySent);
	await expect(page.getByLabel(ar.support.replyLabel)).toHaveValue('');
	await expect(replies(page)).toHaveCount(6);
});

test('POST /tickets/{ref}/messages: the same idempotencyKey twice stores one reply', async ({
	request
}) => {
	await customer({ request });
	const ref = await newTicket(request, { subject: 'Key', message: 'First' });
	const key = `reply${Date.now()}`;
	const twice = await Promise.all(
		[1, 2].map(() =>
			request.post(`/api/v1/tickets/${ref}/messages`, {
				multipart: { message: 'Sent twice', idempotencyKey: key }
			})
		)
	);
	expect(twice.map((r) => r.status()).sort()).toEqual([200, 201]);
	// without a key, as before: every post is a reply
	await followUp(request, ref, 'Keyless');
	expect(await bodies(request, ref)).toEqual(['First', 'Sent twice', 'Keyless']);
});

test.describe('My tickets', () => {
	test('a signed-in customer finds My tickets with the waiting count, on every kind of page and in every language', async ({
		page,
		context,
		request
	}) => {
		await customerIn(context, { request });
		await pendingTicket(request);
		for (const [locale, LL] of Object.entries(LOCALES)) {
			await page.goto(`/${locale}/account`);
			const awaiting = LL.header.awaitingAnswer.replace(/\{count(:number)?\}/, '1');
			const link = page.locator('.site-header').getByRole('link', { name: LL.support.myTickets });
			await expect(link).toBeVisible();
			await expect(link).toHaveAccessibleName(`${LL.support.myTickets} (${awaiting})`);
			await expect(
				page.locator('main').getByRole('link', { name: LL.support.myTickets })
			).toHaveAttribute('href', `/${locale}/support`);
			await expect(page.locator('main')).toContainText(awaiting);
		}
		// the prerendered help centre knows no reader: its island asks, because the session says someone is in
		for (const path of ['/en', content.articlePath('open-ticket', 'en'), '/ar']) {
			await page.goto(path);
			const LL = path === '/ar' ? ar : en;
			const link = page.locator('.site-header').getByRole('link', { name: LL.support.myTickets });
			await expect(link).toBeVisible();
			await expect(link.locator('.badge')).toHaveText('1');
		}
		await page.getByRole('link', { name: ar.support.myTickets }).click();
		await expect(page).toHaveURL('/ar/support');
	});

	test('an anonymous reader sees no My tickets and causes no request for an account', async ({
		page
	}) => {
		const asked: string[] = [];
		page.on('request', (r) => r.url().includes('/api/v1/me') && asked.push(r.url()));
		for (const path of ['/en', content.articlePath('open-ticket', 'en'), '/en/login']) {
			await page.goto(path, { waitUntil: 'networkidle' });
			await expect(page.getByRole('link', { name: en.support.myTickets })).toHaveCount(0);
		}
		expect(asked).toEqual([]);
	});

	test('a session ended elsewhere (log out everywhere on another device) shows no My tickets and no error', async ({
		page,
		context,
		request
	}) => {
		await customerIn(context, { locale: 'nb', request });
		// a dynamic page sets the readable sign-in hint beside the session
		await page.goto('/nb/account');
		expect((await context.cookies()).map((c) => c.name)).toContain('svar_signed_in');
		// the same session ends on the server, from somewhere else
		expect((await request.post('/api/v1/auth/logout')).status()).toBeLessThan(300);
		await page.goto('/nb');
		await expect
			.poll(async () => (await context.cookies()).map((c) => c.name))
			.not.toContain('svar_signed_in');
		await expect(page.getByRole('link', { name: nb.support.myTickets })).toBeHidden();
	});

	test('logging out ends the hint: the help centre stops asking', async ({ page }) => {
		const email = uniqueEmail('hint');
		await signUpInPage(page, email, { name: 'Hint', hydrate: true });
		await page.goto(linkIn(await mailTo(email, /verify/), 'verify'));
		await page.goto('/en');
		await expect(
			page.locator('.site-header').getByRole('link', { name: en.support.myTickets })
		).toBeVisible();
		await page.goto('/en/account');
		await page.getByRole('button', { name: en.auth.logoutButton, exact: true }).click();
		await expect(page).toHaveURL(/\/en\/login/);
		const asked: string[] = [];
		page.on('request', (r) => r.url().includes('/api/v1/me') && asked.push(r.url()));
		await page.goto('/en', { waitUntil: 'networkidle' });
		await expect(page.getByRole('link', { name: en.support.myTickets })).toHaveCount(0);
		expect(asked).toEqual([]);
	});
});

test.describe('the header fits', () => {
	for (const locale of ['en', 'ru', 'de', 'ar'] as const) {
		test(`on a 390 px phone in ${locale}: one line, and contact, my tickets and account are in the menu`, async ({
			page,
			context,
			request
		}) => {
			await customerIn(context, { locale, request });
			await page.setViewportSize({ width: 390, height: 844 });
			const LL = LOCALES[locale];
			for (const path of [`/${locale}/account`, content.articlePath('open-ticket', locale)]) {
				await page.goto(path);
				const header = await page.locator('.site-header').boundingBox();
				const brand = await page.locator('.brand').boundingBox();
				expect(header!.height, path).toBeLessThan(brand!.height + 40);
				expect(header!.width).toBeLessThanOrEqual(390);
				await expect(page.getByRole('link', { name: LL.search.label })).toBeVisible();
				await page.locator('.header-menu > summary').click();
				for (const name of [LL.header.contactSupport, LL.support.myTickets, LL.auth.account])
					await expect(page.locator('.site-header').getByRole('link', { name })).toBeVisible();
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				390
			);
		});

		test(`at 1280 px in ${locale}: the search placeholder is shown whole`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(content.articlePath('open-ticket', locale));
			const input = page.locator('.site-header input[type="search"]');
			await expect(input).toBeVisible();
			const fits = await input.evaluate((el: HTMLInputElement) => {
				const style = getComputedStyle(el);
				const context = document.createElement('canvas').getContext('2d')!;
				context.font = style.font;
				const room =
					el.clientWidth -
					parseFloat(style.paddingInlineStart) -
					parseFloat(style.paddingInlineEnd);
				return context.measureText(el.placeholder).width <= room;
			});
			expect(fits).toBe(true);
		});
	}

	test('the phone menu works without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 390, height: 844 }
		});
		const page = await context.newPage();
		await page.goto(content.articlePath('open-ticket', 'ru'));
		await page.locator('.header-menu > summary').click();
		await page
			.locator('.site-header')
			.getByRole('link', { name: ru.header.contactSupport })
			.click();
		await expect(page).toHaveURL(/\/ru\/login/);
		await context.close();
	});
});

test('a bare shop domain is taken on sign-up, the profile and the API; garbage is refused', async ({
	page,
	context,
	request
}) => {
	allowConsoleErrors(/status of 400/);
	const email = uniqueEmail('shop');
	await signUpInPage(page, email, {
		locale: 'nb',
		name: 'Kari',
		fields: { shopUrl: 'karisgarn.no' },
		hydrate: true
	});
	await request.get(linkIn(await mailTo(email, /verify/), 'verify'), { maxRedirects: 0 });
	const token = await login(request, email, PASSWORD);
	expect((await (await request.get('/api/v1/me')).json()).shopUrl).toBe('https://karisgarn.no');

	await signIn(context, token);
	await page.goto('/nb/account');
	await hydrated(page);
	const shop = page.locator('input[name="shopUrl"]');
	await expect(shop).toHaveValue('https://karisgarn.no');
	await shop.fill('www.strikkogbak.no');
	await page.getByRole('button', { name: nb.auth.saveProfile }).click();
	await expect(page.getByRole('status')).toHaveText(nb.auth.saved);
	expect((await (await request.get('/api/v1/me')).json()).shopUrl).toBe(
		'https://www.strikkogbak.no'
	);
	await shop.fill('min butikk');
	await page.getByRole('button', { name: nb.auth.saveProfile }).click();
	await expect(page.locator('.field-error')).toHaveText(nb.errors.invalidUrl);

	const api = await request.post('/api/v1/auth/signup', {
		data: {
			name: 'Ola',
			email: uniqueEmail('shop-api'),
			password: PASSWORD,
			locale: 'nb',
			shopUrl: 'olasgarn.no'
		}
	});
	expect(api.status()).toBe(202);
	const bad = await request.post('/api/v1/auth/signup', {
		headers: { 'accept-language': 'nb' },
		data: {
			name: 'Ola',
			email: uniqueEmail('shop-bad'),
			password: PASSWORD,
			locale: 'nb',
			shopUrl: 'ikke en adresse'
		}
	});
	expect(bad.status()).toBe(422);
	expect((await bad.json()).error.fields.shopUrl).toBe(nb.errors.invalidUrl);
});

test('a field error goes away once the field is edited, and comes back when refused again', async ({
	page,
	context,
	request
}) => {
	allowConsoleErrors(/status of 422/);
	await customerIn(context, { request });
	await page.goto('/en/contact');
	await hydrated(page);
	await page.getByRole('button', { name: en.contact.send }).click();
	const subject = page.locator('input[name="subject"]');
	const message = page.locator('textarea[name="message"]');
	await expect(subject).toHaveAttribute('aria-invalid', 'true');
	await expect(message).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('.field-error')).toHaveCount(2);
	await subject.fill('Card terminal');
	await expect(subject).not.toHaveAttribute('aria-invalid');
	await expect(page.locator('.field-error')).toHaveCount(1);
	await expect(message).toHaveAttribute('aria-invalid', 'true');
	await subject.fill('');
	await page.getByRole('button', { name: en.contact.send }).click();
	await expect(subject).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('.field-error')).toHaveCount(2);
});

test('bad files are named, every one, before anything is uploaded; the server names them all too', async ({
	page,
	context,
	request
}) => {
	// ten megabytes go through the file chooser twice
	test.slow();
	await customerIn(context, { request });
	const ref = await pendingTicket(request);

	const bad = [
		{
			name: 'huge.png',
			mimeType: 'image/png',
			buffer: Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)])
		},
		{ name: 'drawing.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg/>') },
		{ name: 'fine.png', mimeType: 'image/png', buffer: PNG }
	];
	const posts: string[] = [];
	page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
	for (const path of ['/en/contact', `/en/support/${ref}`]) {
		await page.goto(path);
		await hydrated(page);
		const contact = path === '/en/contact';
		if (contact) await page.locator('input[name="subject"]').fill('Files');
		await page.locator('textarea[name="message"]').fill('See the attached files.');
		const files = page.locator('input[type="file"]');
		await files.setInputFiles(bad);
		const error = page.locator('.field-error');
		await expect(error).toContainText('huge.png');
		await expect(error).toContainText('drawing.svg');
		await expect(error).not.toContainText('fine.png');
		await expect(files).toHaveAttribute('aria-invalid', 'true');
		await page
			.getByRole('button', { name: contact ? en.contact.send : en.support.replyButton })
			.click();
		await expect(error).toContainText('huge.png');
		await expect(error).toContainText('drawing.svg');
		// picking good files clears it
		await files.setInputFiles([bad[2]!]);
		await expect(error).toHaveCount(0);
	}
	expect(posts.filter((url) => !url.includes('/api/v1/'))).toEqual([]);

	const refused = await request.post(`/api/v1/tickets/${ref}/messages`, {
		headers: { 'accept-language': 'de' },
		multipart: multipart(
			{ message: 'Two bad files' },
			bad.map((f) => ({ name: f.name, type: f.mimeType, data: f.buffer }))
		)
	});
	expect(refused.status()).toBe(422);
	const { fields } = (await refused.json()).error;
	expect(fields.files).toContain('huge.png');
	expect(fields.files).toContain('drawing.svg');
	expect(fields.files).toContain('10 MB');
	const ticket = await (await request.get(`/api/v1/tickets/${ref}`)).json();
	expect(ticket.messages).toHaveLength(2);
});
