import * as v from 'valibot';
import en from '$locales/en/index';
import type { TranslationFunctions } from '$locales/i18n-types';
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from './auth/password';

export type FieldErrors = Record<string, string>;

/** Validation issues → one message per field in the reader's language (messages are `errors` keys). */
export function localizeIssues(
	issues: v.BaseIssue<unknown>[],
	LL: TranslationFunctions
): FieldErrors {
	const fields: FieldErrors = {};
	for (const issue of issues) {
		const key = issue.path?.map((p) => String(p.key)).join('.') || '_';
		if (fields[key]) continue;
		fields[key] = errorText(issue.message, LL);
	}
	return fields;
}

/** A message key, optionally with its number after a colon: "tooLong:100". */
export function errorText(message: string, LL: TranslationFunctions): string {
	const [key = '', param] = message.split(':');
	switch (key) {
		case 'tooShort':
			return LL.errors.tooShort({ min: Number(param ?? PASSWORD_MIN) });
		case 'tooLong':
			return LL.errors.tooLong({ max: Number(param ?? PASSWORD_MAX) });
		default: {
			// the translator answers every name (with ''), so ask the base dictionary which keys exist
			if (!Object.hasOwn(en.errors, key)) return LL.errors.invalidRequest();
			return (LL.errors as unknown as Record<string, () => string>)[key]!();
		}
	}
}

/** The password rules (length, the common-password list) as a field error, or nothing. */
export function passwordError(password: string, LL: TranslationFunctions): string | undefined {
	const problem = passwordProblem(password);
	return problem && errorText(problem === 'common' ? 'commonPassword' : problem, LL);
}

/** A submitted form as a plain object (files and repeated keys are not used by these forms). */
export async function formObject(request: Request): Promise<Record<string, unknown>> {
	return Object.fromEntries(await request.formData());
}

type Parsed<T> =
	| { ok: true; data: T; values: Record<string, string> }
	| { ok: false; values: Record<string, string>; errors: FieldErrors };

const SECRET_FIELDS = /password/i;

/**
 * Parse a form post with a schema. `values` (for refilling the form) never include passwords; `passwordField`
 * names a field to check against the password rules too.
 */
export async function parseForm<T extends v.GenericSchema>(
	request: Request,
	schema: T,
	LL: TranslationFunctions,
	options: { defaults?: Record<string, string>; passwordField?: string } = {}
): Promise<Parsed<v.InferOutput<T>>> {
	const raw = { ...options.defaults, ...(await formObject(request)) } as Record<string, unknown>;
	const values = Object.fromEntries(
		Object.entries(raw).filter(([k, val]) => typeof val === 'string' && !SECRET_FIELDS.test(k))
	) as Record<string, string>;
	const parsed = v.safeParse(schema, raw);
	const errors = parsed.success ? {} : localizeIssues(parsed.issues, LL);
	if (
		options.passwordField &&
		typeof raw[options.passwordField] === 'string' &&
		!errors[options.passwordField]
	) {
		const weak = passwordError(raw[options.passwordField] as string, LL);
		if (weak) errors[options.passwordField] = weak;
	}
	if (!parsed.success || Object.keys(errors).length) return { ok: false, values, errors };
	return { ok: true, data: parsed.output, values };
}
