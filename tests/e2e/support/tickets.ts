// Tickets as a test needs them: sent by a customer over the API (with files, an article, a visit trail),
// answered or solved by staff, and the survey that solving one mails.
import { randomBytes } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import { admin, customer, type Account } from './accounts.ts';
import { mailTo } from './mail.ts';

/** A 1×1 PNG. */
export const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64'
);

export interface Upload {
	name: string;
	type: string;
	data: Buffer;
}

export const png = (name = 'a.png'): Upload => ({ name, type: 'image/png', data: PNG });

/** A multipart body: the fields, then each file as `files`. */
export function multipart(fields: Record<string, string>, files: Upload[] = []) {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) form.set(k, v);
	for (const f of files)
		form.append('files', new Blob([new Uint8Array(f.data)], { type: f.type }), f.name);
	return form;
}

export interface TicketInput {
	subject?: string;
	message?: string;
	locale?: string;
	articleId?: string;
	files?: Upload[];
	/** any other form field (callbackPhone, idempotencyKey…) */
	fields?: Record<string, string>;
	/** what the customer did in the help centre first: searches (sent as search events) and articles read */
	trail?: {
		searches?: { query: string; results?: number; opened?: string }[];
		read?: { id: string; locale: string }[];
	};
}

/** The ticket form's fields for `input`, after sending the trail's searches under a new visit id. */
async function ticketFields(request: APIRequestContext, input: TicketInput) {
	const { subject = 'A question', message = 'Hello, I need help.', locale = 'en' } = input;
	const fields: Record<string, string> = { subject, message, locale, ...input.fields };
	if (input.articleId) fields.articleId = input.articleId;
	if (input.trail) {
		const visit = randomBytes(8).toString('hex');
		for (const s of input.trail.searches ?? []) {
			const event = await request.post('/api/v1/search-events', {
				data: { locale, query: s.query, results: s.results ?? 1, opened: s.opened ?? null, visit }
			});
			expect(event.status(), `search event “${s.query}”`).toBe(204);
		}
		fields.visit = visit;
		if (input.trail.read) fields.readArticles = JSON.stringify(input.trail.read);
	}
	return fields;
}

/** A ticket sent by the customer signed in on `request`. */
export async function newTicket(request: APIRequestContext, input: TicketInput = {}) {
	const fields = await ticketFields(request, input);
	const response = await request.post('/api/v1/tickets', {
		multipart: multipart(fields, input.files)
	});
	expect(response.status(), `new ticket “${fields.subject}”`).toBe(201);
	return ((await response.json()) as { ref: string }).ref;
}

/** The customer signed in on `request` writes again on their ticket. */
export async function followUp(request: APIRequestContext, ref: string, message: string) {
	const response = await request.post(`/api/v1/tickets/${ref}/messages`, {
		multipart: { message }
	});
	expect(response.status(), `follow-up on ${ref}`).toBe(201);
	return response;
}

/** The texts of the ticket's messages, in order, as `request` sees them. */
export async function bodies(request: APIRequestContext, ref: string) {
	const ticket = await (await request.get(`/api/v1/tickets/${ref}`)).json();
	return (ticket.messages as { body: string }[]).map((m) => m.body);
}

/** Staff (the administrator unless given) answer the ticket; `extra` goes with the reply (status, internal). */
export async function reply(
	ref: string,
	message: string,
	extra: Record<string, unknown> = {},
	staff?: APIRequestContext
) {
	const by = staff ?? (await admin()).api;
	const response = await by.post(`/api/v1/tickets/${ref}/replies`, {
		data: { message, ...extra }
	});
	expect(response.status(), `reply to ${ref}`).toBe(201);
}

/** Staff (the administrator unless given) set the ticket solved, at the version they see. */
export async function solve(ref: string, staff?: APIRequestContext) {
	const by = staff ?? (await admin()).api;
	const { version } = await (await by.get(`/api/v1/tickets/${ref}`)).json();
	const response = await by.patch(`/api/v1/tickets/${ref}`, {
		data: { status: 'solved', version }
	});
	expect(response.status(), `solve ${ref}`).toBe(200);
}

/** A new customer's ticket in `locale`, answered and solved: the survey mail and its page's path. */
export async function surveyed(
	locale: string,
	input: TicketInput & { name?: string } = {}
): Promise<{ customer: Account; ref: string; mail: string; path: string }> {
	const who = await customer({ locale, name: input.name ?? 'Survey' });
	const ref = await newTicket(who.api, { locale, ...input });
	await reply(ref, 'Done.');
	await solve(ref);
	const mail = await mailTo(who.email, /\/survey\//);
	const link = /https?:\/\/[^\s"<>\u2068\u2069]+\/survey\/[^\s"<>?\u2068\u2069]+/.exec(mail)![0];
	return { customer: who, ref, mail, path: new URL(link).pathname };
}
