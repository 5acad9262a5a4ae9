import { getDb } from '../db';
import { readEnv } from '../env';
import { processOutbox, type Transport } from './outbox';
import { createTransport } from './transport';

let timer: ReturnType<typeof setInterval> | undefined;
let running: Promise<void> | undefined;
let again = false;
let transport: Transport | undefined;
/** Mail was queued with no schedule running to send it (serverless): the request sends it (sendQueuedMail). */
let pending = false;

/**
 * One pass over the outbox at a time. A call during a pass asks for one more pass after it (what it wants sent
 * may have been queued after the running pass looked) and returns the promise that covers both.
 */
function tick(): Promise<void> {
	if (running) {
		again = true;
		return running;
	}
	running = (async () => {
		try {
			do {
				again = false;
				try {
					transport ??= createTransport(readEnv().mail);
					await processOutbox(await getDb(), transport);
				} catch (error) {
					console.error('mail worker:', error);
				}
			} while (again);
		} finally {
			running = undefined;
		}
	})();
	return running;
}

/** The background sender: every few seconds, and at once when a message is queued (kickMailWorker). */
export function startMailWorker(intervalMs = 2000): void {
	if (timer) return;
	timer = setInterval(() => void tick(), intervalMs);
	timer.unref();
}

/**
 * Kicks this close together are answered by one pass: under load (tickets arriving by the hundred a second) a
 * pass then sends the mail of several, reading the outbox and the service hours once for all of them, instead of
 * a pass for each. A customer waits a few milliseconds longer for their confirmation.
 */
const GATHER_MS = 15;
let gathering: ReturnType<typeof setTimeout> | undefined;

export function kickMailWorker(): void {
	if (!timer) {
		pending = true;
		return;
	}
	if (gathering) return;
	gathering = setTimeout(() => {
		gathering = undefined;
		void tick();
	}, GATHER_MS);
}

/** `work`, waited for no longer than `ms` (it goes on; what it claimed stays claimed until done or lapsed). */
async function atMost<T>(work: Promise<T>, ms: number, otherwise: T): Promise<T> {
	let timeout: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<T>((resolve) => (timeout = setTimeout(() => resolve(otherwise), ms)));
	try {
		return await Promise.race([work, late]);
	} finally {
		clearTimeout(timeout);
	}
}

/**
 * Serverless: what this request queued, sent before its response ends (a frozen function sends nothing
 * later), waited for no longer than `maxMs`; whatever is left is the jobs endpoint's (cron) to send.
 */
export async function sendQueuedMail(maxMs: number): Promise<void> {
	if (!pending || timer) return;
	pending = false;
	await atMost(tick(), maxMs, undefined);
}

/** Send every due message, pass after pass, for at most `maxMs` (the jobs endpoint). Returns how many were sent. */
export async function drainOutbox(maxMs: number): Promise<number> {
	const deadline = Date.now() + maxMs;
	transport ??= createTransport(readEnv().mail);
	const db = await getDb();
	let sent = 0;
	for (;;) {
		const left = deadline - Date.now();
		if (left <= 0) break;
		const pass = await atMost(processOutbox(db, transport), left, 0);
		if (!pass) break;
		sent += pass;
	}
	return sent;
}

/**
 * Send what is queued now and wait for it, but never longer than `maxMs`: agent actions (a reply, solving a
 * ticket and its survey) reach the customer's mailbox before the agent's request returns, when the transport
 * is quick, without a slow SMTP server ever holding an agent up.
 */
export async function flushMailWorker(maxMs = 1000): Promise<void> {
	if (!timer) return void (pending = true);
	await atMost(tick(), maxMs, undefined);
}
