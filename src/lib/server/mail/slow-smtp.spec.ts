// A slow SMTP server and two app servers sharing one database: the mail is delivered once, however long the
// server takes. The clock is the test's, so "75 seconds" pass without waiting for them.
import os from 'node:os';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { twinDatabases } from '../db/testing/databases';
import { enqueueMail, processOutbox } from './outbox';
import { createTransport, SMTP_LIMITS } from './transport';

const mail = { to: 'kari@example.no', subject: 'Hei', text: 'Tekst', html: '<p>Tekst</p>' };

/** A clock that moves only when told; what was scheduled on it runs, in order, as time passes. */
function manualClock(start: number) {
	let t = start;
	const tasks = new Set<{ every: number; next: number; run: () => unknown }>();
	return {
		now: () => t,
		every(ms: number, run: () => unknown) {
			const task = { every: ms, next: t + ms, run };
			tasks.add(task);
			return () => void tasks.delete(task);
		},
		async advance(ms: number) {
			const end = t + ms;
			for (;;) {
				const due = [...tasks].filter((k) => k.next <= end).sort((x, y) => x.next - y.next)[0];
				if (!due) break;
				t = due.next;
				due.next += due.every;
				await due.run();
			}
			t = end;
		}
	};
}

/** An SMTP server that holds its answer to the first message it is given until released; later ones at once. */
async function slowSmtp() {
	const accepted: string[] = [];
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	let holding = () => {};
	const held = new Promise<void>((resolve) => (holding = resolve));
	let first = true;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, _session, callback) {
			let data = '';
			stream.on('data', (chunk) => (data += chunk));
			stream.on('end', async () => {
				if (first) {
					first = false;
					holding();
					await released;
				}
				accepted.push(data);
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as { port: number }).port;
	return {
		url: `smtp://127.0.0.1:${port}`,
		accepted,
		/** Resolves once the first message is with the server, unanswered. */
		held,
		release,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

describe.each(twinDatabases())('a slow SMTP server and two workers on $name', ({ open, close }) => {
	it('delivers a message the server takes 75 s to accept exactly once', async () => {
		const [first, second] = await open();
		const smtp = await slowSmtp();
		try {
			const env = { smtpUrl: smtp.url, from: 'Lumo <support@svar.invalid>', dataDir: os.tmpdir() };
			const clock = manualClock(Date.UTC(2026, 0, 5, 9));
			const id = await enqueueMail(first, mail, clock.now());
			const sending = processOutbox(first, createTransport(env), clock);
			await smtp.held;
			await clock.advance(75_000);
			// the other app server looks at the outbox while the first is still waiting for the SMTP server
			const other = await processOutbox(second, createTransport(env), clock);
			smtp.release();
			expect([await sending, other]).toEqual([1, 0]);
			await clock.advance(60 * 60_000);
			expect(await processOutbox(second, createTransport(env), clock)).toBe(0);
			expect(smtp.accepted.filter((m) => m.includes(`Message-ID: <${id}@svar>`))).toHaveLength(1);
			const row = await second.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
			expect(row.sent_at).not.toBeNull();
		} finally {
			smtp.release();
			await smtp.close();
			await close([first, second]);
		}
	});

	it('gives up on a server that never answers after the transport’s limit, closes, and retries later', async () => {
		const [first, second] = await open();
		let closed = () => {};
		const hungUp = new Promise<void>((resolve) => (closed = resolve));
		const silent = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			onData: (stream) => stream.resume(),
			onClose: () => closed()
		});
		await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
		try {
			const port = (silent.server.address() as { port: number }).port;
			const transport = createTransport(
				{ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'support@svar.invalid', dataDir: os.tmpdir() },
				{ ...SMTP_LIMITS, messageMs: 300 }
			);
			const clock = manualClock(Date.UTC(2026, 0, 5, 9));
			await enqueueMail(first, mail, clock.now());
			expect(await processOutbox(first, transport, clock)).toBe(0);
			await hungUp;
			const row = await second.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
			expect(row).toMatchObject({ attempts: 1, sent_at: null, locked_until: 0 });
			expect(row.last_error).toMatch(/abort/i);
		} finally {
			await new Promise<void>((resolve) => silent.close(() => resolve()));
			await close([first, second]);
		}
	});
});
