import { randomUUID } from 'node:crypto';
import type { DB } from '../db';

export interface Mail {
	to: string;
	subject: string;
	text: string;
	html: string;
}

/**
 * Queue a message. Call it with the transaction that makes the change the message is about, so a message is
 * stored exactly when its cause is: never lost while SMTP is down, never sent for a change that rolled back.
 */
export async function enqueueMail(db: DB, mail: Mail, now: number): Promise<string> {
	const id = randomUUID();
	await db
		.insertInto('outbox')
		.values({
			id,
			to_address: mail.to,
			subject: mail.subject,
			text_body: mail.text,
			html_body: mail.html,
			created_at: now,
			next_attempt_at: now,
			sent_at: null,
			last_error: null
		})
		.execute();
	return id;
}

export interface Transport {
	send(message: Mail & { id: string }): Promise<void>;
}

/** 5 s, 10 s, 20 s … up to an hour between attempts. */
export function backoff(attempts: number): number {
	return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
}

const CLAIM_MS = 60_000;

/**
 * Send what is due, once. Each message is claimed first (locked_until), so app servers sharing the database
 * never send one twice; a failure is retried later with back-off. Returns how many were sent.
 */
export async function processOutbox(
	db: DB,
	transport: Transport,
	now: number,
	batch = 20
): Promise<number> {
	const due = await db
		.selectFrom('outbox')
		.selectAll()
		.where('sent_at', 'is', null)
		.where('next_attempt_at', '<=', now)
		.where('locked_until', '<=', now)
		.orderBy('created_at')
		.limit(batch)
		.execute();
	let sent = 0;
	for (const message of due) {
		const claim = await db
			.updateTable('outbox')
			.set({ locked_until: now + CLAIM_MS })
			.where('id', '=', message.id)
			.where('locked_until', '<=', now)
			.where('sent_at', 'is', null)
			.executeTakeFirst();
		if (Number(claim.numUpdatedRows) !== 1) continue;
		try {
			await transport.send({
				id: message.id,
				to: message.to_address,
				subject: message.subject,
				text: message.text_body,
				html: message.html_body
			});
			await db
				.updateTable('outbox')
				.set({ sent_at: Date.now(), locked_until: 0, last_error: null })
				.where('id', '=', message.id)
				.execute();
			sent++;
		} catch (error) {
			const attempts = message.attempts + 1;
			await db
				.updateTable('outbox')
				.set({
					attempts,
					next_attempt_at: now + backoff(attempts),
					locked_until: 0,
					last_error: String((error as Error).message ?? error).slice(0, 500)
				})
				.where('id', '=', message.id)
				.execute();
		}
	}
	return sent;
}
