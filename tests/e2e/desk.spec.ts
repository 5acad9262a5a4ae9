// The agent's ticket page as agents use it all day: the customer's visit trail, the reply box (drafts, caret,
// shortcuts, notes) and what happens when somebody else answered first. Each test makes its own ticket.
import type { Browser, Page } from '@playwright/test';
import { admin, customer, signedIn } from './support/accounts.ts';
import { content } from './support/content.ts';
import { run } from './support/db.ts';
import { beforeHydration, hydrated } from './support/device.ts';
import { mailTo } from './support/mail.ts';
import { BASE_URL } from './support/server.ts';
import { newTicket, type TicketInput } from './support/tickets.ts';
import { allowConsoleErrors, expect, test } from './support/test.ts';

/** A browser context signed in as the administrator (an agent). */
const agentContext = async (browser: Browser) => signedIn(browser, (await admin()).token);

/** A new customer's new ticket, open (hydrated) on the agent's page in a context of its own. */
async function onDesk(browser: Browser, name: string, ticket: TicketInput) {
	const who = await customer({ name, locale: ticket.locale });
	const ref = await newTicket(who.api, ticket);
	const desk = await agentContext(browser);
	const page = await desk.newPage();
	await page.goto(`/agent/tickets/${ref}`);
	await hydrated(page);
	return { who, ref, page };
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
	browser
}) => {
	test.setTimeout(60_000);
	const who = await customer({ name: 'Trail Tess' });
	const shopper = await signedIn(browser, who.token);
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

	const desk = await agentContext(browser);
	const agent = await desk.newPage();
	// other tests share this server: the agent looks the ticket up, as its first page may not reach it
	await agent.goto(`/agent?q=${ref}`);
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
});

test('a ticket stored before the trail was cleaned up (the same article listed per view) still opens', async ({
	browser
}) => {
	const { api } = await customer({ name: 'Old Olga' });
	const ref = await newTicket(api, { subject: 'Old trail', message: 'Hello' });
	const old = {
		searches: [{ query: 'refund', results: 2, opened: null, at: Date.now() - 60_000 }],
		read: [
			{ id: 'return-item', locale: 'en' },
			{ id: 'return-item', locale: 'en' }
		]
	};
	run('update tickets set context = ? where ref = ?', JSON.stringify(old), ref);
	const desk = await agentContext(browser);
	const page = await desk.newPage();
	await page.goto(`/agent?q=${ref}`);
	await hydrated(page);
	await page.locator(`a[href="/agent/tickets/${ref}"]`).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Old trail');
	const trail = page.getByRole('region', { name: 'Before writing' });
	await expect(trail).toContainText('“refund”');
	const title = content.article('return-item', 'en')!.meta.title;
	await expect(trail.locator('li', { hasText: title })).toHaveCount(1);
	await expect(trail.locator('li', { hasText: title })).toContainText('2 times');
});

test('the trail a ticket is sent with (the visit’s searches, the articles read) is what the agent sees', async ({
	browser
}) => {
	const { api } = await customer({ name: 'Trail Trude' });
	const ref = await newTicket(api, {
		subject: 'Trail by API',
		trail: {
			searches: [{ query: 'refund window', results: 2, opened: 'return-item' }],
			read: [
				{ id: 'return-item', locale: 'en' },
				{ id: 'return-item', locale: 'en' }
			]
		}
	});
	const desk = await agentContext(browser);
	const page = await desk.newPage();
	await page.goto(`/agent/tickets/${ref}`);
	const trail = page.getByRole('region', { name: 'Before writing' });
	await expect(trail).toContainText('“refund window”');
	const title = content.article('return-item', 'en')!.meta.title;
	await expect(trail.locator('li', { hasText: `Read “${title}”` })).toContainText('2 times');
});

test('typed before the page hydrated: the reply box and the canned-answer form keep it', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const { api } = await customer({ name: 'Early Ed' });
	const ref = await newTicket(api, { subject: 'Early typing', message: 'Hi' });
	const desk = await agentContext(browser);
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
});

test('the draft survives a reload, Ctrl+Enter sends it, and a sent reply leaves no draft behind', async ({
	browser
}) => {
	const { page } = await onDesk(browser, 'Draft Dora', {
		subject: 'Drafts',
		message: 'Hello?'
	});
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
});

test('a second tab that answered first: this tab gets the conflict view and keeps what was typed', async ({
	browser
}) => {
	allowConsoleErrors(/status of 409/);
	const { api } = await customer({ name: 'Twice Tom' });
	const ref = await newTicket(api, { subject: 'Two tabs', message: 'Anyone?' });
	const desk = await agentContext(browser);
	const first = await desk.newPage();
	// the first tab without live updates (a proxy that holds the stream back): it learns at the version check
	await first.route('**/api/v1/events*', (route) =>
		route.fulfill({ status: 200, contentType: 'text/event-stream', body: 'retry: 600000\n\n' })
	);
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
});

test('an article link goes in at the caret as words of its own, and is a link for the customer and in the mail', async ({
	browser
}) => {
	const { who, ref, page } = await onDesk(browser, 'Вера', {
		subject: 'Где посылка',
		message: 'Где?',
		locale: 'ru'
	});
	await replyBox(page).fill('Прочтите:Заказ придёт');
	await replyBox(page).press('End');
	for (let i = 0; i < 'Заказ придёт'.length; i++) await replyBox(page).press('ArrowLeft');
	await page
		.getByRole('combobox', { name: 'Insert link' })
		.selectOption({ label: content.article('late-delivery', 'ru')!.meta.title });
	const url = `${BASE_URL}${content.articlePath('late-delivery', 'ru')}`;
	const title = content.article('late-delivery', 'ru')!.meta.title;
	await expect(replyBox(page)).toHaveValue(`Прочтите: ${title}: ${url} Заказ придёт`);
	// typing goes on after the link
	await page.keyboard.type('Ваш ');
	await expect(replyBox(page)).toHaveValue(`Прочтите: ${title}: ${url} Ваш Заказ придёт`);
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(
		page.locator('.thread > li').last().getByRole('link', { name: url })
	).toHaveAttribute('href', url);

	const mine = await signedIn(browser, who.token);
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
});

test('an internal note is marked as one before and after it is added, and the customer never sees it', async ({
	browser
}) => {
	const { who, ref, page } = await onDesk(browser, 'Noted Nora', {
		subject: 'Notes',
		message: 'Hello'
	});
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
	const seen = await (await who.api.get(`/api/v1/tickets/${ref}`)).json();
	expect(JSON.stringify(seen)).not.toContain('old plan');
});
