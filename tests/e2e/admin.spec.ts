// An administrator as a person: on a slow laptop, in two tabs, with the Back button; and mail that never went.
import { randomUUID } from 'node:crypto';
import en from '../../locales/en/index.ts';
import { beforeHydration, hydrated } from './support/device.ts';
import { admin, signedIn } from './support/accounts.ts';
import { run } from './support/db.ts';
import { mailTo } from './support/mail.ts';
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

test('mail the outbox gave up on is listed for admins with why, and "Try again" sends it', async ({
	browser
}) => {
	// staged as the outbox leaves a message after its last failed attempt (a real SMTP outage takes 20 hours)
	const id = randomUUID();
	const to = `gave-up-${Date.now()}@example.com`;
	const failedAt = Date.now() - 60_000;
	run(
		`insert into outbox (id, to_address, subject, text_body, html_body, created_at, attempts,
		   next_attempt_at, locked_until, sent_at, last_error, failed_at)
		 values (?, ?, 'Your request [LUM-0000]', 'Hello again', '<p>Hello again</p>', ?, 30, ?, 0, null, ?, ?)`,
		id,
		to,
		failedAt - 20 * 60 * 60_000,
		failedAt,
		'550 5.1.1 mailbox unavailable',
		failedAt
	);
	const page = await (await signedIn(browser, (await admin()).token)).newPage();
	await page.goto('/agent');
	await page.getByRole('link', { name: en.agent.mailNav }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.agent.mailTitle);
	const row = page.getByRole('row').filter({ hasText: to });
	await expect(row).toContainText('Your request [LUM-0000]');
	await expect(row).toContainText('550 5.1.1 mailbox unavailable');
	await expect(row.getByRole('cell').nth(2)).toHaveText('30');
	await row.getByRole('button', { name: en.agent.mailRetry }).click();
	await expect(page.getByRole('status')).toHaveText(en.agent.mailRetried);
	await expect(row).toHaveCount(0);
	expect(await mailTo(to, /Hello again/)).toContain(`<${id}@svar>`);
});
