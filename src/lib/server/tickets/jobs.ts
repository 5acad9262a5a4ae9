// Housekeeping that runs beside the server: solved tickets close by themselves after 7 days without a reply.
import { getDb } from '../db';
import { closeSolvedBefore } from '../db/agent';
import { AUTO_CLOSE_AFTER_MS } from './agent';

let timer: ReturnType<typeof setInterval> | undefined;

export async function closeStaleTickets(now = Date.now()): Promise<number> {
	return closeSolvedBefore(await getDb(), now - AUTO_CLOSE_AFTER_MS, now);
}

export function startTicketJobs(intervalMs = 10 * 60 * 1000): void {
	if (timer) return;
	const run = () =>
		void closeStaleTickets().catch((error: unknown) => console.error('ticket jobs:', error));
	run();
	timer = setInterval(run, intervalMs);
	timer.unref();
}
