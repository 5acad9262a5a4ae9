import { fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { languageLinks } from '$lib/server/content/pages';
import { readTicketForm } from '$lib/server/tickets/files';
import { contactPage, createTicket } from '$lib/server/tickets/service';
import { ctxOf } from '$lib/server/http/context';
import { requireUser } from '$lib/server/http/guards';
import { refusalTexts } from '$lib/server/http/refusal';

// "Contact support" and "Still need help?" (?article=<id>) land here. Logged out: to the login page and back
// (the article survives signup and verification). The form works without JavaScript as a multipart post.
export const prerender = false;

export const load = async (event) => {
	const user = requireUser();
	const page = await contactPage(
		await ctxOf(event),
		user,
		event.params.lang,
		event.url.searchParams.get('article')
	);
	const query = page.attached ? `?article=${page.attached.id}` : '';
	return { ...page, switcher: languageLinks((l) => `/${l}/contact${query}`) };
};

export const actions = {
	default: async (event) => {
		const user = requireUser();
		const LL = translator(event.params.lang);
		const form = await readTicketForm(event.request);
		if (!form) return fail(400, { values: {}, errors: {}, message: LL.errors.invalidRequest() });
		const { idempotencyKey: _, ...values } = form.fields;
		const raw = { ...form.fields, locale: event.params.lang };
		const result = await createTicket(await ctxOf(event), user, raw, form.uploads);
		if (!result.ok) {
			const { message, errors } = refusalTexts(result, LL);
			return fail(result.status, { values, errors, message: result.fields ? undefined : message });
		}
		kickMailWorker();
		redirect(303, `/${event.params.lang}/support/${result.ticket.ref}?created=1`);
	}
};
