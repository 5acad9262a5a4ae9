// Mails queued as what they are about (facts) and written by the mail worker when it sends them, in the
// recipient's language: the request that queues one spends none of its time writing it (issue 14: a new ticket's
// confirmation). The worker writes a message as it sends it; one it cannot send keeps its words (keepWords).
import { randomUUID } from 'node:crypto';
import { isLocale } from '$lib/i18n/locales';
import type { DB } from '../db';
import { insertMail, storeWrittenMail, unwrittenMails, type NewMail } from '../db/outbox';
import {
	describeHours,
	formatDue,
	loadServiceSettings,
	type ServiceSettings
} from '../service-hours';
import type { Mail } from './outbox';
import { ticketCreatedMail } from './ticket-mails';

/** To the customer: their new ticket is in (see ticketCreatedMail). */
export interface TicketCreatedFacts {
	kind: 'ticketCreated';
	locale: string;
	to: string;
	name: string;
	ref: string;
	subject: string;
	callbackPhone: string | null;
	/** When the first answer is due, shown in `timeZone` (the customer's call-back zone) or the team's. */
	dueAt: number;
	timeZone: string | null;
	link: string;
}

export type MailFacts = TicketCreatedFacts;

/** A message queued as its facts: what enqueueFacts stores, for a caller that stores it with other rows. */
export function factsMail(facts: MailFacts, now: number): NewMail {
	return { id: randomUUID(), to: facts.to, facts: JSON.stringify(facts), now };
}

/** Queue a message as its facts, in the transaction of the change it is about (as enqueueMail does). */
export async function enqueueFacts(db: DB, facts: MailFacts, now: number): Promise<void> {
	await insertMail(db, factsMail(facts, now));
}

/**
 * The words of a message from its facts, in the recipient's language, under the service settings of now (read
 * here unless given: the worker reads them once for all it sends in a pass).
 */
export async function writeFacts(
	db: DB,
	facts: MailFacts,
	settings?: ServiceSettings
): Promise<Mail> {
	const locale = isLocale(facts.locale) ? facts.locale : 'en';
	const hours = settings ?? (await loadServiceSettings(db));
	return ticketCreatedMail({
		locale,
		to: facts.to,
		name: facts.name,
		ticket: { ref: facts.ref, subject: facts.subject },
		callbackPhone: facts.callbackPhone,
		hours: describeHours(hours, locale),
		due: formatDue(facts.dueAt, locale, facts.timeZone, hours),
		link: facts.link
	});
}

/** A queued message as it is sent: written from its facts when it has any (not stored: see keepWords). */
export async function writtenMail(
	db: DB,
	row: { id: string; to_address: string; subject: string; text_body: string; html_body: string },
	facts: string | null,
	settings?: () => Promise<ServiceSettings>
): Promise<Mail & { id: string }> {
	if (facts === null)
		return {
			id: row.id,
			to: row.to_address,
			subject: row.subject,
			text: row.text_body,
			html: row.html_body
		};
	const mail = await writeFacts(db, JSON.parse(facts) as MailFacts, await settings?.());
	return { ...mail, id: row.id, to: row.to_address };
}

/**
 * A written message's words stored in place of its facts: for one that could not be sent, so the admins' list
 * of undelivered mail names it (a message sent is written and gone).
 */
export async function keepWords(db: DB, mail: Mail & { id: string }): Promise<void> {
	await storeWrittenMail(db, mail.id, mail);
}

/** Every message still queued as facts, written now: what tests read as the mails the worker sends. */
export async function writeQueuedMails(db: DB): Promise<void> {
	for (const row of await unwrittenMails(db))
		await keepWords(db, await writtenMail(db, row, row.facts));
}
