// The agent's ticket page as agents use it all day: the customer's visit trail, the reply box (drafts, caret,
// shortcuts, notes) and what happens when somebody else answered first. Each test makes its own ticket.
import {
	type APIRequestContext,
	type Page,
	type PlaywrightWorkerArgs,
	type BrowserContext
} from '@playwright/test';
import path from 'node:path';
import Database from 'better-sqlite3';
import { content } from './content.ts';
import { mailTo } from './mail.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, asBrowser, customer, login, ticketForm } from './staff.ts';
import { beforeHydration, hydrated } from './support/device.ts';
import { allowConsoleErrors, expect, test } from './support/test.ts';

type Playwright = PlaywrightWorkerArgs['playwright'];

async function api(playwright: Playwright, baseURL: string, locale = 'en') {
	return playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL, 'accept-language': locale }
	});
}

async function newTicket(request: APIRequestContext, fields: Record<string, string>) {
	const response = await request.post('/api/v1/tickets', { multipart: ticketForm(fields) });
	expect(response.status()).toBe(201);
	return (await response.json()) as { ref: string };
}

/** A browser context logged in as the administrator (an agent). */
async function agentContext(
	playwright: Playwright,
	browser: import('@playwright/test').Browser,
	baseURL: string
): Promise<BrowserContext> {
	const token = await login(await api(playwright, baseURL), ADMIN_EMAIL, ADMIN_PASSWORD);
	const context = await browser.newContext({ baseURL });
	await asBrowser(context, baseURL, token);
	return context;
}

const replyBox = (page: Page) => page.locator('#reply-message');

/** Search from the home page's box and open the result that links to `path`. */
async function searchAndOpen(page: Page, query: string, path: string) {
	const box = page.locator('input[data-search-input]').first();
	await box.focus();
	await box.fill(query);
	const option = page.getByRole('option').filter({ has: page.locator(`a[href="${path}"]`) });
	await option.first().locator('a').click();
	await expect(page).toHaveURL(path);
	await expect(page.locator('article[data-article-id]')).toBeVisible();
}

test('the agent sees the whole trail of a customer who searched twice and read one article twice', async ({
	playwright,
	browser,
	baseURL
}) => {
	test.setTimeout(60_000);
	const c = await api(playwright, baseURL!);
	const who = await customer(c, 'en', 'Trail Tess');
	const shopper = await browser.newContext({ baseURL });
	await asBrowser(shopper, baseURL!, who.token);
	const page = await shopper.newPage();
	const path = content.articlePath('late-delivery', 'en');
	const title = content.article('late-delivery', 'en')!.meta.title;

	await page.goto('/en');
	await searchAndOpen(page, 'parcel late', path);
	await page.goBack();
	await expect(page).toHaveURL(/\/en\/?$/);
	await searchAndOpen(page, 'where is my delivery', path);
	// a third search sent with Enter lands on the search page, and joins the trail too
	const box = page.locator('input[data-search-input]').first();
	await box.fill('tracking number');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/en\/search\?q=tracking/);
	await expect(page).not.toHaveURL(/visit=/);

	await page.goto('/en/contact');
	await hydrated(page);
	const subject = `Still no parcel ${Date.now()}`;
	await page.getByLabel('Subject').fill(subject);
	await page.getByLabel('Your question').fill('My parcel is late and the tracking has not moved.');
	// the form offers articles while they write; they open one, it does not help, they send anyway
	const offered = page.getByRole('region', { name: 'These articles may answer your question' });
	const first = offered.getByRole('link').first();
	const offeredTitle = (await first.textContent())!.trim();
	const [tab] = await Promise.all([shopper.waitForEvent('page'), first.click()]);
	await tab.close();
	await page.getByRole('button', { name: 'Send to support' }).click();
	await expect(page).toHaveURL(/\/en\/support\/SV-\d+/);
	const ref = /SV-\d+/.exec(page.url())![0];
	await shopper.close();

	const desk = await agentContext(playwright, browser, baseURL!);
	const agent = await desk.newPage();
	await agent.goto('/agent');
	await hydrated(agent);
	await agent.locator(`a[href="/agent/tickets/${ref}"]`).first().click();
	await expect(agent).toHaveURL(`/agent/tickets/${ref}`);
	await expect(agent.getByRole('heading', { level: 1 })).toContainText(subject);
	const trail = agent.getByRole('region', { name: 'Before writing' });
	await expect(trail).toContainText('“parcel late”');
	await expect(trail).toContainText('“where is my delivery”');
	await expect(trail).toContainText('“tracking number”');
	const reads = trail.locator('li', { hasText: `Read “${title}”` });
	await expect(reads).toHaveCount(1);
	await expect(reads).toContainText('2 times');
	await expect(trail.locator('li').last()).toContainText('Wrote this ticket');
	await expect(
		trail.locator('li', { hasText: `Offered “${offeredTitle}” while writing, opened it` })
	).toHaveCount(1);
	await desk.close();
});

test('a ticket stored before the trail was cleaned up (the same article listed per view) still opens', async ({
	playwright,
	browser,
	baseURL
}) => {
	const c = await api(playwright, baseURL!);
	await customer(c, 'en', 'Old Olga');
	const { ref } = await newTicket(c, { subject: 'Old trail', message: 'Hello', locale: 'en' });
	const db = new Database(path.join(process.env.E2E_DATA_DIR!, 'svar.db'));
	const old = {
		searches: [{ query: 'refund', results: 2, opened: null, at: Date.now() - 60_000 }],
		read: [
			{ id: 'return-item', locale: 'en' },
			{ id: 'return-item', locale: 'en' }
		]
	};
	db.prepare('update tickets set context = ? where ref = ?').run(JSON.stringify(old), ref);
	db.close();
	const desk = await agentContext(playwright, browser, baseURL!);
	const page = await desk.newPage();
	await page.goto('/agent');
	await hydrated(page);
	await page.locator(`a[href="/agent/tickets/${ref}"]`).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Old trail');
	const trail = page.getByRole('region', { name: 'Before writing' });
	await expect(trail).toContainText('“refund”');
	const title = content.article('return-item', 'en')!.meta.title;
	await expect(trail.locator('li', { hasText: title })).toHaveCount(1);
	await expect(trail.locator('li', { hasText: title })).toContainText('2 times');
	await desk.close();
});

test('typed before the page hydrated: the reply box and the canned-answer form keep it', async ({
	playwright,
	browser,
	baseURL
}) => {
	test.setTimeout(90_000);
	const c = await api(playwright, baseURL!);
	await customer(c, 'en', 'Early Ed');
	const { ref } = await newTicket(c, { subject: 'Early typing', message: 'Hi', locale: 'en' });
	const desk = await agentContext(playwright, browser, baseURL!);
	const page = await desk.newPage();
	await beforeHydration(page, `/agent/tickets/${ref}`, async () => {
		await replyBox(page).fill('Typed while the page was still loading');
	});
	await expect(replyBox(page)).toHaveValue('Typed while the page was still loading');
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.locator('.thread > li').last()).toContainText(
		'Typed while the page was still loading'
	);

	const canned = await desk.newPage();
	const title = `Early answer ${Date.now()}`;
	const form = canned.locator('section', {
		has: canned.getByRole('heading', { name: 'New canned answer' })
	});
	await beforeHydration(canned, '/agent/canned?locale=en', async () => {
		await form.getByLabel('Title').fill(title);
		await form.getByLabel('Text').fill('Typed early, {{customer.name}}.');
	});
	await expect(form.getByLabel('Title')).toHaveValue(title);
	await expect(form.getByLabel('Text')).toHaveValue('Typed early, {{customer.name}}.');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(canned.getByRole('heading', { name: title })).toBeVisible();
	await desk.close();
});

test('the draft survives a reload, Ctrl+Enter sends it, and a sent reply leaves no draft behind', async ({
	playwright,
	browser,
	baseURL
}) => {
	const c = await api(playwright, baseURL!);
	await customer(c, 'en', 'Draft Dora');
	const { ref } = await newTicket(c, { subject: 'Drafts', message: 'Hello?', locale: 'en' });
	const desk = await agentContext(playwright, browser, baseURL!);
	const page = await desk.newPage();
	await page.goto(`/agent/tickets/${ref}`);
	await hydrated(page);
	await replyBox(page).fill('Half a thought');
	await page.reload();
	await hydrated(page);
	await expect(replyBox(page)).toHaveValue('Half a thought');
	await replyBox(page).press('End');
	await replyBox(page).pressSequentially(', finished.');
	await replyBox(page).press('Control+Enter');
	await expect(page.locator('.thread > li').last()).toContainText('Half a thought, finished.');
	await expect(replyBox(page)).toHaveValue('');
	await expect(page.locator('.status').first()).toContainText('Pending');
	await page.reload();
	await hydrated(page);
	await expect(replyBox(page)).toHaveValue('');
	await desk.close();
});

test('a second tab that answered first: this tab gets the conflict view and keeps what was typed', async ({
	playwright,
	browser,
	baseURL
}) => {
	allowConsoleErrors(/status of 409/);
	const c = await api(playwright, baseURL!);
	await customer(c, 'en', 'Twice Tom');
	const { ref } = await newTicket(c, { subject: 'Two tabs', message: 'Anyone?', locale: 'en' });
	const desk = await agentContext(playwright, browser, baseURL!);
	const first = await desk.newPage();
	const second = await desk.newPage();
	for (const p of [first, second]) {
		await p.goto(`/agent/tickets/${ref}`);
		await hydrated(p);
	}
	await replyBox(first).fill('The answer from the first tab');
	// the same agent, same ticket: the second tab's box starts with the shared draft; it writes its own
	await replyBox(second).fill('The answer from the second tab');
	await second.getByRole('button', { name: 'Send reply' }).click();
	await expect(second.locator('.thread > li').last()).toContainText('from the second tab');

	await first.getByRole('button', { name: 'Send reply' }).click();
	const conflict = first.getByRole('alert').filter({ hasText: 'The ticket changed' });
	await expect(conflict).toBeVisible();
	await expect(conflict).toContainText('replied');
	await expect(replyBox(first)).toHaveValue('The answer from the first tab');
	// the thread now shows what the other tab sent; sending again goes through
	await expect(first.locator('.thread')).toContainText('from the second tab');
	await first.getByRole('button', { name: 'Send reply' }).click();
	await expect(first.locator('.thread > li').last()).toContainText('from the first tab');
	await expect(replyBox(first)).toHaveValue('');
	await desk.close();
});

test('an article link goes in at the caret as words of its own, and is a link for the customer and in the mail', async ({
	playwright,
	browser,
	baseURL
}) => {
	const c = await api(playwright, baseURL!, 'ru');
	const who = await customer(c, 'ru', 'Вера');
	const { ref } = await newTicket(c, { subject: 'Где посылка', message: 'Где?', locale: 'ru' });
	const desk = await agentContext(playwright, browser, baseURL!);
	const page = await desk.newPage();
	await page.goto(`/agent/tickets/${ref}`);
	await hydrated(page);
	await replyBox(page).fill('Прочтите:Заказ придёт');
	await replyBox(page).press('End');
	for (let i = 0; i < 'Заказ придёт'.length; i++) await replyBox(page).press('ArrowLeft');
	await page
		.getByRole('combobox', { name: 'Insert link' })
		.selectOption({ label: content.article('late-delivery', 'ru')!.meta.title });
	const url = `${baseURL}${content.articlePath('late-delivery', 'ru')}`;
	const title = content.article('late-delivery', 'ru')!.meta.title;
	await expect(replyBox(page)).toHaveValue(`Прочтите: ${title}: ${url} Заказ придёт`);
	// typing goes on after the link
	await page.keyboard.type('Ваш ');
	await expect(replyBox(page)).toHaveValue(`Прочтите: ${title}: ${url} Ваш Заказ придёт`);
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(
		page.locator('.thread > li').last().getByRole('link', { name: url })
	).toHaveAttribute('href', url);

	const mine = await browser.newContext({ baseURL });
	await asBrowser(mine, baseURL!, who.token);
	const own = await mine.newPage();
	await own.goto(`/ru/support/${ref}`);
	await expect(own.locator('.thread').getByRole('link', { name: url })).toHaveAttribute(
		'href',
		url
	);
	const mail = await mailTo(who.email, /Заказ придёт/);
	// a link of its own (isolated, so it reads left to right in any language), the words after it kept apart
	const escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	expect(mail).toMatch(
		new RegExp(`<a href="${escaped}"[^>]*>${escaped}</a>(</bdi>)? Ваш Заказ придёт`)
	);
	await mine.close();
	await desk.close();
});

test('an internal note is marked as one before and after it is added, and the customer never sees it', async ({
	playwright,
	browser,
	baseURL
}) => {
	const c = await api(playwright, baseURL!);
	await customer(c, 'en', 'Noted Nora');
	const { ref } = await newTicket(c, { subject: 'Notes', message: 'Hello', locale: 'en' });
	const desk = await agentContext(playwright, browser, baseURL!);
	const page = await desk.newPage();
	await page.goto(`/agent/tickets/${ref}`);
	await hydrated(page);
	const boxColour = () =>
		page.locator('.composer-box').evaluate((el) => getComputedStyle(el).backgroundColor);
	const asReply = await boxColour();
	await expect(page.getByRole('button', { name: 'Send reply' })).toBeVisible();
	await page.getByRole('radio', { name: 'Internal note' }).check();
	await expect(page.getByRole('button', { name: 'Add note' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Send reply' })).toHaveCount(0);
	await expect(page.locator('.composer-box')).toContainText('only agents see it');
	expect(await boxColour()).not.toBe(asReply);
	await replyBox(page).fill('Customer is on the old plan');
	await page.keyboard.press('Control+Enter');
	const note = page.locator('.thread > li').last();
	await expect(note).toContainText('Customer is on the old plan');
	await expect(note).toContainText('Internal note');
	// a note leaves the status alone
	await expect(page.locator('.status').first()).toContainText('New');
	const seen = await (await c.get(`/api/v1/tickets/${ref}`)).json();
	expect(JSON.stringify(seen)).not.toContain('old plan');
	await desk.close();
});
