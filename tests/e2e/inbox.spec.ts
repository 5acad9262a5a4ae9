// The agent inbox as a work queue: keys move through the rows and open the right ticket, back keeps the
// filters, chips narrow the list (with and without JavaScript), and an Arabic workspace reads right to left.
// Other tests share the server, so each test searches for a word only its own tickets carry.
import type { Browser, Page } from '@playwright/test';
import { admin, customer, signedIn, staff } from './support/accounts.ts';
import { hydrated } from './support/device.ts';
import { newTicket } from './support/tickets.ts';
import { expect, test } from './support/test.ts';

const unique = (prefix: string) =>
	`${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A customer of our own in `locale` sends a ticket titled `subject`; its reference. */
async function ticketFrom(locale: string, name: string, subject: string) {
	const { api } = await customer({ locale, name });
	return newTicket(api, { subject, message: `About: ${subject}`, locale });
}

async function agentPage(browser: Browser, token: string, javaScript = true) {
	const context = await signedIn(browser, token, { javaScriptEnabled: javaScript });
	return context.newPage();
}

const refsIn = (page: Page) =>
	page
		.locator('table.queue tbody tr')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ref')));

test('j, j, k and Enter open the selected ticket; back returns to the same filtered inbox', async ({
	browser
}) => {
	const word = unique('keys');
	const { api } = await customer({ name: 'Keyboard Kim' });
	for (const n of ['one', 'two', 'three'])
		await newTicket(api, { subject: `${word} ${n}`, message: `About: ${word} ${n}` });
	const page = await agentPage(browser, (await admin()).token);
	await page.goto(`/agent?locale=en&q=${word}`);
	await hydrated(page);
	const order = await refsIn(page);
	expect(order).toHaveLength(3);
	const link = (i: number) => page.locator(`tr[data-ref="${order[i]}"]`).getByRole('link');

	await page.keyboard.press('j');
	await expect(link(0)).toBeFocused();
	await page.keyboard.press('j');
	await expect(link(1)).toBeFocused();
	await expect(page.locator(`tr[data-ref="${order[1]}"]`)).toHaveClass(/selected/);
	await page.keyboard.press('k');
	await expect(link(0)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/agent/tickets/${order[0]}$`));
	const subject = await page.getByRole('heading', { level: 1 }).textContent();
	expect(subject).toContain(word);

	await page.goBack();
	await expect(page).toHaveURL(/\/agent\?/);
	expect(new URL(page.url()).searchParams.get('q')).toBe(word);
	expect(new URL(page.url()).searchParams.get('locale')).toBe('en');
	await expect(page.getByLabel('Reference, email or words')).toHaveValue(word);
	await expect(page.getByText('Language: English')).toBeVisible();
	// the agent is back on the row they opened, and j goes on from there
	await expect(link(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(link(1)).toBeFocused();

	// "/" goes to the search box, and there j is a letter, not a move
	await page.keyboard.press('/');
	const search = page.getByLabel('Reference, email or words');
	await expect(search).toBeFocused();
	await page.keyboard.type('j');
	await expect(search).toHaveValue('j');
	await expect(link(1)).not.toBeFocused();
});

test('a language chip narrows the list and the URL; the view tabs count the tickets they hold', async ({
	browser
}) => {
	const word = unique('chips');
	const english = await ticketFrom('en', 'Chip English', `${word} parcel`);
	const norwegian = await ticketFrom('nb', 'Chip Norsk', `${word} pakke`);
	// an agent of our own: the Mine view counts only their tickets
	const { token } = await staff('agent', { name: 'Chip Agent' });
	const page = await agentPage(browser, token);

	await page.goto(`/agent?q=${word}`);
	await hydrated(page);
	expect((await refsIn(page)).sort()).toEqual([english, norwegian].sort());
	await expect(page.getByRole('link', { name: 'All tickets 2' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expect(page.getByRole('link', { name: 'Mine 0' })).toBeVisible();

	await page.getByText('Language: Any').click();
	await page.getByRole('radio', { name: 'Norwegian Bokmål' }).check();
	await expect(page).toHaveURL(/locale=nb/);
	expect(new URL(page.url()).searchParams.get('q')).toBe(word);
	expect(await refsIn(page)).toEqual([norwegian]);
	await expect(page.getByRole('status')).toHaveText('1 ticket');
	await expect(page.getByRole('link', { name: 'Unassigned 1' })).toBeVisible();
	// the chip keeps focus while the list changes; Escape closes its menu, back on the menu's button
	const norsk = page.getByRole('radio', { name: 'Norwegian Bokmål' });
	await expect(norsk).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(norsk).toBeHidden();
	await expect(page.getByText('Language: Norwegian Bokmål')).toBeFocused();
	// status chips add up: what needs an answer and what waits on the customer
	await page.getByRole('checkbox', { name: 'Pending (waiting on the customer)' }).check();
	await expect(page).toHaveURL(/status=active(,|%2C)pending/);
	await expect(page.getByRole('checkbox', { name: 'Needs an answer' })).toBeChecked();
	expect(await refsIn(page)).toEqual([norwegian]);

	// an empty view says what to do next
	await page.getByRole('link', { name: 'Mine 0' }).click();
	await expect(page).toHaveURL(/view=mine/);
	await expect(page).toHaveURL(/locale=nb/);
	await expect(page.getByText('No tickets match these filters.')).toBeVisible();
	await page.getByRole('link', { name: 'Clear filters' }).first().click();
	await expect(page.getByText('Nothing is assigned to you right now.')).toBeVisible();
});

test('without JavaScript the filters are a plain form: chips and Apply narrow the list', async ({
	browser
}) => {
	const word = unique('nojs');
	const english = await ticketFrom('en', 'Form English', `${word} invoice`);
	const arabic = await ticketFrom('ar', 'هدى', `${word} فاتورة`);
	const page = await agentPage(browser, (await admin()).token, false);
	await page.goto('/agent');
	await page.getByLabel('Reference, email or words').fill(word);
	await page.getByText('Language: Any').click();
	await page.getByRole('radio', { name: 'Arabic' }).check();
	await page.getByRole('checkbox', { name: 'Pending (waiting on the customer)' }).check();
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page).toHaveURL(/locale=ar/);
	expect(new URL(page.url()).searchParams.getAll('status')).toEqual(['active', 'pending']);
	expect(await refsIn(page)).toEqual([arabic]);
	await expect(page.getByText('Language: Arabic')).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Needs an answer' })).toBeChecked();
	await expect(
		page.getByRole('checkbox', { name: 'Pending (waiting on the customer)' })
	).toBeChecked();
	// the Latin ticket is one view link away, the filters kept
	await page.getByRole('link', { name: /^Clear filters/ }).click();
	await page.getByLabel('Reference, email or words').fill(word);
	await page.getByRole('button', { name: 'Apply' }).click();
	expect((await refsIn(page)).sort()).toEqual([english, arabic].sort());
});

test('an agent who works in Arabic gets the inbox right to left, as cards on a phone', async ({
	browser
}) => {
	const word = unique('rtl');
	const arabic = await ticketFrom('ar', 'سارة العتيبي', `${word} لم يصل الطرد`);
	const latin = await ticketFrom('en', 'Bob Baker', `${word} Refund for order A-1001`);
	// an agent of our own, so changing the workspace language disturbs no other test
	const { token } = await staff('agent', { name: 'Rania' });
	const page = await agentPage(browser, token);
	await page.goto('/agent');
	await page.locator('.agent-prefs summary').click();
	await page.getByLabel('Language of the workspace').selectOption('ar');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

	await page.goto(`/agent?q=${word}`);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('صندوق الوارد');
	expect((await refsIn(page)).sort()).toEqual([arabic, latin].sort());
	await expect(page.getByRole('link', { name: /كل التذاكر/ })).toHaveAttribute(
		'aria-current',
		'page'
	);
	// the ticket column is the first from the right
	const ticketHeader = await page.locator('table.queue th').first().boundingBox();
	const statusHeader = await page.locator('table.queue th').last().boundingBox();
	expect(ticketHeader!.x).toBeGreaterThan(statusHeader!.x);
	// keys work the same in Arabic
	await page.keyboard.press('j');
	await expect(page.locator('table.queue tbody tr').first().getByRole('link')).toBeFocused();

	// on a phone: one card per ticket, and nothing wider than the screen
	await page.setViewportSize({ width: 390, height: 844 });
	const widths = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		document.documentElement.clientWidth
	]);
	expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
	const row = page.locator(`tr[data-ref="${latin}"]`);
	await expect(row).toContainText('Refund for order A-1001');
	await expect(row).toContainText('Bob Baker');
	const card = await row.boundingBox();
	expect(card!.width).toBeLessThanOrEqual(390);
});

test('a long inbox comes a page at a time: "show more" adds the rest, and the keys go on from there', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const word = unique('page');
	// a customer may send 10 tickets an hour: six of them send 54
	const refs: string[] = [];
	for (let c = 0; c < 6; c++) {
		const { api } = await customer({ name: `Busy ${c}` });
		for (let i = 0; i < 9; i++)
			refs.push(await newTicket(api, { subject: `${word} ${c}-${i}`, message: 'Hello again' }));
	}
	const page = await agentPage(browser, (await admin()).token);
	await page.goto(`/agent?q=${word}`);
	await hydrated(page);
	await expect(page.getByRole('status')).toHaveText('54 tickets');
	expect(await refsIn(page)).toHaveLength(50);
	await expect(page.getByText('Showing 50 of 54')).toBeVisible();
	await page.getByRole('link', { name: 'Show 4 more' }).click();
	await expect(page).toHaveURL(/limit=100/);
	const all = await refsIn(page);
	expect(all.sort()).toEqual([...refs].sort());
	await expect(page.getByText('Showing 50 of 54')).toHaveCount(0);
	// the first of the new rows has the keyboard
	const fifty = page.locator('table.queue tbody tr').nth(50);
	await expect(fifty.getByRole('link')).toBeFocused();
	await page.keyboard.press('j');
	await expect(page.locator('table.queue tbody tr').nth(51).getByRole('link')).toBeFocused();

	// without JavaScript the same link is a plain one
	const plain = await agentPage(browser, (await admin()).token, false);
	await plain.goto(`/agent?q=${word}`);
	await plain.getByRole('link', { name: 'Show 4 more' }).click();
	expect(await refsIn(plain)).toHaveLength(54);
});
