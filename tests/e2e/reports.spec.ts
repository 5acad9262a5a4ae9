// Survey answers become the dashboard's figures, exactly; survey links that are not this reader's to use are
// refused with a page that says why. Only this file answers surveys in Swedish, so its figures are its own.
import type { APIRequestContext } from '@playwright/test';
import { allowConsoleErrors, expect, test } from './support/test.ts';
import de from '../../locales/de/index.ts';
import nl from '../../locales/nl/index.ts';
import sv from '../../locales/sv/index.ts';
import { admin, customer, signedIn } from './support/accounts.ts';
import { api } from './support/api.ts';
import { run } from './support/db.ts';
import { surveyed } from './support/tickets.ts';

/** A ticket by a new customer, answered and solved by the admin; the survey link from the mail. */
const solvedTicket = (locale: string) =>
	surveyed(locale, {
		name: 'Sven',
		subject: 'Fel vara',
		message: 'Jag fick fel vara.',
		articleId: 'wrong-item'
	});

async function readSummary(request: APIRequestContext, query: string) {
	const response = await request.get(`/api/v1/reports/summary?${query}`);
	expect(response.status()).toBe(200);
	return response.json();
}

test('solved → survey mail in Swedish → a score clicked and the rest sent → exact figures on the dashboard', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const t = await solvedTicket('sv');
	expect(t.mail).toContain(sv.survey.csat);
	expect(t.mail).toContain(t.ref);
	// the reader's mail program opens the one-click link: no login in this browser
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${t.path}?csat=5`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	await expect(page.getByRole('radio', { name: '5' }).first()).toBeChecked();
	await page.getByRole('group', { name: sv.survey.ces }).getByRole('radio', { name: '7' }).check();
	await page.getByRole('group', { name: sv.survey.nps }).getByRole('radio', { name: '10' }).check();
	await page
		.getByRole('group', { name: sv.survey.valueProduct })
		.getByRole('radio', { name: '6' })
		.check();
	await page.getByLabel(sv.survey.comment).fill('Snabbt och vänligt');
	await page.getByRole('button', { name: sv.survey.save }).click();
	await expect(page.getByRole('status')).toContainText(sv.survey.thanks);

	const staff = await admin();
	const summary = await readSummary(staff.api, 'locale=sv');
	expect(summary).toMatchObject({
		responses: 1,
		nps: 100,
		csatShare: 1,
		csatMean: 5,
		cesMean: 7,
		valueProductMean: 6,
		valueConfidenceMean: null
	});
	expect(summary.figures.nps).toMatchObject({ n: 1, value: 100 });
	expect(summary.firstResponseMedianMinutes).not.toBeNull();

	const agent = await signedIn(browser, staff.token);
	const dashboard = await agent.newPage();
	await dashboard.goto('/agent/reports?locale=sv');
	const nps = dashboard.locator('.stat', { hasText: 'Net Promoter Score' });
	await expect(nps.locator('.stat-value')).toHaveText('100');
	await expect(nps.locator('.stat-n')).toContainText('n = 1');
	const csv = await staff.api.get('/agent/reports/export/summary?locale=sv');
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect(await csv.text()).toMatch(/\r\nnps,1,100,/);
});

test('survey links that are forged, used, expired or another ticket’s are refused with a clear page', async ({
	browser
}) => {
	// each refusal page comes with its status (404, 410, 409), which the browser logs
	allowConsoleErrors(/status of 40\d/, /status of 410/);
	const t = await solvedTicket('nl');
	const other = await solvedTicket('nl');
	const token = t.path.split('/').pop()!;
	const anon = await api({ locale: 'nl' });
	// another ticket's reference with this link
	const wrong = await anon.post(`/api/v1/surveys/${token}`, {
		data: { csat: 4, ticket: other.ref }
	});
	expect(wrong.status()).toBe(409);
	expect((await wrong.json()).error.message).toBe(nl.survey.otherTicket);
	// the page's own form names its ticket too: a tampered one is refused with a page that says so
	const tampered = await anon.post(t.path, {
		form: { csat: '4', ticket: other.ref },
		headers: { accept: 'text/html' }
	});
	expect(tampered.status()).toBe(409);
	expect(await tampered.text()).toContain(nl.survey.otherTicket);
	const bad = await anon.post(`/api/v1/surveys/${token}`, { data: { csat: 9 } });
	expect(bad.status()).toBe(422);
	expect((await bad.json()).error.fields.csat).toBe(nl.errors.invalidScore);
	// first use
	expect((await anon.post(`/api/v1/surveys/${token}`, { data: { csat: 4 } })).status()).toBe(200);
	const context = await browser.newContext();
	const page = await context.newPage();
	// used: a second browser has no cookie
	const used = await page.goto(`${t.path}?csat=1`);
	expect(used!.status()).toBe(410);
	await expect(page.getByRole('alert')).toHaveText(nl.survey.used);
	// forged
	const forged = await page.goto(`/nl/survey/${token.split('.')[0]}.forgedforgedforgedforged`);
	expect(forged!.status()).toBe(404);
	await expect(page.getByRole('alert')).toHaveText(nl.survey.invalidLink);
	// expired: as if 31 days had passed
	run(
		'update surveys set expires_at = 1 where ticket_id = (select id from tickets where ref = ?)',
		other.ref
	);
	const expired = await page.goto(other.path);
	expect(expired!.status()).toBe(410);
	await expect(page.getByRole('alert')).toHaveText(nl.survey.expired);
	// the rightful owner still sees the state on their ticket, and the link's owner kept their answer
	const summary = await (await (await admin()).api.get(`/api/v1/tickets/${t.ref}`)).json();
	expect(summary.status).toBe('solved');
});

test('the customer can answer from their ticket page too', async ({ browser }) => {
	const t = await solvedTicket('de');
	const context = await signedIn(browser, t.customer.token);
	const page = await context.newPage();
	await page.goto(`/de/support/${t.ref}`);
	const card = page.getByRole('region', { name: de.survey.threadTitle });
	await card.getByRole('group', { name: de.survey.csat }).getByRole('radio', { name: '3' }).check();
	await card.getByRole('button', { name: de.survey.save }).click();
	await expect(card.getByRole('status')).toContainText(de.survey.thanks);
	const token = t.path.split('/').pop()!;
	const reuse = await (
		await api({ locale: 'de' })
	).post(`/api/v1/surveys/${token}`, {
		data: { csat: 5 }
	});
	expect(reuse.status()).toBe(410);
});

test('reports refuse bad filters and customers', async () => {
	const staff = (await admin()).api;
	for (const q of ['from=2026-13-01', 'from=2026-11-20&to=2026-11-01', 'locale=xx', 'team=nope']) {
		const response = await staff.get(`/api/v1/reports/summary?${q}`);
		expect(response.status(), q).toBe(422);
	}
	const c = (await customer()).api;
	expect((await c.get('/api/v1/reports/summary')).status()).toBe(403);
	expect((await c.get('/agent/reports/export/summary')).status()).toBe(404);
	const views = await c.post('/api/v1/views', {
		headers: { 'content-type': 'text/plain' },
		data: JSON.stringify({ locale: 'en', articleId: 'no-such-article' })
	});
	expect(views.status()).toBe(400);
});
