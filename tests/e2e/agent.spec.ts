import { expect, test } from './support/test.ts';
import { admin, customer, signedIn, staff as newStaff } from './support/accounts.ts';
import { run } from './support/db.ts';
import { mailTo } from './support/mail.ts';
import { bodies, followUp, newTicket, PNG } from './support/tickets.ts';

test('a rarely-writing Russian customer comes first; a Russian canned answer with an article link reaches them in Russian', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const frequent = await customer({ name: 'Frequent Fred' });
	const frequentRefs: string[] = [];
	for (let i = 0; i < 10; i++)
		frequentRefs.push(
			await newTicket(frequent.api, {
				subject: `Question ${i}`,
				message: 'Another question from me.'
			})
		);
	const rare = await customer({ locale: 'ru', name: 'Ольга' });
	const ref = await newTicket(rare.api, {
		subject: 'Посылка не пришла',
		message: 'Где мой заказ? Прошла уже неделя.',
		locale: 'ru',
		articleId: 'late-delivery'
	});
	const staff = await admin();
	// the title is this test's own: the suggestions show it for this ticket's words
	const cannedTitle = `Посылка задерживается ${Date.now()}`;
	const canned = await staff.api.post('/api/v1/canned-answers', {
		data: {
			locale: 'ru',
			title: cannedTitle,
			body: 'Здравствуйте, {{customer.name}}! Посылка в пути. Подробнее: {{article:late-delivery}}'
		}
	});
	expect(canned.status()).toBe(201);

	const agentContext = await signedIn(browser, staff.token);
	const page = await agentContext.newPage();
	// the whole inbox, not its first page: other tests share this server, and their tickets may fill it
	await page.goto('/agent?limit=1000');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// what matters is that she comes before every ticket of the frequent writer
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
	await expect(page.locator('.suggestions')).toContainText(cannedTitle);
	await expect(
		page.getByRole('region', { name: 'Article the customer was reading' })
	).toContainText('Unchanged since the ticket was sent');
	await page.getByText('All canned answers in Russian').click();
	await page
		.locator('details li', { hasText: cannedTitle })
		.getByRole('button', { name: 'Insert' })
		.click();
	const box = page.getByLabel('Text', { exact: true });
	await expect(box).toHaveValue(
		/Здравствуйте, Ольга! Посылка в пути\. Подробнее: .+: http.+\/ru\//
	);
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.locator('.thread li').last()).toContainText('Посылка в пути');
	await expect(page.locator('.status').first()).toContainText('Pending');

	const customerContext = await signedIn(browser, rare.token);
	const mine = await customerContext.newPage();
	await mine.goto(`/ru/support/${ref}`);
	await expect(mine.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(mine.locator('.thread')).toContainText('Здравствуйте, Ольга! Посылка в пути.');
	const mail = await mailTo(rare.email, /Посылка в пути/);
	expect(mail).toContain(`/ru/support/${ref}`);
	expect(mail).toMatch(/http:\/\/127\.0\.0\.1:\d+\/ru\/[a-z-]+\/[a-z-]+/);
});

test('the JSON API: queue reasons, replies and notes, a stale version answers 409; customers are refused', async () => {
	const who = await customer({ name: 'Nina' });
	const c = who.api;
	const ref = await newTicket(c, { subject: 'Invoice', message: 'Where is it?' });
	const staff = await admin();

	const queue = await (await staff.api.get('/api/v1/agent/queue?q=' + ref)).json();
	expect(queue.tickets).toHaveLength(1);
	expect(queue.tickets[0]).toMatchObject({ ref, position: 1, customer: { email: who.email } });
	expect(queue.tickets[0].reasons.map((r: { code: string }) => r.code)).toEqual([
		'frequency',
		'waiting',
		'due'
	]);
	expect((await staff.api.get('/api/v1/agent/queue?status=bogus')).status()).toBe(422);

	const note = await staff.api.post(`/api/v1/tickets/${ref}/replies`, {
		data: { message: 'Customer is on the old plan', internal: true }
	});
	expect(note.status()).toBe(201);
	const reply = await staff.api.post(`/api/v1/tickets/${ref}/replies`, {
		multipart: { message: 'Here is your invoice', internal: 'false' }
	});
	expect(reply.status()).toBe(201);
	expect(await bodies(c, ref)).toEqual(['Where is it?', 'Here is your invoice']);
	const seen = await (await c.get(`/api/v1/tickets/${ref}`)).json();
	expect(seen.status).toBe('pending');
	expect(seen).not.toHaveProperty('assignee');
	const agentView = await (await staff.api.get(`/api/v1/tickets/${ref}`)).json();
	expect(agentView.messages.some((m: { internal: boolean }) => m.internal)).toBe(true);

	const stale = await staff.api.patch(`/api/v1/tickets/${ref}`, {
		data: { status: 'solved', version: 1 }
	});
	expect(stale.status()).toBe(409);
	const conflict = await stale.json();
	expect(conflict.version).toBe(agentView.version);
	expect(conflict.changes.map((x: { kind: string }) => x.kind)).toEqual(['note', 'reply']);
	const missing = await staff.api.patch(`/api/v1/tickets/${ref}`, {
		data: { status: 'solved' }
	});
	expect(missing.status()).toBe(422);
	expect((await missing.json()).error.fields.version).toBeTruthy();
	const solved = await staff.api.patch(`/api/v1/tickets/${ref}`, {
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
	const back = await followUp(c, ref, 'Thanks, but the VAT is wrong');
	expect((await back.json()).status).toBe('open');
});

test('admin settings refuse agents; bad service hours are refused in the agent’s language', async () => {
	const staff = await admin();
	const agent = (await newStaff('agent', { locale: 'de', name: 'Greta' })).api;
	expect((await agent.get('/agent')).status()).toBe(200);
	for (const path of ['/agent/settings', '/agent/teams', '/agent/mail'])
		expect((await agent.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
	expect((await agent.get('/api/v1/settings/service-hours')).status()).toBe(403);
	expect(
		(await agent.put('/api/v1/settings/service-hours', { data: { timeZone: 'UTC' } })).status()
	).toBe(403);

	const bad = await staff.api.put('/api/v1/settings/service-hours', {
		headers: { 'accept-language': 'nb' },
		data: { timeZone: 'Mars/Olympus', start: '18:00', end: '09:00', holidays: ['2026-02-30'] }
	});
	expect(bad.status()).toBe(422);
	const { fields } = (await bad.json()).error;
	expect(Object.keys(fields).sort()).toEqual(['end', 'holidays', 'timeZone']);
	const before = await (await staff.api.get('/api/v1/settings/service-hours')).json();
	expect(before.timeZone).not.toBe('Mars/Olympus');
	// the service hours are the server's, shared by every test: put back what was there
	try {
		const good = await staff.api.put('/api/v1/settings/service-hours', {
			data: { holidays: ['2026-12-24', '2026-12-25'] }
		});
		expect(good.status()).toBe(200);
		expect((await good.json()).holidays).toEqual(['2026-12-24', '2026-12-25']);
	} finally {
		await staff.api.put('/api/v1/settings/service-hours', {
			data: { holidays: before.holidays }
		});
	}
});

test('a shop system that does not answer never holds up the ticket page', async ({ browser }) => {
	// the fake provider waits 10 s for any address with "slow" in it
	const slow = await customer({ name: 'Slow Shop', prefix: 'slow' });
	expect(slow.email).toContain('slow');
	const ref = await newTicket(slow.api, { subject: 'Slow shop', message: 'Hello' });
	const context = await signedIn(browser, (await admin()).token);
	const page = await context.newPage();
	await page.goto(`/agent/tickets/${ref}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Slow shop');
	// the request gave up (the provider would have answered with orders after 10 s)
	await expect(page.getByText('The shop system did not answer')).toBeVisible();
	await expect(page.getByText('A-1001')).toHaveCount(0);
});

test('agents manage canned answers in the UI; a reply can carry a screenshot to the customer', async ({
	browser
}) => {
	const staff = await admin();
	const context = await signedIn(browser, staff.token);
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
	const listed = await (await staff.api.get('/api/v1/canned-answers?locale=nb')).json();
	expect(listed.answers.filter((a: { title: string }) => a.title === title)).toHaveLength(1);

	const c = (await customer({ locale: 'nb', name: 'Kari' })).api;
	const ref = await newTicket(c, { subject: 'Feil farge', message: 'Se bildet', locale: 'nb' });
	const expanded = await (await staff.api.get(`/api/v1/canned-answers?ticket=${ref}`)).json();
	expect(expanded.answers.find((a: { title: string }) => a.title === title).expanded).toBe(
		`Hei Kari! Saken din er ${ref}.`
	);
	const png = PNG;
	const reply = await staff.api.post(`/api/v1/tickets/${ref}/replies`, {
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
});

test('the article card warns when the article changed after the ticket was sent', async ({
	browser
}) => {
	const eve = await customer({ name: 'Eve' });
	const ref = await newTicket(eve.api, {
		subject: 'Return label',
		message: 'The label does not print',
		articleId: 'return-item'
	});
	// as if the editors had updated the article since: the ticket remembers the older version
	run("update tickets set article_updated = '2020-01-01' where ref = ?", ref);
	const context = await signedIn(browser, (await admin()).token);
	const page = await context.newPage();
	await page.goto(`/agent/tickets/${ref}`);
	await expect(page.getByRole('note')).toContainText(
		'This article changed after the ticket was sent: it was 2020-01-01'
	);
});
