// Answering the survey ends on a thank-you page: after the mail's one click and after the whole form.
import { expect, test } from './support/test.ts';
import ar from '../../locales/ar/index.ts';
import nb from '../../locales/nb/index.ts';
import { surveyed } from './support/tickets.ts';

test('one click in the mail lands on a thank-you page that offers the rest; the rest ends on one too (Arabic)', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const t = await surveyed('ar', { subject: 'Order #1042', message: 'Hello' });
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${t.path}?csat=4`);
	await expect(page).toHaveURL(/\?saved=1$/);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.survey.savedTitle);
	await expect(page.getByRole('status')).toContainText(ar.survey.thanks);
	await expect(page.getByText(ar.survey.next)).toBeVisible();
	// the Latin subject and the ref sit in their own isolates inside the Arabic sentence
	await expect(page.locator('.lead bdi').nth(0)).toHaveText(t.ref);
	await expect(page.locator('.lead bdi').nth(1)).toHaveText('Order #1042');
	await expect(page.getByRole('link', { name: ar.survey.openTicket })).toHaveAttribute(
		'href',
		`/ar/support/${t.ref}`
	);
	await expect(page.getByRole('link', { name: ar.error.backHome })).toHaveAttribute('href', '/ar');
	// the rest is offered, optional, with the one-click answer filled in
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(ar.survey.moreTitle);
	await expect(
		page.getByRole('group', { name: ar.survey.csat }).getByRole('radio', { name: '4' })
	).toBeChecked();
	await page.getByRole('group', { name: ar.survey.nps }).getByRole('radio', { name: '9' }).check();
	await page.getByRole('button', { name: ar.survey.save }).click();

	await expect(page).toHaveURL(/\?done=1$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.survey.savedTitle);
	await expect(page.getByRole('status')).toContainText(ar.survey.thanks);
	await expect(page.getByRole('button', { name: ar.survey.save })).toHaveCount(0);
	// changing the answers brings the form back with what was saved
	await page.getByRole('link', { name: ar.survey.change }).click();
	await expect(
		page.getByRole('group', { name: ar.survey.nps }).getByRole('radio', { name: '9' })
	).toBeChecked();
});

test('the whole form, without the one click, ends on the thank-you page, and a reload sends nothing twice', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const t = await surveyed('nb', { subject: 'Feil vare', message: 'Hello' });
	// the mail promises what the page asks: four more questions and a comment
	expect(t.mail).toContain(
		nb.survey.mailMore.replace('{count}', '4').replace(/\{\{[^|]*\|([^}]*)\}\}/, '$1')
	);
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(t.path);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nb.survey.title);
	await expect(page.locator('form').getByRole('group')).toHaveCount(5);
	await expect(page.getByLabel(nb.survey.comment)).toBeVisible();
	await page.getByRole('group', { name: nb.survey.csat }).getByRole('radio', { name: '5' }).check();
	await page.getByLabel(nb.survey.comment).fill('Rask hjelp');
	await page.getByRole('button', { name: nb.survey.save }).click();
	await expect(page).toHaveURL(/\?done=1$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nb.survey.savedTitle);
	await expect(page.getByRole('status')).toContainText(nb.survey.thanks);
	await expect(page.getByText(nb.survey.next)).toBeVisible();
	await expect(page.getByRole('link', { name: nb.survey.openTicket })).toHaveAttribute(
		'href',
		`/nb/support/${t.ref}`
	);
	const reload = await page.reload();
	expect(reload!.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nb.survey.savedTitle);
});
