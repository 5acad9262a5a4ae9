import type { TranslationFunctions } from '$locales/i18n-types';
import type { Mail } from './outbox';

function escapeHtml(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
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
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : ''}
<p style="color:#4a5563">${escapeHtml(LL.mail.ignore())}</p>
<p>— ${escapeHtml(LL.mail.signature())}</p>
</body></html>`;
	return { to, subject, text, html };
}
