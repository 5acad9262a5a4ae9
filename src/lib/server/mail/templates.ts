import type { TranslationFunctions } from '$locales/i18n-types';
import { splitLinks } from '$lib/linkify';
import type { Mail } from './outbox';

function escapeHtml(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** A paragraph of plain text as HTML: escaped, its addresses as links, its line breaks kept. */
function textToHtml(text: string): string {
	return splitLinks(text)
		.map(({ part, link }) =>
			link
				? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>`
				: escapeHtml(part).replace(/\r?\n/g, '<br>\n')
		)
		.join('');
}

/**
 * A message with a greeting, text, an optional link, and the closing: plain text plus HTML. Every value is
 * escaped in the HTML part, so names and addresses can never inject markup.
 */
export function composeMail(
	LL: TranslationFunctions,
	to: string,
	subject: string,
	name: string,
	paragraphs: string[],
	link?: string
): Mail {
	const greeting = name ? LL.mail.greeting({ name }) : '';
	const text = [greeting, ...paragraphs, link ?? '', LL.mail.ignore(), `— ${LL.mail.signature()}`]
		.filter(Boolean)
		.join('\n\n');
	const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b2430">
${greeting ? `<p>${escapeHtml(greeting)}</p>` : ''}
${paragraphs.map((p) => `<p>${textToHtml(p)}</p>`).join('\n')}
${link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : ''}
<p style="color:#4a5563">${escapeHtml(LL.mail.ignore())}</p>
<p>— ${escapeHtml(LL.mail.signature())}</p>
</body></html>`;
	return { to, subject, text, html };
}

/**
 * The survey mail: the first question answered with one click (a link per score), and the page for the rest.
 * Plain text lists the links; the HTML shows them as a row of buttons.
 */
export function composeSurveyMail(
	LL: TranslationFunctions,
	m: {
		to: string;
		name: string;
		ref: string;
		subject: string;
		page: string;
		scores: { label: string; url: string }[];
	}
): Mail {
	const greeting = m.name ? LL.mail.greeting({ name: m.name }) : '';
	const intro = LL.survey.mailIntro({ ref: m.ref, subject: m.subject });
	const question = LL.survey.csat();
	const more = LL.survey.mailMore();
	const text = [
		greeting,
		intro,
		question,
		m.scores.map((s) => `${s.label}: ${s.url}`).join('\n'),
		more,
		m.page,
		`— ${LL.mail.signature()}`
	]
		.filter(Boolean)
		.join('\n\n');
	const buttons = m.scores
		.map(
			(s) =>
				`<a href="${escapeHtml(s.url)}" style="display:inline-block;margin:0 6px 6px 0;padding:8px 12px;border:1px solid #1f5f8b;border-radius:6px;color:#164668;text-decoration:none">${escapeHtml(s.label)}</a>`
		)
		.join('');
	const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b2430">
${greeting ? `<p>${escapeHtml(greeting)}</p>` : ''}
<p>${escapeHtml(intro)}</p>
<p><strong>${escapeHtml(question)}</strong></p>
<p>${buttons}</p>
<p>${escapeHtml(more)} <a href="${escapeHtml(m.page)}">${escapeHtml(m.page)}</a></p>
<p>— ${escapeHtml(LL.mail.signature())}</p>
</body></html>`;
	return { to: m.to, subject: LL.survey.mailSubject({ ref: m.ref }), text, html };
}
