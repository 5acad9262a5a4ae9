// Test support, never imported by the app: a help desk on a test database with a clock the spec moves, people,
// tickets and the inbox, for the ticket services' specs.
import * as v from 'valibot';
import { afterEach, beforeEach } from 'vitest';
import { QueueQuerySchema } from '$lib/schemas/agent';
import type { SessionUser } from '../../auth/session';
import type { DB } from '../../db';
import { outboxRows, testUser, type TestDatabase } from '../../db/testing/databases';
import { writeQueuedMails } from '../../mail/queued';
import { agentQueue } from '../queue';
import { createTicket } from '../service';

// Monday 23 November 2026, 10:00 in Oslo (09:00 UTC)
export const MONDAY_10 = Date.UTC(2026, 10, 23, 9);
export const H = 60 * 60 * 1000;

/** Opens a fresh database before each test (closed after it) and returns what the specs work with. */
export function desk({ open, close }: TestDatabase) {
	const d = {
		db: undefined as unknown as DB,
		now: MONDAY_10,
		ctx: () => ({ db: d.db, now: d.now, origin: 'https://help.example', ip: '203.0.113.7' }),
		/** Every mail queued, written as the mail worker sends it, oldest first. */
		outbox: async () => {
			await writeQueuedMails(d.db);
			return outboxRows(d.db);
		},
		person: (email: string, role: SessionUser['role'] = 'customer', locale = 'en') =>
			testUser(d.db, email, role, locale, d.now - 400 * 24 * H),
		/** A new ticket of this customer ("Parcel missing"), in their language unless told. */
		async ticket(user: SessionUser, extra: Record<string, string> = {}, locale = user.locale) {
			const result = await createTicket(
				d.ctx(),
				user,
				{ subject: 'Parcel missing', message: 'Where is my parcel?', locale, ...extra },
				[]
			);
			if (!result.ok) throw new Error(JSON.stringify(result));
			return result.ticket;
		},
		/** The inbox as this agent sees it under a query. */
		async queue(agent: SessionUser, query: Record<string, string> = {}) {
			const result = await agentQueue(d.ctx(), agent, v.parse(QueueQuerySchema, query));
			if ('ok' in result) throw new Error(result.code);
			return result;
		}
	};
	beforeEach(async () => {
		d.db = await open();
		d.now = MONDAY_10;
	});
	afterEach(async () => {
		await close(d.db);
	});
	return d;
}
