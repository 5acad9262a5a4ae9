// One source for the service hours: what the admin sets is what the contact page and the next ticket
// confirmation say, in each language's own words for the days and the time zone.
import { expect, test } from './support/test.ts';
import ar from '../../locales/ar/index.ts';
import en from '../../locales/en/index.ts';
import nb from '../../locales/nb/index.ts';
import ru from '../../locales/ru/index.ts';
import { admin, customer, signedIn } from './support/accounts.ts';
import { mailTo } from './support/mail.ts';
import { newTicket } from './support/tickets.ts';

const strings = { en, nb, ru, ar } as const;

/** A dictionary string with its {name} (or {name:type}) placeholders filled. */
const fill = (template: string, values: Record<string, string>) =>
	template.replace(/\{(\w+)(?::\w+)?\}/g, (_, k: string) => values[k] ?? `{${k}}`);

/** Monday–Thursday, 08:30–15:45 in New York, as a reader of `locale` should see it. */
function expected(locale: string) {
	const day = (d: number) =>
		new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
			Date.UTC(2024, 0, d, 12)
		);
	const zone = new Intl.DateTimeFormat(locale, {
		timeZone: 'America/New_York',
		timeZoneName: 'longGeneric'
	})
		.formatToParts(Date.now())
		.find((p) => p.type === 'timeZoneName')!.value;
	return { days: `${day(1)}–${day(4)}`, start: '08:30', end: '15:45', zone };
}

test('changed service hours show on the contact page, on the way there and in the next confirmation, in every language', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const staff = (await admin()).api;
	const before = await (await staff.get('/api/v1/settings/service-hours')).json();
	try {
		const put = await staff.put('/api/v1/settings/service-hours', {
			data: { timeZone: 'America/New_York', days: [1, 2, 3, 4], start: '08:30', end: '15:45' }
		});
		expect(put.status()).toBe(200);
		for (const locale of ['en', 'nb', 'ru', 'ar'] as const) {
			const line = fill(strings[locale].contact.hours, expected(locale));
			const who = await customer({ locale, name: 'Hours' });
			const context = await signedIn(browser, who.token);
			const page = await context.newPage();
			await page.goto(`/${locale}/contact`);
			await expect(page.getByText(line)).toBeVisible();
			// no abbreviated zone that reads differently in each language
			await expect(page.locator('main')).not.toContainText(/\bCET\b|GMT\+1/);
			// a reader who is not signed in is sent to log in first, and is told the same hours there
			const anonymous = await browser.newPage();
			await anonymous.goto(`/${locale}/contact`);
			await expect(anonymous).toHaveURL(new RegExp(`/${locale}/login\\?next=`));
			await expect(anonymous.getByText(line)).toBeVisible();
			await anonymous.close();

			const ref = await newTicket(who.api, {
				subject: 'Hours',
				message: 'When are you open?',
				locale
			});
			const mail = await mailTo(who.email, new RegExp(`support/${ref}`));
			expect(mail, locale).toContain(line);
			expect(mail).not.toMatch(/\bCET\b|GMT\+1|EST\b|EDT\b/);
		}
	} finally {
		await staff.put('/api/v1/settings/service-hours', {
			data: { timeZone: before.timeZone, days: before.days, start: before.start, end: before.end }
		});
	}
});
