import type { RequestEvent } from '@sveltejs/kit';
import type { DB } from '../db';
import { getDb } from '../db';
import { settings } from '../env';

/** What services need from a request: database, clock, public origin, client address. */
export interface Ctx {
	db: DB;
	now: number;
	/** Public origin for links in emails, e.g. https://help.example.com */
	origin: string;
	/** The client address (event.getClientAddress(), which honours ADDRESS_HEADER/XFF_DEPTH). */
	ip: string;
}

/** The services' context of a request. */
export async function ctxOf(event: Pick<RequestEvent, 'url' | 'getClientAddress'>): Promise<Ctx> {
	return {
		db: await getDb(),
		now: Date.now(),
		origin: settings.origin() ?? event.url.origin,
		ip: event.getClientAddress()
	};
}
