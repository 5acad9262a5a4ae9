import { fail, redirect } from '@sveltejs/kit';
import { LoginSchema } from '$lib/schemas/auth';
import { login } from '$lib/server/accounts';
import { setSessionCookie } from '$lib/server/auth/session';
import { parseForm } from '$lib/server/forms';
import { translator } from '$lib/server/i18n';
import { safeNext } from '$lib/server/next-path';
import { ctxOf } from '$lib/server/request';

export const prerender = false;

export const load = ({ locals, url, params }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), `/${params.lang}/account`));
	return { next: url.searchParams.get('next') ?? '', loggedOut: url.searchParams.has('loggedOut') };
};

export const actions = {
	default: async (event) => {
		const LL = translator(event.params.lang);
		const form = await parseForm(event.request, LoginSchema, LL);
		if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
		const result = await login(await ctxOf(event), form.data.email, form.data.password);
		if ('throttled' in result)
			return fail(429, {
				values: form.values,
				errors: {},
				message: LL.errors.throttled({ minutes: result.minutes })
			});
		if (!result.ok)
			return fail(400, { values: form.values, errors: {}, message: LL.errors.wrongCredentials() });
		setSessionCookie(
			event.cookies,
			result.token,
			result.expiresAt,
			event.url.protocol === 'https:'
		);
		redirect(303, safeNext(form.data.next, `/${event.params.lang}/account`));
	}
};
