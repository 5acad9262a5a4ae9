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
	// the help centre's header shows "My tickets" with this count (its pages are static and ask here)
	return json({ ...publicUser(user), ticketsAwaiting: await countAwaitingCustomer(db, user.id) });
};
