import { fail, redirect } from '@sveltejs/kit';
import { SignupSchema } from '$lib/schemas/auth';
import { signup } from '$lib/server/accounts';
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { safeNext } from '$lib/server/accounts/next-path';
import { ctxOf } from '$lib/server/http/context';
import { parseForm } from '$lib/server/http/forms';
import { throttled } from '../sign-in.server';

export const prerender = false;

export const load = ({ locals, url, params }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), `/${params.lang}/account`));
	return { next: url.searchParams.get('next') ?? '' };
};

export const actions = {
	default: async (event) => {
		const LL = translator(event.params.lang);
		const form = await parseForm(event.request, SignupSchema, LL, {
			defaults: { locale: event.params.lang },
			passwordField: 'password'
		});
		if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
		const result = await signup(await ctxOf(event), form.data);
		if ('throttled' in result) return throttled(form.values, result.minutes, LL);
		kickMailWorker();
		return { sent: true, email: form.data.email };
	}
};
