import { randomUUID } from 'node:crypto';
import type { DB } from '../db';
import {
	claimMail,
	dueMails,
	givenUpMails,
	insertMail,
	markMailFailed,
	markMailSent,
	renewClaim,
	requeueMail
} from '../db/outbox';
import { loadServiceSettings } from '../service-hours';
import { keepWords, writtenMail } from './queued';

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

/**
 * A message that failed this many times in a row is given up: about 20 hours of retrying (see backoff), after
 * which it waits for an admin (Undelivered mail in the workspace) to try it again.
 */
export const MAX_ATTEMPTS = 30;

/** 5 s, 10 s, 20 s … up to an hour between attempts. */
export function backoff(attempts: number): number {
	return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
}

/**
 * A message is claimed for a minute and the claim renewed every 20 s while its transport is still at work, so
 * however long an SMTP server takes (up to the transport's own limits, see transport.ts), no other app server
 * takes the message over and sends it again; a server that dies mid-send lets go of it within a minute.
 */
const CLAIM_MS = 60_000;
const RENEW_EVERY_MS = 20_000;

/** The worker's time; injectable, so tests need not wait for a slow server. */
export interface OutboxClock {
	now(): number;
	/** Run `task` every `ms` until the returned function is called. */
	every(ms: number, task: () => unknown): () => void;
}

export const systemClock: OutboxClock = {
	now: () => Date.now(),
	every(ms, task) {
		const timer = setInterval(task, ms);
		timer.unref();
		return () => clearInterval(timer);
	}
};

/** Send one claimed message, renewing the claim until the transport is done (either way). */
async function sendClaimed(
	db: DB,
	transport: Transport,
	clock: OutboxClock,
	message: Mail & { id: string }
): Promise<void> {
	let renewing: Promise<unknown> = Promise.resolve();
	const stop = clock.every(RENEW_EVERY_MS, () => {
		renewing = renewClaim(db, message.id, clock.now() + CLAIM_MS).catch((error: unknown) =>
			console.error('mail worker: renewing a claim', error)
		);
		return renewing;
	});
	try {
		await transport.send(message);
	} finally {
		stop();
		await renewing;
	}
}

/**
 * Send what is due, once. Each message is claimed first (locked_until), so app servers sharing the database
 * never send one twice; a failure is retried later with back-off. Returns how many were sent.
 */
export async function processOutbox(
	db: DB,
	transport: Transport,
	clock: OutboxClock = systemClock,
	batch = 20
): Promise<number> {
	let sent = 0;
	// the service settings a message written from facts states, read once for the pass
	let hours: ReturnType<typeof loadServiceSettings> | undefined;
	const settings = () => (hours ??= loadServiceSettings(db));
	for (const message of await dueMails(db, clock.now(), batch)) {
		// requests go first between messages: on SQLite a pass would otherwise write twenty at a stretch
		await new Promise((resolve) => setImmediate(resolve));
		// each claim from the time it is made: the messages before it in this batch may have taken long
		const now = clock.now();
		if (!(await claimMail(db, message.id, now, now + CLAIM_MS))) continue;
		let mail: (Mail & { id: string }) | undefined;
		try {
			mail = await writtenMail(db, message, message.facts, settings);
			await sendClaimed(db, transport, clock, mail);
			await markMailSent(db, message.id, clock.now());
			sent++;
		} catch (error) {
			if (mail && message.facts) await keepWords(db, mail);
			const attempts = message.attempts + 1;
			await markMailFailed(db, message.id, {
				attempts,
				next_attempt_at: clock.now() + backoff(attempts),
				last_error: String((error as Error).message ?? error).slice(0, 500),
				failed_at: attempts >= MAX_ATTEMPTS ? clock.now() : null
			});
		}
	}
	return sent;
}

/** What admins see of the messages the outbox gave up on (newest first, at most `limit`). */
export async function undeliveredMails(db: DB, limit = 200) {
	return (await givenUpMails(db, limit)).map((m) => ({
		id: m.id,
		to: m.to_address,
		subject: m.subject,
		attempts: m.attempts,
		lastError: m.last_error,
		failedAt: new Date(Number(m.failed_at)).toISOString()
	}));
}

/** An admin tries a given-up message again: queued at once, with a fresh count of attempts. */
export async function retryUndelivered(db: DB, id: string, now: number): Promise<boolean> {
	return /^[0-9a-f-]{36}$/.test(id) && requeueMail(db, id, now);
}
