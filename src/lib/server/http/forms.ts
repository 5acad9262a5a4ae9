import * as v from 'valibot';
import type { TranslationFunctions } from '$locales/i18n-types';
import { passwordProblem } from '../auth/password';
import { errorText, type FieldErrors, localizeIssues } from './messages';

/** The password rules (length, the common-password list) as a field's message key, or nothing. */
export function passwordKey(password: string): string | undefined {
	const problem = passwordProblem(password);
	return problem && (problem === 'common' ? 'commonPassword' : problem);
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
		const weak = passwordKey(raw[options.passwordField] as string);
		if (weak) errors[options.passwordField] = errorText(weak, LL);
	}
	if (!parsed.success || Object.keys(errors).length) return { ok: false, values, errors };
	return { ok: true, data: parsed.output, values };
}
