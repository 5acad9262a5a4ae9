// What every /api/v1 endpoint shares: the error bodies, and the OpenAPI document's own outline.
import * as v from 'valibot';

/** {error: {code, message, fields?}}; message and field texts in the request's language. */
export const ErrorSchema = v.strictObject({
	error: v.strictObject({
		/** Stable and machine-readable, e.g. not_found, invalid_request, too_large. */
		code: v.string(),
		message: v.string(),
		/** Field name → what is wrong with it, in words. */
		fields: v.optional(v.record(v.string(), v.string()))
	}),
	/** A refusal thrown at the route edge (guards, body limits) repeats its message here. */
	message: v.optional(v.string())
});

/** 409: somebody changed the ticket since the version the agent saw; nothing was saved. */
export const ConflictSchema = v.strictObject({
	...ErrorSchema.entries,
	/** The ticket's current version. */
	version: v.pipe(v.number(), v.integer()),
	/** What happened since, oldest first. */
	changes: v.array(
		v.strictObject({
			kind: v.string(),
			by: v.nullable(v.string()),
			at: v.pipe(v.string(), v.isoTimestamp()),
			text: v.string()
		})
	)
});

/** GET /api/v1/openapi.json: an OpenAPI 3.1 document (its parts are described by OpenAPI itself). */
export const OpenApiDocumentSchema = v.looseObject({
	openapi: v.string(),
	info: v.looseObject({ title: v.string(), version: v.string() }),
	paths: v.record(v.string(), v.record(v.string(), v.unknown()))
});
