import { fail, redirect } from '@sveltejs/kit';
import { ResetSchema } from '$lib/schemas/auth';
import { resetLinkValid, resetPassword } from '$lib/server/accounts';
import { getDb } from '$lib/server/db';
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { ctxOf } from '$lib/server/http/context';
import { parseForm } from '$lib/server/http/forms';
import { signIn } from '../../sign-in.server';

export const prerender = false;

export const load = async ({ params }) => ({
	valid: await resetLinkValid(await getDb(), params.token, Date.now())
});

export const actions = {
	default: async (event) => {
		const LL = translator(event.params.lang);
		const form = await parseForm(event.request, ResetSchema, LL, { passwordField: 'password' });
		if (!form.ok) return fail(400, { errors: form.errors });
		const result = await resetPassword(await ctxOf(event), event.params.token, form.data.password);
		if (!result.ok) return fail(400, { errors: {}, message: LL.auth.resetInvalid() });
		kickMailWorker();
		signIn(event, result);
		redirect(303, `/${event.params.lang}/account?reset=1`);
	}
};
