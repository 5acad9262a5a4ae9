// Answering the survey ends on a thank-you page: after the mail's one click and after the whole form. Opening a
// link stores nothing: mail scanners follow links, and only the reader's own Send is an answer.
import { type Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import ar from '../../locales/ar/index.ts';
import fr from '../../locales/fr/index.ts';
import nb from '../../locales/nb/index.ts';
import { api } from './support/api.ts';
import { query } from './support/db.ts';
import { surveyed } from './support/tickets.ts';

const stored = (ref: string) =>
	query<{ csat: number | null; used: number }>(
		`select csat, used_at is not null as used from surveys
		 where ticket_id = (select id from tickets where ref = ?)`,
		ref
	);

/** The thank-you page a sent survey ends on: what comes next, and the way back to the ticket. */
async function expectThankYou(page: Page, locale: 'ar' | 'fr' | 'nb', ref: string) {
	const LL = { ar, fr, nb }[locale];
	await expect(page).toHaveURL(/\?done=1$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(LL.survey.savedTitle);
	await expect(page.getByRole('status')).toContainText(LL.survey.thanks);
	await expect(page.getByText(LL.survey.next)).toBeVisible();
	await expect(page.getByRole('link', { name: LL.survey.openTicket })).toHaveAttribute(
		'href',
		`/${locale}/support/${ref}`
	);
}

test('a score clicked in the mail is chosen on the page with the rest offered; Send ends on a thank-you (Arabic)', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const t = await surveyed('ar', { subject: 'Order #1042', message: 'Hello' });
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${t.path}?csat=4`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.survey.title);
	// the Latin subject and the ref sit in their own isolates inside the Arabic sentence
	await expect(page.locator('.lead bdi').nth(0)).toHaveText(t.ref);
	await expect(page.locator('.lead bdi').nth(1)).toHaveText('Order #1042');
	// chosen, not sent; the rest is offered, optional
	await expect(page.locator('.notice')).toContainText(
		ar.survey.quickNotSaved.replace('{button}', ar.survey.save)
	);
	await expect(page.locator('.notice')).toContainText(ar.survey.moreTitle);
	await expect(
		page.getByRole('group', { name: ar.survey.csat }).getByRole('radio', { name: '4' })
	).toBeChecked();
	await page.getByRole('group', { name: ar.survey.nps }).getByRole('radio', { name: '9' }).check();
	await page.getByRole('button', { name: ar.survey.save }).click();

	await expectThankYou(page, 'ar', t.ref);
	await expect(page.getByRole('link', { name: ar.error.backHome })).toHaveAttribute('href', '/ar');
	await expect(page.getByRole('button', { name: ar.survey.save })).toHaveCount(0);
	// changing the answers brings the form back with what was saved
	await page.getByRole('link', { name: ar.survey.change }).click();
	await expect(
		page.getByRole('group', { name: ar.survey.csat }).getByRole('radio', { name: '4' })
	).toBeChecked();
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
	await expectThankYou(page, 'nb', t.ref);
	const reload = await page.reload();
	expect(reload!.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nb.survey.savedTitle);
});

test('a mail scanner following a one-click link stores nothing and uses nothing up; the reader’s Send does (French, no JavaScript)', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const t = await surveyed('fr', { subject: 'Colis abîmé', message: 'Bonjour' });
	const notSent = fr.survey.quickNotSaved.replace('{button}', fr.survey.save);
	// the scanner fetches every score's link, without cookies, as often as it likes
	const scanner = await api({ locale: 'fr' });
	for (const n of [1, 5, 1]) {
		const response = await scanner.get(`${t.path}?csat=${n}`, { maxRedirects: 0 });
		expect(response.status()).toBe(200);
		expect(await response.text()).toContain(notSent);
	}
	expect(stored(t.ref)).toEqual([{ csat: null, used: 0 }]);

	// the customer's click, in a mail program that runs no scripts: the score is chosen, not yet sent
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const opened = await page.goto(`${t.path}?csat=4`);
	expect(opened!.status()).toBe(200);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByText(notSent)).toBeVisible();
	const csat = page.getByRole('group', { name: fr.survey.csat });
	await expect(csat.getByRole('radio', { name: '4' })).toBeChecked();
	await expect(csat.getByRole('radio', { checked: true })).toHaveCount(1);
	expect(stored(t.ref)).toEqual([{ csat: null, used: 0 }]);
	await page.getByRole('button', { name: fr.survey.save }).click();
	await expectThankYou(page, 'fr', t.ref);
	expect(stored(t.ref)).toEqual([{ csat: 4, used: 1 }]);

	// now the link is used: a scanner (no edit cookie) gets the page that says so, and changes nothing
	expect((await scanner.get(`${t.path}?csat=1`, { maxRedirects: 0 })).status()).toBe(410);
	expect(stored(t.ref)).toEqual([{ csat: 4, used: 1 }]);
});
