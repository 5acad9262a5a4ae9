// How ticket operations say no: the one Refusal of the route edge, with message keys (never words). A field
// that names something (placeholders, files) carries what it names (http/messages `Naming`).
import { MESSAGE_MAX } from '$lib/schemas/limits';
import type { FieldKeys, Naming } from '../http/messages';
import { refusal, refusals, type Refusal } from '../http/refusal';
import type { acceptFiles } from './files';

export { refusal };
export type { FieldKeys, Refusal };
export const { notFound, forbidden } = refusals;

/** 422 with a key per field (the ticket API's code is "invalid_request"). */
export function invalid(fields: FieldKeys): Refusal {
	return { ok: false, status: 422, code: 'invalid_request', message: 'invalidRequest', fields };
}

/** Somebody else changed the ticket since the version the agent saw: what they did, and the version now. */
export function conflict(version: number, changes: unknown[]): Refusal {
	return refusal(409, 'conflict', 'agent.conflict', undefined, { version, changes });
}

/** Every bad file, named; undefined when all files are fine. */
export function fileError(problem: ReturnType<typeof acceptFiles>): Naming | undefined {
	return problem.ok ? undefined : { key: 'files', problems: problem.problems };
}

/** A reply's text and files, checked alike for customers and agents: field keys, or nothing. */
export function checkReply(
	message: string,
	files: ReturnType<typeof acceptFiles>,
	fields: FieldKeys = {}
): FieldKeys {
	if (!fields.message) {
		if (!message) fields.message = 'required';
		else if (message.length > MESSAGE_MAX) fields.message = `tooLong:${MESSAGE_MAX}`;
	}
	const filesProblem = fileError(files);
	if (filesProblem) fields.files = filesProblem;
	return fields;
}
