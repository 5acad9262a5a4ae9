import { randomUUID } from 'node:crypto';
import type { DB } from '../db';
import { claimMail, dueMails, insertMail, markMailFailed, markMailSent } from '../db/outbox';

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
	await insertMail(db, { id, ...mail, now });
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
	let sent = 0;
	for (const message of await dueMails(db, now, batch)) {
		if (!(await claimMail(db, message.id, now, now + CLAIM_MS))) continue;
		try {
			await transport.send({
				id: message.id,
				to: message.to_address,
				subject: message.subject,
				text: message.text_body,
				html: message.html_body
			});
			await markMailSent(db, message.id, Date.now());
			sent++;
		} catch (error) {
			const attempts = message.attempts + 1;
			await markMailFailed(db, message.id, {
				attempts,
				next_attempt_at: now + backoff(attempts),
				last_error: String((error as Error).message ?? error).slice(0, 500)
			});
		}
	}
	return sent;
}
