// The mails tickets send, written in the recipient's language: the confirmation of a new ticket, an agent's
// reply to the customer, a ticket assigned to an agent, a customer's reply to its assignee. The ticket services
// decide when; these decide the words.
import { isLocale, type Locale } from '$lib/i18n/locales';
import { isolate, isolateAll } from '$lib/i18n/isolate';
import type { TranslationFunctions } from '$locales/i18n-types';
import { translator } from '../i18n';
import type { Mail } from './outbox';
import { composeMail, type Paragraph } from './templates';

const localeOf = (locale: string): Locale => (isLocale(locale) ? locale : 'en');

interface TicketRef {
	ref: string;
	subject: string;
}

/** To the customer: the ticket is in, with its reference, the support hours and when to expect an answer. */
export function ticketCreatedMail(m: {
	locale: Locale;
	to: string;
	name: string;
	ticket: TicketRef;
	callbackPhone: string | null;
	/** The service hours as the contact page states them (service-hours' describeHours). */
	hours: { days: string; start: string; end: string; zone: string };
	/** The first answer's due time, formatted for the customer (service-hours' formatDue). */
	due: string;
	link: string;
}): Mail {
	return mailIn(m, (LL) => ({
		subject: LL.mail.ticketSubject({ ref: isolate(m.ticket.ref) }),
		paragraphs: [
			LL.mail.ticketText({ ref: isolate(m.ticket.ref), subject: isolate(m.ticket.subject) }),
			...(m.callbackPhone ? [LL.mail.ticketCallback({ phone: isolate(m.callbackPhone) })] : []),
			LL.contact.hours(m.hours),
			LL.mail.ticketExpect({ due: m.due })
		]
	}));
}

/** A mail to someone in their language (English when theirs is unknown): the words come from `write`. */
function mailIn(
	m: { locale: string; to: string; name: string; link: string },
	write: (LL: TranslationFunctions) => { subject: string; paragraphs: Paragraph[] }
): Mail {
	const locale = localeOf(m.locale);
	const LL = translator(locale);
	return composeMail(LL, { locale, to: m.to, name: m.name, link: m.link, ...write(LL) });
}

/** To the customer: an agent answered (the answer itself quoted as typed). */
export function replyMail(m: {
	locale: string;
	to: string;
	name: string;
	ticket: TicketRef;
	message: string;
	origin: string;
}): Mail {
	const link = `${m.origin}/${localeOf(m.locale)}/support/${m.ticket.ref}`;
	return mailIn({ ...m, link }, (LL) => ({
		subject: LL.mail.replySubject(isolateAll({ ref: m.ticket.ref, subject: m.ticket.subject })),
		paragraphs: [
			LL.mail.replyText({ ref: isolate(m.ticket.ref) }),
			{ typed: m.message },
			LL.mail.replyLink()
		]
	}));
}

/** To an agent: a colleague gave them the ticket, with the note that says why. */
export function assignedMail(m: {
	locale: string;
	to: string;
	name: string;
	ticket: TicketRef;
	by: string;
	note: string;
	link: string;
}): Mail {
	return mailIn(m, (LL) => ({
		subject: LL.mail.assignedSubject(isolateAll({ ref: m.ticket.ref, subject: m.ticket.subject })),
		paragraphs: [
			LL.mail.assignedText(isolateAll({ ref: m.ticket.ref, name: m.by })),
			...(m.note ? [{ typed: m.note }] : [])
		]
	}));
}

/** To the assignee: the customer wrote again. */
export function customerReplyMail(m: {
	locale: string;
	to: string;
	name: string;
	ticket: TicketRef;
	customerName: string;
	link: string;
}): Mail {
	return mailIn(m, (LL) => ({
		subject: LL.mail.customerReplySubject(
			isolateAll({ ref: m.ticket.ref, subject: m.ticket.subject })
		),
		paragraphs: [LL.mail.customerReplyText(isolateAll({ ref: m.ticket.ref, name: m.customerName }))]
	}));
}
