// The mail outbox: SQL only (queueing, claiming and retry rules are in mail/outbox).
import type { DB } from './index';

export type NewMail = { id: string; to: string; now: number } & (
	{ subject: string; text: string; html: string } | { facts: string }
);

/** A message's row, written (subject and bodies), or to be written by the worker from its `facts` (JSON). */
export function mailRow(m: NewMail) {
	const written = 'facts' in m ? { subject: '', text: '', html: '' } : m;
	return {
		id: m.id,
		to_address: m.to,
		subject: written.subject,
		text_body: written.text,
		html_body: written.html,
		created_at: m.now,
		next_attempt_at: m.now,
		sent_at: null,
		last_error: null,
		failed_at: null,
		facts: 'facts' in m ? m.facts : null
	};
}

/** Queue a message (in the transaction of its cause). */
export async function insertMail(db: DB, m: NewMail): Promise<void> {
	await db.insertInto('outbox').values(mailRow(m)).execute();
}

/** Messages still queued as facts (see mail/queued), oldest first. */
export function unwrittenMails(db: DB) {
	return db
		.selectFrom('outbox')
		.select(['id', 'to_address', 'subject', 'text_body', 'html_body', 'facts'])
		.where('facts', 'is not', null)
		.orderBy('created_at')
		.execute();
}

/** A queued message, now written: its subject and bodies stored in place of its facts. */
export async function storeWrittenMail(
	db: DB,
	id: string,
	mail: { subject: string; text: string; html: string }
): Promise<void> {
	await db
		.updateTable('outbox')
		.set({ subject: mail.subject, text_body: mail.text, html_body: mail.html, facts: null })
		.where('id', '=', id)
		.execute();
}

/** Unsent messages whose next attempt is due and that nobody holds, oldest first; given-up ones aside. */
export function dueMails(db: DB, now: number, limit: number) {
	return db
		.selectFrom('outbox')
		.selectAll()
		.where('sent_at', 'is', null)
		.where('failed_at', 'is', null)
		.where('next_attempt_at', '<=', now)
		.where('locked_until', '<=', now)
		.orderBy('created_at')
		.limit(limit)
		.execute();
}

/**
 * Hold a message until `until`; false when another server holds it, or meanwhile sent it, failed it (its next
 * attempt is later) or gave it up: a batch read a while ago is checked again here.
 */
export async function claimMail(db: DB, id: string, now: number, until: number): Promise<boolean> {
	const claim = await db
		.updateTable('outbox')
		.set({ locked_until: until })
		.where('id', '=', id)
		.where('locked_until', '<=', now)
		.where('next_attempt_at', '<=', now)
		.where('sent_at', 'is', null)
		.where('failed_at', 'is', null)
		.executeTakeFirst();
	return Number(claim.numUpdatedRows) === 1;
}

/** Hold a message being sent a while longer (until `until`), unless it was sent meanwhile. */
export async function renewClaim(db: DB, id: string, until: number): Promise<void> {
	await db
		.updateTable('outbox')
		.set({ locked_until: until })
		.where('id', '=', id)
		.where('sent_at', 'is', null)
		.execute();
}

export async function markMailSent(db: DB, id: string, at: number): Promise<void> {
	await db
		.updateTable('outbox')
		.set({ sent_at: at, locked_until: 0, last_error: null })
		.where('id', '=', id)
		.execute();
}

export async function markMailFailed(
	db: DB,
	id: string,
	failure: {
		attempts: number;
		next_attempt_at: number;
		last_error: string;
		failed_at: number | null;
	}
): Promise<void> {
	await db
		.updateTable('outbox')
		.set({ ...failure, locked_until: 0 })
		.where('id', '=', id)
		.execute();
}

/** Delete messages that were sent before `before` (the outbox is a queue, not an archive). */
export async function deleteSentMailBefore(db: DB, before: number): Promise<number> {
	const result = await db
		.deleteFrom('outbox')
		.where('sent_at', 'is not', null)
		.where('sent_at', '<', before)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** The messages the outbox gave up on, latest first. */
export function givenUpMails(db: DB, limit: number) {
	return db
		.selectFrom('outbox')
		.select(['id', 'to_address', 'subject', 'attempts', 'last_error', 'failed_at'])
		.where('sent_at', 'is', null)
		.where('failed_at', 'is not', null)
		.orderBy('failed_at', 'desc')
		.limit(limit)
		.execute();
}

/** Queue a given-up message again with a fresh count of attempts; false when there is no such message. */
export async function requeueMail(db: DB, id: string, now: number): Promise<boolean> {
	const result = await db
		.updateTable('outbox')
		.set({ failed_at: null, attempts: 0, next_attempt_at: now, locked_until: 0 })
		.where('id', '=', id)
		.where('sent_at', 'is', null)
		.where('failed_at', 'is not', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}
