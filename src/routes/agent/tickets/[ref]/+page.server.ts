import { error, fail } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n';
import { flushMailWorker } from '$lib/server/mail/worker';
import type { StaffChange } from '$lib/server/tickets/access';
import { logCallback } from '$lib/server/tickets/callbacks';
import { patchTicket } from '$lib/server/tickets/changes';
import { receivePost } from '$lib/server/tickets/intake';
import { agentReply } from '$lib/server/tickets/replies';
import type { Refusal } from '$lib/server/tickets/refusals';
import { cursor } from '$lib/server/live';
import { colleaguesOn } from '$lib/server/tickets/presence';
import { agentTicketPage } from '$lib/server/tickets/ticket-page';
import { ticketPageInWords } from '$lib/tickets/ticket-page';
import { ctxOf } from '$lib/server/http/context';
import { formObject } from '$lib/server/http/forms';
import { requireStaff } from '$lib/server/http/guards';
import { refusalTexts } from '$lib/server/http/refusal';
import type { RequestEvent } from './$types';

export const load = async (event) => {
	const user = requireStaff();
	// taken before the ticket is read: the page's stream starts here, so no change in between goes unheard
	const live = cursor();
	const ctx = await ctxOf(event);
	const page = await agentTicketPage(ctx, user, event.params.ref);
	if (!page) error(404, 'Not found');
	const colleagues = colleaguesOn(ctx, user, page.ticket.ref);
	return { ...ticketPageInWords(page, translator(event.locals.locale)), live, colleagues };
};

/** The form again, with what was wrong (and what changed, after a conflict); the version is never kept. */
function refused(
	locale: App.Locals['locale'],
	result: Refusal,
	values: Record<string, unknown>,
	form: string
) {
	return fail(result.status, {
		form,
		...refusalTexts(result, translator(locale)),
		values: Object.fromEntries(
			Object.entries(values).filter(([k, v]) => typeof v === 'string' && k !== 'version')
		) as Record<string, string>
	});
}

/** A form that changes the ticket: done (its mail sent, when it queues any), or the form again with what was wrong. */
function changeAction(form: 'update' | 'callback', change: StaffChange, queuesMail: boolean) {
	return async (event: RequestEvent) => {
		const user = requireStaff();
		const raw = await formObject(event.request);
		const result = await change(await ctxOf(event), user, event.params.ref, raw);
		if (!result.ok) return refused(event.locals.locale, result, raw, form);
		if (queuesMail) await flushMailWorker();
		return { form, done: true };
	};
}

export const actions = {
	reply: async (event) => {
		const user = requireStaff();
		const ctx = await ctxOf(event);
		const { ref } = event.params;
		const body = await receivePost(ctx, user, event.request, { kind: 'reply', ref });
		if (!body.ok) return refused(event.locals.locale, body, body.values, 'reply');
		const result = await agentReply(ctx, user, ref, body.fields, body.uploads);
		if (!result.ok) return refused(event.locals.locale, result, body.fields, 'reply');
		await flushMailWorker();
		return { form: 'reply', done: true };
	},
	update: changeAction('update', patchTicket, true),
	callback: changeAction('callback', logCallback, false)
};
