// The mails customers and agents get, rendered through the real flows in every language: what they say (no
// "ignore this email" on tickets, the survey's count, the service hours), and how they read right to left.
import { describe, expect, it } from 'vitest';
import { LOCALES, LOCALE_INFO, type Locale } from '$lib/i18n/locales';
import { SURVEY_SCALES } from '$lib/schemas/surveys';
import type { DB } from '../db';
import { freshEachTest, testDatabases, testUser } from '../db/testing/databases';
import { translator } from '../i18n';
import { agentReply } from '../tickets/replies';
import { createTicket } from '../tickets/service';
import { saveServiceSettings, settingsForm, DEFAULT_SETTINGS } from '../service-hours';
import { requestPasswordReset } from '../accounts';
import { writeQueuedMails } from './queued';

const ORIGIN = 'https://help.example';
const [sqlite] = testDatabases();

describe('mails in every language', () => {
	let db: DB;
	const now = Date.UTC(2026, 10, 23, 9);
	const ctx = () => ({ db, now, origin: ORIGIN, ip: '203.0.113.7' });
	// as the mail worker sends them: written from their facts where they were queued so
	const mailsTo = async (to: string) => {
		await writeQueuedMails(db);
		return db
			.selectFrom('outbox')
			.selectAll()
			.where('to_address', '=', to)
			.orderBy('created_at')
			.execute();
	};

	freshEachTest(sqlite!, (opened) => (db = opened));

	/** A ticket by a customer in `locale`, answered and solved by an agent: every mail the customer got. */
	async function ticketMails(locale: Locale, fields: Record<string, string> = {}) {
		const email = `kari-${locale}@shop.test`;
		const customer = await testUser(db, email, 'customer', locale, now);
		const agent = await testUser(db, `agent-${locale}@lumo.test`, 'agent', 'en', now);
		const created = await createTicket(
			ctx(),
			customer,
			{ subject: 'Wrong item', message: 'I got the wrong item.', locale, ...fields },
			[]
		);
		if (!created.ok) throw new Error(`ticket refused: ${JSON.stringify(created)}`);
		const ref = created.ticket.ref;
		await agentReply(
			ctx(),
			agent,
			ref,
			{ message: 'We send the right one today.\n\nSorry!', status: 'solved' },
			[]
		);
		const mails = await mailsTo(email);
		const find = (pattern: RegExp) => {
			const m = mails.find((x) => pattern.test(x.text_body));
			if (!m) throw new Error(`no mail matching ${pattern} among ${mails.length}`);
			return m;
		};
		return {
			ref,
			confirmation: find(new RegExp(`/${locale}/support/${ref}`)),
			reply: find(/We send the right one today/),
			survey: find(/\/survey\//)
		};
	}

	it.each(LOCALES)(
		'%s: ticket, reply and survey mails never say "ignore this email"; account mails do',
		async (locale) => {
			const LL = translator(locale);
			const { confirmation, reply, survey } = await ticketMails(locale);
			for (const m of [confirmation, reply, survey]) {
				expect(m.text_body).not.toContain(LL.mail.ignore());
				expect(m.html_body).not.toContain(LL.mail.ignore());
			}
			const owner = await testUser(db, `reset-${locale}@shop.test`, 'customer', locale, now);
			await requestPasswordReset(ctx(), owner.email, locale);
			const [reset] = await mailsTo(owner.email);
			expect(reset!.text_body).toContain(LL.mail.ignore());
		}
	);

	it.each(LOCALES)(
		'%s: the survey mail counts the questions the page asks after the one in the mail',
		async (locale) => {
			const LL = translator(locale);
			const { survey } = await ticketMails(locale);
			const more = SURVEY_SCALES.length - 1;
			expect(more).toBe(4);
			expect(survey.text_body).toContain(LL.survey.mailMore({ count: more }));
			expect(survey.text_body).toContain(LL.survey.csat());
			// the old, hard-coded promise of three
			expect(survey.text_body).not.toMatch(
				/three more|tre korte|tre korta|ещё три|drei weitere|trois autres|nog drie|ثلاثة أسئلة/i
			);
		}
	);

	it.each(LOCALES)(
		'%s: every part of every mail carries its language and direction',
		async (locale) => {
			const { dir } = LOCALE_INFO[locale];
			const { confirmation, reply, survey } = await ticketMails(locale);
			for (const m of [confirmation, reply, survey]) {
				expect(m.html_body).toContain(`<html lang="${locale}" dir="${dir}">`);
				expect(m.html_body).toMatch(new RegExp(`<div lang="${locale}" dir="${dir}"`));
			}
		}
	);

	it('an Arabic confirmation reads right to left, with the Latin subject, the phone number and the ref isolated', async () => {
		const { ref, confirmation } = await ticketMails('ar', { callbackPhone: '+47 912 34 567' });
		const html = confirmation.html_body;
		expect(html).toContain('<html lang="ar" dir="rtl">');
		expect(html).toContain('<div lang="ar" dir="rtl"');
		expect(html).toContain('<bdi>Wrong item</bdi>');
		expect(html).toContain('<bdi dir="ltr">+47 912 34 567</bdi>');
		expect(html).toContain(`<bdi>${ref}</bdi>`);
		expect(html).toContain('<bdi>kari-ar</bdi>');
		expect(html).toMatch(
			new RegExp(
				`<bdi><a href="${ORIGIN}/ar/support/${ref}"[^>]*>${ORIGIN}/ar/support/${ref}</a></bdi>`
			)
		);
		// plain text: the same pieces between FSI and PDI, but the link alone on its line and untouched
		const text = confirmation.text_body;
		expect(text).toContain('\u2068Wrong item\u2069');
		expect(text).toContain('\u2068+47 912 34 567\u2069');
		expect(text).toContain(`\u2068${ref}\u2069`);
		expect(text).toMatch(new RegExp(`\\n${ORIGIN}/ar/support/${ref}\\n`));
		expect(confirmation.subject).toContain(`\u2068${ref}\u2069`);
	});

	it('an English mail leaves Latin values alone in plain text but isolates an Arabic name', async () => {
		const { confirmation } = await ticketMails('en', { subject: 'طلب جديد' });
		expect(confirmation.text_body).toContain('\u2068طلب جديد\u2069');
		expect(confirmation.text_body).not.toContain('\u2068kari-en\u2069');
		expect(confirmation.html_body).toContain('<bdi>طلب جديد</bdi>');
	});

	it('the reply keeps the agent’s paragraphs and lets them find their own direction', async () => {
		const { reply } = await ticketMails('ar');
		expect(reply.html_body).toMatch(
			/<div dir="auto"[^>]*>We send the right one today.\n\nSorry!<\/div>/
		);
	});

	it.each(LOCALES)(
		'%s: the confirmation states the service hours the admin set, as the contact page does',
		async (locale) => {
			const LL = translator(locale);
			await saveServiceSettings(db, {
				...settingsForm(DEFAULT_SETTINGS),
				timeZone: 'America/New_York',
				days: ['1', '2', '3', '4'],
				start: '08:30',
				end: '15:45'
			});
			const { confirmation } = await ticketMails(locale);
			const text = confirmation.text_body;
			expect(text).toContain('08:30');
			expect(text).toContain('15:45');
			const zone = new Intl.DateTimeFormat(locale, {
				timeZone: 'America/New_York',
				timeZoneName: 'longGeneric'
			})
				.formatToParts(Date.now())
				.find((p) => p.type === 'timeZoneName')!.value;
			expect(text).toContain(zone);
			const thursday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
				Date.UTC(2024, 0, 4, 12)
			);
			expect(text).toContain(thursday);
			// no abbreviations that differ by language ("CET", "GMT+1", "EST")
			expect(text).not.toMatch(/\b(CET|CEST|GMT[+-]\d|UTC[+-]\d|EST|EDT)\b/);
			expect(text).not.toContain('09:00');
			expect(LL.contact.hours).toBeTypeOf('function');
		}
	);
});
