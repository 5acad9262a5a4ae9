// The mails about an account (confirm an address, reset a password, notices to its owner), written in the
// recipient's language: services name the mail and its link, this module picks the words.
import type { Locale } from '$lib/i18n/locales';
import { isolate } from '$lib/i18n/isolate';
import { translator } from '../i18n';
import type { Mail } from './outbox';
import { composeMail } from './templates';

export type AccountMail =
	/** a link: confirm a new account, reset the password, confirm a new address */
	| { kind: 'verify' | 'reset' | 'email' }
	/** a sign-up with an address that already has an account */
	| { kind: 'existing' }
	| { kind: 'passwordChanged' }
	| { kind: 'emailChanged'; email: string };

export function composeAccountMail(
	mail: AccountMail,
	to: { locale: Locale; address: string; name: string; link: string }
): Mail {
	const LL = translator(to.locale);
	const words: Record<Exclude<AccountMail['kind'], 'emailChanged'>, [string, string]> = {
		verify: [LL.mail.verifySubject(), LL.mail.verifyText()],
		reset: [LL.mail.resetSubject(), LL.mail.resetText()],
		email: [LL.mail.emailSubject(), LL.mail.emailText()],
		existing: [LL.mail.existingSubject(), LL.mail.existingText()],
		passwordChanged: [LL.mail.passwordChangedSubject(), LL.mail.passwordChangedText()]
	};
	const [subject, text] =
		mail.kind === 'emailChanged'
			? [LL.mail.emailChangedSubject(), LL.mail.emailChangedText({ email: isolate(mail.email) })]
			: words[mail.kind];
	return composeMail(LL, {
		locale: to.locale,
		to: to.address,
		subject,
		name: to.name,
		paragraphs: [text],
		link: to.link,
		// only a mail a stranger can cause says "ignore this"; "your password was changed" must not
		ignorable: mail.kind !== 'passwordChanged' && mail.kind !== 'emailChanged'
	});
}
