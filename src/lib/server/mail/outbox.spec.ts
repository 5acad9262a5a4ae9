import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import type { DB } from '../db';
import { freshEachTest, testDatabases } from '../db/testing/databases';
import {
	backoff,
	enqueueMail,
	MAX_ATTEMPTS,
	processOutbox,
	retryUndelivered,
	undeliveredMails,
	type OutboxClock,
	type Transport
} from './outbox';
import { enqueueFacts } from './queued';
import { createTransport } from './transport';

/** A clock stopped at `t`. */
const at = (t: number): OutboxClock => ({ now: () => t, every: () => () => {} });
const mail = { to: 'kari@example.no', subject: 'Hei', text: 'Tekst', html: '<p>Tekst</p>' };

describe.each(testDatabases())('the outbox on $name', (database) => {
	let db: DB;
	freshEachTest(database, (opened) => (db = opened));

	it('keeps a message while the transport fails, retries with back-off, and sends it once', async () => {
		await enqueueMail(db, mail, 1000);
		let up = false;
		const sent: string[] = [];
		const transport: Transport = {
			async send(m) {
				if (!up) throw new Error('connection refused');
				sent.push(m.to);
			}
		};
		expect(await processOutbox(db, transport, at(1000))).toBe(0);
		let row = await db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
		expect(row).toMatchObject({
			attempts: 1,
			sent_at: null,
			last_error: 'connection refused',
			next_attempt_at: 1000 + backoff(1)
		});
		up = true;
		expect(await processOutbox(db, transport, at(1000 + backoff(1) - 1))).toBe(0);
		expect(await processOutbox(db, transport, at(1000 + backoff(1)))).toBe(1);
		expect(await processOutbox(db, transport, at(10_000_000))).toBe(0);
		row = await db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
		expect(row.sent_at).not.toBeNull();
		expect(sent).toEqual(['kari@example.no']);
	});

	it('never sends a message twice when two workers run at once', async () => {
		for (let i = 0; i < 5; i++)
			await enqueueMail(db, { ...mail, to: `u${i}@example.no` }, 1000 + i);
		const sent: string[] = [];
		const slow: Transport = {
			send: async (m) => void (await new Promise((r) => setTimeout(r, 5)), sent.push(m.to))
		};
		await Promise.all([processOutbox(db, slow, at(2000)), processOutbox(db, slow, at(2000))]);
		expect(sent.sort()).toEqual(['u0', 'u1', 'u2', 'u3', 'u4'].map((u) => `${u}@example.no`));
	});

	it('gives a message up after MAX_ATTEMPTS failures, lists it for admins, and sends it when tried again', async () => {
		const id = await enqueueMail(db, mail, 1000);
		let up = false;
		let calls = 0;
		const transport: Transport = {
			async send() {
				calls++;
				if (!up) throw new Error('550 mailbox unavailable');
			}
		};
		let t = 1000;
		for (let i = 0; i < MAX_ATTEMPTS + 5; i++) {
			await processOutbox(db, transport, at(t));
			t += 60 * 60 * 1000;
		}
		expect(calls).toBe(MAX_ATTEMPTS);
		expect(await undeliveredMails(db)).toEqual([
			{
				id,
				to: 'kari@example.no',
				subject: 'Hei',
				attempts: MAX_ATTEMPTS,
				lastError: '550 mailbox unavailable',
				failedAt: expect.any(String)
			}
		]);
		expect(await retryUndelivered(db, 'no-such-mail', t)).toBe(false);
		expect(await retryUndelivered(db, id, t)).toBe(true);
		expect(await undeliveredMails(db)).toEqual([]);
		up = true;
		expect(await processOutbox(db, transport, at(t))).toBe(1);
		expect(calls).toBe(MAX_ATTEMPTS + 1);
		expect(await retryUndelivered(db, id, t)).toBe(false);
	});

	it('writes a message queued as facts when it sends it, and keeps the words of one it could not send', async () => {
		await enqueueFacts(
			db,
			{
				kind: 'ticketCreated',
				locale: 'nb',
				to: 'kari@example.no',
				name: 'Kari',
				ref: 'SV-1001',
				subject: 'Feil vare',
				callbackPhone: null,
				dueAt: Date.UTC(2026, 10, 24, 9),
				timeZone: null,
				link: 'https://help.example/nb/support/SV-1001'
			},
			1000
		);
		const sent: Parameters<Transport['send']>[0][] = [];
		let up = false;
		const transport: Transport = {
			async send(message) {
				if (!up) throw new Error('421 try later');
				sent.push(message);
			}
		};
		await processOutbox(db, transport, at(1000));
		const [kept] = await db.selectFrom('outbox').selectAll().execute();
		expect(kept).toMatchObject({ facts: null, last_error: '421 try later' });
		expect(kept!.subject).toContain('SV-1001');
		up = true;
		expect(await processOutbox(db, transport, at(1000 + backoff(1)))).toBe(1);
		expect(sent[0]!.subject).toBe(kept!.subject);
		expect(sent[0]!.text).toContain('Kari');
		expect(sent[0]!.html).toContain('<html lang="nb"');
	});

	it('a message another server failed meanwhile waits for its back-off, even if an older batch lists it', async () => {
		await enqueueMail(db, { ...mail, to: 'first@example.no' }, 1000);
		await enqueueMail(db, { ...mail, to: 'second@example.no' }, 1001);
		const sent: string[] = [];
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		let holding = () => {};
		const busy = new Promise<void>((resolve) => (holding = resolve));
		// server A is slow with the first message; server B takes the second meanwhile, and it fails
		const a = processOutbox(
			db,
			{
				async send(m) {
					sent.push(m.to);
					holding();
					await held;
				}
			},
			at(2000)
		);
		await busy;
		const failing: Transport = {
			async send(m) {
				sent.push(m.to);
				throw new Error('421 try later');
			}
		};
		expect(await processOutbox(db, failing, at(2000))).toBe(0);
		release();
		expect(await a).toBe(1);
		expect(sent).toEqual(['first@example.no', 'second@example.no']);
	});

	it('backs off exponentially up to an hour', () => {
		expect([1, 2, 3, 4].map(backoff)).toEqual([5000, 10000, 20000, 40000]);
		expect(backoff(30)).toBe(3_600_000);
	});
});

describe('transports', () => {
	it('writes .eml files to DATA_DIR/outbox without SMTP_URL', async () => {
		const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-mail-'));
		await createTransport({ from: 'Lumo <support@svar.invalid>', dataDir }).send({
			...mail,
			id: 'm1',
			subject: 'Åpne lenken for å bekrefte',
			text: 'Hei Kari, åpne lenken'
		});
		const [file] = fs.readdirSync(path.join(dataDir, 'outbox'));
		const eml = fs.readFileSync(path.join(dataDir, 'outbox', file!), 'utf8');
		expect(eml).toContain('To: kari@example.no');
		expect(eml).toMatch(/Subject: =\?UTF-8\?/);
		expect(eml).toContain('Message-ID: <m1@svar>');
	});

	it('delivers through a real SMTP server that refuses first and then accepts', async () => {
		let refuse = true;
		const received: string[] = [];
		const server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			onRcptTo(address, _session, callback) {
				if (refuse)
					return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
				callback();
			},
			onData(stream, _session, callback) {
				let data = '';
				stream.on('data', (chunk) => (data += chunk));
				stream.on('end', () => {
					received.push(data);
					callback();
				});
			}
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const port = (server.server.address() as { port: number }).port;
		try {
			const transport = createTransport({
				smtpUrl: `smtp://127.0.0.1:${port}`,
				from: 'Lumo <support@svar.invalid>',
				dataDir: os.tmpdir()
			});
			await expect(transport.send({ ...mail, id: 'm2' })).rejects.toThrow(/451|try again/);
			refuse = false;
			await transport.send({ ...mail, id: 'm2' });
			expect(received).toHaveLength(1);
			expect(received[0]).toContain('Message-ID: <m2@svar>');
		} finally {
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	});
});
