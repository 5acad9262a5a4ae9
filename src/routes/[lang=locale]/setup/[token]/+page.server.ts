import { fail, redirect } from '@sveltejs/kit';
import { SetupSchema } from '$lib/schemas/auth';
import { createFirstAdmin, setupTokenValid } from '$lib/server/accounts';
import { getDb } from '$lib/server/db';
import { translator } from '$lib/server/i18n';
import { ctxOf } from '$lib/server/http/context';
import { parseForm } from '$lib/server/http/forms';
import { signIn } from '../../sign-in.server';

// The one-time link printed on first start: creates the first administrator.
export const prerender = false;

export const load = async ({ params }) => ({
	valid: await setupTokenValid(await getDb(), params.token)
});

export const actions = {
	default: async (event) => {
		const LL = translator(event.params.lang);
		const form = await parseForm(event.request, SetupSchema, LL, { passwordField: 'password' });
		if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
		const result = await createFirstAdmin(await ctxOf(event), event.params.token, {
			...form.data,
			locale: event.params.lang
		});
		if (!result.ok)
			return fail(400, { values: form.values, errors: {}, message: LL.auth.setupInvalid() });
		signIn(event, result);
		redirect(303, `/${event.params.lang}/account`);
	}
};
