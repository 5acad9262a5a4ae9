import * as v from 'valibot';
import type { TranslationFunctions } from '$locales/i18n-types';
import { passwordProblem } from '../auth/password';
import { errorText, type FieldErrors, localizeIssues } from './messages';
import { readAtMost, withBody } from './multipart';
import { refuse } from './respond';

/** The password rules (length, the common-password list) as a field's message key, or nothing. */
export function passwordKey(password: string): string | undefined {
	const problem = passwordProblem(password);
	return problem && (problem === 'common' ? 'commonPassword' : problem);
}

/** What a page's form without files may weigh: its longest text is 10,000 characters. */
const FORM_LIMIT = 256 * 1024;

/**
 * A submitted form as a plain object (files and repeated keys are not used by these forms), read no further
 * than 256 KB: a larger one stops the request with 413.
 */
export async function formObject(request: Request): Promise<Record<string, unknown>> {
	const bytes = await readAtMost(request, FORM_LIMIT);
	if (bytes === 'tooLarge') refuse({ status: 413, code: 'too_large', message: 'tooLarge' });
	if (bytes === 'unreadable')
		refuse({ status: 400, code: 'invalid_body', message: 'invalidRequest' });
	return Object.fromEntries(await withBody(request, bytes).formData());
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
