import { type APIRequestContext, type PlaywrightWorkerArgs } from '@playwright/test';
import { expect, test } from './support/test.ts';
import path from 'node:path';
import Database from 'better-sqlite3';
import { mailTo } from './mail.ts';
import {
	ADMIN_EMAIL,
	ADMIN_PASSWORD,
	asBrowser,
	customer,
	login,
	PASSWORD,
	ticketForm
} from './staff.ts';

type Playwright = PlaywrightWorkerArgs['playwright'];

async function api(playwright: Playwright, baseURL: string, locale = 'en') {
	return playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL, 'accept-language': locale }
	});
}

async function admin(playwright: Playwright, baseURL: string) {
	const request = await api(playwright, baseURL);
	const token = await login(request, ADMIN_EMAIL, ADMIN_PASSWORD);
	return { request, token };
}

async function newTicket(request: APIRequestContext, fields: Record<string, string>) {
	const response = await request.post('/api/v1/tickets', { multipart: ticketForm(fields) });
	expect(response.status()).toBe(201);
	return (await response.json()) as { ref: string };
}

test('a rarely-writing Russian customer comes first; a Russian canned answer with an article link reaches them in Russian', async ({
	playwright,
	browser,
	baseURL
}) => {
	test.setTimeout(90_000);
	const frequentApi = await api(playwright, baseURL!);
	await customer(frequentApi, 'en', 'Frequent Fred');
	const frequentRefs: string[] = [];
	for (let i = 0; i < 10; i++)
		frequentRefs.push(
			(
				await newTicket(frequentApi, {
					subject: `Question ${i}`,
					message: 'Another question from me.',
					locale: 'en'
				})
			).ref
		);
	const rareApi = await api(playwright, baseURL!, 'ru');
	const rare = await customer(rareApi, 'ru', 'Ольга');
	const { ref } = await newTicket(rareApi, {
		subject: 'Посылка не пришла',
		message: 'Где мой заказ? Прошла уже неделя.',
		locale: 'ru',
		articleId: 'late-delivery'
	});
	const staff = await admin(playwright, baseURL!);
	const canned = await staff.request.post('/api/v1/canned-answers', {
		data: {
			locale: 'ru',
			title: 'Посылка задерживается',
			body: 'Здравствуйте, {{customer.name}}! Посылка в пути. Подробнее: {{article:late-delivery}}'
		}
	});
	expect(canned.status()).toBe(201);

	const agentContext = await browser.newContext({ baseURL });
	await asBrowser(agentContext, baseURL!, staff.token);
	const page = await agentContext.newPage();
	await page.goto('/agent');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// other tests share this server: what matters is that she comes before every ticket of the frequent writer
	const order = await page
		.locator('table.queue tbody tr')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ref')));
	expect(order).toContain(ref);
	for (const other of frequentRefs) expect(order.indexOf(ref)).toBeLessThan(order.indexOf(other));
	const row = page.locator(`tr[data-ref="${ref}"]`);
	await expect(row.locator('.why')).toContainText('first ticket this month');
	await expect(row).toContainText('Russian');
	const frequentRow = page.locator(`tr[data-ref="${frequentRefs[0]}"]`);
	await expect(frequentRow.locator('.why')).toContainText('10 tickets in 30 days');

	await row.getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Посылка не пришла');
	// the Insert buttons work once the page has hydrated
	await page.waitForLoadState('networkidle');
	await expect(page.getByRole('region', { name: 'About the customer' })).toContainText('Ольга');
	// the shop system's answer streams in after the page
	await expect(page.getByText('A-1001')).toBeVisible();
	// the reply box suggests what matches the ticket's words, in its language
	await expect(page.locator('.suggestions')).toContainText('Посылка задерживается');
	await expect(
		page.getByRole('region', { name: 'Article the customer was reading' })
	).toContainText('Unchanged since the ticket was sent');
	await page.getByText('All canned answers in Russian').click();
	await page
		.locator('details li', { hasText: 'Посылка задерживается' })
		.getByRole('button', { name: 'Insert' })
		.click();
	const box = page.getByLabel('Text', { exact: true });
	await expect(box).toHaveValue(
		/Здравствуйте, Ольга! Посылка в пути\. Подробнее: .+: http.+\/ru\//
	);
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.locator('.thread li').last()).toContainText('Посылка в пути');
	await expect(page.locator('.status').first()).toContainText('Pending');

	const customerContext = await browser.newContext({ baseURL });
	await asBrowser(customerContext, baseURL!, rare.token);
	const mine = await customerContext.newPage();
	await mine.goto(`/ru/support/${ref}`);
	await expect(mine.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(mine.locator('.thread')).toContainText('Здравствуйте, Ольга! Посылка в пути.');
	const mail = await mailTo(rare.email, /Посылка в пути/);
	expect(mail).toContain(`/ru/support/${ref}`);
	expect(mail).toMatch(/http:\/\/127\.0\.0\.1:\d+\/ru\/[a-z-]+\/[a-z-]+/);
	await agentContext.close();
	await customerContext.close();
});

test('the JSON API: queue reasons, replies and notes, a stale version answers 409; customers are refused', async ({
	playwright,
	baseURL
}) => {
	const c = await api(playwright, baseURL!);
	const who = await customer(c, 'en', 'Nina');
	const { ref } = await newTicket(c, { subject: 'Invoice', message: 'Where is it?', locale: 'en' });
	const staff = await admin(playwright, baseURL!);

	const queue = await (await staff.request.get('/api/v1/agent/queue?q=' + ref)).json();
	expect(queue.tickets).toHaveLength(1);
	expect(queue.tickets[0]).toMatchObject({ ref, position: 1, customer: { email: who.email } });
	expect(queue.tickets[0].reasons.map((r: { code: string }) => r.code)).toEqual([
		'frequency',
		'waiting',
		'due'
	]);
	expect((await staff.request.get('/api/v1/agent/queue?status=bogus')).status()).toBe(422);

	const note = await staff.request.post(`/api/v1/tickets/${ref}/replies`, {
		data: { message: 'Customer is on the old plan', internal: true }
	});
	expect(note.status()).toBe(201);
	const reply = await staff.request.post(`/api/v1/tickets/${ref}/replies`, {
		multipart: { message: 'Here is your invoice', internal: 'false' }
	});
	expect(reply.status()).toBe(201);
	const seen = await (await c.get(`/api/v1/tickets/${ref}`)).json();
	expect(seen.messages.map((m: { body: string }) => m.body)).toEqual([
		'Where is it?',
		'Here is your invoice'
	]);
	expect(seen.status).toBe('pending');
	expect(seen).not.toHaveProperty('assignee');
	const agentView = await (await staff.request.get(`/api/v1/tickets/${ref}`)).json();
	expect(agentView.messages.some((m: { internal: boolean }) => m.internal)).toBe(true);

	const stale = await staff.request.patch(`/api/v1/tickets/${ref}`, {
		data: { status: 'solved', version: 1 }
	});
	expect(stale.status()).toBe(409);
	const conflict = await stale.json();
	expect(conflict.version).toBe(agentView.version);
	expect(conflict.changes.map((x: { kind: string }) => x.kind)).toEqual(['note', 'reply']);
	const missing = await staff.request.patch(`/api/v1/tickets/${ref}`, {
		data: { status: 'solved' }
	});
	expect(missing.status()).toBe(422);
	expect((await missing.json()).error.fields.version).toBeTruthy();
	const solved = await staff.request.patch(`/api/v1/tickets/${ref}`, {
		data: { status: 'solved', priority: 'high', version: agentView.version }
	});
	expect(solved.status()).toBe(200);
	expect(await solved.json()).toMatchObject({ status: 'solved', priority: 'high' });

	for (const [method, url] of [
		['GET', '/api/v1/agent/queue'],
		['POST', `/api/v1/tickets/${ref}/replies`],
		['PATCH', `/api/v1/tickets/${ref}`],
		['POST', `/api/v1/tickets/${ref}/callbacks`],
		['GET', '/api/v1/canned-answers'],
		['POST', '/api/v1/canned-answers'],
		['GET', '/api/v1/settings/service-hours']
	] as const) {
		const response = await c.fetch(url, { method, data: { message: 'x', version: 1 } });
		expect(response.status(), `${method} ${url}`).toBe(403);
	}
	// a customer's own reply goes to the customer path and reopens the solved ticket
	const back = await c.post(`/api/v1/tickets/${ref}/messages`, {
		multipart: { message: 'Thanks, but the VAT is wrong' }
	});
	expect(back.status()).toBe(201);
	expect((await back.json()).status).toBe('open');
});

test('admin settings refuse agents; bad service hours are refused in the agent’s language', async ({
	playwright,
	baseURL
}) => {
	const staff = await admin(playwright, baseURL!);
	const person = await api(playwright, baseURL!, 'de');
	const p = await customer(person, 'de', 'Greta');
	const made = await staff.request.post('/agent/teams?/role', {
		form: { email: p.email, role: 'agent' },
		headers: { 'x-sveltekit-action': 'true' }
	});
	expect(made.status()).toBe(200);
	expect((await made.json()).type).toBe('success');
	const agent = await api(playwright, baseURL!, 'de');
	await login(agent, p.email, PASSWORD);
	expect((await agent.get('/agent')).status()).toBe(200);
	for (const path of ['/agent/settings', '/agent/teams'])
		expect((await agent.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
	expect((await agent.get('/api/v1/settings/service-hours')).status()).toBe(403);
	expect(
		(await agent.put('/api/v1/settings/service-hours', { data: { timeZone: 'UTC' } })).status()
	).toBe(403);

	const bad = await staff.request.put('/api/v1/settings/service-hours', {
		headers: { 'accept-language': 'nb' },
		data: { timeZone: 'Mars/Olympus', start: '18:00', end: '09:00', holidays: ['2026-02-30'] }
	});
	expect(bad.status()).toBe(422);
	const { fields } = (await bad.json()).error;
	expect(Object.keys(fields).sort()).toEqual(['end', 'holidays', 'timeZone']);
	const before = await (await staff.request.get('/api/v1/settings/service-hours')).json();
	expect(before.timeZone).not.toBe('Mars/Olympus');
	const good = await staff.request.put('/api/v1/settings/service-hours', {
		data: { holidays: ['2026-12-24', '2026-12-25'] }
	});
	expect(good.status()).toBe(200);
	expect((await good.json()).holidays).toEqual(['2026-12-24', '2026-12-25']);
});

test('a shop system that does not answer never holds up the ticket page', async ({
	playwright,
	browser,
	baseURL
}) => {
	const c = await api(playwright, baseURL!);
	// the fake provider waits 10 s for any address with "slow" in it
	const slow = await customer(c, 'en', 'Slow Shop', 'slow');
	expect(slow.email).toContain('slow');
	const { ref } = await newTicket(c, { subject: 'Slow shop', message: 'Hello', locale: 'en' });
	const staff = await admin(playwright, baseURL!);
	const context = await browser.newContext({ baseURL });
	await asBrowser(context, baseURL!, staff.token);
	const page = await context.newPage();
	await page.goto(`/agent/tickets/${ref}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Slow shop');
	// the request gave up (the provider would have answered with orders after 10 s)
	await expect(page.getByText('The shop system did not answer')).toBeVisible();
	await expect(page.getByText('A-1001')).toHaveCount(0);
	await context.close();
});

test('agents manage canned answers in the UI; a reply can carry a screenshot to the customer', async ({
	playwright,
	browser,
	baseURL
}) => {
	const staff = await admin(playwright, baseURL!);
	const context = await browser.newContext({ baseURL });
	await asBrowser(context, baseURL!, staff.token);
	const page = await context.newPage();
	// typed text must not race the page's hydration (a busy CI machine is slow to hydrate)
	await page.goto('/agent/canned?locale=nb', { waitUntil: 'networkidle' });
	const title = `Levering ${Date.now()}`;
	const form = page.locator('section', {
		has: page.getByRole('heading', { name: 'New canned answer' })
	});
	await form.getByLabel('Title').fill(title);
	await form.getByLabel('Text').fill('Hei {{kunde.navn}}!');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form.getByRole('alert')).toContainText(
		'These placeholders cannot be filled: kunde.navn'
	);
	await form.getByLabel('Text').fill('Hei {{customer.name}}! Saken din er {{ticket.ref}}.');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toContainText('Saved.');
	await expect(page.getByRole('heading', { name: title })).toBeVisible();
	await form.getByLabel('Title').fill(title);
	await form.getByLabel('Text').fill('Again');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form.getByRole('alert')).toContainText('already an answer with this title');
	const listed = await (await staff.request.get('/api/v1/canned-answers?locale=nb')).json();
	expect(listed.answers.filter((a: { title: string }) => a.title === title)).toHaveLength(1);

	const c = await api(playwright, baseURL!, 'nb');
	await customer(c, 'nb', 'Kari');
	const { ref } = await newTicket(c, { subject: 'Feil farge', message: 'Se bildet', locale: 'nb' });
	const expanded = await (await staff.request.get(`/api/v1/canned-answers?ticket=${ref}`)).json();
	expect(expanded.answers.find((a: { title: string }) => a.title === title).expanded).toBe(
		`Hei Kari! Saken din er ${ref}.`
	);
	const png = Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
		'base64'
	);
	const reply = await staff.request.post(`/api/v1/tickets/${ref}/replies`, {
		multipart: {
			message: 'Slik ser riktig farge ut.',
			files: { name: 'farge.png', mimeType: 'image/png', buffer: png }
		}
	});
	expect(reply.status()).toBe(201);
	const seen = await (await c.get(`/api/v1/tickets/${ref}`)).json();
	const file = seen.messages.at(-1).attachments[0];
	expect(file).toMatchObject({ filename: 'farge.png', contentType: 'image/png' });
	const download = await c.get(file.url);
	expect(download.status()).toBe(200);
	expect(Buffer.from(await download.body()).equals(png)).toBe(true);
	await context.close();
});

test('the article card warns when the article changed after the ticket was sent', async ({
	playwright,
	browser,
	baseURL
}) => {
	const c = await api(playwright, baseURL!);
	await customer(c, 'en', 'Eve');
	const { ref } = await newTicket(c, {
		subject: 'Return label',
		message: 'The label does not print',
		locale: 'en',
		articleId: 'return-item'
	});
	// as if the editors had updated the article since: the ticket remembers the older version
	const db = new Database(path.join(process.env.E2E_DATA_DIR!, 'svar.db'));
	db.prepare("update tickets set article_updated = '2020-01-01' where ref = ?").run(ref);
	db.close();
	const staff = await admin(playwright, baseURL!);
	const context = await browser.newContext({ baseURL });
	await asBrowser(context, baseURL!, staff.token);
	const page = await context.newPage();
	await page.goto(`/agent/tickets/${ref}`);
	await expect(page.getByRole('note')).toContainText(
		'This article changed after the ticket was sent: it was 2020-01-01'
	);
	await context.close();
});
