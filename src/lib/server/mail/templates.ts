import { LOCALE_INFO, type Locale } from '$lib/i18n/locales';
import { isolate, plainText, segments } from '$lib/i18n/isolate';
import type { TranslationFunctions } from '$locales/i18n-types';
import { splitLinks } from '$lib/linkify';
import { escapeMarkup } from '$lib/markup';
import { translator } from '../i18n';
import type { Mail } from './outbox';

/** A translated sentence for HTML: escaped, each value marked with isolate() in its own <bdi>. */
function html(text: string): string {
	return segments(text)
		.map((s) =>
			!s.isolated
				? escapeMarkup(s.text)
				: // digits and signs only (a phone number, a date): written left to right in every language
					/\p{L}/u.test(s.text)
					? `<bdi>${escapeMarkup(s.text)}</bdi>`
					: `<bdi dir="ltr">${escapeMarkup(s.text)}</bdi>`
		)
		.join('');
}

/** A link in its own <bdi>: an address is left-to-right even inside an Arabic paragraph. */
function linkHtml(url: string, label = url): string {
	return `<bdi><a href="${escapeMarkup(url)}" style="color:#164668">${html(label)}</a></bdi>`;
}

/**
 * A paragraph: translated text (its values marked with isolate()), or a block someone typed (a reply), which
 * keeps its line breaks and finds its own direction.
 */
export type Paragraph = string | { typed: string };

/** Text someone typed: escaped, its web addresses as links (so an inserted article link can be clicked). */
function typedHtml(text: string): string {
	return splitLinks(text)
		.map(({ part, link }) => (link ? linkHtml(part) : escapeMarkup(part)))
		.join('');
}

const FONT = 'font-family:system-ui,-apple-system,Segoe UI,Tahoma,Arial,sans-serif';

/**
 * The HTML document: the locale's lang and dir on <html> and again on the wrapper, because many mail programs
 * drop <html> and <body> and keep only what is inside.
 */
function document(locale: Locale, body: string): string {
	const { dir } = LOCALE_INFO[locale];
	return `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;padding:0;background:#ffffff">
<div lang="${locale}" dir="${dir}" style="${FONT};font-size:16px;line-height:1.5;color:#1b2430;text-align:${dir === 'rtl' ? 'right' : 'left'};max-width:40rem;overflow-wrap:break-word;word-wrap:break-word;margin:0 auto;padding:16px">
${body}
</div>
</body></html>`;
}

// physical sides, not logical ones: older mail programs know only left and right
function paragraphHtml(p: Paragraph, dir: 'ltr' | 'rtl'): string {
	return typeof p === 'string'
		? `<p>${html(p)}</p>`
		: `<div dir="auto" style="white-space:pre-wrap;text-align:start;margin:0 0 1em;padding:8px 12px;border-${dir === 'rtl' ? 'right' : 'left'}:3px solid #c9d3de">${typedHtml(p.typed)}</div>`;
}

export interface MailParts {
	locale: Locale;
	to: string;
	/** Values marked with isolate() are isolated in the HTML and, where it helps, in plain text. */
	subject: string;
	/** The addressee's name for the greeting ('' for none). */
	name: string;
	paragraphs: Paragraph[];
	link?: string;
	/**
	 * "If you did not ask for this, ignore this email": only for mails a stranger can trigger with someone
	 * else's address (confirm an address, reset a password, sign up again). Never on tickets and replies.
	 */
	ignorable?: boolean;
}

/**
 * A message with a greeting, text, an optional link, and the closing: plain text plus HTML. Every value is
 * escaped in the HTML part, so names and addresses can never inject markup.
 */
export function composeMail(LL: TranslationFunctions, m: MailParts): Mail {
	const { dir } = LOCALE_INFO[m.locale];
	const greeting = m.name ? LL.mail.greeting({ name: isolate(m.name) }) : '';
	const closing = [...(m.ignorable ? [LL.mail.ignore()] : []), `— ${LL.mail.signature()}`];
	const text = [
		greeting,
		...m.paragraphs.map((p) => (typeof p === 'string' ? p : p.typed)),
		// an address stays alone on its line, untouched, so every mail program can still make it a link
		m.link ?? '',
		...closing
	]
		.filter(Boolean)
		.map((p) => plainText(p, dir))
		.join('\n\n');
	const body = [
		greeting ? `<p>${html(greeting)}</p>` : '',
		...m.paragraphs.map((p) => paragraphHtml(p, dir)),
		m.link ? `<p>${linkHtml(m.link)}</p>` : '',
		m.ignorable ? `<p style="color:#4a5563">${html(LL.mail.ignore())}</p>` : '',
		`<p>— ${html(LL.mail.signature())}</p>`
	]
		.filter(Boolean)
		.join('\n');
	return { to: m.to, subject: plainText(m.subject, dir), text, html: document(m.locale, body) };
}

/** "Very satisfied" … "Very dissatisfied" for 5 … 1. */
function csatLabel(LL: TranslationFunctions, n: number): string {
	const labels = [
		LL.survey.csat1,
		LL.survey.csat2,
		LL.survey.csat3,
		LL.survey.csat4,
		LL.survey.csat5
	];
	return labels[n - 1]?.() ?? String(n);
}

/**
 * The survey mail: the first question answered with one click (a link per score), and the page for the rest.
 * Plain text lists the links; the HTML shows them as a row of buttons. `more` is how many questions the page
 * asks besides the one in the mail, counted from the survey itself so the mail can never promise another number.
 */
export function composeSurveyMail(m: {
	locale: Locale;
	to: string;
	name: string;
	ref: string;
	subject: string;
	page: string;
	more: number;
	/** The one-click answers: a score and its link. */
	scores: { n: number; url: string }[];
}): Mail {
	const LL = translator(m.locale);
	const { dir } = LOCALE_INFO[m.locale];
	const scores = m.scores.map((s) => ({ label: `${s.n} – ${csatLabel(LL, s.n)}`, url: s.url }));
	const greeting = m.name ? LL.mail.greeting({ name: isolate(m.name) }) : '';
	const intro = LL.survey.mailIntro({ ref: isolate(m.ref), subject: isolate(m.subject) });
	const question = LL.survey.csat();
	const more = LL.survey.mailMore({ count: m.more });
	const text = [
		plainText(greeting, dir),
		plainText(intro, dir),
		question,
		scores.map((s) => `${s.label}: ${s.url}`).join('\n'),
		more,
		m.page,
		`— ${LL.mail.signature()}`
	]
		.filter(Boolean)
		.join('\n\n');
	const buttons = scores
		.map(
			(s) =>
				`<a href="${escapeMarkup(s.url)}" style="display:inline-block;margin:0 3px 6px;padding:8px 12px;border:1px solid #1f5f8b;border-radius:6px;color:#164668;text-decoration:none">${escapeMarkup(s.label)}</a>`
		)
		.join('');
	const body = [
		greeting ? `<p>${html(greeting)}</p>` : '',
		`<p>${html(intro)}</p>`,
		`<p><strong>${html(question)}</strong></p>`,
		`<p>${buttons}</p>`,
		`<p>${html(more)}<br>${linkHtml(m.page)}</p>`,
		`<p>— ${html(LL.mail.signature())}</p>`
	]
		.filter(Boolean)
		.join('\n');
	return {
		to: m.to,
		subject: plainText(LL.survey.mailSubject({ ref: isolate(m.ref) }), dir),
		text,
		html: document(m.locale, body)
	};
}
