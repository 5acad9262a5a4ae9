import { type Page } from '@playwright/test';
import { allowConsoleErrors, expect, test } from './support/test.ts';
import nb from '../../locales/nb/index.ts';
import ru from '../../locales/ru/index.ts';
import { PASSWORD, sendSignUp, signUpInPage } from './support/accounts.ts';
import { linkIn, mailTo, uniqueEmail } from './support/mail.ts';

test('sign up, confirm by the emailed link, and come back to where you were going', async ({
	page
}) => {
	const email = uniqueEmail('kari');
	await signUpInPage(page, email, { locale: 'nb', next: '/nb/contact?article=open-ticket' });
	await expect(page.locator('.form-success')).toContainText(email);
	const mail = await mailTo(email, /verify/);
	expect(mail).toContain('Kari Nordmann');
	await page.goto(linkIn(mail, 'verify'));
	await expect(page).toHaveURL('/nb/contact?article=open-ticket');
	await page.goto('/nb/account');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nb.auth.accountTitle);
	await expect(page.getByText(email)).toBeVisible();
	await expect(page.getByText(nb.auth.notVerified)).toHaveCount(0);
});

test('field errors come in the reader’s language and nothing is stored', async ({
	page,
	request
}) => {
	await sendSignUp(page, 'nb', { email: 'ikke-en-adresse', password: 'password1' });
	await expect(page.locator('.field-error')).toHaveText([
		nb.errors.required,
		nb.errors.invalidEmail,
		nb.errors.commonPassword
	]);
	await expect(page.locator('input[name="email"]')).toHaveValue('ikke-en-adresse');
	await expect(page.locator('input[name="password"]')).toHaveValue('');
	const login = await request.post('/api/v1/auth/login', {
		data: { email: 'ikke-en-adresse', password: 'password1' }
	});
	expect(login.status()).toBe(422);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('log in, log out, and forgot password work as plain forms', async ({ page }) => {
		// a wrong password is answered 400, which the browser logs
		allowConsoleErrors(/status of 400/);
		const email = uniqueEmail('nojs');
		await signUpInPage(page, email, { locale: 'sv' });
		await page.goto('/sv/login?next=%2Fsv%2Faccount');
		await page.locator('input[name="email"]').fill(email);
		await page.locator('input[name="password"]').fill('wrong password here');
		await page.locator('form.auth-form button[type="submit"]').click();
		await expect(page.getByRole('alert')).toHaveText('Fel e-postadress eller lösenord.');
		await page.locator('input[name="password"]').fill(PASSWORD);
		await page.locator('form.auth-form button[type="submit"]').click();
		await expect(page).toHaveURL('/sv/account');
		await page.locator('form[action="/sv/logout"] button').click();
		await expect(page).toHaveURL('/sv/login?loggedOut');
		await page.goto('/sv/account');
		await expect(page).toHaveURL('/sv/login?next=%2Fsv%2Faccount');

		await page.goto('/sv/forgot');
		await page.locator('input[name="email"]').fill(email);
		await page.locator('form.auth-form button[type="submit"]').click();
		await expect(page.getByRole('status')).toContainText(email);
		await page.goto(linkIn(await mailTo(email, /reset/), 'reset'));
		await page.locator('input[name="password"]').fill('a whole new passphrase');
		await page.locator('form.auth-form button[type="submit"]').click();
		await expect(page).toHaveURL('/sv/account?reset=1');
	});
});

test('the account page changes the password, which ends other sessions', async ({
	browser,
	baseURL
}) => {
	const email = uniqueEmail('pw');
	const first = await browser.newPage({ baseURL });
	await signUpInPage(first, email);
	const login = async (page: Page) => {
		await page.goto('/en/login');
		await page.locator('input[name="email"]').fill(email);
		await page.locator('input[name="password"]').fill(PASSWORD);
		await page.locator('form.auth-form button[type="submit"]').click();
		await expect(page).toHaveURL('/en/account');
	};
	await login(first);
	const second = await browser.newPage({ baseURL });
	await login(second);
	await first.locator('input[name="currentPassword"]').fill(PASSWORD);
	await first.locator('input[name="newPassword"]').fill('changed passphrase 2026');
	await first.getByRole('button', { name: 'Change password' }).click();
	await expect(
		first.getByText('Password changed. All your other sessions were logged out.')
	).toBeVisible();
	await second.reload();
	await expect(second).toHaveURL(/\/en\/login\?next=/);
	await first.reload();
	await expect(first).toHaveURL('/en/account');
});

test('a used or expired reset link says so, in the reader’s language', async ({ page }) => {
	await page.goto('/ru/reset/not-a-real-token');
	await expect(page.getByRole('alert')).toHaveText(ru.auth.resetInvalid);
	await page.goto('/de/verify/not-a-real-token');
	await expect(page.getByRole('alert')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});
