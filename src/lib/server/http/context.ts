import type { RequestEvent } from '@sveltejs/kit';
import type { Ctx } from '../accounts';
import { getDb } from '../db';
import { settings } from '../env';

/** What account operations need from a request: database, clock, public origin, client address. */
export async function ctxOf(event: Pick<RequestEvent, 'url' | 'getClientAddress'>): Promise<Ctx> {
	return {
		db: await getDb(),
		now: Date.now(),
		origin: settings.origin() ?? event.url.origin,
		ip: event.getClientAddress()
	};
}
