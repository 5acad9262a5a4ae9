import { describe, expect, it } from 'vitest';
import { createSession } from '../auth/session';
import type { DB } from '../db';
import { insertMail, markMailSent } from '../db/outbox';
import { countHit } from '../db/rate-limits';
import { freshEachTest, testDatabases, testUser } from '../db/testing/databases';
import { issueUserToken } from '../db/user-tokens';
import { purgeExpired, SENT_MAIL_KEPT_MS } from './index';

const DAY = 24 * 60 * 60 * 1000;

describe.each(testDatabases())('the hourly purge on $name', (database) => {
	let db: DB;
	freshEachTest(database, (opened) => (db = opened));

	it('deletes passed windows, lapsed sessions and links, and old sent mail; keeps what is live', async () => {
		const now = 100 * DAY;
		const user = await testUser(db, 'kari@example.no');
		await countHit(db, 'old', 60_000, now - 2 * DAY, undefined);
		await countHit(db, 'live', 60_000, now - 1000, undefined);
		await createSession(db, user.id, now - 31 * DAY);
		const live = await createSession(db, user.id, now - DAY);
		await issueUserToken(db, 'lapsed', user.id, 'verify', now - 8 * DAY);
		await issueUserToken(db, 'live', user.id, 'reset', now - 1000);
		const mail = (id: string) => ({ id, to: 'k@example.no', subject: 's', text: 't', html: 'h' });
		await insertMail(db, { ...mail('sent-long-ago'), now: now - SENT_MAIL_KEPT_MS - DAY });
		await markMailSent(db, 'sent-long-ago', now - SENT_MAIL_KEPT_MS - DAY);
		await insertMail(db, { ...mail('sent-recently'), now: now - DAY });
		await markMailSent(db, 'sent-recently', now - DAY);
		await insertMail(db, { ...mail('never-sent'), now: now - SENT_MAIL_KEPT_MS - DAY });

		expect(await purgeExpired(db, now)).toEqual({
			rateLimits: 1,
			sessions: 1,
			tokens: 1,
			mails: 1
		});
		const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
		expect(await db.selectFrom('rate_limits').select('key').execute()).toEqual([{ key: 'live' }]);
		expect(ids(await db.selectFrom('sessions').select('id').execute())).toEqual([live.session.id]);
		expect(await db.selectFrom('user_tokens').select('token_hash').execute()).toEqual([
			{ token_hash: 'live' }
		]);
		expect(ids(await db.selectFrom('outbox').select('id').execute())).toEqual([
			'never-sent',
			'sent-recently'
		]);
	});
});
