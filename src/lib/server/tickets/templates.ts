// Canned-answer placeholders: {{customer.name}}, {{ticket.ref}} and {{article:<id>}} (the article's title and
// link in the customer's language). Expanded when an agent inserts an answer and again when a reply is sent,
// so an API client may send placeholders too. An unknown placeholder is an error, never sent as braces.
import { isLocale, type Locale } from '$lib/i18n/locales';
import { content } from '../content';
import type { Ticket } from '../db/tickets';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export interface TemplateValues {
	customerName: string;
	ref: string;
	/** The ticket's (customer's) locale: article links point at this language. */
	locale: string;
	origin: string;
}

/** The values for one ticket: its customer's name, its reference, and links in its language. */
export function ticketValues(
	ticket: Pick<Ticket, 'ref' | 'locale'>,
	customerName: string,
	origin: string
): TemplateValues {
	return { customerName, ref: ticket.ref, locale: ticket.locale, origin };
}

export type Expansion = { ok: true; text: string } | { ok: false; unknown: string[] };

/** Placeholders the text uses that cannot be filled (unknown names, articles that do not exist). */
export function unknownPlaceholders(text: string): string[] {
	const bad: string[] = [];
	for (const [, name = ''] of text.matchAll(PLACEHOLDER)) {
		if (name === 'customer.name' || name === 'ticket.ref') continue;
		const article = /^article:([a-z0-9-]+)$/.exec(name);
		if (article && content.hasArticle(article[1]!)) continue;
		bad.push(name);
	}
	return [...new Set(bad)];
}

export function expandTemplate(text: string, values: TemplateValues): Expansion {
	const unknown = unknownPlaceholders(text);
	if (unknown.length) return { ok: false, unknown };
	const locale: Locale = isLocale(values.locale) ? values.locale : 'en';
	return {
		ok: true,
		text: text.replace(PLACEHOLDER, (_, name: string) => {
			if (name === 'customer.name') return values.customerName;
			if (name === 'ticket.ref') return values.ref;
			const id = name.slice('article:'.length);
			const title = content.article(id, locale)?.meta.title ?? id;
			return `${title}: ${values.origin}${content.articlePath(id, locale)}`;
		})
	};
}
