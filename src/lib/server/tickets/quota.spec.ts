import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../db/testing/databases';
import { translator } from '../i18n';
import { refusalBody } from '../http/refusal';
import type { Upload } from './files';
import { replyToTicket } from './replies';
import { createTicket } from './service';
import { desk } from './testing/desk';

const KB = 1024;
/** A plain-text file of `kb` kilobytes. */
const textFile = (name: string, kb: number): Upload => ({
	name,
	type: 'text/plain',
	data: new Uint8Array(kb * KB).fill(0x61)
});
const form = { subject: 'Screenshots', message: 'See the files', locale: 'nb' };

describe.each(testDatabases())('the storage quota on $name', (database) => {
	const d = desk(database);
	const quota = process.env.UPLOAD_QUOTA_MB;
	beforeEach(() => void (process.env.UPLOAD_QUOTA_MB = '1'));
	afterEach(
		() =>
			void (quota === undefined
				? delete process.env.UPLOAD_QUOTA_MB
				: (process.env.UPLOAD_QUOTA_MB = quota))
	);
	const count = async (table: 'tickets' | 'ticket_messages' | 'attachments' | 'outbox') =>
		Number(
			(
				await d.db
					.selectFrom(table)
					.select((eb) => eb.fn.countAll().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	const stored = async () => ({
		tickets: await count('tickets'),
		messages: await count('ticket_messages'),
		files: await count('attachments'),
		mails: await count('outbox')
	});

	it('files past the quota are refused with 413 in the customer’s words, and nothing of the post is kept', async () => {
		const kari = await d.person('kari@shop.test', 'customer', 'nb');
		const first = await createTicket(d.ctx(), kari, form, [
			textFile('a.txt', 400),
			textFile('b.txt', 400)
		]);
		expect(first.ok).toBe(true);
		const before = await stored();

		const second = await createTicket(d.ctx(), kari, form, [textFile('c.txt', 400)]);
		expect(second).toMatchObject({ ok: false, status: 413, code: 'quota_exceeded' });
		const body = refusalBody(second as Exclude<typeof second, { ok: true }>, translator('nb'));
		expect(body.error.message).toBe(
			'Med disse filene går kontoen din over grensen på 1 MB for vedlegg (0 MB igjen). Legg ved færre eller mindre filer.'
		);
		expect(body.error.fields?.files).toBe(body.error.message);

		const ref = first.ok ? first.ticket.ref : '';
		const reply = await replyToTicket(d.ctx(), kari, ref, { message: 'One more' }, [
			textFile('d.txt', 400)
		]);
		expect(reply).toMatchObject({ ok: false, status: 413, code: 'quota_exceeded' });
		expect(await stored()).toEqual(before);

		// text alone still goes through, and staff have no quota
		expect((await replyToTicket(d.ctx(), kari, ref, { message: 'Text only' }, [])).ok).toBe(true);
		const agent = await d.person('agent@lumo.test', 'agent');
		const answer = await replyToTicket(d.ctx(), agent, ref, { message: 'Here' }, [
			textFile('e.txt', 900)
		]);
		expect(answer.ok).toBe(true);
	});

	it('parallel posts from one account cannot pass the quota together', async () => {
		const kari = await d.person('kari@shop.test', 'customer', 'nb');
		const results = await Promise.all(
			Array.from({ length: 8 }, (_, i) =>
				createTicket(d.ctx(), kari, { ...form, subject: `#${i}` }, [textFile(`${i}.txt`, 300)])
			)
		);
		// 3 × 300 KB fit in 1 MB, a fourth does not
		expect(results.filter((r) => r.ok)).toHaveLength(3);
		expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(
			Array(5).fill('quota_exceeded')
		);
		expect(await stored()).toMatchObject({ tickets: 3, messages: 3, files: 3 });
	});
});
