import { json } from '@sveltejs/kit';
import { accountOf, publicUser } from '$lib/server/accounts';
import { getDb } from '$lib/server/db';
import { countAwaitingCustomer } from '$lib/server/db/tickets';
import { refusalResponse } from '$lib/server/http/respond';

const unauthorized = () =>
	refusalResponse({ status: 401, code: 'unauthorized', message: 'unauthorized' });

export const GET = async ({ locals }) => {
	// a signed-out caller's answer needs no database (a serverless instance then opens none)
	if (!locals.user) return unauthorized();
	const db = await getDb();
	const user = await accountOf(db, locals.user.id);
	if (!user) return unauthorized();
	// the account and how many tickets wait for its answer (the help centre's header asks /api/v1/me/summary)
	return json({ ...publicUser(user), ticketsAwaiting: await countAwaitingCustomer(db, user.id) });
};
