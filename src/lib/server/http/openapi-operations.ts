// Every /api/v1 operation in one table: what it takes and what it answers, as the schemas the endpoints use.
// openapi.ts turns it into the OpenAPI document; openapi.spec.ts checks it against the route files.
import * as v from 'valibot';
import { QueueQuerySchema } from '$lib/schemas/agent';
import { ReportQuerySchema } from '$lib/schemas/reports';
import { SearchQuerySchema } from '$lib/schemas/search';
import { NAMED_SCHEMAS, type Schema } from './openapi-schemas';

export { NAMED_SCHEMAS, type Schema };

const S = NAMED_SCHEMAS;

/** How a body may come: JSON, a form (urlencoded or multipart), multipart only, or a beacon's text/plain JSON. */
export type BodyKind = 'json' | 'form' | 'multipart' | 'beacon';

export interface Operation {
	summary: string;
	description?: string;
	/**
	 * Who may call it: adds the session cookie and the 401 (and 403) answers; `cron`: the scheduler, with
	 * CRON_SECRET as a bearer token.
	 */
	auth?: 'user' | 'staff' | 'admin' | 'cron';
	/** The query string, one parameter per entry. */
	query?: v.ObjectSchema<v.ObjectEntries, undefined>;
	body?: { schema: Schema; kinds: BodyKind[]; limited?: boolean };
	/** Successes (and redirects): a JSON body's schema, another type's body, or words for no body. */
	ok: Record<number, Schema | { media: string; schema: Schema } | string>;
	/**
	 * Refusals beside the ones `auth` and `body.limited` add: words (with the JSON error body), or words and the
	 * body's schema (null: no body).
	 */
	errors?: Record<number, string | [string, Schema | null]>;
}

/** A JSON or form body read with readLimitedBody: refused with 400 when unreadable, 413 when too large. */
const limited = (schema: Schema, kinds: BodyKind[] = ['json', 'form']) => ({
	schema,
	kinds,
	limited: true
});

/** A post with files refused for its size, before its body is read where the declared size tells. */
const TOO_LARGE = `Over 52 MB (code too_large), or files past the account's storage quota (code quota_exceeded, fields.files says what is left)`;

/** A multipart form, files included. */
const multipart = (schema: Schema) => ({ schema, kinds: ['multipart'] as BodyKind[] });

/** 201 when stored; 200 with the same answer when the same idempotencyKey came again (stored once). */
const idempotent = (schema: Schema) => ({ 201: schema, 200: schema });

/** The open counters' limit per client address (content/counters.ts). */
const COUNTED = 'Over COUNTER_LIMIT_PER_HOUR posts from this address this hour; see Retry-After';

/** path (relative to /api/v1, templated as OpenAPI has it) → method → operation */
export const OPERATIONS: Record<string, Record<string, Operation>> = {
	'/auth/signup': {
		post: {
			summary: 'Create an account; a verification link is emailed',
			description:
				'Answers 202 alike whether or not the email is registered. Passwords: 8–128 characters, not among the 10,000 most common.',
			body: limited(S.Signup),
			ok: { 202: S.SignupResult },
			errors: { 422: 'Invalid fields', 429: 'Too many sign-ups from this address; see Retry-After' }
		}
	},
	'/auth/login': {
		post: {
			summary: 'Log in; sets the session cookie (a new session every time)',
			body: limited(S.Login),
			ok: { 200: S.LoginResult },
			errors: {
				401: 'Wrong email or password (the same answer for both)',
				422: 'Invalid fields',
				429: 'Throttled: 10 failures in a row for the account, or many from one address; see Retry-After'
			}
		}
	},
	'/auth/logout': {
		post: {
			summary: 'End this session (its token stops working at once); 204 also when there was none',
			ok: { 204: 'Logged out' }
		}
	},
	'/me': {
		get: {
			summary: 'The logged-in account, with how many of its tickets wait for its answer',
			auth: 'user',
			ok: { 200: S.Me }
		}
	},
	'/events': {
		get: {
			summary:
				'Live updates as Server-Sent Events: which of your tickets changed (agents: every ticket, and who else has one open); resume with Last-Event-ID or ?since=',
			auth: 'user',
			query: v.object({ since: v.optional(v.string()) }),
			ok: { 200: { media: 'text/event-stream', schema: S.EventStream } }
		}
	},
	'/me/summary': {
		get: {
			summary:
				'For the static pages’ header: whether a session is there, and how many of its tickets wait for the customer’s answer. Always 200',
			ok: { 200: S.MeSummary }
		}
	},
	'/openapi.json': {
		get: { summary: 'This document', ok: { 200: S.OpenApiDocument } }
	},
	'/tickets': {
		post: {
			summary:
				'Send a ticket (verified accounts). Nothing is stored unless every field and file is valid',
			auth: 'user',
			body: multipart(S.TicketForm),
			ok: idempotent(S.TicketCreated),
			errors: {
				400: 'Not a form',
				403: 'Email address not confirmed',
				413: TOO_LARGE,
				422: 'Invalid fields or files (fields.files names the file)',
				429: 'Too many tickets in the last hour'
			}
		},
		get: { summary: 'The caller’s own tickets', auth: 'user', ok: { 200: S.TicketList } }
	},
	'/tickets/{ref}': {
		get: {
			summary: 'A ticket with its thread (internal notes only for agents)',
			auth: 'user',
			ok: { 200: S.TicketView },
			errors: { 404: 'No such ticket, or not yours (the same answer)' }
		},
		patch: {
			summary: 'Agents: change status, priority, assignee or team',
			description:
				'Send the version you saw: if somebody changed the ticket since, nothing is saved and 409 lists what changed. Reassigning needs a note; the new assignee is emailed.',
			auth: 'staff',
			body: limited(S.TicketPatch),
			ok: { 200: S.TicketView },
			errors: {
				404: 'No such ticket',
				409: ['Stale version: nothing was saved', S.Conflict],
				422: 'Missing version, unknown agent or team, bad status, or a reassignment without a note'
			}
		}
	},
	'/tickets/{ref}/messages': {
		post: {
			summary:
				'Reply to a ticket (multipart: message, files); a customer’s reply reopens a pending or solved ticket',
			auth: 'user',
			body: multipart(S.ReplyForm),
			ok: idempotent(S.MessageAdded),
			errors: {
				400: 'Not a form',
				404: 'No such ticket, or not yours',
				413: TOO_LARGE,
				422: 'Invalid message or files'
			}
		}
	},
	'/tickets/{ref}/replies': {
		post: {
			summary:
				'An agent’s reply (emailed to the customer in their language) or internal note (never shown or sent to the customer)',
			auth: 'staff',
			body: { schema: S.AgentReply, kinds: ['json', 'multipart'] },
			ok: { 201: S.AgentReplyResult },
			errors: {
				400: 'Neither JSON nor a form',
				404: 'No such ticket',
				409: ['The version sent is stale: nothing was saved', S.Conflict],
				413: 'Over 52 MB (code too_large; staff have no storage quota)',
				422: 'Empty message, unknown placeholder, bad status or files'
			}
		}
	},
	'/tickets/{ref}/presence': {
		post: {
			summary:
				'Say that you have the ticket open, are typing a reply, or left it: colleagues see it live for 30 s unless said again',
			auth: 'staff',
			body: limited(S.Presence, ['json']),
			ok: { 204: 'Told' },
			errors: { 404: 'No such ticket', 422: 'Unknown state' }
		}
	},
	'/tickets/{ref}/callbacks': {
		post: {
			summary:
				'Log a call-back’s outcome: called, no_answer or rescheduled (with callbackFrom/callbackTo in timeZone, default the agent’s)',
			auth: 'staff',
			body: limited(S.CallbackOutcome),
			ok: { 200: S.CallbackResult },
			errors: {
				404: 'No such ticket',
				422: 'Bad outcome or window, or no call-back was asked for'
			}
		}
	},
	'/agent/queue': {
		get: {
			summary:
				'The agent inbox in priority order (agent priority, then customers who write rarely, then wait, then SLA due), each ticket with its reasons; plus the call-backs still to make',
			description:
				'status: comma-separated statuses, `active` for new and open (the default); q: a reference, an email or words from the subject and messages; limit: how many tickets of the order to return (`total` counts them all).',
			auth: 'staff',
			query: QueueQuerySchema,
			ok: { 200: S.Queue },
			errors: { 422: 'Invalid filter' }
		}
	},
	'/attachments/{id}': {
		get: {
			summary:
				'A ticket’s file, with its sniffed Content-Type, Content-Disposition, nosniff and a sandboxing CSP',
			auth: 'user',
			ok: { 200: { media: '*/*', schema: S.AttachmentFile } },
			errors: { 404: 'No such file, or not yours' }
		}
	},
	'/canned-answers': {
		get: {
			summary:
				'Canned answers; ?locale= for one language, ?ticket=<ref> to fill each in for that ticket',
			auth: 'staff',
			query: v.object({ locale: v.optional(v.string()), ticket: v.optional(v.string()) }),
			ok: { 200: S.CannedList },
			errors: { 404: 'No such ticket' }
		},
		post: {
			summary: 'A new canned answer',
			auth: 'staff',
			body: limited(S.CannedAnswerInput),
			ok: { 201: S.CannedAnswer },
			errors: { 422: 'Missing text, duplicate title in that language, or unknown placeholder' }
		}
	},
	'/canned-answers/{id}': {
		put: {
			summary: 'Change a canned answer',
			auth: 'staff',
			body: limited(S.CannedAnswerInput),
			ok: { 200: S.CannedAnswer },
			errors: { 404: 'No such answer', 422: 'Invalid answer' }
		},
		delete: {
			summary: 'Delete a canned answer',
			auth: 'staff',
			ok: { 204: 'Deleted' },
			errors: { 404: 'No such answer' }
		}
	},
	'/settings/service-hours': {
		get: {
			summary: 'Service hours and response targets (admins only)',
			auth: 'admin',
			ok: { 200: S.ServiceHours }
		},
		put: {
			summary:
				'Change service hours and response targets (admins only; omitted fields keep their value)',
			auth: 'admin',
			body: limited(NAMED_SCHEMAS.ServiceHoursInput),
			ok: { 200: S.ServiceHours },
			errors: { 422: 'Invalid zone, times, days or holidays' }
		}
	},
	'/reports/summary': {
		get: {
			summary:
				'Service figures for a period: survey answers (NPS, CSAT, CES, value), response and resolution times in business hours, SLA share, reopen and one-touch rates, self-service and deflection',
			description:
				'from and to: YYYY-MM-DD in the team time zone, `to` inclusive (default today), `from` default 29 days before `to`; team: a team id.',
			auth: 'staff',
			query: ReportQuerySchema,
			ok: { 200: S.ReportSummary },
			errors: { 422: 'Bad dates, locale or team' }
		}
	},
	'/surveys/{token}': {
		post: {
			summary: 'Answer the survey sent after a solved ticket, with the emailed token (no login)',
			description:
				'The first answer uses the link up and sets an HttpOnly cookie that allows changes for 7 days.',
			body: limited(S.SurveyAnswer),
			ok: { 200: S.SurveyResult },
			errors: {
				404: 'Not a survey link',
				409: 'The link belongs to another ticket than `ticket`',
				410: 'The link expired, was used already, or the 7 days for changes are over',
				422: 'A score outside its scale, or no answer at all'
			}
		}
	},
	'/views': {
		post: {
			summary:
				'Count a help-centre page view (sent with sendBeacon by the page): daily totals only, no cookie; a visit counts each page once a day',
			body: { schema: S.PageView, kinds: ['beacon'] },
			ok: { 204: 'Counted' },
			errors: { 400: 'Not a page view, or not a page of ours', 413: 'Over 16 KB', 429: COUNTED }
		}
	},
	'/deflections': {
		post: {
			summary:
				'What the contact form’s suggestions did: suggested, opened, or solved (a question answered without a ticket)',
			body: limited(S.Deflection),
			ok: { 204: 'Recorded' },
			errors: { 404: 'Unknown article', 422: 'Invalid event', 429: COUNTED }
		}
	},
	'/votes': {
		post: {
			summary: '“Was this helpful?” — one vote per visitor per article; voting again changes it',
			body: { schema: S.Vote, kinds: ['json', 'form'] },
			ok: {
				201: S.VoteResult,
				200: S.VoteResult,
				303: 'A browser’s form post is sent on to a thank-you page'
			},
			errors: { 400: 'Invalid vote', 404: 'Unknown article' }
		}
	},
	'/search': {
		get: {
			summary: 'Search the help centre (the same index and code as the search box)',
			query: SearchQuerySchema,
			ok: { 200: S.SearchResults },
			errors: { 400: 'Invalid query' }
		}
	},
	'/jobs/run': {
		post: {
			summary:
				'One pass of the background jobs, for a scheduler (Vercel’s cron, every minute): the outbox, due surveys, the 7-day auto-close, purging expired rows',
			description:
				'Bounded in time (about 20 s; what is left waits for the next pass). Passes may overlap on any number of servers: each job claims its rows. Needs CRON_SECRET set on the server and sent as `Authorization: Bearer <CRON_SECRET>`; adapter-node servers run the same jobs on their own schedule and need no caller.',
			auth: 'cron',
			ok: { 200: S.JobsReport }
		},
		get: {
			summary: 'The same pass, for schedulers that call with GET (Vercel’s cron does)',
			auth: 'cron',
			ok: { 200: S.JobsReport }
		}
	},
	'/search-events': {
		post: {
			summary: 'Record the final query of a search (anonymous; masked before storage)',
			body: { schema: S.SearchEvent, kinds: ['beacon'] },
			ok: { 204: 'Recorded' },
			errors: { 400: 'Invalid event', 404: 'Unknown article' }
		}
	}
};
