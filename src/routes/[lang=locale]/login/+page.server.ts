import { fail, redirect } from '@sveltejs/kit';
import { LoginSchema } from '$lib/schemas/auth';
import { login } from '$lib/server/accounts';
import { translator } from '$lib/server/i18n';
import { safeNext } from '$lib/server/accounts/next-path';
import { getDb } from '$lib/server/db';
import { describeHours, loadServiceSettings } from '$lib/server/service-hours';
import { ctxOf } from '$lib/server/http/context';
import { parseForm } from '$lib/server/http/forms';
import { signIn, throttled } from '../sign-in.server';

export const prerender = false;

export const load = async ({ locals, url, params }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), `/${params.lang}/account`));
	const next = url.searchParams.get('next') ?? '';
	return {
		next,
		loggedOut: url.searchParams.has('loggedOut'),
		// on the way to the contact form: when support answers, as the contact page says it (articles send
		// readers there for the hours, and the form needs an account first)
		hours: next.startsWith(`/${params.lang}/contact`)
			? describeHours(await loadServiceSettings(await getDb()), params.lang)
			: null
	};
};

export const actions = {
	default: async (event) => {
		const LL = translator(event.params.lang);
		const form = await parseForm(event.request, LoginSchema, LL);
		if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
		const result = await login(await ctxOf(event), form.data.email, form.data.password);
		if ('throttled' in result) return throttled(form.values, result.minutes, LL);
		if (!result.ok)
			return fail(400, { values: form.values, errors: {}, message: LL.errors.wrongCredentials() });
		signIn(event, result);
		redirect(303, safeNext(form.data.next, `/${event.params.lang}/account`));
	}
};
