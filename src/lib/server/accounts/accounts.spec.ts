import { describe, expect, it } from 'vitest';
import * as accounts from './index';
import {
	validateSessionToken,
	MAX_SESSIONS_PER_USER,
	SESSION_LIFETIME,
	SESSION_REFRESH_INTERVAL
} from '../auth/session';
import type { DB } from '../db';
import { freshEachTest, outboxRows, testDatabases } from '../db/testing/databases';
import { findUserByEmail } from '../db/users';

const PASSWORD = 'correct horse battery staple';
const linkIn = (text: string, kind: string) =>
	new RegExp(`https://help\\.example/[a-z]{2}/${kind}/([A-Za-z0-9_-]+)`).exec(text)?.[1];

describe.each(testDatabases())('accounts on $name', (database) => {
	let db: DB;
	let now = Date.UTC(2026, 10, 22, 9);
	const ctx = (ip = '203.0.113.7') => ({ db, now, origin: 'https://help.example', ip });
	const outbox = () => outboxRows(db);
	const signup = (email = 'kari@example.no', extra: Partial<accounts.SignupInput> = {}) =>
		accounts.signup(ctx(), {
			name: 'Kari',
			email,
			password: PASSWORD,
			locale: 'nb',
			shopName: null,
			shopUrl: null,
			phone: null,
			...extra
		});

	freshEachTest(database, (opened) => {
		db = opened;
		now = Date.UTC(2026, 10, 22, 9);
	});

	it('signs up: an unverified customer and a verification link in their language, in one transaction', async () => {
		expect(await signup('Kari@Example.no', { next: '/nb/contact?article=open-ticket' })).toEqual({
			ok: true
		});
		const user = await findUserByEmail(db, 'kari@example.no');
		expect(user).toMatchObject({ role: 'customer', locale: 'nb', email_verified_at: null });
		const [mail] = await outbox();
		expect(mail).toMatchObject({ to_address: 'kari@example.no', sent_at: null });
		expect(mail!.text_body).toContain('Kari');
		const token = linkIn(mail!.text_body, 'verify')!;
		const verified = await accounts.verifyEmail(ctx(), token);
		expect(verified).toMatchObject({ ok: true, next: '/nb/contact?article=open-ticket' });
		expect((await findUserByEmail(db, 'kari@example.no'))!.email_verified_at).toBe(now);
		expect(await accounts.verifyEmail(ctx(), token)).toEqual({ ok: false });
	});

	it('answers a second sign-up with a registered address alike, and tells the owner instead', async () => {
		await signup();
		expect(await signup('KARI@example.no', { name: 'Someone else' })).toEqual({ ok: true });
		const mails = await outbox();
		expect(mails).toHaveLength(2);
		expect(mails[1]!.text_body).toContain('/nb/forgot');
		expect((await findUserByEmail(db, 'kari@example.no'))!.name).toBe('Kari');
	});

	it('logs in with a new session each time; a wrong password and an unknown email fail alike', async () => {
		await signup();
		const a = (await accounts.login(ctx(), 'kari@example.no', PASSWORD)) as {
			ok: true;
			token: string;
		};
		const b = (await accounts.login(ctx(), 'KARI@example.no', PASSWORD)) as {
			ok: true;
			token: string;
		};
		expect(a.ok && b.ok).toBe(true);
		expect(a.token).not.toBe(b.token);
		expect(await accounts.login(ctx(), 'kari@example.no', 'wrong password')).toEqual({ ok: false });
		expect(await accounts.login(ctx(), 'nobody@example.no', 'wrong password')).toEqual({
			ok: false
		});
	});

	it('slows an account strangers guess at, without locking its owner out', async () => {
		await signup();
		// 30 wrong guesses from 30 addresses: 10 are checked freely, then the account asks for a pause
		const guesses = [];
		for (let i = 0; i < 30; i++)
			guesses.push(await accounts.login(ctx(`198.51.100.${i}`), 'kari@example.no', `wrong ${i}`));
		expect(guesses.filter((g) => 'ok' in g && !g.ok)).toHaveLength(11);
		const owner = await accounts.login(ctx(), 'kari@example.no', PASSWORD);
		expect(owner).toMatchObject({ throttled: true });
		const { seconds } = owner as accounts.Throttled;
		expect(seconds).toBeGreaterThan(0);
		expect(seconds).toBeLessThanOrEqual(accounts.LOGIN_LIMITS.maxDelayMs / 1000);
		now += seconds * 1000;
		expect(await accounts.login(ctx(), 'kari@example.no', PASSWORD)).toMatchObject({ ok: true });
		// a success clears the account's count: the next wrong password is checked at once
		expect(await accounts.login(ctx('198.51.100.99'), 'kari@example.no', 'wrong')).toEqual({
			ok: false
		});
	});

	it('counts before checking: of 40 parallel guesses from one address, exactly 10 are checked', async () => {
		await signup();
		const results = await Promise.all(
			Array.from({ length: 40 }, (_, i) => accounts.login(ctx(), 'kari@example.no', `wrong ${i}`))
		);
		expect(results.filter((r) => 'ok' in r && !r.ok)).toHaveLength(accounts.LOGIN_LIMITS.pair);
		expect(results.filter((r) => 'throttled' in r)).toHaveLength(40 - accounts.LOGIN_LIMITS.pair);
		// that address waits out the window; the owner elsewhere is not held up
		expect(await accounts.login(ctx(), 'kari@example.no', PASSWORD)).toMatchObject({
			throttled: true,
			minutes: 15
		});
		expect(await accounts.login(ctx('192.0.2.1'), 'kari@example.no', PASSWORD)).toMatchObject({
			ok: true
		});
	});

	it('of 200 parallel guesses from 200 addresses, checks only the free ones and one more', async () => {
		await signup();
		const results = await Promise.all(
			Array.from({ length: 200 }, (_, i) =>
				accounts.login(ctx(`10.0.${i >> 8}.${i & 255}`), 'kari@example.no', `wrong ${i}`)
			)
		);
		expect(results.filter((r) => 'ok' in r && !r.ok)).toHaveLength(
			accounts.LOGIN_LIMITS.account + 1
		);
	});

	it('throttles one address trying many accounts', async () => {
		for (let i = 0; i < accounts.LOGIN_LIMITS.address; i++)
			await accounts.login(ctx(), `user${i}@example.no`, 'wrong password');
		expect(await accounts.login(ctx(), 'other@example.no', 'wrong password')).toMatchObject({
			throttled: true
		});
		expect(await accounts.login(ctx('192.0.2.1'), 'other@example.no', 'wrong password')).toEqual({
			ok: false
		});
	});

	it('keeps at most 20 live sessions an account: a new login ends the oldest', async () => {
		await signup();
		const tokens: string[] = [];
		for (let i = 0; i < MAX_SESSIONS_PER_USER + 5; i++) {
			now += 1000;
			tokens.push(
				((await accounts.login(ctx(), 'kari@example.no', PASSWORD)) as { token: string }).token
			);
		}
		const valid = await Promise.all(tokens.map((t) => validateSessionToken(db, t, now)));
		expect(valid.map((v) => !!v)).toEqual(tokens.map((_, i) => i >= 5));
	});

	it('ends sessions: logout ends one, logout everywhere all, a password change all but the current', async () => {
		await signup();
		const login = async () =>
			(await accounts.login(ctx(), 'kari@example.no', PASSWORD)) as {
				ok: true;
				token: string;
				user: { id: string };
			};
		const [a, b, c] = [await login(), await login(), await login()];
		const valid = async (token: string) => !!(await validateSessionToken(db, token, now));
		await accounts.logout(ctx(), a.token.split('.')[0]!);
		expect([await valid(a.token), await valid(b.token), await valid(c.token)]).toEqual([
			false,
			true,
			true
		]);
		const user = (await findUserByEmail(db, 'kari@example.no'))!;
		expect(
			await accounts.changePassword(
				ctx(),
				user,
				b.token.split('.')[0]!,
				'wrong',
				'a brand new passphrase'
			)
		).toBe(false);
		expect(
			await accounts.changePassword(
				ctx(),
				user,
				b.token.split('.')[0]!,
				PASSWORD,
				'a brand new passphrase'
			)
		).toBe(true);
		expect([await valid(b.token), await valid(c.token)]).toEqual([true, false]);
		expect(await accounts.login(ctx(), 'kari@example.no', 'a brand new passphrase')).toMatchObject({
			ok: true
		});
		await accounts.logoutEverywhere(ctx(), user.id);
		expect(await valid(b.token)).toBe(false);
	});

	it('resets a forgotten password once, within an hour, and ends every session', async () => {
		await signup();
		const before = (await accounts.login(ctx(), 'kari@example.no', PASSWORD)) as { token: string };
		expect(await accounts.requestPasswordReset(ctx(), 'kari@example.no', 'en')).toEqual({
			ok: true
		});
		expect(await accounts.requestPasswordReset(ctx(), 'nobody@example.no', 'en')).toEqual({
			ok: true
		});
		const mails = await outbox();
		expect(mails.map((m) => m.to_address)).toEqual(['kari@example.no', 'kari@example.no']);
		const token = linkIn(mails[1]!.text_body, 'reset')!;
		now += 59 * 60_000;
		const reset = await accounts.resetPassword(ctx(), token, 'another good passphrase');
		expect(reset.ok).toBe(true);
		expect(await validateSessionToken(db, before.token, now)).toBeNull();
		expect(await accounts.resetPassword(ctx(), token, 'yet another passphrase')).toEqual({
			ok: false
		});
		await accounts.requestPasswordReset(ctx(), 'kari@example.no', 'en');
		const late = linkIn((await outbox()).at(-1)!.text_body, 'reset')!;
		now += 61 * 60_000;
		expect(await accounts.resetPassword(ctx(), late, 'too late passphrase')).toEqual({ ok: false });
	});

	it('changes the email only from the new address, and tells the old one', async () => {
		await signup();
		const user = (await findUserByEmail(db, 'kari@example.no'))!;
		expect(await accounts.requestEmailChange(ctx(), user, 'kari@new.example', 'wrong')).toBe(false);
		expect(await accounts.requestEmailChange(ctx(), user, 'kari@new.example', PASSWORD)).toBe(true);
		const mail = (await outbox()).at(-1)!;
		expect(mail.to_address).toBe('kari@new.example');
		expect(await findUserByEmail(db, 'kari@example.no')).toBeDefined();
		const token = /\/verify\/([A-Za-z0-9_-]+)\?email=1/.exec(mail.text_body)![1]!;
		expect(await accounts.verifyEmail(ctx(), token)).toMatchObject({
			ok: true,
			changedTo: 'kari@new.example'
		});
		expect(await findUserByEmail(db, 'kari@example.no')).toBeUndefined();
		expect((await outbox()).at(-1)!.to_address).toBe('kari@example.no');
	});

	it('deletes an account by anonymising it: details gone, row kept, sessions ended', async () => {
		await signup('kari@example.no', { phone: '+47 912 34 567', shopName: 'Karis Kaffe' });
		const session = (await accounts.login(ctx(), 'kari@example.no', PASSWORD)) as { token: string };
		const user = (await findUserByEmail(db, 'kari@example.no'))!;
		expect(await accounts.deleteAccount(ctx(), user, 'wrong')).toBe(false);
		expect(await accounts.deleteAccount(ctx(), user, PASSWORD)).toBe(true);
		const row = await db
			.selectFrom('users')
			.selectAll()
			.where('id', '=', user.id)
			.executeTakeFirstOrThrow();
		expect(row).toMatchObject({
			email: null,
			name: '',
			password_hash: null,
			phone: null,
			shop_name: null,
			deleted_at: now
		});
		expect(await validateSessionToken(db, session.token, now)).toBeNull();
		expect(
			await accounts.signup(ctx(), {
				name: 'Kari',
				email: 'kari@example.no',
				password: PASSWORD,
				locale: 'nb',
				shopName: null,
				shopUrl: null,
				phone: null
			})
		).toEqual({ ok: true });
	});

	it('slides the session expiry, writing it at most hourly, and drops expired sessions', async () => {
		await signup();
		const { token } = (await accounts.login(ctx(), 'kari@example.no', PASSWORD)) as {
			token: string;
		};
		const id = token.split('.')[0]!;
		const expiry = async () =>
			(
				await db
					.selectFrom('sessions')
					.select('expires_at')
					.where('id', '=', id)
					.executeTakeFirstOrThrow()
			).expires_at;
		const first = await expiry();
		expect((await validateSessionToken(db, token, now + 10 * 60_000))!.session.expiresAt).toBe(
			first
		);
		expect(await expiry()).toBe(first);
		await validateSessionToken(db, token, now + SESSION_REFRESH_INTERVAL);
		expect(await expiry()).toBe(now + SESSION_REFRESH_INTERVAL + SESSION_LIFETIME);
		expect(
			await validateSessionToken(
				db,
				token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
				now
			)
		).toBeNull();
		expect(
			await validateSessionToken(db, token, now + SESSION_REFRESH_INTERVAL + SESSION_LIFETIME)
		).toBeNull();
		expect(await db.selectFrom('sessions').selectAll().where('id', '=', id).execute()).toEqual([]);
	});

	it('sets up the first admin once: a setup link without ADMIN_EMAIL, nothing after', async () => {
		const token = (await accounts.prepareSetup(db, now))!;
		const admin = (name: string, email: string) =>
			accounts.createFirstAdmin(ctx(), token, { name, email, password: PASSWORD, locale: 'en' });
		expect(await accounts.setupTokenValid(db, 'not-it')).toBe(false);
		expect(await admin('Ada', 'ada@example.no')).toMatchObject({ ok: true });
		expect((await findUserByEmail(db, 'ada@example.no'))!.role).toBe('admin');
		expect(await admin('Eve', 'eve@example.no')).toEqual({ ok: false });
		expect(await accounts.prepareSetup(db, now)).toBeUndefined();
	});

	it('creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD', async () => {
		expect(
			await accounts.prepareSetup(db, now, { email: 'root@example.no', password: PASSWORD })
		).toBeUndefined();
		expect(await findUserByEmail(db, 'root@example.no')).toMatchObject({ role: 'admin' });
	});

	it('creates it once however many servers start together, and makes no link when told not to', async () => {
		const admin = { email: 'root@example.no', password: PASSWORD };
		expect(await accounts.prepareSetup(db, now, undefined, { link: false })).toBeUndefined();
		expect(await accounts.setupTokenValid(db, '')).toBe(false);
		await Promise.all(Array.from({ length: 4 }, () => accounts.prepareSetup(db, now, admin)));
		expect(await findUserByEmail(db, 'root@example.no')).toMatchObject({ role: 'admin' });
	});
});
