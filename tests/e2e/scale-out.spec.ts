// Stateless, so it scales out: two instances of the built server against one PostgreSQL database. Sign up on
// A, log in on B, create a ticket with a file on A, read it and download the file on B, reply on B, see the
// reply on A. Needs TEST_DATABASE_URL (CI sets it); each run uses a schema of its own.
import { expect, test } from './support/test.ts';
import { PASSWORD } from './support/accounts.ts';
import { api } from './support/api.ts';
import { linkIn, mailTo } from './support/mail.ts';
import { spawnServer, type Spawned, withServers } from './support/spawn.ts';
import { bodies, followUp, multipart, PNG, png } from './support/tickets.ts';

const url = process.env.TEST_DATABASE_URL;

test.skip(!url, 'needs TEST_DATABASE_URL (PostgreSQL)');

test('two app servers share nothing but PostgreSQL', async () => {
	test.setTimeout(withServers(2, 60_000));
	const servers: Spawned[] = [];
	/** A server (the second shares the first's schema and data folder); a client for it, optionally signed in. */
	const start = async () => {
		const server = await spawnServer({ postgres: url, share: servers[0] });
		servers.push(server);
		return (token?: string) => api({ baseURL: server.base, token });
	};
	try {
		const clientOfA = await start();
		const clientOfB = await start();
		const email = `scale-${Date.now()}@example.test`;
		const password = PASSWORD;

		const a = await clientOfA();
		expect(
			(
				await a.post('/api/v1/auth/signup', {
					data: { name: 'Scale', email, password, locale: 'en' }
				})
			).status()
		).toBe(202);
		const b = await clientOfB();
		// both servers write .eml files to one folder: whichever worker claims a message sends it
		await b.get(linkIn(await mailTo(email, /verify/, servers[0]!.dataDir), 'verify'), {
			maxRedirects: 0
		});
		expect((await b.post('/api/v1/auth/login', { data: { email, password } })).status()).toBe(200);
		const session = (await b.storageState()).cookies.find((c) => c.name === 'svar_session')!.value;

		const onA = await clientOfA(session);
		const created = await onA.post('/api/v1/tickets', {
			multipart: multipart({ subject: 'Scale-out test', message: 'Written on A', locale: 'en' }, [
				png()
			])
		});
		expect(created.status()).toBe(201);
		const { ref } = await created.json();

		const ticket = await (await b.get(`/api/v1/tickets/${ref}`)).json();
		expect(ticket.messages[0].body).toBe('Written on A');
		const file = await b.get(ticket.messages[0].attachments[0].url);
		expect(file.status()).toBe(200);
		expect(Buffer.from(await file.body())).toEqual(PNG);
		await followUp(b, ref, 'Replied on B');
		expect(await bodies(onA, ref)).toEqual(['Written on A', 'Replied on B']);
	} finally {
		for (const s of servers.reverse()) await s.stop();
	}
});
