import { fail } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n';
import { MAX_ATTEMPTS, retryUndelivered, undeliveredMails } from '$lib/server/mail/outbox';
import { flushMailWorker } from '$lib/server/mail/worker';
import { ctxOf } from '$lib/server/http/context';
import { formObject } from '$lib/server/http/forms';
import { requireAdmin } from '$lib/server/http/guards';

// Mail the outbox gave up on, for admins: to whom, what, how often it failed and why; "Try again" queues one.
export const load = async (event) => {
	requireAdmin();
	const { db } = await ctxOf(event);
	return { mails: await undeliveredMails(db), maxAttempts: MAX_ATTEMPTS };
};

export const actions = {
	default: async (event) => {
		requireAdmin();
		const ctx = await ctxOf(event);
		const { id } = await formObject(event.request);
		if (!(await retryUndelivered(ctx.db, String(id ?? ''), ctx.now)))
			return fail(404, { message: translator(event.locals.locale).agent.mailGone() });
		// the mail server may well be back: the admin sees at once whether it went this time
		await flushMailWorker();
		return { retried: true };
	}
};
