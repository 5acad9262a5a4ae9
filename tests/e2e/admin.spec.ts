// An administrator as a person: on a slow laptop, in two tabs, with the Back button.
import { beforeHydration, hydrated } from './support/device.ts';
import { admin, signedIn } from './support/accounts.ts';
import { expect, test } from './support/test.ts';

test('an admin names a team before the page is ready, sees it from a second tab, and Back keeps report filters', async ({
	browser
}) => {
	const context = await signedIn(browser, (await admin()).token);
	const page = await context.newPage();
	const name = `Nordic desk ${Date.now()}`;
	const newTeam = page.locator('section', { has: page.getByRole('heading', { name: 'New team' }) });
	await beforeHydration(page, '/agent/teams', async () => {
		await newTeam.getByLabel('Team name').fill(name);
		await newTeam.getByLabel('Norwegian').check();
	});
	await expect(newTeam.getByLabel('Team name')).toHaveValue(name);
	await expect(newTeam.getByLabel('Norwegian')).toBeChecked();
	await newTeam.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
	// the new-team form is empty again for the next one
	await expect(newTeam.getByLabel('Team name')).toHaveValue('');

	// a second tab sees the team, and the reports can be narrowed to it
	const second = await context.newPage();
	await second.goto('/agent/reports');
	await hydrated(second);
	const filters = second.locator('form.agent-filters');
	await filters.locator('select[name="team"]').selectOption({ label: name });
	await filters.locator('select[name="locale"]').selectOption('nb');
	await filters.locator('button[type="submit"]').click();
	await expect(second).toHaveURL(/locale=nb/);
	await expect(filters.locator('select[name="locale"]')).toHaveValue('nb');
	await second.goBack();
	await expect(second).not.toHaveURL(/locale=nb/);
	await expect(filters.locator('select[name="locale"]')).toHaveValue('');
	await second.goForward();
	await expect(filters.locator('select[name="locale"]')).toHaveValue('nb');
});
