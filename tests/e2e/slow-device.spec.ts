// A cheap phone: the CPU six times slower and the page's scripts late. What a person types into a form before
// the page hydrates must still be there after it has, and be what the server receives.
import { beforeHydration } from './support/device.ts';
import { expect, test } from './support/test.ts';

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
