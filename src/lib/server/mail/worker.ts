import { getDb } from '../db';
import { readEnv } from '../env';
import { processOutbox, type Transport } from './outbox';
import { createTransport } from './transport';

let timer: ReturnType<typeof setInterval> | undefined;
let running: Promise<unknown> | undefined;
let transport: Transport | undefined;

async function tick() {
	if (running) return;
	running = (async () => {
		try {
			transport ??= createTransport(readEnv().mail);
			await processOutbox(await getDb(), transport, Date.now());
		} catch (error) {
			console.error('mail worker:', error);
		} finally {
			running = undefined;
		}
	})();
	await running;
}

/** The background sender: every few seconds, and at once when a message is queued (kickMailWorker). */
export function startMailWorker(intervalMs = 2000): void {
	if (timer) return;
	timer = setInterval(() => void tick(), intervalMs);
	timer.unref();
}

export function kickMailWorker(): void {
	if (timer) setTimeout(() => void tick(), 0);
}

/**
 * Send what is queued now and wait for it, but never longer than `maxMs`: agent actions (a reply, solving a
 * ticket and its survey) reach the customer's mailbox before the agent's request returns, when the transport
 * is quick, without a slow SMTP server ever holding an agent up.
 */
export async function flushMailWorker(maxMs = 1000): Promise<void> {
	if (!timer) return;
	const work = (async () => {
		if (running) await running;
		await tick();
	})();
	let timeout: ReturnType<typeof setTimeout> | undefined;
	await Promise.race([work, new Promise((resolve) => (timeout = setTimeout(resolve, maxMs)))]);
	clearTimeout(timeout);
}
