import type * as v from 'valibot';
import type { TranslationFunctions } from '$locales/i18n-types';
import { filesMessage, type FileProblem } from '$lib/uploads';
import { PASSWORD_MAX, PASSWORD_MIN } from '../auth/password';
import { dictionary } from '../i18n';

/** Field name → text in the reader's language. */
export type FieldErrors = Record<string, string>;

/** A problem whose message names something: the placeholders that cannot be filled, the files refused. */
export type Naming =
	{ key: 'unknownPlaceholder'; names: string[] } | { key: 'files'; problems: FileProblem[] };

/** What a service says instead of words: a message key (see errorText), or a problem that names something. */
export type MessageKey = string | Naming;

/** Field name → message key. */
export type FieldKeys = Record<string, MessageKey>;

/** A problem that names something, in words. */
function namingText(problem: Naming, LL: TranslationFunctions): string {
	if (problem.key === 'unknownPlaceholder')
		return LL.errors.unknownPlaceholder({ names: problem.names.join(', ') });
	return filesMessage(problem.problems, LL) ?? LL.errors.invalidRequest();
}

/**
 * A message key in the reader's language. Keys are `errors.*` names ("notFound"), or a dotted path into the UI
 * strings ("agent.conflict"), optionally with a number after a colon ("tooLong:100"); an unknown key reads as
 * "invalid request", so a typo never shows a raw key to anyone. A problem that names something says it.
 */
export function errorText(message: MessageKey, LL: TranslationFunctions): string {
	if (typeof message !== 'string') return namingText(message, LL);
	const [key = '', param] = message.split(':');
	switch (key) {
		case 'tooShort':
			return LL.errors.tooShort({ min: Number(param ?? PASSWORD_MIN) });
		case 'tooLong':
			return LL.errors.tooLong({ max: Number(param ?? PASSWORD_MAX) });
	}
	const path = key.includes('.') ? key.split('.') : ['errors', key];
	// the translator answers every name (with ''), so ask the base dictionary which keys exist
	let known: unknown = dictionary('en');
	let fn: unknown = LL;
	for (const part of path) {
		if (!known || typeof known !== 'object' || !Object.hasOwn(known, part))
			return LL.errors.invalidRequest();
		known = (known as Record<string, unknown>)[part];
		fn = (fn as Record<string, unknown>)[part];
	}
	return typeof known === 'string' && typeof fn === 'function'
		? (fn as () => string)()
		: LL.errors.invalidRequest();
}

/** Validation issues → one message key per field (a schema's messages are such keys). */
export function issueKeys(issues: v.BaseIssue<unknown>[]): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const issue of issues) {
		const key = issue.path?.map((p) => String(p.key)).join('.') || '_';
		if (!fields[key]) fields[key] = issue.message;
	}
	return fields;
}

/** Field keys in the reader's language. */
export function fieldTexts(fields: FieldKeys | undefined, LL: TranslationFunctions): FieldErrors {
	return Object.fromEntries(
		Object.entries(fields ?? {}).map(([k, key]) => [k, errorText(key, LL)])
	);
}

/** Validation issues → one message per field in the reader's language. */
export function localizeIssues(
	issues: v.BaseIssue<unknown>[],
	LL: TranslationFunctions
): FieldErrors {
	return fieldTexts(issueKeys(issues), LL);
}
