import { json } from '@sveltejs/kit';
import { CANNED_BODY_LIMIT, cannedFor, cannedJson, createCanned } from '$lib/server/tickets/canned';
import { readLimitedBody } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { requireStaff } from '$lib/server/http/guards';
import { refusals } from '$lib/server/http/refusal';
import { refusalResponse } from '$lib/server/http/respond';

/** Canned answers: ?locale= for one language; ?ticket=SV-1001 fills each in for that ticket (field `expanded`). */
export const GET = async (event) => {
	const user = requireStaff();
	const result = await cannedFor(await ctxOf(event), user, {
		locale: event.url.searchParams.get('locale') ?? undefined,
		ticketRef: event.url.searchParams.get('ticket') ?? undefined
	});
	if (!result.ok) return refusalResponse(refusals.notFound());
	return json({ answers: result.answers });
};

/** A new canned answer: {locale, title, body}. */
export const POST = async (event) => {
	const user = requireStaff();
	const body = await readLimitedBody(event.request, CANNED_BODY_LIMIT);
	const result = await createCanned(await ctxOf(event), user, body);
	if (!result.ok) return refusalResponse(result);
	return json(cannedJson(result.answer), { status: 201 });
};
