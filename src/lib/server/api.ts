import { json } from '@sveltejs/kit';
import * as v from 'valibot';

/** The JSON error shape of every /api/v1 endpoint: {error: {code, message, fields?}}. */
export function apiError(
	status: number,
	code: string,
	message: string,
	fields?: Record<string, string>
) {
	return json({ error: fields ? { code, message, fields } : { code, message } }, { status });
}

/** The body of a form post or JSON request as a plain object, or undefined when it is neither. */
export async function readBody(request: Request): Promise<Record<string, unknown> | undefined> {
	const type = request.headers.get('content-type') ?? '';
	try {
		if (type.startsWith('application/json')) {
			const body: unknown = await request.json();
			return body && typeof body === 'object' && !Array.isArray(body)
				? (body as Record<string, unknown>)
				: undefined;
		}
		if (
			type.startsWith('application/x-www-form-urlencoded') ||
			type.startsWith('multipart/form-data')
		) {
			return Object.fromEntries(await request.formData());
		}
	} catch {
		return undefined;
	}
	return undefined;
}

/** Field name → first problem, for the `fields` of an error. */
export function fieldIssues(issues: v.BaseIssue<unknown>[]): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const issue of issues) {
		const key = issue.path?.map((p) => String(p.key)).join('.') || '_';
		fields[key] ??= issue.message;
	}
	return fields;
}

/** A browser form post (no JS) wants a page back, not JSON. */
export function wantsHtml(request: Request): boolean {
	const type = request.headers.get('content-type') ?? '';
	return (
		!type.startsWith('application/json') &&
		(request.headers.get('accept') ?? '').includes('text/html')
	);
}
