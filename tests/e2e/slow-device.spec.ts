// A cheap phone: the CPU six times slower and the page's scripts late. What a person types into a form before
// the page hydrates must still be there after it has, and be what the server receives.
import { beforeHydration } from './support/device.ts';
import { expect, test } from './support/test.ts';
import ar from '../../locales/ar/index.ts';
import en from '../../locales/en/index.ts';
import { customerIn } from './support/accounts.ts';
import { newTicket } from './support/tickets.ts';

test('login: typed before hydration, kept after it, and a refusal empties only the password', async ({
	page
}) => {
	await beforeHydration(page, '/en/login', async () => {
		await page.getByLabel('Email').fill('someone@example.test');
		await page.getByLabel('Password').fill('not the password');
	});
	await expect(page.getByLabel('Email')).toHaveValue('someone@example.test');
	await expect(page.getByLabel('Password')).toHaveValue('not the password');
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expect(page.getByLabel('Email')).toHaveValue('someone@example.test');
	await expect(page.getByLabel('Password')).toHaveValue('');
});

test('sign-up in Norwegian: every field typed before hydration survives it', async ({ page }) => {
	await beforeHydration(page, '/nb/signup', async () => {
		await page.locator('input[name="name"]').fill('Kari Nordmann');
		await page.locator('input[name="email"]').fill('kari@example.test');
		await page.locator('input[name="password"]').fill('strikkepinner og garn 42');
	});
	await expect(page.locator('input[name="name"]')).toHaveValue('Kari Nordmann');
	await expect(page.locator('input[name="email"]')).toHaveValue('kari@example.test');
	await expect(page.locator('input[name="password"]')).toHaveValue('strikkepinner og garn 42');
});

test('contact form: typed before hydration is kept; an older draft fills only what is still empty', async ({
	page,
	context,
	request
}) => {
	await customerIn(context, { request });
	// a draft from an earlier visit, in this browser
	await page.goto('/en/contact');
	await page.evaluate(() =>
		localStorage.setItem(
			'svar_draft_en',
			JSON.stringify({ subject: 'An old subject', message: 'An old draft of the question.' })
		)
	);
	await beforeHydration(page, '/en/contact', async () => {
		await page.locator('input[name="subject"]').fill('Card terminal will not start');
		await page.locator('select[name="category"]').selectOption({ index: 1 });
	});
	await expect(page.locator('input[name="subject"]')).toHaveValue('Card terminal will not start');
	await expect(page.locator('textarea[name="message"]')).toHaveValue(
		'An old draft of the question.'
	);
	await expect(page.locator('select[name="category"]')).not.toHaveValue('');

	await beforeHydration(page, '/en/contact', async () => {
		await page.locator('input[name="subject"]').fill('Typed while loading');
		await page.locator('textarea[name="message"]').fill('Newer than any draft.');
	});
	await expect(page.locator('input[name="subject"]')).toHaveValue('Typed while loading');
	await expect(page.locator('textarea[name="message"]')).toHaveValue('Newer than any draft.');
	await page.getByRole('button', { name: en.contact.send }).click();
	await expect(page).toHaveURL(/\/en\/support\/SV-\d+\?created=1$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Typed while loading');
	await expect(page.locator('.message-body').first()).toHaveText('Newer than any draft.');
});

test('reply box: typed before hydration is kept and sent, then the box empties', async ({
	page,
	context,
	request
}) => {
	await customerIn(context, { locale: 'ar', request });
	const ref = await newTicket(request, {
		subject: 'الدفع',
		message: 'لا يعمل الدفع.',
		locale: 'ar'
	});
	await beforeHydration(page, `/ar/support/${ref}`, async () => {
		await page.locator('textarea[name="message"]').fill('كتبت هذا قبل أن تكتمل الصفحة.');
	});
	const box = page.getByLabel(ar.support.replyLabel);
	await expect(box).toHaveValue('كتبت هذا قبل أن تكتمل الصفحة.');
	await page.getByRole('button', { name: ar.support.replyButton }).click();
	await expect(page.locator('.message-body')).toHaveText([
		'لا يعمل الدفع.',
		'كتبت هذا قبل أن تكتمل الصفحة.'
	]);
	await expect(box).toHaveValue('');
});
