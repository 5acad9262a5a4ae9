// The agent's ticket page in the agent's words: the clock, the log, the customer's tenure and the timeline, from
// the codes and events the server's agentTicketPage returns. Everything else passes through as it is.
import type { TranslationFunctions } from '$locales/i18n-types';
import type { AgentTicketPage } from '$lib/server/tickets/ticket-page';
import { describeEvent, duration, reasonText, statusText } from './words';

export function ticketPageInWords(page: AgentTicketPage, LL: TranslationFunctions) {
	const reason = (r: AgentTicketPage['timing']['waiting']) => (r ? reasonText(r, LL) : null);
	return {
		...page,
		// the ticket's clock in words, like the inbox says it
		timing: { waiting: reason(page.timing.waiting), due: reason(page.timing.due) },
		events: page.events.map((e) => ({
			id: e.id,
			by: e.actorName,
			at: new Date(e.createdAt).toISOString(),
			text: describeEvent(e, LL)
		})),
		customer: page.customer
			? {
					...page.customer,
					since: LL.agent.customerSince({ duration: duration(page.customer.since, LL) })
				}
			: null,
		timeline: page.timeline.map((item) =>
			item.kind === 'message'
				? { ...item, statusSet: item.statusSet === null ? null : statusText(item.statusSet, LL) }
				: {
						key: item.key,
						kind: item.kind,
						at: item.at,
						by: item.by,
						text: describeEvent(item.event, LL)
					}
		)
	};
}
