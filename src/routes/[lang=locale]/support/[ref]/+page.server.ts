import { randomUUID } from 'node:crypto';
import { error, fail, redirect } from '@sveltejs/kit';
import { findTicket, threadOf } from '$lib/server/db/tickets';
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { languageLinks } from '$lib/server/pages';
import { readTicketForm } from '$lib/server/tickets/files';
import { replyToTicket, setOwnTicketOpen, ticketJson } from '$lib/server/tickets/service';
import { formatDue, loadServiceSettings } from '$lib/server/service-hours';
import { answerOwnSurvey, surveyForOwner } from '$lib/server/surveys';
import { ctxOf } from '$lib/server/http/context';
import { requireUser } from '$lib/server/http/guards';
import { errorText, fieldTexts } from '$lib/server/http/messages';

export const prerender = false;

export const load = async (event) => {
	const user = requireUser();
	const ctx = await ctxOf(event);
	const ticket = await findTicket(ctx.db, user, event.params.ref);
	if (!ticket) error(404, 'Not found');
	const waiting = ticket.awaiting_since !== null && ticket.due_at !== null;
	return {
		ticket: await ticketJson(ctx, user, ticket, await threadOf(ctx.db, ticket.id, false)),
		// when to expect an answer, worded as the confirmation mail words it (same zone, same format)
		due: waiting
			? formatDue(
					Number(ticket.due_at),
					event.params.lang,
					ticket.callback_tz,
					await loadServiceSettings(ctx.db)
				)
			: null,
		created: event.url.searchParams.has('created'),
		// one key per rendering of the reply form: the same reply sent twice is stored once
		replyKey: randomUUID().replace(/-/g, ''),
		survey: await surveyForOwner(ctx.db, ticket.id, ctx.now),
		switcher: languageLinks((l) => `/${l}/support/${ticket.ref}`)
	};
};

export const actions = {
	reply: async (event) => {
		const user = requireUser();
		const LL = translator(event.params.lang);
		const form = await readTicketForm(event.request);
		if (!form)
			return fail(400, {
				values: { message: '' },
				errors: { message: LL.errors.invalidRequest() }
			});
		const raw = form.fields;
		const result = await replyToTicket(
			await ctxOf(event),
			user,
			event.params.ref,
			raw,
			form.uploads,
			LL
		);
		if (!result.ok) {
			if (result.status === 404) error(404, 'Not found');
			return fail(result.status, {
				values: { message: String(raw.message ?? '') },
				errors: result.fields ?? {}
			});
		}
		kickMailWorker();
		redirect(303, `/${event.params.lang}/support/${result.ticket.ref}`);
	},
	survey: async (event) => {
		const user = requireUser();
		const LL = translator(event.params.lang);
		const raw = Object.fromEntries(await event.request.formData()) as Record<string, unknown>;
		const result = await answerOwnSurvey(await ctxOf(event), user, event.params.ref, raw);
		if (!result.ok)
			return fail(result.status, {
				survey: { message: errorText(result.message, LL), errors: fieldTexts(result.fields, LL) }
			});
		return { survey: { saved: true } };
	},
	close: async (event) => {
		if (!(await setOwnTicketOpen(await ctxOf(event), requireUser(), event.params.ref, false)))
			error(404, 'Not found');
	},
	reopen: async (event) => {
		if (!(await setOwnTicketOpen(await ctxOf(event), requireUser(), event.params.ref, true)))
			error(404, 'Not found');
	}
};
