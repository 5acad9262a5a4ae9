import { describe, expect, it } from 'vitest';
import { testDatabases, testUser } from '../db/testing/databases';
import { createSession, validateSessionToken } from './session';

describe.each(testDatabases())('session cookies on $name', ({ open, close }) => {
	it('a cookie of garbage (NUL, lone surrogates, too long) is no session, never an error', async () => {
		const db = await open();
		try {
			const now = Date.now();
			const user = await testUser(db, 'kari@example.no');
			const { token } = await createSession(db, user.id, now);
			const [id, secret] = token.split('.');
			for (const garbage of [
				'\0.x',
				`${id}.\0`,
				`${id}\0.${secret}`,
				'\ud800.x',
				`${id}.${secret}\ud800`,
				`${'a'.repeat(65)}.${secret}`,
				`${id}.${secret}.x`,
				`${id}`,
				'.',
				''
			])
				expect(await validateSessionToken(db, garbage, now), JSON.stringify(garbage)).toBeNull();
			expect(await validateSessionToken(db, token, now)).toMatchObject({ user: { id: user.id } });
		} finally {
			await close(db);
		}
	});
});
