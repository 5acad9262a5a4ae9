// A live workspace (issue 18): two agents, or an agent and a customer, each in a browser of their own, see each
// other's changes within 2 s without reloading; a customer's stream never carries another customer's ticket; the
// inbox keeps its rows still and holds new tickets behind a "new" bar. Each test makes its own tickets.
import type { Browser, Page } from '@playwright/test';
import { customer, signedIn, staff } from './support/accounts.ts';
import { hydrated } from './support/device.ts';
import { followUp, newTicket, reply } from './support/tickets.ts';
import { expect, test } from './support/test.ts';

/** What "without a reload" allows: the 2 seconds. */
const LIVE = { timeout: 2_000 };

/** A page of its own, signed in with `token`, at `path`, once it is hydrated. */
async function openAs(browser: Browser, token: string, path: string): Promise<Page> {
	const page = await (await signedIn(browser, token)).newPage();
	await page.goto(path);
	await hydrated(page);
	return page;
}

const replyBox = (page: Page) => page.locator('#reply-message');
const thread = (page: Page) => page.locator('ol.thread');

test('agents see each other on a ticket and each other’s replies; the customer sees the answer', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const who = await customer({ name: 'Kari' });
	const ref = await newTicket(who.api, { subject: 'Live: where is my parcel?' });
	const ann = await staff('agent', { name: 'Ann Live' });
	const bo = await staff('agent', { name: 'Bo Live' });

	const customerPage = await openAs(browser, who.token, `/en/support/${ref}`);
	const boPage = await openAs(browser, bo.token, `/agent/tickets/${ref}`);
	// Bo has started an answer of his own: nothing that happens next may take it away
	await replyBox(boPage).fill('Half of my own answer');

	const annPage = await openAs(browser, ann.token, `/agent/tickets/${ref}`);
	await expect(boPage.getByText('Ann Live has this ticket open')).toBeVisible(LIVE);
	await expect(annPage.getByText('Bo Live is replying')).toBeVisible(LIVE);

	await replyBox(annPage).fill('Your parcel left our warehouse today.');
	await expect(boPage.getByText('Ann Live is replying')).toBeVisible(LIVE);
	// Bo sends while Ann writes: asked first, and nothing is sent until he says so
	await boPage.getByRole('button', { name: 'Send reply' }).click();
	await expect(boPage.getByRole('alert')).toContainText(
		'Ann Live is writing a reply too. Send yours anyway?'
	);
	await expect(boPage.getByRole('button', { name: 'Send anyway' })).toBeVisible();
	await expect(replyBox(boPage)).toHaveValue('Half of my own answer');

	// Bo writes on; Ann sends all the same, once warned
	await replyBox(boPage).pressSequentially(', more');
	await expect(annPage.getByText('Bo Live is replying')).toBeVisible(LIVE);
	await annPage.getByRole('button', { name: 'Send reply' }).click();
	await expect(annPage.getByRole('alert')).toContainText('Bo Live is writing a reply too.');
	await annPage.getByRole('button', { name: 'Send anyway' }).click();
	await expect(thread(annPage)).toContainText('Your parcel left our warehouse today.');
	await expect(thread(boPage)).toContainText('Your parcel left our warehouse today.', LIVE);
	await expect(thread(customerPage)).toContainText('Your parcel left our warehouse today.', LIVE);
	// the reply set the ticket pending: both the colleague and the customer see the status at once
	await expect(customerPage.locator('.status')).toHaveClass(/status-pending/, LIVE);
	await expect(replyBox(boPage)).toHaveValue('Half of my own answer, more');

	// the customer answers from the API (another device): both agents see it come in
	await followUp(who.api, ref, 'Thanks, I will watch for it.');
	await expect(thread(annPage)).toContainText('Thanks, I will watch for it.', LIVE);
	await expect(thread(boPage)).toContainText('Thanks, I will watch for it.', LIVE);

	// Ann leaves: Bo stops seeing her there
	await annPage.close();
	await expect(boPage.locator('.presence')).toHaveCount(0, LIVE);
});

test('a change of assignee shows on the colleague’s page at once', async ({ browser }) => {
	const who = await customer();
	const ref = await newTicket(who.api, { subject: 'Live: reassigned' });
	const ann = await staff('agent', { name: 'Ann Assign' });
	const bo = await staff('agent', { name: 'Bo Assign' });
	const boPage = await openAs(browser, bo.token, `/agent/tickets/${ref}`);
	const assignee = boPage.getByLabel('Assign to');
	const { version } = await (await ann.api.get(`/api/v1/tickets/${ref}`)).json();
	const me = await (await ann.api.get('/api/v1/me')).json();
	const patched = await ann.api.patch(`/api/v1/tickets/${ref}`, {
		data: { assignee: me.id, version }
	});
	expect(patched.status()).toBe(200);
	await expect(assignee.locator('option:checked')).toContainText('Ann Assign', LIVE);
});

/** Collect the events a page's own stream receives (a second EventSource, as the page's would). */
async function recordEvents(page: Page) {
	await page.evaluate(() => {
		const seen: string[] = [];
		(window as unknown as { seen: string[] }).seen = seen;
		const source = new EventSource('/api/v1/events');
		for (const type of ['ticket', 'presence', 'reset'])
			source.addEventListener(type, (e) => seen.push(`${type} ${(e as MessageEvent).data}`));
		return new Promise((done) => source.addEventListener('open', done));
	});
	return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen.join('\n'));
}

test('a customer never receives an event of another customer’s ticket, nor an internal note', async ({
	browser
}) => {
	const ann = await customer({ name: 'Ann Private' });
	const bob = await customer({ name: 'Bob Private' });
	const annsRef = await newTicket(ann.api, { subject: 'Private: mine' });
	const bobsRef = await newTicket(bob.api, { subject: 'Private: his' });
	const page = await openAs(browser, ann.token, `/en/support/${annsRef}`);
	const seen = await recordEvents(page);

	await reply(bobsRef, 'For Bob only');
	await followUp(bob.api, bobsRef, 'Bob writes again');
	await newTicket(bob.api, { subject: 'Private: his second' });
	await reply(annsRef, 'A note Ann must not hear of', { internal: true });
	// the last of them, for Ann: once it has arrived, everything before it has too
	await reply(annsRef, 'For Ann');
	await expect.poll(seen, LIVE).toContain(`"ref":"${annsRef}","kind":"reply"`);
	const text = await seen();
	expect(text).not.toContain(bobsRef);
	expect(text).not.toContain('"kind":"note"');
	expect(text.split('\n')).toHaveLength(1);
	await expect(thread(page)).toContainText('For Ann', LIVE);
	await expect(thread(page)).not.toContainText('must not hear');
});

/** The refs of the inbox's rows, top to bottom. */
const refsIn = (page: Page) =>
	page.locator('tbody tr[data-ref]').evaluateAll((rows) => rows.map((r) => r.dataset.ref));

/** A word only this test's tickets have: the inbox filtered by it shows no other test's tickets. */
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${test.info().workerIndex}`;

test('the inbox holds new tickets behind a bar, counts them in the title, and shows them on request', async ({
	browser
}) => {
	const word = unique('livenew');
	const agent = await staff('agent', { name: 'Inbox Live' });
	const who = await customer();
	await newTicket(who.api, { subject: `${word} an older question` });
	const page = await openAs(browser, agent.token, `/agent?q=${word}`);
	const title = await page.title();
	const ref = await newTicket(who.api, { subject: `${word} a brand new question` });
	const bar = page.locator('.live-new');
	await expect(bar).toHaveText('1 new — Show', LIVE);
	await expect(page).toHaveTitle(`(1) ${title}`);
	await expect(page.locator(`tr[data-ref="${ref}"]`)).toHaveCount(0);
	await bar.getByRole('button', { name: 'Show' }).click();
	await expect(page.locator(`tr[data-ref="${ref}"]`)).toBeVisible();
	await expect(page).toHaveTitle(title);
	// a reload shows the same list, without the bar
	await page.reload();
	await expect(page.locator(`tr[data-ref="${ref}"]`)).toBeVisible();
	await expect(page.locator('.live-new')).toHaveCount(0);
});

test('rows stay still under the pointer, and take their new places once it leaves', async ({
	browser
}) => {
	const word = unique('livehold');
	const who = await customer();
	await newTicket(who.api, { subject: `${word} first` });
	await newTicket(who.api, { subject: `${word} second` });
	const agent = await staff('agent', { name: 'Hold Live' });
	const page = await openAs(browser, agent.token, `/agent?q=${word}`);
	const before = await refsIn(page);
	expect(before).toHaveLength(2);
	const [top, bottom] = before as [string, string];
	await page.locator(`tr[data-ref="${top}"]`).hover();
	// a colleague makes the bottom one urgent: it belongs on top, but the agent is pointing at the rows
	const { version } = await (await agent.api.get(`/api/v1/tickets/${bottom}`)).json();
	const patched = await agent.api.patch(`/api/v1/tickets/${bottom}`, {
		data: { priority: 'urgent', version }
	});
	expect(patched.status()).toBe(200);
	await expect(page.locator(`tr[data-ref="${bottom}"]`)).toHaveClass(/urgent/, LIVE);
	expect(await refsIn(page)).toEqual([top, bottom]);
	await page.locator('h1').first().hover();
	await expect.poll(() => refsIn(page), LIVE).toEqual([bottom, top]);
});

test('a ticket opened while new tickets arrive opens all the same', async ({ browser }) => {
	const agent = await staff('agent', { name: 'Busy Live' });
	const who = await customer();
	const ref = await newTicket(who.api, { subject: 'Live: open me while others arrive' });
	const page = await openAs(browser, agent.token, '/agent');
	// the ticket's page loads slowly, and a new ticket arrives meanwhile: reloading the inbox for it must not
	// cancel the agent's way to the ticket
	let arrived: Promise<string> | undefined;
	await page.route('**/agent/tickets/*/__data.json*', async (route) => {
		arrived ??= newTicket(who.api, { subject: 'Live: arriving meanwhile' });
		await arrived;
		// a slow server: the page takes a second more than the new ticket's event needs to arrive
		await page.waitForTimeout(1_000);
		await route.continue();
	});
	await page.locator(`tr[data-ref="${ref}"] a`).first().click();
	await expect(page).toHaveURL(new RegExp(`/agent/tickets/${ref}$`), { timeout: 10_000 });
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'open me while others arrive'
	);
});
