import type { RequestEvent } from '@sveltejs/kit';
import type { Ctx } from './accounts';
import { getDb } from './db';

/** What account operations need from a request: database, clock, public origin, client address. */
export async function ctxOf(event: Pick<RequestEvent, 'url' | 'getClientAddress'>): Promise<Ctx> {
	return {
		db: await getDb(),
		now: Date.now(),
		origin: process.env.ORIGIN ?? event.url.origin,
		ip: event.getClientAddress()
	};
}
