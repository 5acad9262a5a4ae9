import { json } from '@sveltejs/kit';
import { publicUser } from '$lib/server/accounts';
import { apiError } from '$lib/server/api';
import { getDb } from '$lib/server/db';
import { findUserById } from '$lib/server/db/users';
import { translator } from '$lib/server/i18n';

export const GET = async ({ locals }) => {
	const user = locals.user && (await findUserById(await getDb(), locals.user.id));
	if (!user) return apiError(401, 'unauthorized', translator(locals.locale).errors.unauthorized());
	return json(publicUser(user));
};
