// Live updates across servers (issue 18): two instances of the built server on one PostgreSQL database, their
// events carried by LISTEN/NOTIFY. An agent's browser on B sees, within 2 s and without a reload, a customer's
// reply and a new ticket that arrive through A. Needs TEST_DATABASE_URL (CI sets it); a schema of its own.
import type { BrowserContext } from '@playwright/test';
import { login, PASSWORD } from './support/accounts.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './support/server.ts';
import { api, sessionCookie } from './support/api.ts';
import { hydrated } from './support/device.ts';
import { linkIn, mailTo } from './support/mail.ts';
import { spawnServer, type Spawned, withServers } from './support/spawn.ts';
import { followUp, multipart } from './support/tickets.ts';
import { expect, test } from './support/test.ts';

const url = process.env.TEST_DATABASE_URL;

test.skip(!url, 'needs TEST_DATABASE_URL (PostgreSQL)');

test('an event raised on one server reaches a browser on the other', async ({ browser }) => {
	test.setTimeout(withServers(2, 60_000));
	const servers: Spawned[] = [];
	let context: BrowserContext | undefined;
	try {
		const a = await spawnServer({ postgres: url });
		servers.push(a);
		const b = await spawnServer({ postgres: url, share: a });
		servers.push(b);

		// a customer of A, signed up and verified there
		const onA = await api({ baseURL: a.base });
		const email = `live-scale-${Date.now()}@example.test`;
		const signup = await onA.post('/api/v1/auth/signup', {
			data: { name: 'Scale Live', email, password: PASSWORD, locale: 'en' }
		});
		expect(signup.status()).toBe(202);
		await onA.get(linkIn(await mailTo(email, /verify/, a.dataDir), 'verify'), { maxRedirects: 0 });
		await login(onA, email);
		const created = await onA.post('/api/v1/tickets', {
			multipart: multipart({ subject: 'Across servers', message: 'Written on A', locale: 'en' })
		});
		expect(created.status()).toBe(201);
		const { ref } = await created.json();

		// the administrator (an agent) works on B, in a browser
		const token = await login(await api({ baseURL: b.base }), ADMIN_EMAIL, ADMIN_PASSWORD);
		// the suite's Origin header is the e2e server's: this browser's requests carry B's own
		context = await browser.newContext({
			baseURL: b.base,
			extraHTTPHeaders: { origin: b.base }
		});
		await context.addCookies([sessionCookie(token, b.base)]);
		const ticketPage = await context.newPage();
		await ticketPage.goto(`/agent/tickets/${ref}`);
		await hydrated(ticketPage);
		const inbox = await context.newPage();
		await inbox.goto('/agent');
		await hydrated(inbox);

		await followUp(onA, ref, 'Followed up on A');
		await expect(ticketPage.locator('ol.thread')).toContainText('Followed up on A', {
			timeout: 2_000
		});
		const second = await onA.post('/api/v1/tickets', {
			multipart: multipart({ subject: 'Second, across', message: 'Again on A', locale: 'en' })
		});
		expect(second.status()).toBe(201);
		await expect(inbox.locator('.live-new')).toContainText('1 new', { timeout: 2_000 });
	} finally {
		// the pages go first: a page whose server went away would log its failed requests
		await context?.close();
		for (const s of servers.reverse()) await s.stop();
	}
});
