// What a fuzz run needs to reach past "not found": accounts of each role with a live session (made straight in
// the server's database, as the storage tests make them: no password hashing, no login throttle to trip), a
// team, two customers' tickets (one with a file), a canned answer and an emailed survey link. The tickets and
// the canned answer are made over the API, as a client would.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { randomToken, sha256 } from '../../src/lib/server/auth/crypto.ts';
import { createSession } from '../../src/lib/server/auth/session.ts';
import type { DB } from '../../src/lib/server/db/index.ts';
import { surveyOfTicket } from '../../src/lib/server/db/surveys.ts';
import { saveTeam } from '../../src/lib/server/db/teams.ts';
import { testUser } from '../../src/lib/server/db/testing/databases.ts';
import { FilePart, Live, PNG, type Hints } from './arbitraries.ts';
import { encode, type PathHints, type Role } from './requests.ts';
import { send } from './wire.ts';
import type { Running } from './server.ts';

type Person = Exclude<Role, 'anonymous' | 'forged'> | 'other';

export interface Fixtures {
	people: Record<Person, { id: string; email: string; token: string }>;
	hints: Hints;
	pathHints: PathHints;
}

/** The help centre's article ids (content/<locale>/<category>/<id>.md). */
function articleIds(): string[] {
	const ids = new Set<string>();
	for (const locale of fs.readdirSync('content'))
		for (const category of fs.readdirSync(path.join('content', locale), { withFileTypes: true }))
			if (category.isDirectory())
				for (const f of fs.readdirSync(path.join('content', locale, category.name)))
					if (f.endsWith('.md')) ids.add(f.slice(0, -3));
	return [...ids].sort();
}

/** A request the set-up needs to succeed. */
async function must(
	server: Running,
	token: string,
	method: string,
	url: string,
	body?: { type: string; value: unknown }
) {
	const encoded = body ? await encode({ kind: 'value', ...body }) : undefined;
	const answer = await send(
		server.base,
		method,
		url,
		{
			origin: server.base,
			cookie: `svar_session=${token}`,
			...(encoded ? { 'content-type': encoded.type } : {})
		},
		encoded?.bytes
	);
	if (answer.status >= 300)
		throw new Error(`set-up: ${method} ${url} answered ${answer.status}: ${answer.response}`);
	return answer.response.length ? JSON.parse(answer.response.toString()) : undefined;
}

export async function ticketOf(db: DB, ref: string) {
	return db
		.selectFrom('tickets')
		.select(['id', 'version'])
		.where('ref', '=', ref)
		.executeTakeFirst();
}

/** A new session of `userId`: for logging out without ending the session the run goes on with. */
export async function freshSession(db: DB, userId: string): Promise<string> {
	return (await createSession(db, userId, Date.now())).token;
}

export async function makeFixtures(server: Running): Promise<Fixtures> {
	const { db } = server;
	const roles: [Person, 'customer' | 'agent' | 'admin'][] = [
		['customer', 'customer'],
		['other', 'customer'],
		['agent', 'agent'],
		['admin', 'admin']
	];
	const people = {} as Fixtures['people'];
	for (const [who, role] of roles) {
		const user = await testUser(db, `fuzz-${who}@example.test`, role);
		people[who] = { id: user.id, email: user.email, token: await freshSession(db, user.id) };
	}
	const team = await saveTeam(
		db,
		{ name: 'Fuzz', languages: ['en'], categories: [], members: [people.agent.id] },
		Date.now()
	);
	const ticket = async (who: Person, subject: string) =>
		(
			await must(server, people[who].token, 'POST', '/api/v1/tickets', {
				type: 'multipart/form-data',
				value: {
					subject,
					message: 'Hello, I need help.',
					locale: 'en',
					files: [new FilePart('a.png', 'image/png', PNG)]
				}
			})
		).ref as string;
	const own = await ticket('customer', 'Fuzz: the customer’s own');
	const other = await ticket('other', 'Fuzz: another customer’s');
	const view = await must(server, people.customer.token, 'GET', `/api/v1/tickets/${own}`);
	const canned = await must(server, people.agent.token, 'POST', '/api/v1/canned-answers', {
		type: 'application/json',
		value: { locale: 'en', title: 'Fuzz', body: 'Hello {{customer.name}}, about {{ticket.ref}}' }
	});
	// solving schedules the survey; the fuzzer sends it at once rather than wait for the delay
	const otherTicket = (await ticketOf(db, other))!;
	await must(server, people.agent.token, 'PATCH', `/api/v1/tickets/${other}`, {
		type: 'application/json',
		value: { version: otherTicket.version, status: 'solved' }
	});
	const survey = (await surveyOfTicket(db, otherTicket.id))!;
	const secret = randomToken();
	// sent already if the delay is 0: its emailed secret is not ours to read, so give it one we know
	await db
		.updateTable('surveys')
		.set({
			sent_at: Date.now(),
			token_hash: sha256(secret),
			expires_at: Date.now() + 30 * 86_400_000
		})
		.where('id', '=', survey.id)
		.execute();
	const attachments = (view.messages as { attachments: { url: string }[] }[]).flatMap((m) =>
		m.attachments.map((a) => a.url.split('/').pop()!)
	);
	const ids = articleIds();
	const categories = fs
		.readdirSync('content/en', { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name);
	const day = fc
		.integer({ min: -60, max: 2 })
		.map((d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10));
	return {
		people,
		hints: {
			version: fc.oneof(fc.constant(new Live('version')), fc.integer({ min: 1, max: 5 })),
			assignee: fc.constantFrom(people.agent.id, people.admin.id, null),
			team: fc.constantFrom(team, null),
			articleId: fc.constantFrom(...ids),
			opened: fc.constantFrom(...ids, null),
			ticket: fc.constantFrom(own, other),
			priority: fc.constantFrom('low', 'normal', 'high', 'urgent', 'auto', null),
			timeZone: fc.constantFrom('Europe/Oslo', 'UTC', 'America/New_York'),
			email: fc.oneof(
				fc.constantFrom(people.customer.email, 'nobody@example.test'),
				fc.uuid().map((u) => `fuzz-${u}@example.test`)
			),
			password: fc.constant('correct horse battery staple 7'),
			phone: fc.constant('+47 912 34 567'),
			callbackPhone: fc.constant('+47 912 34 567'),
			shopUrl: fc.constant('myshop.example'),
			next: fc.constantFrom('/en', '/en/tickets'),
			category: fc.constantFrom(...categories),
			idempotencyKey: fc.uuid(),
			visit: fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
			// the queue's and the reports' filters
			status: fc.constantFrom(
				'open',
				'pending',
				'solved',
				'closed',
				'new',
				'active',
				'open,pending'
			),
			limit: fc.constantFrom('1', '8', '20', '200'),
			q: fc.constantFrom('password', 'delivery', own, 'fuzz-customer@example.test'),
			from: day,
			to: day
		},
		pathHints: {
			ref: [own, other, 'SV-1'],
			id: [...attachments, canned.id as string],
			token: [`${survey.id}.${secret}`, `${survey.id}.wrong`]
		}
	};
}
