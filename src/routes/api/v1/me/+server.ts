import { json } from '@sveltejs/kit';
import { publicUser } from '$lib/server/accounts';
import { getDb } from '$lib/server/db';
import { countAwaitingCustomer } from '$lib/server/db/tickets';
import { findUserById } from '$lib/server/db/users';
import { translator } from '$lib/server/i18n';
import { apiError } from '$lib/server/http/respond';

export const GET = async ({ locals }) => {
	const db = await getDb();
	const user = locals.user && (await findUserById(db, locals.user.id));
	if (!user) return apiError(401, 'unauthorized', translator(locals.locale).errors.unauthorized());
	// the help centre's header shows "My tickets" with this count (its pages are static and ask here)
	return json({ ...publicUser(user), ticketsAwaiting: await countAwaitingCustomer(db, user.id) });
};
