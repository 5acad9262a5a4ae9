import { fail } from '@sveltejs/kit';
import { ForgotSchema } from '$lib/schemas/auth';
import { requestPasswordReset } from '$lib/server/accounts';
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { ctxOf } from '$lib/server/http/context';
import { parseForm } from '$lib/server/http/forms';
import { throttled } from '../sign-in.server';

export const prerender = false;

export const actions = {
	default: async (event) => {
		const LL = translator(event.params.lang);
		const form = await parseForm(event.request, ForgotSchema, LL);
		if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
		const result = await requestPasswordReset(
			await ctxOf(event),
			form.data.email,
			event.params.lang
		);
		if ('throttled' in result) return throttled(form.values, result.minutes, LL);
		kickMailWorker();
		return { sent: true, email: form.data.email };
	}
};
