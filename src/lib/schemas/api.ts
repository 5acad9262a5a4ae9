// What every /api/v1 endpoint shares: the error bodies, and the OpenAPI document's own outline.
import * as v from 'valibot';
import { integer, INT_MAX } from './integer';

/** {error: {code, message, fields?}}; message and field texts in the request's language. */
export const ErrorSchema = v.strictObject({
	error: v.strictObject({
		code: v.pipe(
			v.string(),
			v.description('Stable and machine-readable, e.g. not_found, invalid_request, too_large.')
		),
		message: v.string(),
		fields: v.pipe(
			v.optional(v.record(v.string(), v.string())),
			v.description('Field name → what is wrong with it, in words.')
		)
	}),
	message: v.pipe(
		v.optional(v.string()),
		v.description(
			'A refusal thrown at the route edge (guards, body limits) repeats its message here.'
		)
	)
});

/** 409: somebody changed the ticket since the version the agent saw; nothing was saved. */
export const ConflictSchema = v.strictObject({
	...ErrorSchema.entries,
	version: v.pipe(integer(1, INT_MAX), v.description("The ticket's current version.")),
	changes: v.pipe(
		v.array(
			v.strictObject({
				kind: v.string(),
				by: v.nullable(v.string()),
				at: v.pipe(v.string(), v.isoTimestamp()),
				text: v.string()
			})
		),
		v.description('What happened since, oldest first.')
	)
});

/** GET /api/v1/openapi.json: an OpenAPI 3.1 document (its parts are described by OpenAPI itself). */
export const OpenApiDocumentSchema = v.looseObject({
	openapi: v.string(),
	info: v.looseObject({ title: v.string(), version: v.string() }),
	paths: v.record(v.string(), v.record(v.string(), v.unknown()))
});
