// Posts with files: what can refuse one is asked before its body is read, so the answer comes while the client
// is still sending; a body over 52 MB is a 413 and files past the account's storage quota (12 MB on the e2e
// server) another, both in the reader's language and with nothing stored.
import http from 'node:http';
import { expect, test } from './support/test.ts';
import nb from '../../locales/nb/index.ts';
import { customer, staff } from './support/accounts.ts';
import { query } from './support/db.ts';
import { BASE_URL } from './support/server.ts';
import { multipart, newTicket } from './support/tickets.ts';
import {
	MULTIPART_TYPE,
	partsLength,
	pieces,
	postParts
} from '../../src/lib/server/tickets/testing/multipart.ts';

const MB = 1024 * 1024;

/** A UI string with its parameters filled in. */
const fill = (text: string, values: Record<string, number>) =>
	text.replace(/\{(\w+)(:\w+)?\}/g, (_, name: string) => String(values[name]));

interface Answer {
	status: number;
	body: string;
}

/**
 * A ticket form (the text fields, then a text file of `fileBytes`) posted as `token` (if any), with its length
 * declared unless `chunked`, sent in 64 KB pieces only as fast as the server takes them, with a turn of the
 * event loop between pieces for the answer to come in. Sending stops once the answer is complete. `early`: the
 * server must answer without the body's second half, so that half is held back until it has: a server that
 * waited for the whole body would never answer, and the test fails on its timeout, however busy the machine.
 */
function post(
	path: string,
	options: { token?: string; fileBytes: number; html?: boolean; chunked?: boolean; early?: true }
): Promise<Answer> {
	const parts = postParts({ subject: 'Skjermbilder', message: 'Se vedlegget', locale: 'nb' }, [
		{ name: 'logg.txt', bytes: options.fileBytes }
	]);
	const total = partsLength(parts);
	const source = pieces(parts);
	return new Promise((resolve, reject) => {
		const holdAt = options.early ? total / 2 : Infinity;
		let sent = 0;
		let answered = false;
		const request = http.request(`${BASE_URL}${path}`, {
			method: 'POST',
			headers: {
				origin: BASE_URL,
				...(options.token ? { cookie: `svar_session=${options.token}` } : {}),
				'accept-language': 'nb',
				accept: options.html ? 'text/html' : 'application/json',
				'content-type': MULTIPART_TYPE,
				...(options.chunked ? {} : { 'content-length': String(total) })
			}
		});
		request.on('response', (response) => {
			answered = true;
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => {
				resolve({
					status: response.statusCode!,
					body: Buffer.concat(chunks).toString()
				});
				request.destroy();
			});
		});
		// a server that answers early may close the connection under the rest of the upload
		request.on('error', (error) => !answered && reject(error));
		const send = () => {
			if (answered) return;
			const next = source.next();
			if (next.done) return void request.end();
			sent += next.value.length;
			// held back: the answer's 'response' event is all that carries on (and it stops sending)
			if (sent >= holdAt) return void request.write(next.value);
			if (request.write(next.value)) setImmediate(send);
			else request.once('drain', send);
		};
		send();
	});
}

/** This customer's tickets and stored files. */
const stored = (email: string) =>
	query<{ tickets: number; files: number }>(
		`select (select count(*) from tickets t join users u on u.id = t.user_id where u.email = ?) as tickets,
		        (select count(*) from attachments a join ticket_messages m on m.id = a.message_id
		           join users u on u.id = m.author_id where u.email = ?) as files`,
		email,
		email
	)[0];

test('a post the account may not send is answered before its body is read', async () => {
	test.setTimeout(90_000);
	const unverified = await customer({ locale: 'nb', verify: false });
	const early = await post('/api/v1/tickets', {
		token: unverified.token,
		fileBytes: 40 * MB,
		early: true
	});
	expect(early.status).toBe(403);
	expect(JSON.parse(early.body).error.code).toBe('email_not_verified');

	const busy = await customer({ locale: 'nb' });
	for (let i = 0; i < 10; i++) await newTicket(busy.api, { subject: `#${i}` });
	const limited = await post('/api/v1/tickets', {
		token: busy.token,
		fileBytes: 40 * MB,
		early: true
	});
	expect(limited.status).toBe(429);
	expect(JSON.parse(limited.body).error.message).toBe(nb.errors.ticketLimit);

	const stranger = await customer({ locale: 'nb' });
	const ref = query<{ ref: string }>(
		'select ref from tickets join users on users.id = tickets.user_id where users.email = ?',
		busy.email
	)[0]!.ref;
	const notTheirs = await post(`/api/v1/tickets/${ref}/messages`, {
		token: stranger.token,
		fileBytes: 40 * MB,
		early: true
	});
	expect(notTheirs.status).toBe(404);
});

test('a body over 52 MB gets 413 in the reader’s language, on the API and the contact form', async () => {
	const kari = await customer({ locale: 'nb' });
	const agent = await staff('agent', { locale: 'nb' });
	const ref = await newTicket(kari.api);
	const tooMuch = fill(nb.errors.uploadTooLarge, { count: 5, mb: 10 });
	for (const [path, token] of [
		['/api/v1/tickets', kari.token],
		[`/api/v1/tickets/${ref}/messages`, kari.token],
		[`/api/v1/tickets/${ref}/replies`, agent.token]
	] as const) {
		const answer = await post(path, { token, fileBytes: 60 * MB, early: true });
		expect(answer.status, path).toBe(413);
		expect(JSON.parse(answer.body).error, path).toEqual({ code: 'too_large', message: tooMuch });
	}
	const page = await post('/nb/contact', { token: kari.token, fileBytes: 60 * MB, html: true });
	expect(page.status).toBe(413);
	expect(page.body).toContain(tooMuch);
	expect(stored(kari.email)).toEqual({ tickets: 1, files: 0 });
});

test('files past the storage quota get 413 in the reader’s language, and nothing is stored', async () => {
	const kari = await customer({ locale: 'nb' });
	const file = (name: string, mb: number) => ({
		name,
		type: 'text/plain',
		data: Buffer.alloc(mb * MB, 'a')
	});
	const ref = await newTicket(kari.api, { files: [file('logg.txt', 8)] });
	const full = fill(nb.errors.fileQuota, { quota: 12, left: 4 });

	const api = await kari.api.post('/api/v1/tickets', {
		headers: { 'accept-language': 'nb' },
		multipart: multipart({ subject: 'Mer', message: 'Flere filer', locale: 'nb' }, [
			file('mer.txt', 5)
		])
	});
	expect(api.status()).toBe(413);
	expect((await api.json()).error).toEqual({
		code: 'quota_exceeded',
		message: full,
		fields: { files: full }
	});
	const reply = await kari.api.post(`/api/v1/tickets/${ref}/messages`, {
		headers: { 'accept-language': 'nb' },
		multipart: multipart({ message: 'Og denne' }, [file('mer.txt', 5)])
	});
	expect(reply.status()).toBe(413);
	expect((await reply.json()).error.code).toBe('quota_exceeded');

	// the form comes back with what was written, and the quota in words
	const page = await post('/nb/contact', { token: kari.token, fileBytes: 5 * MB, html: true });
	expect(page.status).toBe(413);
	expect(page.body).toContain(full);
	expect(page.body).toContain('value="Skjermbilder"');
	expect(stored(kari.email)).toEqual({ tickets: 1, files: 1 });

	// text alone still goes
	const text = await kari.api.post(`/api/v1/tickets/${ref}/messages`, {
		multipart: { message: 'Bare tekst' }
	});
	expect(text.status()).toBe(201);
});

test('a huge form to an endpoint that takes none is refused at its small limit, declared or not', async () => {
	for (const [path, html] of [
		['/api/v1/auth/login', false],
		['/nb/login', true]
	] as const) {
		const answer = await post(path, { fileBytes: 40 * MB, html, chunked: true, early: true });
		expect(answer.status, path).toBe(413);
		expect(answer.body, path).toContain(nb.errors.tooLarge);
	}
});
