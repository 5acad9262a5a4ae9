// Schemas for accounts: the form actions, the JSON API and the OpenAPI document all use these.
// Messages are keys of the `errors` dictionary, localized where the error is shown.
import * as v from 'valibot';
import { LOCALES } from '$lib/i18n/locales';
import { integer, INT_MAX } from './integer';

export const email = v.pipe(
	v.string('required'),
	v.trim(),
	v.nonEmpty('required'),
	v.maxLength(254, 'tooLong:254'),
	v.email('invalidEmail'),
	v.toLowerCase()
);
/** Presence only: length and the common-password list are checked by passwordProblem (they need the count). */
const password = v.pipe(
	v.string('required'),
	v.nonEmpty('required'),
	v.maxLength(1024, 'tooLong:128')
);
const name = v.pipe(
	v.string('required'),
	v.trim(),
	v.nonEmpty('required'),
	v.maxLength(100, 'tooLong:100')
);
const locale = v.picklist(LOCALES, 'invalidLocale');

/** A free-text field that may be left empty (empty becomes null); when filled, it must fit `pattern`. */
function optional(max: number, pattern?: RegExp, message = 'invalidRequest') {
	return v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.maxLength(max, `tooLong:${max}`),
		v.check((value) => !value || !pattern || pattern.test(value), message),
		v.transform((value) => value || null)
	);
}
const shopName = optional(100);
/**
 * A shop's web address as people write it: `karisgarn.no` is stored as `https://karisgarn.no`. Only http(s)
 * addresses of a real-looking host (dotted, letters-only top-level domain or punycode, no user:password).
 */
export function webAddress(value: string): string | undefined {
	const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
	if (/\s/.test(withScheme)) return undefined;
	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		return undefined;
	}
	const label = '(?!-)[a-z0-9-]{1,63}(?<!-)';
	const host = new RegExp(`^(?:${label}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$`);
	if (!/^https?:$/.test(url.protocol) || url.username || url.password || !host.test(url.hostname))
		return undefined;
	// kept as typed (URL would add a trailing slash), the scheme in lower case
	return withScheme.replace(/^[a-z][a-z0-9+.-]*:\/\//i, `${url.protocol}//`);
}
const shopUrl = v.pipe(
	v.optional(v.string(), ''),
	v.trim(),
	v.maxLength(200, 'tooLong:200'),
	v.check((value) => !value || webAddress(value) !== undefined, 'invalidUrl'),
	v.transform((value) => (value && webAddress(value)) || null)
);
const phone = optional(30, /^\+?[0-9][0-9 ().-]{5,22}$/, 'invalidPhone');
/** Where to go after logging in: a same-site path only (never //host or a full URL). */
export const nextPath = v.optional(
	v.pipe(
		v.string(),
		v.check((p) => p === '' || (/^\/(?![/\\])[^\s]*$/.test(p) && p.length <= 500), 'invalidRequest')
	)
);

export const SignupSchema = v.object({
	name,
	email,
	password,
	locale,
	shopName,
	shopUrl,
	phone,
	next: nextPath
});
export const LoginSchema = v.object({ email, password, next: nextPath });
export const ForgotSchema = v.object({ email });
export const ResetSchema = v.object({ password });
export const ProfileSchema = v.object({ name, locale, shopName, shopUrl, phone });
export const ChangePasswordSchema = v.object({ currentPassword: password, newPassword: password });
export const ChangeEmailSchema = v.object({ email, password });
export const DeleteAccountSchema = v.object({ password });
export const SetupSchema = v.object({ name, email, password });

const count = integer(0, INT_MAX);

/** The public shape of an account (POST /api/v1/auth/login answers it as `user`). */
export const AccountSchema = v.strictObject({
	id: v.string(),
	email: v.pipe(v.string(), v.email()),
	name: v.string(),
	role: v.picklist(['customer', 'agent', 'admin']),
	locale,
	emailVerified: v.boolean(),
	shopName: v.nullable(v.string()),
	shopUrl: v.nullable(v.string()),
	phone: v.nullable(v.string()),
	createdAt: v.pipe(v.string(), v.isoTimestamp())
});

/** GET /api/v1/me: the account, and how many of its tickets wait for its answer (status pending). */
export const MeSchema = v.strictObject({ ...AccountSchema.entries, ticketsAwaiting: count });

/** GET /api/v1/me/summary: what the help centre's static pages show in their header; always 200. */
export const MeSummarySchema = v.strictObject({ signedIn: v.boolean(), ticketsAwaiting: count });

/** POST /api/v1/auth/login: 200 with the session cookie. */
export const LoginResultSchema = v.strictObject({ user: AccountSchema });

/** POST /api/v1/auth/signup: 202 alike whether or not the address is registered. */
export const SignupResultSchema = v.strictObject({
	status: v.literal('verification_sent'),
	message: v.pipe(v.string(), v.description('"Check your email", in the new account\'s language.'))
});
